import Foundation
import Hummingbird

/// The files of the viewer page, read once from the module's bundled `Resources` folder: only
/// these names are served, so no other file is reachable.
struct PageResources: Sendable {
    private let files: [String: (type: String, bytes: [UInt8])]

    static let contentTypes = ["html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8",
                               "css": "text/css; charset=utf-8", "txt": "text/plain; charset=utf-8"]

    /// Reads every file of the bundle's `Resources` folder with a known extension.
    init() throws(ServerError) {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw .missingResources(Bundle.module.bundlePath)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: (type: String, bytes: [UInt8])] = [:]
        for name in names {
            guard let type = Self.contentTypes[URL(fileURLWithPath: name).pathExtension],
                  let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            files[name] = (type, [UInt8](data))
        }
        guard files["index.html"] != nil else { throw .missingResources(folder.path) }
        self.files = files
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/") { _, _ in try self.response("index.html") }
        router.get("/static/:file") { request, context in
            try self.response(context.parameters.require("file"))
        }
    }

    private func response(_ name: String) throws -> Response {
        guard let file = files[name] else { throw APIError(.notFound, "no file “\(name)”; the page is at /") }
        return Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
}
