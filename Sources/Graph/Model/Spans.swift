import Foundation

/// Byte ranges packed as little-endian 32-bit integers, the compact form in which the store keeps
/// mention and evidence offsets.
package enum Spans {
    /// Packs `values` (each below 2^32) into a blob.
    package static func pack(_ values: [Int]) -> Data {
        var data = Data(count: values.count * 4)
        data.withUnsafeMutableBytes { raw in
            for (i, v) in values.enumerated() { raw.storeBytes(of: word(v), toByteOffset: i * 4, as: UInt32.self) }
        }
        return data
    }

    /// One value as stored: 32 bits, little-endian.
    static func word(_ value: Int) -> UInt32 { UInt32(truncatingIfNeeded: value).littleEndian }

    /// The integers packed in `data`.
    package static func unpack(_ data: Data) -> [Int] {
        data.withUnsafeBytes { raw in
            (0..<raw.count / 4).map { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
    }

    /// `values` read as pairs `(start, end)`.
    package static func ranges(_ data: Data) -> [Range<Int>] {
        let v = unpack(data)
        return stride(from: 0, to: v.count - 1, by: 2).map { v[$0]..<max(v[$0], v[$0 + 1]) }
    }
}
