/// Decoding and classifying single Unicode scalars straight from UTF-8 bytes.
enum UTF8Scalar {
    /// The scalar starting at `i` and its length in bytes (1 for a stray continuation byte).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 >= 0xF0, i + 3 < n {
            let v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
            return (v, 4)
        }
        if b0 >= 0xE0, i + 2 < n {
            let v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
            return (v, 3)
        }
        if b0 >= 0xC0, i + 1 < n {
            return ((b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Letters and combining marks of any script.
    static func isLetter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isASCIILetter(UInt8(scalar)) }
        if scalar >= 0x2000 && scalar <= 0x206F { return false }  // general punctuation: dashes, quotes, spaces
        guard let s = Unicode.Scalar(scalar) else { return false }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark
    }

    static func isUppercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
        return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
    }

    static func isLowercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A }
        return Unicode.Scalar(scalar)?.properties.isLowercase ?? false
    }

    /// Spaces, line separators, no-break and zero-width spaces, and the byte-order mark.
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Straight and curly apostrophes.
    static func isApostrophe(_ scalar: UInt32) -> Bool { scalar == 0x27 || scalar == 0x2019 }
}
