import CLibXML2

/// An article read from a saved web page with libxml2's HTML parser, which recovers from the
/// markup errors pages are full of and never touches the network.
///
/// The text comes from the page's first `<article>`, else its first `<main>`, else `<body>` (the
/// first of these with any text; an article inside an aside or navigation is a teaser, not the
/// page's), leaving out scripts, styles, navigation, headers, footers, asides, forms and the like.
/// Each block element
/// (`p`, `h1`–`h6`, `li`, `blockquote`, `div`, …) makes a paragraph of its own; paragraphs are
/// separated by a blank line; white space (no-break spaces too) is collapsed to one space;
/// character references are decoded.
struct HTMLPage {
    /// The paragraphs of the article's text, empty when the page has none.
    var text = ""
    /// `og:title`, else `<title>`.
    var title: String?
    /// The first of `article:published_time`, the first `<time datetime>` and JSON-LD
    /// `datePublished` that ``PublicationDate`` can read, as `YYYY-MM-DD`.
    var date: String?
    /// `<link rel="canonical">`, else `og:url`.
    var url: String?
    /// `og:site_name`.
    var source: String?

    /// Parses a page's bytes. Pages that declare no character set are read as UTF-8.
    init(_ bytes: [UInt8]) {
        _ = Self.parserReady
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let encoding = Self.declaresCharset(bytes) ? nil : "UTF-8"
        let document = bytes.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32(raw.count), nil, encoding, options) }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return }
        var metadata = Metadata()
        metadata.collect(from: root)
        title = metadata.meta["og:title"] ?? metadata.title
        date = [metadata.meta["article:published_time"], metadata.time, metadata.jsonLDDate]
            .lazy.compactMap { $0.flatMap(PublicationDate.normalized) }.first
        url = metadata.canonical ?? metadata.meta["og:url"]
        source = metadata.meta["og:site_name"]
        for candidate in [metadata.article, metadata.main, metadata.body, root] {
            guard let candidate else { continue }
            var paragraphs = Paragraphs()
            paragraphs.add(candidate)
            text = paragraphs.text
            if !text.isEmpty { break }
        }
    }

    private static let parserReady: Void = xmlInitParser()

    /// Whether the first 4 KiB mention `charset`, as a `<meta>` declaring the encoding does.
    private static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096).map { $0 | 0x20 }
        let word = Array("charset".utf8)
        return head.indices.contains { head[$0...].starts(with: word) }
    }
}

/// Elements whose text is not the article's: scripts, styles, navigation, headers, footers, asides,
/// forms and the like.
private let pageFurniture: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "form",
                                          "noscript", "template", "iframe", "svg", "head", "title", "button", "select"]

/// The name of an element node, lower case as the HTML parser makes it.
private func name(_ node: xmlNodePtr) -> String {
    node.pointee.name.map { String(cString: $0) } ?? ""
}

/// The value of an attribute of an element node.
private func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
    var attribute = node.pointee.properties
    while let current = attribute {
        if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
            return content(current.pointee.children)
        }
        attribute = current.pointee.next
    }
    return nil
}

/// The text of `first` and the nodes after it at its level, as it stands: the inside of `<title>`
/// and scripts, and attribute values.
private func content(_ first: xmlNodePtr?) -> String {
    var text = ""
    var child = first
    while let current = child {
        if let content = current.pointee.content { text += String(cString: content) }
        child = current.pointee.next
    }
    return text
}

/// What a page says about itself, and where its article is, from one walk over its elements.
private struct Metadata {
    var meta: [String: String] = [:]
    var title: String?
    var time: String?
    var jsonLDDate: String?
    var canonical: String?
    var article: xmlNodePtr?
    var main: xmlNodePtr?
    var body: xmlNodePtr?

    /// Looks at `node` and every element inside it; an `<article>` or `<main>` inside page
    /// furniture (a teaser in an aside) is not the page's.
    mutating func collect(from node: xmlNodePtr, inFurniture: Bool = false) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        let element = name(node)
        look(at: node, named: element, inFurniture: inFurniture)
        let furniture = inFurniture || pageFurniture.contains(element)
        var child = node.pointee.children
        while let current = child {
            collect(from: current, inFurniture: furniture)
            child = current.pointee.next
        }
    }

    private mutating func look(at node: xmlNodePtr, named element: String, inFurniture: Bool) {
        switch element {
        case "meta":
            if let key = (attribute(node, "property") ?? attribute(node, "name"))?.lowercased(),
               meta[key] == nil, let value = attribute(node, "content")?.trimmed, !value.isEmpty {
                meta[key] = value
            }
        case "title" where title == nil:
            title = Paragraphs.collapsed(content(node.pointee.children))
        case "time" where time == nil:
            time = attribute(node, "datetime")
        case "link" where canonical == nil:
            if attribute(node, "rel")?.lowercased().split(separator: " ").contains("canonical") == true {
                canonical = attribute(node, "href")?.trimmed
            }
        case "script" where jsonLDDate == nil:
            if attribute(node, "type")?.lowercased().trimmed == "application/ld+json",
               let json = JSONValue(parsing: Array(content(node.pointee.children).utf8)[...]) {
                jsonLDDate = Self.datePublished(in: json)
            }
        case "article" where article == nil && !inFurniture: article = node
        case "main" where main == nil && !inFurniture: main = node
        case "body" where body == nil: body = node
        default: break
        }
    }

    /// The first `datePublished` in a JSON-LD value, looking through nested objects and arrays (`@graph`).
    private static func datePublished(in json: JSONValue) -> String? {
        switch json {
        case .object(let fields):
            if case .string(let date) = fields["datePublished"] { return date }
            return fields.values.lazy.compactMap(datePublished).first
        case .array(let elements):
            return elements.lazy.compactMap(datePublished).first
        default:
            return nil
        }
    }
}

/// The text of an element as paragraphs.
private struct Paragraphs {
    private var paragraphs: [String] = []
    private var current: [UInt8] = []
    private var space = false

    /// The paragraphs, a blank line between each two.
    var text: String {
        var all = self
        all.endParagraph()
        return all.paragraphs.joined(separator: "\n\n")
    }

    /// `text` with its white space collapsed, or nil when it has none.
    static func collapsed(_ text: String) -> String? {
        var paragraph = Paragraphs()
        let terminated = Array(text.utf8) + [0]
        terminated.withUnsafeBufferPointer { paragraph.append($0.baseAddress!) }
        let result = paragraph.text
        return result.isEmpty ? nil : result
    }

    /// Adds the text of `node`, unless it is an element left out.
    mutating func add(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { append(content) }
        case XML_ELEMENT_NODE:
            let element = name(node)
            guard !pageFurniture.contains(element) else { return }
            let block = Self.blocks.contains(element)
            if block { endParagraph() }
            var child = node.pointee.children
            while let current = child {
                add(current)
                child = current.pointee.next
            }
            if block { endParagraph() }
        default:
            break
        }
    }

    private mutating func append(_ text: UnsafePointer<UInt8>) {
        var i = 0
        while text[i] != 0 {
            let byte = text[i]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                space = true
            } else if byte == 0xC2 && text[i + 1] == 0xA0 {
                space = true
                i += 1
            } else {
                if space && !current.isEmpty { current.append(0x20) }
                space = false
                current.append(byte)
            }
            i += 1
        }
    }

    private mutating func endParagraph() {
        if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        space = false
    }

    private static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                                              "blockquote", "pre", "section", "article", "main", "body", "table", "tr", "td", "th",
                                              "caption", "figure", "figcaption", "address", "hr", "br", "center", "details", "summary"]
}
