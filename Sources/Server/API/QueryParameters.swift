import Foundation
import Graph
import Hummingbird
import NER

/// The query parameters of one API request, checked against the names the endpoint takes and
/// read with bounds; every failure is an ``APIError`` that says what to send.
struct QueryParameters {
    private let values: [String: String]

    /// Fails when a parameter is repeated or not one of `allowed`.
    init(_ request: Request, allowed: [String]) throws(APIError) {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                throw .badParameter("unknown parameter “\(name)”; this endpoint takes \(allowed.joined(separator: ", "))")
            }
            guard values[name] == nil else { throw .badParameter("parameter “\(name)” is given twice; give it once") }
            values[name] = String(value)
        }
        self.values = values
    }

    /// The longest text parameter accepted, in characters.
    static let maxLength = 200

    /// A text parameter, trimmed; nil when absent or empty.
    func text(_ name: String) throws(APIError) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        guard value.count <= Self.maxLength else {
            throw .badParameter("parameter “\(name)” is longer than \(Self.maxLength) characters; shorten it")
        }
        return value
    }

    /// A text parameter that must be given.
    func required(_ name: String) throws(APIError) -> String {
        guard let value = try text(name) else { throw .badParameter("parameter “\(name)” is missing; add \(name)=…") }
        return value
    }

    /// An integer parameter within `range`; `defaultValue` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws(APIError) -> Int {
        guard let text = try text(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw .badParameter("parameter “\(name)” must be a whole number from \(range.lowerBound) to \(range.upperBound), not “\(text)”")
        }
        return value
    }

    /// A day (`2022-03-03`); nil when absent.
    func date(_ name: String) throws(APIError) -> String? {
        guard let text = try text(name) else { return nil }
        guard let date = DocumentMetadata.validDate(text) else {
            throw .badParameter("parameter “\(name)” must be a date like 2022-03-03, not “\(text)”")
        }
        return date
    }

    /// An entity type (`PERSON`, `place` …); nil when absent.
    func entityType(_ name: String) throws(APIError) -> EntityType? {
        guard let text = try text(name) else { return nil }
        guard let type = EntityType(name: text) else {
            throw .badParameter("parameter “\(name)” must be one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")), not “\(text)”")
        }
        return type
    }

    /// A value of a string enumeration (`co-mention`, `action` …); `defaultValue` when absent.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default defaultValue: T) throws(APIError) -> T where T.RawValue == String {
        guard let text = try text(name) else { return defaultValue }
        guard let value = T(rawValue: text) else {
            throw .badParameter("parameter “\(name)” must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not “\(text)”")
        }
        return value
    }
}
