import Graph
import Hummingbird

extension GraphAPI {
    /// The ego subgraph of `name` in one file format, as `graphtool export --around NAME` writes it.
    func export(_ request: Request) throws -> Response {
        let parameters = try QueryParameters(request, allowed: ["name", "format", "depth", "type", "kind", "min_weight"])
        let format = try parameters.choice("format", default: ExportFormat.graphml)
        guard format != .csv else { throw APIError.badParameter("format csv writes a folder of files; use `graphtool export --format csv -o DIR`") }
        var selection = ExportQuery()
        selection.depth = try parameters.integer("depth", in: 1...Self.maxDepth, default: 1)
        selection.types = try parameters.entityType("type").map { [$0] } ?? []
        selection.edges = try parameters.choice("kind", default: EdgeFilter.all)
        selection.minWeight = try parameters.integer("min_weight", in: 1...1_000_000, default: 1)
        let entity = try resolve(parameters.required("name"))
        selection.around = entity.id
        let output = ExportOutput(.memory)
        do {
            try store.export(selection, as: format.exporter, to: output)
            try output.close()
        } catch {
            throw APIError(.serviceUnavailable, error.description)
        }
        let file = entity.name.map { $0.isLetter || $0.isNumber ? $0 : "_" } + "." + format.fileExtension
        return Response(status: .ok, headers: [.contentType: Self.exportTypes[format] ?? "application/octet-stream",
                                               .contentDisposition: "attachment; filename=\"\(String(file))\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: output.written)))
    }

    static let exportTypes: [ExportFormat: String] = [.graphml: "application/graphml+xml", .gexf: "application/gexf+xml",
                                                       .dot: "text/vnd.graphviz", .json: "application/json", .cytoscape: "application/json"]
}
