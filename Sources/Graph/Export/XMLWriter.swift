internal import CLibXML2

/// libxml2's `xmlTextWriter` behind a small Swift surface, writing into an ``ExportOutput``:
/// elements, attributes and text, escaped by libxml2; text is cleaned of the characters XML
/// 1.0 forbids first (``ExportText/xml(_:)``). The only place that touches libxml2.
final class XMLWriter {
    private let output: ExportOutput
    private let writer: xmlTextWriterPtr
    private var failed: String?

    init(output: ExportOutput, indent: Bool = true) throws(ExportError) {
        self.output = output
        let context = Unmanaged.passUnretained(output).toOpaque()
        guard let buffer = xmlOutputBufferCreateIO({ context, bytes, length in
            guard let context, let bytes, length > 0 else { return 0 }
            let output = Unmanaged<ExportOutput>.fromOpaque(context).takeUnretainedValue()
            bytes.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                output.write(bytes: UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            return length
        }, nil, context, nil), let writer = xmlNewTextWriter(buffer) else {
            throw .xml("no memory for the writer")
        }
        self.writer = writer
        if indent {
            check(xmlTextWriterSetIndent(writer, 1), "indent")
            check(xmlTextWriterSetIndentString(writer, "  "), "indent")
        }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start")
    }

    deinit { xmlFreeTextWriter(writer) }

    /// Opens an element; `attributes` are written in order, values cleaned and escaped.
    func start(_ name: String, _ attributes: [(String, String)] = []) {
        check(xmlTextWriterStartElement(writer, name), name)
        for (key, value) in attributes { attribute(key, value) }
    }

    /// Adds an attribute to the element just opened.
    func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, ExportText.xml(value)), name)
    }

    /// Writes text inside the open element.
    func text(_ value: String) {
        check(xmlTextWriterWriteString(writer, ExportText.xml(value)), "text")
    }

    /// Closes the innermost open element.
    func end() {
        check(xmlTextWriterEndElement(writer), "end")
    }

    /// `<name attributes…>text</name>`, or an empty element without text.
    func element(_ name: String, _ attributes: [(String, String)] = [], text value: String? = nil) {
        start(name, attributes)
        if let value { text(value) }
        end()
    }

    /// Closes every open element and flushes libxml2's buffer into the output.
    func finish() throws(ExportError) {
        check(xmlTextWriterEndDocument(writer), "end of document")
        check(xmlTextWriterFlush(writer), "flush")
        if let failed { throw .xml(failed) }
    }

    private func check(_ status: Int32, _ what: String) {
        if status < 0, failed == nil { failed = "writing \(what)" }
    }
}
