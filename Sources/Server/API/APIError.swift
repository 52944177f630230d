import Foundation
import Graph
import Hummingbird

/// A request the API refuses, answered as `{"error": message}` with a 4xx status (5xx when the
/// store itself fails); each message says what to send instead.
struct APIError: Error, Sendable, HTTPResponseError, CustomStringConvertible {
    var status: HTTPResponse.Status
    var message: String

    var description: String { message }

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// A missing, unknown or malformed parameter.
    static func badParameter(_ message: String) -> APIError { APIError(.badRequest, message) }

    /// The error for a name that names no single entity: 404 when nothing matches, 409 when
    /// several do.
    static func entity(_ error: EntityNameError) -> APIError {
        switch error {
        case .ambiguous, .sameName: return APIError(.conflict, error.description)
        case .notFound: return APIError(.notFound, error.description)
        case .store(let failure): return store(failure)
        }
    }

    static func store(_ error: GraphStoreError) -> APIError { APIError(.serviceUnavailable, error.description) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONBody.response(["error": message])
        response.status = status
        return response
    }
}
