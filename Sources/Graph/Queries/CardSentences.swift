import Foundation

/// How a card (``EntityCard``) picks its sentences, whichever store holds the graph.
package enum CardSentences {
    /// The strongest edges stated in a sentence that a card of `count` sentences reads.
    package static func edges(for count: Int) -> Int { 4 * count }

    /// Up to `count` distinct sentences: the first sentence of each of the `4 × count` strongest
    /// of the entity's `incidents` stated in a sentence (``Incident/withSentences(_:limit:)``),
    /// then the sentence of the first mention of each of its mention rows.
    ///
    /// - Parameters:
    ///   - edge: the first sentence stating edge `id`, from the documents the card takes.
    ///   - mentions: up to `count` of the entity's mention rows in those documents: the document
    ///     and the packed spans (``Spans``, four values a mention, the sentence's third and fourth).
    ///   - sentence: the sentence at a range of a document.
    package static func pick(_ count: Int, from incidents: [Incident], edge: (_ id: Int64) throws -> [Evidence],
                             mentions: (_ count: Int) throws -> [(doc: Int64, spans: Data)],
                             sentence: (_ doc: Int64, Range<Int>) throws -> [Evidence]) rethrows -> [Evidence] {
        var sentences: [Evidence] = []
        func add(_ found: [Evidence]) {
            for found in found where sentences.count < count && !sentences.contains(where: { $0.sentence == found.sentence }) {
                sentences.append(found)
            }
        }
        for id in Incident.withSentences(incidents, limit: edges(for: count)) where sentences.count < count {
            add(try edge(id))
        }
        if sentences.count < count {
            for row in try mentions(count) {
                let spans = Spans.unpack(row.spans)
                guard spans.count >= 4, sentences.count < count else { continue }
                add(try sentence(row.doc, spans[2]..<spans[3]))
            }
        }
        return sentences
    }
}
