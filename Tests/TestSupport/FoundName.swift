import NER

/// A recognized mention as tests compare it: its text and type.
public struct FoundName: Equatable, CustomStringConvertible, Sendable {
    public var text: String
    public var type: EntityType
    public var description: String { "\(text)/\(type.rawValue)" }

    public init(text: String, type: EntityType) {
        self.text = text
        self.type = type
    }
}

extension Fixtures {
    /// The mentions the standard recognizer finds in `text`, in text order.
    public static func found(_ text: String) -> [FoundName] {
        recognizer.analyze(SourceText(name: "t", text: text)).mentions.map { FoundName(text: $0.text, type: $0.type) }
    }
}
