import GRDB
import NER

/// Which edges a query follows.
public enum EdgeFilter: String, Sendable, Codable, CaseIterable {
    case coMention = "co-mention", action, all

    /// True when edges of `kind` pass the filter.
    func admits(_ kind: EdgeKind) -> Bool { self == .all || rawValue == kind.rawValue }
}

/// The edges of an entity: its action edges from its action runs (``ActionRuns``), its
/// co-mention edges from its co-mention runs (``CoMentionRuns``).
struct Adjacency {
    let db: Database

    /// The edges of entity `id` of at least `minWeight` that pass `filter`, unordered, without
    /// the entities at their other ends nor the labels of action edges; counted over the
    /// documents that pass `documents` (the stored counts when every document passes, else
    /// ``CoMentionWindow`` and ``ActionWindow``).
    func incidents(of id: Int64, filter: EdgeFilter, minWeight: Int = 0, documents: DocumentFilter = DocumentFilter()) throws -> [Incident] {
        let (actions, coMentions) = try entries(of: id, filter: filter, documents: documents)
        return Self.incidents(of: id, actions, coMentions) { weight, _ in weight >= minWeight }
    }

    /// The edges of entity `id` (of at least `minWeight`, over every document) that a card reads:
    /// those as heavy as the `ranked`-th heaviest, all that ``ranked(_:type:limit:)`` may keep
    /// with that limit, and those stated in a sentence as heavy as the `stated`-th heaviest of
    /// them, all that ``Incident/withSentences(_:limit:)`` may pick. A hub has tens of thousands
    /// of edges, and a card shows a handful.
    func strongestIncidents(of id: Int64, minWeight: Int, ranked: Int, stated: Int) throws -> [Incident] {
        let (actions, coMentions) = try entries(of: id, filter: .all, documents: DocumentFilter())
        var heaviest = HeaviestWeights(count: ranked), heaviestStated = HeaviestWeights(count: stated)
        func weigh(_ entries: [some RunEntry]) {
            for entry in entries where entry.other != id && entry.weight >= minWeight {
                heaviest.add(entry.weight)
                if entry.sentences > 0 { heaviestStated.add(entry.weight) }
            }
        }
        weigh(actions)
        weigh(coMentions)
        let rankedFloor = ranked > 0 ? heaviest.lightest ?? minWeight : .max
        let statedFloor = stated > 0 ? heaviestStated.lightest ?? minWeight : .max
        return Self.incidents(of: id, actions, coMentions) { weight, sentences in
            weight >= minWeight && (weight >= rankedFloor || sentences > 0 && weight >= statedFloor)
        }
    }

    /// The action and co-mention edges of `id` that pass `filter`, as its runs (or the documents
    /// that pass `documents`) count them.
    private func entries(of id: Int64, filter: EdgeFilter, documents: DocumentFilter) throws -> ([ActionEntry], [CoMentionEntry]) {
        let actions = !filter.admits(.action) ? []
            : documents.passesAll ? try ActionRuns(db: db).edges(of: id) : try ActionWindow(db: db).edges(of: id, documents: documents)
        let coMentions = !filter.admits(.coMention) ? []
            : documents.passesAll ? try CoMentionRuns(db: db).edges(of: id) : try CoMentionWindow(db: db).edges(of: id, documents: documents)
        return (actions, coMentions)
    }

    /// The edges of `actions` and `coMentions` to entities other than `id` whose weight and
    /// sentences pass `keep`, as incidents of `id`.
    private static func incidents(of id: Int64, _ actions: [ActionEntry], _ coMentions: [CoMentionEntry],
                                  keeping keep: (_ weight: Int, _ sentences: Int) -> Bool) -> [Incident] {
        var found: [Incident] = []
        found.reserveCapacity(actions.count + coMentions.count)
        for entry in actions where entry.other != id && keep(entry.weight, entry.sentences) {
            found.append(Incident(edge: entry.edge, other: entry.other, kind: .action, sentences: entry.sentences, documents: entry.documents,
                                  outgoing: entry.outgoing))
        }
        for entry in coMentions where entry.other != id && keep(entry.weight, entry.sentences) {
            found.append(Incident(edge: CoMentionID.of(id, entry.other), other: entry.other, kind: .coMention,
                                  sentences: entry.sentences, documents: entry.documents, outgoing: id < entry.other))
        }
        return found
    }

    /// The predicate and negation of each action edge of `incidents`, by edge id.
    func labels(of incidents: some Sequence<Incident>) throws -> [Int64: (predicate: String, negated: Bool)] {
        let read = try db.cachedStatement(sql: "SELECT predicate, negated FROM edges WHERE id = ?")
        var labels: [Int64: (predicate: String, negated: Bool)] = [:]
        for incident in incidents where incident.kind == .action {
            if let row = try Row.fetchOne(read, arguments: [incident.edge]) { labels[incident.edge] = (row[0], row[1]) }
        }
        return labels
    }

    /// The edges of entity `id` with the entity at their other end, heaviest first, then by that
    /// entity's name and type, then kind, predicate and negation; cut to `limit`.
    ///
    /// - Complexity: O(d log d) for an entity with `d` edges of at least `minWeight`; entities are
    ///   read only for the edges at or above the weight of the last one kept, and when those are
    ///   many, in the order of their names until `limit` are found.
    func edges(of id: Int64, filter: EdgeFilter, minWeight: Int = 0, type: EntityType? = nil, limit: Int? = nil,
               documents: DocumentFilter = DocumentFilter()) throws -> [(Incident, GraphEntity)] {
        try ranked(try incidents(of: id, filter: filter, minWeight: minWeight, documents: documents), type: type, limit: limit)
    }

    /// `incidents` with the entity at their other end (of `type`, if given), ordered and cut as
    /// ``edges(of:filter:minWeight:type:limit:documents:)`` orders and cuts them.
    func ranked(_ incidents: [Incident], type: EntityType? = nil, limit: Int? = nil) throws -> [(Incident, GraphEntity)] {
        // Heaviest first, as packed keys (weight, then position): a hub has tens of thousands of
        // edges. Without a type to pass, only edges as heavy as the `limit`-th heaviest can be kept.
        let floor = type == nil ? limit.map { count in
            var heaviest = HeaviestWeights(count: count)
            for incident in incidents { heaviest.add(incident.weight) }
            return heaviest.lightest ?? 0
        } ?? 0 : 0
        let order = incidents.indices.compactMap { i in
            incidents[i].weight >= floor ? UInt64(UInt32.max - UInt32(clamping: incidents[i].weight)) << 32 | UInt64(i) : nil
        }.sorted()
        var found: [(Incident, GraphEntity)] = []
        var start = 0
        while start < order.count, found.count < limit ?? .max {
            var end = start + 1
            while end < order.count, order[end] >> 32 == order[start] >> 32 { end += 1 }
            let tier = order[start..<end].map { incidents[Int($0 & 0xFFFF_FFFF)] }
            let wanted = (limit ?? .max) - found.count
            let entities = try entitiesByName(Set(tier.map(\.other)), type: type, first: wanted)
            let kept = tier.filter { entities.rank[$0.other] != nil }
            let labels = try labels(of: kept)
            var rows = kept.map { ($0, entities.rank[$0.other]!) }
            rows.sort { a, b in
                let (x, y) = (labels[a.0.edge], labels[b.0.edge])
                return (a.1, a.0.kind.code, x?.predicate ?? "", x?.negated == true ? 1 : 0)
                    < (b.1, b.0.kind.code, y?.predicate ?? "", y?.negated == true ? 1 : 0)
            }
            found += rows.prefix(wanted).map { ($0.0, entities.entities[$0.0.other]!) }
            start = end
        }
        return found
    }

    /// Of the entities `ids` (of `type`, if given), those that sort first by name and type (up to
    /// `first` of them, or every one of them when fewer), with their rank in that order.
    private func entitiesByName(_ ids: Set<Int64>, type: EntityType?, first: Int) throws -> (entities: [Int64: GraphEntity], rank: [Int64: Int]) {
        var entities: [Int64: GraphEntity] = [:]
        if ids.count <= 20_000 || first >= ids.count {
            entities = try EntityRows.fetch(db, ids: ids)
            if let type { entities = entities.filter { $0.value.type == type } }
        } else {
            // Tens of thousands of entities of one weight (a hub's edges named once): walk the names
            // in order, on the (name, type) index alone, then read the rows of the first ones.
            var chosen: [Int64] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, type FROM entities ORDER BY name, type")
            while chosen.count < first, let row = try rows.next() {
                let id: Int64 = row[0]
                if ids.contains(id), type.map({ $0.rawValue == row[1] as String }) ?? true { chosen.append(id) }
            }
            entities = try EntityRows.fetch(db, ids: chosen)
        }
        let ordered = entities.values.sorted { ($0.name, $0.type.rawValue) < ($1.name, $1.type.rawValue) }
        return (entities, Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.id, $0) }))
    }

    /// Up to `limit` sentences that state `incident`'s edge, from documents that pass `filter`;
    /// none when it counts no sentence.
    func evidence(_ incident: Incident, limit: Int, filter: DocumentFilter) throws -> [Evidence] {
        incident.sentences > 0 ? try EntityRows.evidence(db, edge: incident.edge, limit: limit, filter: filter) : []
    }

    /// `incident` as a neighbor, with its label read.
    func neighbor(_ incident: Incident, entity: GraphEntity, depth: Int, via: String? = nil, evidence: [Evidence]) throws -> Neighbor {
        let label = try labels(of: [incident])[incident.edge]
        return Neighbor(entity: entity, kind: incident.kind, predicate: label?.predicate, negated: label?.negated,
                        direction: incident.kind == .action ? (incident.outgoing ? .out : .in) : nil,
                        sentences: incident.sentences, documents: incident.documents, weight: incident.weight, depth: depth, via: via, evidence: evidence)
    }
}

/// The `count` heaviest of the weights added, heaviest first (ties kept apart).
private struct HeaviestWeights {
    let count: Int
    private(set) var top: [Int] = []

    init(count: Int) { self.count = count }

    /// The lightest of them: every weight added that is lighter is not among the `count` heaviest.
    var lightest: Int? { top.last }

    mutating func add(_ weight: Int) {
        guard count > 0, top.count < count || weight > top[count - 1] else { return }
        top.insert(weight, at: top.firstIndex { $0 < weight } ?? top.count)
        if top.count > count { top.removeLast() }
    }
}
