/// A JSON value as the readers need it: strings decoded, numbers kept as written.
enum JSONValue {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses one JSON text (RFC 8259) from UTF-8 bytes; nil when it is not valid JSON. Invalid
    /// UTF-8 inside strings becomes U+FFFD.
    init?(parsing bytes: ArraySlice<UInt8>) {
        let parsed: JSONValue? = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            guard let value = parser.value(depth: 0) else { return nil }
            parser.skipSpace()
            return parser.i == buffer.count ? value : nil
        }
        guard let parsed else { return nil }
        self = parsed
    }

    /// The text of a string or number; nil for anything else.
    var text: String? {
        switch self {
        case .string(let text), .number(let text): return text
        default: return nil
        }
    }
}

/// A recursive-descent JSON parser over a byte buffer.
private struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    /// Nesting deeper than this is refused rather than risking the stack.
    static let maximumDepth = 512

    mutating func value(depth: Int) -> JSONValue? {
        skipSpace()
        guard i < bytes.count, depth < Self.maximumDepth else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    private mutating func object(depth: Int) -> JSONValue? {
        i += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if take("}") { return .object(fields) }
        repeat {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard take(":"), let value = value(depth: depth + 1) else { return nil }
            if fields[key] == nil { fields[key] = value }
            skipSpace()
        } while take(",")
        return take("}") ? .object(fields) : nil
    }

    private mutating func array(depth: Int) -> JSONValue? {
        i += 1
        var elements: [JSONValue] = []
        skipSpace()
        if take("]") { return .array(elements) }
        repeat {
            guard let element = value(depth: depth + 1) else { return nil }
            elements.append(element)
            skipSpace()
        } while take(",")
        return take("]") ? .array(elements) : nil
    }

    /// A string from the opening quote at `i`; nil when it is not closed, or has a bad escape or
    /// a control character.
    private mutating func string() -> String? {
        i += 1
        var run = i
        var decoded: [UInt8]?
        while true {
            skipPlainCharacters()
            guard i < bytes.count, bytes[i] >= 0x20 else { return nil }
            let plain = UnsafeBufferPointer(rebasing: bytes[run..<i])
            i += 1
            if bytes[i - 1] == UInt8(ascii: "\"") {
                guard decoded != nil else { return String(decoding: plain, as: UTF8.self) }
                decoded!.append(contentsOf: plain)
                return String(decoding: decoded!, as: UTF8.self)
            }
            if decoded == nil { decoded = [] }
            decoded!.append(contentsOf: plain)
            guard i < bytes.count else { return nil }
            let escape = bytes[i]
            i += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded!.append(escape)
            case UInt8(ascii: "b"): decoded!.append(0x08)
            case UInt8(ascii: "f"): decoded!.append(0x0C)
            case UInt8(ascii: "n"): decoded!.append(0x0A)
            case UInt8(ascii: "r"): decoded!.append(0x0D)
            case UInt8(ascii: "t"): decoded!.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = unicodeEscape() else { return nil }
                decoded!.append(contentsOf: UTF8.encode(scalar)!)
            default: return nil
            }
            run = i
        }
    }

    /// Moves `i` to the next quote, backslash or control character (or the end), eight bytes at a
    /// time while none of the eight is one.
    private mutating func skipPlainCharacters() {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while i + 8 <= bytes.count, let raw {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let special = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            if special & highs != 0 { break }
            i += 8
        }
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
    }

    /// The character of a `\uXXXX` escape (after the `u`), joining a surrogate pair; a lone
    /// surrogate becomes U+FFFD.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hex4() else { return nil }
        if (0xD800..<0xDC00).contains(high), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
            let resume = i
            i += 2
            if let low = hex4(), (0xDC00..<0xE000).contains(low) {
                return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))
            }
            i = resume
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[i] | 0x20
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    /// `-? digits (. digits)? ([eE] [+-]? digits)?`, kept as written.
    private mutating func number() -> JSONValue? {
        let start = i
        _ = take("-")
        guard digits() else { return nil }
        if take("."), !digits() { return nil }
        if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if !take("+") { _ = take("-") }
            guard digits() else { return nil }
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    private mutating func digits() -> Bool {
        let start = i
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        return i > start
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count,
              UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[i..<i + count]) else { return nil }
        i += count
        return value
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard i < bytes.count, bytes[i] == UInt8(ascii: character) else { return false }
        i += 1
        return true
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }
}
