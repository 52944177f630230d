import CLz4
import CZlib
import Foundation
import GRDB

/// A document's text as the store keeps it (`documents.text`); `documents.bytes` holds its
/// length. Compressed with LZ4, behind a first byte ``lz4Tag``: about half of the text on news,
/// at several hundred MB/s. Texts stored before are zlib streams (from v6), whose first byte
/// holds the deflate method (8) in its low four bits, so never the tag; both are read.
enum DocumentText {
    /// The first byte of a text compressed with LZ4; a zlib stream's first byte ends in 8.
    static var lz4Tag: UInt8 { 4 }

    /// The compressed form of `bytes`.
    static func pack(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer(pack)
    }

    /// The compressed form of the text stored before v7.
    static func pack(_ stored: Data) -> Data {
        Data(stored.withUnsafeBytes { pack($0.bindMemory(to: UInt8.self)) })
    }

    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // LZ4 takes texts up to LZ4_MAX_INPUT_SIZE (about 2 GB); a document is read whole into memory first.
        precondition(bytes.count <= LZ4_MAX_INPUT_SIZE, "a document of \(bytes.count) bytes is beyond LZ4's limit")
        var packed = [UInt8](repeating: 0, count: 1 + Int(LZ4_compressBound(Int32(bytes.count))))
        packed[0] = lz4Tag
        let length = packed.withUnsafeMutableBufferPointer { out in
            bytes.withMemoryRebound(to: CChar.self) { source in
                out.withMemoryRebound(to: CChar.self) { LZ4_compress_default(source.baseAddress, $0.baseAddress! + 1, Int32(bytes.count), Int32(out.count - 1)) }
            }
        }
        // LZ4 fails only without room, and the room is LZ4_compressBound's.
        precondition(length > 0 || bytes.isEmpty, "LZ4 compression failed")
        packed.removeSubrange((1 + Int(length))...)
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
        let done = bytes.withUnsafeMutableBufferPointer { out in
            packed.withUnsafeBytes { stored -> Bool in
                let stored = stored.bindMemory(to: UInt8.self)
                if stored.first == lz4Tag {
                    let length = out.withMemoryRebound(to: CChar.self) { target in
                        UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(stored)[1...]).withMemoryRebound(to: CChar.self) {
                            LZ4_decompress_safe($0.baseAddress, target.baseAddress, Int32($0.count), Int32(count))
                        }
                    }
                    return Int(length) == count
                }
                var length = uLongf(count)
                return uncompress(out.baseAddress, &length, stored.baseAddress, uLong(stored.count)) == Z_OK && Int(length) == count
            }
        }
        return done ? bytes : nil
    }
}
