import Foundation
import Graph
import Testing

/// The JSON API through HTTP, on the sample corpus.
@Suite("serve API")
struct APITests {
    func server() async throws -> ServerFixture { try await ServerFixture.shared.value }

    @Test("lookup finds by prefix, alias and spelling, and offers suggestions")
    func lookup() async throws {
        let kiev = try await server().request("/api/lookup?q=Kiev").json
        #expect(kiev["match"] as? String == "found")
        #expect(Self.names(kiev["entities"]) == ["Kyiv"])
        let spelled = try await server().request("/api/lookup?q=Zelenskiy").json
        #expect(Self.names(spelled["entities"]).first == "Volodymyr Zelensky")
        let prefix = try await server().request("/api/lookup?q=vlad").json
        #expect(Set(Self.names(prefix["entities"])).isSuperset(of: ["Vladimir Putin", "Vladimir Medinsky"]))
        #expect(prefix["match"] as? String == "ambiguous")
        let typed = try await server().request("/api/lookup?q=kule").json
        #expect(Self.names(typed["completions"]) == ["Dmytro Kuleba"])
        let nothing = try await server().request("/api/lookup?q=Qwertyuiop")
        #expect(nothing.status == 200)
        #expect(nothing.json["match"] as? String == "suggestions")
    }

    @Test("entity returns the card: type, aliases, documents and sentences")
    func entity() async throws {
        let answer = try await server().request("/api/entity?name=Kuleba")
        #expect(answer.status == 200)
        #expect(answer.contentType.hasPrefix("application/json"))
        let entity = try #require(answer.json["entity"] as? [String: Any])
        #expect(entity["name"] as? String == "Dmytro Kuleba")
        #expect(entity["type"] as? String == "PERSON")
        #expect(!(answer.json["documents"] as? [String] ?? []).isEmpty)
        #expect(!(answer.json["evidence"] as? [Any] ?? []).isEmpty)
    }

    @Test("neighbors of Zelensky include Kuleba, and honour type, kind, depth and limit")
    func neighbors() async throws {
        let all = try await server().request("/api/neighbors?name=Zelensky").json
        #expect((all["entity"] as? [String: Any])?["name"] as? String == "Volodymyr Zelensky")
        let neighbors = try #require(all["neighbors"] as? [[String: Any]])
        #expect(neighbors.contains { ($0["entity"] as? [String: Any])?["name"] as? String == "Dmytro Kuleba" })
        let people = try await server().request("/api/neighbors?name=Zelensky&type=person&limit=3").json["neighbors"] as? [[String: Any]] ?? []
        #expect(people.count == 3)
        #expect(people.allSatisfy { ($0["entity"] as? [String: Any])?["type"] as? String == "PERSON" })
        let actions = try await server().request("/api/neighbors?name=Russia&kind=action").json["neighbors"] as? [[String: Any]] ?? []
        #expect(!actions.isEmpty)
        #expect(actions.allSatisfy { $0["kind"] as? String == "action" && $0["predicate"] is String })
        let deep = try await server().request("/api/neighbors?name=Kuleba&depth=2&limit=2000").json["neighbors"] as? [[String: Any]] ?? []
        #expect(deep.contains { $0["depth"] as? Int == 2 && $0["via"] is String })
        let heavy = try await server().request("/api/neighbors?name=Zelensky&min_weight=4").json["neighbors"] as? [[String: Any]] ?? []
        #expect(heavy.allSatisfy { ($0["weight"] as? Int ?? 0) >= 4 })
        #expect(heavy.count < neighbors.count)
    }

    /// A neighbors answer as the API writes it.
    struct NeighborsAnswer: Decodable {
        var entity: GraphEntity
        var neighbors: [Neighbor]
    }

    @Test("neighbors answers decode to the store's neighbors, actions and farther hops included",
          arguments: ["name=Zelensky&limit=2000", "name=Russia&kind=action", "name=Kuleba&depth=2&limit=2000"])
    func neighborsAsStored(query: String) async throws {
        let answer = try await server().request("/api/neighbors?" + query)
        let decoded = try JSONDecoder().decode(NeighborsAnswer.self, from: answer.body)
        let store = try ServerFixture.seedStore()
        var request = NeighborQuery()
        request.limit = query.contains("limit=2000") ? 2000 : 50
        request.depth = query.contains("depth=2") ? 2 : 1
        request.edges = query.contains("kind=action") ? .action : .all
        let entity = try store.resolve(decoded.entity.name)
        #expect(decoded.entity == entity)
        #expect(decoded.neighbors == (try store.neighbors(of: entity, request)))
        #expect(!decoded.neighbors.isEmpty)
    }

    @Test("evidence of a co-mention is the sentences naming both, in either order")
    func evidence() async throws {
        let answer = try await server().request("/api/evidence?source=Zelensky&target=Kremlin").json
        #expect(answer["sameSentence"] as? Bool == true)
        let sentences = try #require(answer["evidence"] as? [[String: Any]])
        #expect(!sentences.isEmpty)
        #expect(sentences.allSatisfy { s in ["Zelensky", "Kremlin"].allSatisfy { (s["sentence"] as? String ?? "").contains($0) } && s["document"] is String })
        let reversed = try await server().request("/api/evidence?source=Kremlin&target=Zelensky").json["evidence"] as? [[String: Any]] ?? []
        #expect(reversed.count == sentences.count)
    }

    @Test("two named in the same documents but in no one sentence get the first sentence naming each")
    func documentEvidence() async throws {
        let answer = try await server().request("/api/evidence?source=Zelensky&target=Kuleba").json
        #expect(answer["sameSentence"] as? Bool == false)
        let sentences = (answer["evidence"] as? [[String: Any]] ?? []).compactMap { $0["sentence"] as? String }
        #expect(sentences.contains { $0.contains("Kuleba") })
        #expect(sentences.contains { $0.contains("Zelensk") })
        #expect(!sentences.contains { $0.contains("Kuleba") && $0.contains("Zelensk") })
        #expect(Set(sentences).count == sentences.count, "\(sentences)")
    }

    @Test("evidence of an action is the sentence that states it")
    func actionEvidence() async throws {
        let relations = try await server().request("/api/neighbors?name=Russia&kind=action&limit=1").json["neighbors"] as? [[String: Any]] ?? []
        let first = try #require(relations.first)
        let other = try #require((first["entity"] as? [String: Any])?["name"] as? String)
        let predicate = try #require(first["predicate"] as? String).replacingOccurrences(of: "not ", with: "")
        let (source, target) = first["direction"] as? String == "out" ? ("Russia", other) : (other, "Russia")
        let query = "source=\(Self.encoded(source))&target=\(Self.encoded(target))&kind=action&predicate=\(Self.encoded(predicate))"
        let sentences = try await server().request("/api/evidence?" + query).json["evidence"] as? [[String: Any]] ?? []
        #expect(!sentences.isEmpty, "\(query)")
        let wrongWay = try await server().request("/api/evidence?source=\(Self.encoded(target))&target=\(Self.encoded(source))&kind=action&predicate=\(Self.encoded(predicate))")
        #expect((wrongWay.json["evidence"] as? [Any])?.isEmpty == true)
    }

    @Test("path links Kuleba to Putin with a sentence for each hop")
    func path() async throws {
        let answer = try await server().request("/api/path?from=Kuleba&to=Putin").json
        let hops = try #require(answer["hops"] as? [[String: Any]])
        #expect(!hops.isEmpty)
        #expect(((hops.last?["to"] as? [String: Any])?["entity"] as? [String: Any])?["name"] as? String == "Vladimir Putin")
    }

    @Test("stats counts the sample's five documents; styles are the DOT export's")
    func statsAndStyles() async throws {
        let stats = try await server().request("/api/stats").json
        #expect(stats["documents"] as? Int == 5)
        #expect((stats["entities"] as? Int ?? 0) > 50)
        let styles = try await server().request("/api/styles").json["types"] as? [String: [String: String]] ?? [:]
        #expect(styles["PERSON"] == ["color": "#4e79a7", "dotShape": "ellipse"])
        #expect(styles.count == 4)
    }

    @Test("export writes the neighbourhood as GraphML or GEXF, as a file to save")
    func export() async throws {
        let graphml = try await server().request("/api/export?name=Kuleba&format=graphml")
        #expect(graphml.status == 200)
        #expect(graphml.contentType == "application/graphml+xml")
        #expect(graphml.text.contains("<graphml") && graphml.text.contains("Dmytro Kuleba") && graphml.text.contains("Volodymyr Zelensky"))
        let gexf = try await server().request("/api/export?name=Kuleba&format=gexf&type=PERSON")
        #expect(gexf.text.contains("<gexf") && gexf.text.contains("Dmytro Kuleba"))
        #expect(!gexf.text.contains("Kremlin"))
    }

    @Test("bad parameters are refused with a 400 and a message that says what to send", arguments: [
        ("/api/lookup", "parameter “q” is missing"),
        ("/api/lookup?q=", "parameter “q” is missing"),
        ("/api/lookup?q=Kyiv&q=Kiev", "given twice"),
        ("/api/lookup?query=Kyiv", "unknown parameter “query”"),
        ("/api/neighbors?name=Zelensky&depth=4", "“depth” must be a whole number from 1 to 3"),
        ("/api/neighbors?name=Zelensky&depth=0", "from 1 to 3"),
        ("/api/neighbors?name=Zelensky&limit=2001", "“limit” must be a whole number from 1 to 2000"),
        ("/api/neighbors?name=Zelensky&limit=ten", "not “ten”"),
        ("/api/neighbors?name=Zelensky&min_weight=-1", "“min_weight”"),
        ("/api/neighbors?name=Zelensky&type=CITY", "PERSON, PLACE, ORGANIZATION, COMPANY"),
        ("/api/neighbors?name=Zelensky&kind=friend", "co-mention, action, all"),
        ("/api/evidence?source=Zelensky", "parameter “target” is missing"),
        ("/api/evidence?source=Zelensky&target=Kuleba&predicate=meet", "needs kind=action"),
        ("/api/stats?verbose=1", "unknown parameter “verbose”"),
        ("/api/export?name=Kuleba&format=csv", "use `graphtool export --format csv -o DIR`"),
        ("/api/export?name=Kuleba&format=pdf", "graphml, gexf, dot, json, cytoscape, csv"),
        ("/api/export?format=graphml", "parameter “name” is missing"),
        ("/api/entity?name=" + String(repeating: "a", count: 201), "longer than 200 characters"),
    ])
    func badParameters(path: String, message: String) async throws {
        let answer = try await server().request(path)
        #expect(answer.status == 400)
        #expect(answer.contentType.hasPrefix("application/json"))
        #expect((answer.json["error"] as? String ?? "").contains(message), "\(answer.text)")
    }

    @Test("an unknown or ambiguous name, a missing path and an unknown endpoint are 4xx with a message")
    func notFound() async throws {
        let unknown = try await server().request("/api/entity?name=Qwertyuiop")
        #expect(unknown.status == 404)
        #expect((unknown.json["error"] as? String ?? "").contains("no entity named “Qwertyuiop”"))
        let ambiguous = try await server().request("/api/neighbors?name=vlad")
        #expect(ambiguous.status == 409)
        #expect((ambiguous.json["error"] as? String ?? "").contains("could be any of"))
        let endpoint = try await server().request("/api/delete")
        #expect(endpoint.status == 404)
        #expect((endpoint.json["error"] as? String ?? "").contains("/api/neighbors"))
    }

    @Test("only GET is answered, and only the bundled files are served")
    func readOnly() async throws {
        for method in ["POST", "PUT", "DELETE"] {
            let answer = try await server().request("/api/stats", method: method)
            #expect((400..<500).contains(answer.status), "\(method)")
        }
        let page = try await server().request("/")
        #expect(page.status == 200)
        #expect(page.contentType.hasPrefix("text/html"))
        #expect(page.text.contains("/static/app.js"))
        #expect(try await server().request("/static/d3.min.js").contentType.hasPrefix("text/javascript"))
        for path in ["/static/..%2F..%2FPackage.swift", "/static/../ServerError.swift", "/Package.swift", "/static/"] {
            #expect(try await server().request(path).status == 404, "\(path)")
        }
    }

    static func names(_ entities: Any?) -> [String] {
        (entities as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
