import Foundation

/// The text of one document, as UTF-8 bytes ready for tokenizing.
///
/// Loading normalizes line ends the way Python's text mode does (`\r\n` and a lone `\r`
/// become `\n`), keeps a byte-order mark as the character U+FEFF, and replaces invalid
/// UTF-8 with U+FFFD, so that offsets counted in Unicode scalars agree with
/// `open(path, encoding="utf-8").read()`.
public struct SourceText: Sendable {
    /// The document's name and identity: the path it was read from as given, normalized (`-` for
    /// standard input). Two files of one base name in different folders are two documents.
    public let name: String
    /// The normalized UTF-8 bytes.
    public let bytes: [UInt8]
    /// Problems found while loading that did not stop it, for the user to see.
    public let warnings: [String]

    /// Wraps text that is already a Swift string (always valid UTF-8).
    public init(name: String, text: String) {
        self.init(name: name, utf8: Array(text.utf8))
    }

    /// Normalizes raw bytes: line ends, invalid UTF-8.
    ///
    /// - Complexity: O(n) in the number of bytes.
    public init(name: String, utf8 raw: [UInt8]) {
        self.name = name
        var warnings: [String] = []
        var bytes = raw
        if Self.firstIndex(of: UInt8(ascii: "\r"), in: bytes) != nil {
            bytes = Self.normalizingLineEnds(bytes)
        }
        if !Self.isValidUTF8(bytes) {
            let (repaired, errors) = Self.repairingUTF8(bytes)
            warnings.append("\(name): invalid UTF-8: \(errors) byte sequence(s) replaced with U+FFFD; re-save the file as UTF-8 for exact offsets")
            bytes = repaired
        }
        self.bytes = bytes
        self.warnings = warnings
    }

    private static func normalizingLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }

    /// The first offset of `byte` among the first `limit` bytes (all by default), found with `memchr`.
    public static func firstIndex(of byte: UInt8, in bytes: [UInt8], limit: Int = .max) -> Int? {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress,
                  let found = memchr(base, Int32(byte), min(limit, raw.count)) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// True when `bytes` are valid UTF-8 (RFC 3629: no overlong forms, surrogates or values past
    /// U+10FFFF); ASCII runs are checked eight bytes at a time.
    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i < n {
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = raw[i]
                if b < 0x80 { i += 1; continue }
                let length: Int, low: UInt8, high: UInt8
                switch b {
                case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
                case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
                case 0xED: (length, low, high) = (3, 0x80, 0x9F)
                case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
                case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
                case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
                default: return false
                }
                guard i + length <= n, (low...high).contains(raw[i + 1]) else { return false }
                for k in 2..<max(length, 2) where raw[i + k] & 0xC0 != 0x80 { return false }
                i += length
            }
            return true
        }
    }

    private static func repairingUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], errors: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var errors = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): out.append(contentsOf: UTF8.encode(scalar)!)
            case .error:
                errors += 1
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case .emptyInput: break decoding
            }
        }
        return (out, errors)
    }

    /// The text between two byte offsets.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
