/// A file that holds one article: a web page or plain text.
struct WholeFileReader: RecordReader {
    private var bytes: ByteReader?
    private let file: String
    private let html: Bool
    private let limit: Int

    /// Reads `bytes` of `file` as a page (`html`) or as plain text; a file over `limit` bytes is a problem.
    init(_ bytes: ByteReader, file: String, html: Bool, limit: Int) {
        self.bytes = bytes
        self.file = file
        self.html = html
        self.limit = limit
    }

    mutating func next() -> Result<InputRecord, RecordProblem>? {
        guard var reader = bytes else { return nil }
        bytes = nil
        let location = RecordLocation(file: file)
        let content: [UInt8]
        do {
            guard let all = try reader.rest(limit: limit) else { return .failure(RecordProblem(.tooLarge(limit: limit), at: location)) }
            content = all
        } catch {
            return .failure(RecordProblem(error.kind, at: location))
        }
        guard html else {
            return .success(InputRecord(text: String(decoding: content, as: UTF8.self), location: location))
        }
        let page = HTMLPage(content)
        guard !page.text.isEmpty else { return .failure(RecordProblem(.noBodyText, at: location)) }
        return .success(InputRecord(id: page.url, text: page.text, title: page.title,
                                    date: page.date, url: page.url,
                                    source: page.source, location: location))
    }
}
