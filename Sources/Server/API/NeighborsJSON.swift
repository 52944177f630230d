import Graph
import NER

/// `GET /api/neighbors` answers written directly as JSON: JSONEncoder took most of the time of a
/// 2,000-neighbor answer. The same JSON as JSONEncoder writes for ``NeighborsAnswer``: keys in
/// sorted order, absent optionals left out.
enum NeighborsJSON {
    static func text(_ answer: NeighborsAnswer) -> String {
        var out = "{\"entity\":"
        out.reserveCapacity(256 * (answer.neighbors.count + 1))
        entity(answer.entity, into: &out)
        out += ",\"neighbors\":["
        for (i, neighbor) in answer.neighbors.enumerated() {
            if i > 0 { out += "," }
            self.neighbor(neighbor, into: &out)
        }
        return out + "]}"
    }

    private static func neighbor(_ n: Neighbor, into out: inout String) {
        out += "{\"depth\":\(n.depth)"
        if let direction = n.direction { out += ",\"direction\":\"\(direction.rawValue)\"" }
        out += ",\"documents\":\(n.documents),\"entity\":"
        entity(n.entity, into: &out)
        out += ",\"evidence\":["
        for (i, e) in n.evidence.enumerated() {
            if i > 0 { out += "," }
            evidence(e, into: &out)
        }
        out += "],\"kind\":\"\(n.kind.rawValue)\""
        if let negated = n.negated { out += ",\"negated\":\(negated)" }
        if let predicate = n.predicate { out += ",\"predicate\":" + JSONString.quoted(predicate) }
        out += ",\"sentences\":\(n.sentences)"
        if let via = n.via { out += ",\"via\":" + JSONString.quoted(via) }
        out += ",\"weight\":\(n.weight)}"
    }

    private static func entity(_ e: GraphEntity, into out: inout String) {
        out += "{\"documents\":\(e.documents)"
        if let first = e.firstSeen { out += ",\"firstSeen\":" + JSONString.quoted(first) }
        out += ",\"id\":\(e.id)"
        if let last = e.lastSeen { out += ",\"lastSeen\":" + JSONString.quoted(last) }
        out += ",\"mentions\":\(e.mentions),\"name\":" + JSONString.quoted(e.name) + ",\"type\":\"\(e.type.rawValue)\"}"
    }

    private static func evidence(_ e: Evidence, into out: inout String) {
        out += "{"
        if let date = e.date { out += "\"date\":" + JSONString.quoted(date) + "," }
        out += "\"document\":" + JSONString.quoted(e.document) + ",\"end\":\(e.end),\"sentence\":" + JSONString.quoted(e.sentence)
        if let source = e.source { out += ",\"source\":" + JSONString.quoted(source) }
        out += ",\"start\":\(e.start)"
        if let title = e.title { out += ",\"title\":" + JSONString.quoted(title) }
        if let url = e.url { out += ",\"url\":" + JSONString.quoted(url) }
        out += "}"
    }
}
