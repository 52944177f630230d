/// The pattern that found an action's object (``ActionExtractor``).
public enum ActionPattern: Sendable, CaseIterable {
    /// A mention right after the verb (`invaded Ukraine`): `svo`.
    case svo
    /// A mention after an argument preposition (`wrote on Twitter`): `verb-prep`.
    case verbPrep
    /// A mention after a short noun phrase and an argument preposition (`imposed sanctions on Russia`): `verb-noun-prep`.
    case verbNounPrep
    /// A mention in apposition to the verb's object (`defeated another candidate, veteran politician Raymond Wong`):
    /// `verb-noun-apposition`.
    case verbNounApposition
    /// The subject of a demanded action (`demanded that Russia …`): `mandate`.
    case mandate
    /// The antecedent of a relative clause whose verb leaves its object out (`Crimea, which Russia annexed`):
    /// `object-relative`.
    case objectRelative
    /// A passive's agent acting on its subjects (`Kherson was seized by Russia`): `passive`.
    case passive
    /// A passive frame's preposition bringing the subjects' object (`Albert Einstein was born in Ulm`): `passive-prep`.
    case passivePrep

    /// The pattern as rules write it.
    var name: String {
        switch self {
        case .svo: "svo"
        case .verbPrep: "verb-prep"
        case .verbNounPrep: "verb-noun-prep"
        case .verbNounApposition: "verb-noun-apposition"
        case .mandate: "mandate"
        case .objectRelative: "object-relative"
        case .passive: "passive"
        case .passivePrep: "passive-prep"
        }
    }
}
