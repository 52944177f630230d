import Graph

extension Evidence {
    /// The sentence quoted, then where it is from: `— title, date, URL` for a document with an
    /// address, else `— document, date` (the date when known).
    var citation: String {
        let origin: [String?] = url.map { [title, date, $0] } ?? [document, date]
        return "“\(sentence)” — \(origin.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "))"
    }
}
