import Graph
import Hummingbird
import NER

/// The read-only JSON API over a graph store: each endpoint checks its parameters, then calls
/// the store's query (the same ones the command-line tool uses).
struct GraphAPI: Sendable {
    let store: any GraphStorage
    /// The gazetteers' canonical name for a typed name (`Kiev` → `Kyiv`).
    let knownAs: @Sendable (String) -> String?
    let statistics = StatisticsCache()

    /// Hops `neighbors` follows at most.
    static let maxDepth = 3
    /// Neighbors returned at most.
    static let maxLimit = 2000
    /// Evidence sentences returned at most.
    static let maxEvidence = 50

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/api/lookup") { request, _ in try self.lookup(request) }
        router.get("/api/entity") { request, _ in try self.entity(request) }
        router.get("/api/neighbors") { request, _ in try self.neighbors(request) }
        router.get("/api/evidence") { request, _ in try self.evidence(request) }
        router.get("/api/path") { request, _ in try self.path(request) }
        router.get("/api/stats") { request, _ in try self.stats(request) }
        router.get("/api/styles") { request, _ in try self.styles(request) }
        router.get("/api/export") { request, _ in try self.export(request) }
        router.get("/api/**") { request, _ -> Response in
            throw APIError(.notFound, "no endpoint \(request.uri.path); the API has /api/lookup, /api/entity, /api/neighbors, /api/evidence, /api/path, /api/stats, /api/styles and /api/export")
        }
    }

    func lookup(_ request: Request) throws -> Response {
        let q = try QueryParameters(request, allowed: ["q"]).required("q")
        let answer = try query { () throws(GraphStoreError) in
            let (name, type) = GraphStore.typedName(q)
            return LookupAnswer(try store.lookup(name, type: type, knownAs: knownAs), completions: try store.completions(q, limit: 10))
        }
        return try JSONBody.response(answer)
    }

    func entity(_ request: Request) throws -> Response {
        let entity = try resolve(QueryParameters(request, allowed: ["name"]).required("name"))
        return try JSONBody.response(query { () throws(GraphStoreError) in try store.card(of: entity, neighbors: 5, evidence: 3, documents: DocumentFilter()) })
    }

    func neighbors(_ request: Request) throws -> Response {
        let parameters = try QueryParameters(request, allowed: ["name", "depth", "type", "kind", "min_weight", "limit", "since", "until"])
        var request = NeighborQuery()
        request.depth = try parameters.integer("depth", in: 1...Self.maxDepth, default: 1)
        request.type = try parameters.entityType("type")
        request.edges = try parameters.choice("kind", default: EdgeFilter.all)
        request.minWeight = try parameters.integer("min_weight", in: 1...1_000_000, default: 1)
        request.limit = try parameters.integer("limit", in: 1...Self.maxLimit, default: 50)
        request.documents = DocumentFilter(since: try parameters.date("since"), until: try parameters.date("until"))
        let entity = try resolve(parameters.required("name"))
        let found = try query { () throws(GraphStoreError) in try store.neighbors(of: entity, request) }
        return JSONBody.response(text: NeighborsJSON.text(NeighborsAnswer(entity: entity, neighbors: found)))
    }

    func evidence(_ request: Request) throws -> Response {
        let parameters = try QueryParameters(request, allowed: ["source", "target", "kind", "predicate", "limit"])
        let kind = try parameters.choice("kind", default: EdgeKind.coMention)
        let predicate = try parameters.text("predicate")
        if predicate != nil, kind != .action { throw APIError.badParameter("parameter “predicate” needs kind=action") }
        let limit = try parameters.integer("limit", in: 1...Self.maxEvidence, default: 10)
        let source = try resolve(parameters.required("source")), target = try resolve(parameters.required("target"))
        let found = try query { () throws(GraphStoreError) in
            try store.evidence(from: source, to: target, kind: kind, predicate: predicate, limit: limit)
        }
        return try JSONBody.response(EvidenceAnswer(source: source, target: target, kind: kind, predicate: predicate,
                                                    sameSentence: found.sameSentence, evidence: found.sentences))
    }

    func path(_ request: Request) throws -> Response {
        let parameters = try QueryParameters(request, allowed: ["from", "to", "kind"])
        let edges = try parameters.choice("kind", default: EdgeFilter.all)
        let from = try resolve(parameters.required("from")), to = try resolve(parameters.required("to"))
        guard let hops = try query({ () throws(GraphStoreError) in try store.path(from: from, to: to, edges: edges, maxHops: 8, documents: DocumentFilter()) }) else {
            throw APIError(.notFound, "no path between “\(from.name)” and “\(to.name)” within 8 hops; try kind=all")
        }
        return try JSONBody.response(PathAnswer(from: from, to: to, hops: hops))
    }

    func stats(_ request: Request) throws -> Response {
        _ = try QueryParameters(request, allowed: [])
        return try JSONBody.response(query { () throws(GraphStoreError) in try statistics.statistics(of: store) })
    }

    func styles(_ request: Request) throws -> Response {
        _ = try QueryParameters(request, allowed: [])
        return try JSONBody.response(StylesAnswer(types: Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0.rawValue, ExportStyle.of($0)) })))
    }

    /// The one entity `name` names, as the commands find it; else a 404 or 409 that lists the
    /// candidates.
    func resolve(_ name: String) throws(APIError) -> GraphEntity {
        do { return try store.resolve(name, knownAs: knownAs) } catch { throw .entity(error) }
    }

    /// Runs a store query, turning a store failure into an ``APIError``.
    func query<T>(_ body: () throws(GraphStoreError) -> T) throws(APIError) -> T {
        do { return try body() } catch { throw .store(error) }
    }
}
