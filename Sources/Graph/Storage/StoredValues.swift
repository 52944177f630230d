import NER

// The answers of the queries, built by a store outside this module (their memberwise
// initialisers are internal).

extension GraphEntity {
    package static func stored(id: Int64, name: String, type: EntityType, mentions: Int, documents: Int,
                               firstSeen: String?, lastSeen: String?) -> GraphEntity {
        GraphEntity(id: id, name: name, type: type, mentions: mentions, documents: documents, firstSeen: firstSeen, lastSeen: lastSeen)
    }
}

extension Neighbor {
    /// The neighbor at the other end of an edge, as ``GraphStore/neighbors(of:_:)`` shows it:
    /// predicate, negation and direction for actions only.
    package static func stored(_ entity: GraphEntity, kind: EdgeKind, predicate: String, negated: Bool, outgoing: Bool,
                               sentences: Int, documents: Int, depth: Int, via: String?, evidence: [Evidence]) -> Neighbor {
        let action = kind == .action
        return Neighbor(entity: entity, kind: kind, predicate: action ? predicate : nil, negated: action ? negated : nil,
                        direction: action ? (outgoing ? .out : .in) : nil, sentences: sentences, documents: documents,
                        weight: sentences + documents, depth: depth, via: via, evidence: evidence)
    }
}

extension Evidence {
    package static func stored(document: String, date: String?, start: Int, end: Int, sentence: String,
                               title: String?, url: String?, source: String?) -> Evidence {
        Evidence(document: document, date: date, start: start, end: end, sentence: sentence, title: title, url: url, source: source)
    }

    /// The sentence at `range` of a document's `text`, line breaks turned into spaces.
    package static func sentence(_ range: Range<Int>, of text: [UInt8]) -> String {
        let bytes = text[min(range.lowerBound, text.count)..<min(range.upperBound, text.count)]
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

extension Alias {
    package static func stored(name: String, count: Int) -> Alias { Alias(name: name, count: count) }
}

extension EntityCard {
    package static func stored(entity: GraphEntity, aliases: [Alias], documents: [String], neighbors: [Neighbor],
                               evidence: [Evidence]) -> EntityCard {
        EntityCard(entity: entity, aliases: aliases, documents: documents, neighbors: neighbors, evidence: evidence)
    }
}

extension Relation {
    package static func stored(subject: GraphEntity, predicate: String, object: GraphEntity, negated: Bool,
                               sentences: Int, documents: Int, evidence: [Evidence]) -> Relation {
        Relation(subject: subject.name, subjectType: subject.type, predicate: predicate, object: object.name, objectType: object.type,
                 negated: negated, sentences: sentences, documents: documents, evidence: evidence)
    }
}

extension RankedEntity {
    package static func stored(_ entity: GraphEntity, degree: Int, pagerank: Double?) -> RankedEntity {
        RankedEntity(entity: entity, degree: degree, pagerank: pagerank)
    }
}

extension EdgeEvidence {
    package static func stored(sameSentence: Bool, sentences: [Evidence]) -> EdgeEvidence {
        EdgeEvidence(sameSentence: sameSentence, sentences: sentences)
    }
}

extension PathHop {
    package static func stored(from: GraphEntity, to: Neighbor) -> PathHop { PathHop(from: from, to: to) }
}

extension RemovalReport {
    package static func stored(removed: [String], unmatched: [String]) -> RemovalReport {
        RemovalReport(removed: removed, unmatched: unmatched)
    }
}

extension GraphStatistics {
    package static func stored(documents: Int, bytes: Int, firstDate: String?, lastDate: String?, entitiesByType: [String: Int],
                               aliases: Int, mentions: Int, edgesByKind: [String: Int], evidence: Int, sizeOnDisk: Int) -> GraphStatistics {
        GraphStatistics(documents: documents, bytes: bytes, firstDate: firstDate, lastDate: lastDate, entities: entitiesByType.values.reduce(0, +),
                        entitiesByType: entitiesByType, aliases: aliases, mentions: mentions, edgesByKind: edgesByKind, evidence: evidence,
                        sizeOnDisk: sizeOnDisk)
    }
}
