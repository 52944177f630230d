import ArgumentParser
import Graph

/// `graphtool lookup`: the card of one entity.
struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show an entity: type, aliases, mentions, documents, strongest neighbors and evidence.",
        discussion: """
            NAME is found ignoring case and diacritics, through aliases (Kiev → Kyiv), by prefix, then by spelling \
            (Zelenskiy → Volodymyr Zelensky). When entities of several types have the name (Ford the company, a \
            person Ford), each is shown; "Ford (PERSON)" names one.
            """)

    @Argument(help: "The entity's name, an alias or a near spelling.")
    var name: String

    @OptionGroup var documents: DocumentFilterOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let graph = try store.open(.read)
        let cards = try store.timed("lookup") { try EntityName.entities(name, in: graph, allowingSeveral: true).map { try graph.card(of: $0, neighbors: 5, evidence: 3, documents: documents.filter) } }
        if store.json { return try cards.count == 1 ? JSONOutput.print(cards[0]) : JSONOutput.print(cards) }
        print(cards.map(Self.text).joined(separator: "\n"), terminator: "")
    }

    private static func text(_ card: EntityCard) -> String {
        let e = card.entity
        var text = "\(e.name)  \(e.type.rawValue)\n"
        text += "  mentions   \(e.mentions) in \(e.documents) document\(e.documents == 1 ? "" : "s")"
        if let first = e.firstSeen, let last = e.lastSeen { text += ", seen \(first == last ? first : "\(first) to \(last)")" }
        text += "\n  aliases    \(card.aliases.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))\n"
        text += "  documents  \(card.documents.joined(separator: ", "))\(e.documents > card.documents.count ? ", …" : "")\n"
        if !card.neighbors.isEmpty {
            text += "  neighbors  \(card.neighbors.map { "\($0.entity.name) (\($0.weight))" }.joined(separator: ", "))\n"
        }
        for evidence in card.evidence { text += "  \(evidence.citation)\n" }
        return text
    }
}
