/// Documents read from one gold or prediction source, in the order first seen, with the texts
/// known for them and the problems met while reading.
public struct AnnotationSet: Sendable {
    /// One entry per document key; lines naming the same document are merged in order.
    public private(set) var documents: [DocumentAnnotation] = []
    /// Document texts by document key, when the source carries them (CoNLL) or they were read.
    public var texts: [String: String] = [:]
    /// Problems that did not stop reading: the offending line or entity was skipped.
    public var warnings: [Diagnostic] = []
    private var index: [String: Int] = [:]

    public init(documents: [DocumentAnnotation] = []) {
        for document in documents { add(document) }
    }

    /// Adds a document, merging it into an earlier one with the same key.
    public mutating func add(_ document: DocumentAnnotation) {
        if let n = index[document.key] {
            documents[n].entities += document.entities
            documents[n].relations += document.relations
        } else {
            index[document.key] = documents.count
            documents.append(document)
        }
    }

    /// The document with this key, if any.
    public func document(forKey key: String) -> DocumentAnnotation? {
        index[key].map { documents[$0] }
    }

    /// Replaces every document with `transform` of it.
    mutating func mapDocuments(_ transform: (DocumentAnnotation) -> DocumentAnnotation) {
        documents = documents.map(transform)
    }
}

/// A problem with the input that scoring worked around, named by file and line.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String

    public init(_ message: String, at location: SourceLocation?) {
        self.location = location
        self.message = message
    }

    /// `FILE line N: message`.
    public var description: String { location.map { "\($0): \(message)" } ?? message }
}
