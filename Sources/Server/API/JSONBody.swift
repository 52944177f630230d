import Foundation
import Hummingbird

/// Encodes API answers: compact JSON with sorted keys, unescaped slashes.
enum JSONBody {
    static func response(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return response(bytes: try encoder.encode(value))
    }

    /// A response of JSON written by hand.
    static func response(text: String) -> Response {
        response(bytes: Array(text.utf8))
    }

    private static func response(bytes: some Sequence<UInt8>) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
