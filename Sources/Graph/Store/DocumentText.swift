import CZlib
import Foundation
import GRDB

/// A document's text as the store keeps it (`documents.text`, from v6): zlib-compressed at its
/// fastest level, about a third of the text on news; `documents.bytes` holds its length.
enum DocumentText {
    /// The compressed form of `bytes`.
    static func pack(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer(pack)
    }

    /// The compressed form of the text stored before v7.
    static func pack(_ stored: Data) -> Data {
        Data(stored.withUnsafeBytes { pack($0.bindMemory(to: UInt8.self)) })
    }

    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var packed = [UInt8](repeating: 0, count: Int(compressBound(uLong(bytes.count))))
        var length = uLongf(packed.count)
        let status = packed.withUnsafeMutableBufferPointer { out in
            compress2(out.baseAddress, &length, bytes.baseAddress, uLong(bytes.count), Z_BEST_SPEED)
        }
        // compress2 fails only without memory or room, and the room is compressBound's.
        precondition(status == Z_OK, "zlib compress2 failed with status \(status)")
        packed.removeSubrange(Int(length)...)
        return packed
    }

    /// The text of document `document`, stored `packed`, which holds `count` bytes.
    /// - Throws: a corruption error when it does not unpack to them.
    static func unpack(_ packed: Data, count: Int, document: Int64) throws -> [UInt8] {
        guard let bytes = unpack(packed, count: count) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the stored text of document \(document) does not decompress")
        }
        return bytes
    }

    private static func unpack(_ packed: Data, count: Int) -> [UInt8]? {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var length = uLongf(count)
        let status = bytes.withUnsafeMutableBufferPointer { out in
            packed.withUnsafeBytes { uncompress(out.baseAddress, &length, $0.bindMemory(to: UInt8.self).baseAddress, uLong(packed.count)) }
        }
        return status == Z_OK && Int(length) == count ? bytes : nil
    }
}
