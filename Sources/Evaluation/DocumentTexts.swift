import Foundation
import NER

/// Document texts by document key, indexed by Unicode code point.
public struct DocumentTexts: Sendable {
    private var scalars: [String: [Unicode.Scalar]] = [:]

    /// Texts by document key.
    public init(_ texts: [String: String] = [:]) {
        for (key, text) in texts { scalars[key] = Array(text.unicodeScalars) }
    }

    /// Sets the text of a document.
    public mutating func set(_ text: String, forKey key: String) { scalars[key] = Array(text.unicodeScalars) }

    /// Whether the text of this document is known.
    public func contains(_ key: String) -> Bool { scalars[key] != nil }

    /// The text's length in code points.
    public func length(of key: String) -> Int? { scalars[key]?.count }

    /// The text in `range`, nil when the text is unknown or the range outside it.
    public func text(of key: String, in range: Range<Int>) -> String? {
        guard let all = scalars[key], range.lowerBound >= 0, range.upperBound <= all.count else { return nil }
        return String(String.UnicodeScalarView(all[range]))
    }

    /// Up to `radius` code points either side of `range`, the range itself in `[[…]]`, line breaks
    /// and tabs shown as spaces; nil when the text is unknown or the range outside it.
    public func context(of key: String, around range: Range<Int>, radius: Int = 40) -> String? {
        guard let all = scalars[key], range.lowerBound >= 0, range.upperBound <= all.count else { return nil }
        let before = all[max(0, range.lowerBound - radius)..<range.lowerBound]
        let after = all[range.upperBound..<min(all.count, range.upperBound + radius)]
        func flat(_ part: ArraySlice<Unicode.Scalar>) -> String {
            String(String.UnicodeScalarView(part.map { $0.properties.isWhitespace ? " " : $0 }))
        }
        let open = before.startIndex > 0 ? "…" : "", close = after.endIndex < all.count ? "…" : ""
        return open + flat(before) + "[[" + flat(all[range]) + "]]" + flat(after) + close
    }

    /// Reads the text of each document from `directory`: the file named like the document, else
    /// `KEY.txt`, with line ends normalized as graphtool reads them. Documents without a file are
    /// reported in the returned warnings.
    public static func read(directory: String, documents: [DocumentAnnotation]) throws(EvaluationError) -> (DocumentTexts, [Diagnostic]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw .missingFile(path: directory, role: "text folder (--text-dir)")
        }
        var texts = DocumentTexts(), warnings: [Diagnostic] = []
        let folder = URL(fileURLWithPath: directory)
        for document in documents where !texts.contains(document.key) {
            let base = String(document.name.split(separator: "/").last ?? "")
            let candidates = [base, document.key + ".txt"].filter { !$0.isEmpty }.map { folder.appendingPathComponent($0).path }
            guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
                  let data = FileManager.default.contents(atPath: path) else {
                warnings.append(Diagnostic("no text file for document \(document.name) in \(directory); its offsets are not checked", at: document.location))
                continue
            }
            let source = SourceText(name: base, utf8: Array(data))
            texts.set(String(decoding: source.bytes, as: UTF8.self), forKey: document.key)
        }
        return (texts, warnings)
    }
}

extension AnnotationSet {
    /// Checks every entity against the known texts: one whose offsets fall outside its document's
    /// text is dropped, one whose stated text differs from the text at its offsets is kept; both
    /// are warned about with the file and line it came from.
    public mutating func checkOffsets(against texts: DocumentTexts, role: String) {
        var found: [Diagnostic] = []
        mapDocuments { document in
            guard let length = texts.length(of: document.key) else { return document }
            var checked = document
            checked.entities = document.entities.filter { e in
                guard e.end <= length else {
                    found.append(Diagnostic("\(role) document \(document.name): offsets [\(e.start), \(e.end)) lie outside the text (\(length) code points); entity skipped", at: e.location))
                    return false
                }
                if let stated = e.text, let actual = texts.text(of: document.key, in: e.span), stated != actual {
                    found.append(Diagnostic("\(role) document \(document.name): [\(e.start), \(e.end)) says \"\(stated)\" but the text has \"\(actual)\"", at: e.location))
                }
                return true
            }
            return checked
        }
        warnings += found
    }
}
