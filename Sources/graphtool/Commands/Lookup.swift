import ArgumentParser
import Graph

/// `graphtool lookup`: the card of one entity.
struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show an entity: type, aliases, mentions, documents, strongest neighbors and evidence.",
        discussion: "NAME is found ignoring case and diacritics, through aliases (Kiev → Kyiv), by prefix, then by spelling (Zelenskiy → Volodymyr Zelensky).")

    @Argument(help: "The entity's name, an alias or a near spelling.")
    var name: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let graph = try store.open(.read)
        let card = try store.timed("lookup") { try graph.card(of: EntityName.resolve(name, in: graph)) }
        if store.json { return try JSONOutput.print(card) }
        let e = card.entity
        var text = "\(e.name)  \(e.type.rawValue)\n"
        text += "  mentions   \(e.mentions) in \(e.documents) document\(e.documents == 1 ? "" : "s")"
        if let first = e.firstSeen, let last = e.lastSeen { text += ", seen \(first == last ? first : "\(first) to \(last)")" }
        text += "\n  aliases    \(card.aliases.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))\n"
        text += "  documents  \(card.documents.joined(separator: ", "))\(e.documents > card.documents.count ? ", …" : "")\n"
        if !card.neighbors.isEmpty {
            text += "  neighbors  \(card.neighbors.map { "\($0.entity.name) (\($0.weight))" }.joined(separator: ", "))\n"
        }
        for evidence in card.evidence { text += "  “\(evidence.sentence)” — \(evidence.document)\n" }
        print(text, terminator: "")
    }
}
