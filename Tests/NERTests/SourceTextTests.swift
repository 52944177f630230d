import NER
import Testing

@Suite("Loading text")
struct SourceTextTests {
    @Test("CRLF and CR become LF, like Python's text mode")
    func lineEnds() {
        let source = SourceText(name: "t", utf8: Array("a\r\nb\rc\n".utf8))
        #expect(source.bytes == Array("a\nb\nc\n".utf8))
        #expect(source.warnings.isEmpty)
    }

    @Test("a byte-order mark stays as one character")
    func byteOrderMark() {
        let source = SourceText(name: "t", utf8: [0xEF, 0xBB, 0xBF] + Array("Kyiv".utf8))
        var offsets = ScalarOffsets(source.bytes)
        #expect(offsets.scalarOffset(ofByte: 3) == 1)
    }

    @Test("invalid UTF-8 is replaced and reported")
    func invalidBytes() {
        let source = SourceText(name: "bad.txt", utf8: Array("Kyiv ".utf8) + [0xFF, 0xC3] + Array(" Kharkiv".utf8))
        #expect(source.warnings.count == 1)
        #expect(source.warnings[0].contains("2 byte sequence(s)"))
        #expect(String(decoding: source.bytes, as: UTF8.self) == "Kyiv \u{FFFD}\u{FFFD} Kharkiv")
    }

    @Test("scalar offsets count code points")
    func scalarOffsets() {
        let bytes = Array("Erdoğan — Kyiv".utf8)
        var offsets = ScalarOffsets(bytes)
        let kyiv = bytes.count - 4
        #expect(offsets.scalarOffset(ofByte: kyiv) == 10)
        #expect(offsets.scalarOffset(ofByte: bytes.count) == 14)
    }

    @Test("overlong forms, surrogates and truncated sequences are invalid; multi-byte text is valid", arguments: [
        ([0xC0, 0xAF], 1), ([0xED, 0xA0, 0x80], 1), ([0xE2, 0x80], 1), ([0xF4, 0x90, 0x80, 0x80], 1),
        ([0xE2, 0x80, 0x99, 0xF0, 0x9F, 0x98, 0x80, 0xC3, 0xA9], 0),
    ] as [([UInt8], Int)])
    func validation(bytes: [UInt8], warnings: Int) {
        #expect(SourceText(name: "t", utf8: Array("Kyiv ".utf8) + bytes + Array(" and more text".utf8)).warnings.count == warnings)
    }
}
