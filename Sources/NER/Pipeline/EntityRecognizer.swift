import Foundation

/// Finds the people, places, organizations and companies named in a document.
///
/// The stages run in order, each pure: ``Tokenizer`` → ``SentenceSplitter`` → word look-ups →
/// capitalized runs → rules per run (``RunSegmenter``) → document consistency → actions
/// (``ActionExtractor``). Every mention
/// records the rule that decided it.
///
/// ```swift
/// let recognizer = try EntityRecognizer.standard()
/// let analysis = recognizer.analyze(SourceText(name: "note", text: "Exxon Mobil said it would exit Russia."))
/// analysis.mentions.map(\.text)  // ["Exxon Mobil", "Russia"]
/// ```
public struct EntityRecognizer: Sendable {
    public let lexicons: LexiconSet
    private let tokenizer: Tokenizer
    private let splitter: SentenceSplitter
    /// Whether ``analyze(_:cache:)`` also extracts actions between mentions (``ActionExtractor``); on by default.
    public var extractsActions = true
    /// Whether ``analyze(_:cache:)`` also records why candidate clauses gave no action
    /// (``DocumentAnalysis/droppedActions``), for explanations; off by default.
    public var explainsActions = false

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
        tokenizer = Tokenizer(abbreviations: lexicons.abbreviations)
        splitter = SentenceSplitter(opensSentence: { word in
            lexicons.info(forKey: LexiconKey.lowercased(word))?.classes.contains(.function) ?? false
        })
    }

    /// The recognizer with graphtool's own data, plus user gazetteers (TSV files, see
    /// ``LexiconSource``) that take precedence over it. Compiled data is cached (``LexiconCache``).
    public static func standard(userGazetteers: [URL] = [], cache: LexiconCache = LexiconCache()) throws(LexiconError) -> EntityRecognizer {
        guard let manifest = Bundle.module.url(forResource: "manifest", withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "manifest", withExtension: "tsv") else {
            throw .missingResources(Bundle.module.bundlePath)
        }
        let resources = manifest.deletingLastPathComponent()
        var lexicons: [Lexicon] = []
        for file in userGazetteers {
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                throw .unreadable(file: file.path, reason: "no such readable file")
            }
            let source = LexiconCatalog.Source(url: file, format: .gazetteer, wordClass: [])
            lexicons.append(try cache.lexicon(for: LexiconCatalog(sources: [source])))
        }
        lexicons.append(try cache.lexicon(for: LexiconCatalog(resourceDirectory: resources)))
        return EntityRecognizer(lexicons: LexiconSet(lexicons))
    }

    /// Tokens, sentences and mentions of one document.
    ///
    /// - Parameter cache: word look-ups remembered across calls; pass the same cache for every
    ///   document a thread analyzes.
    public func analyze(_ source: SourceText, cache: WordCache = WordCache()) -> DocumentAnalysis {
        let tokens = tokenizer.tokenize(source.bytes)
        let sentences = splitter.split(tokens, bytes: source.bytes)
        let (mentions, actions) = source.bytes.withUnsafeBufferPointer { bytes -> ([Mention], (actions: [Action], drops: [ActionDrop])) in
            let text = AnnotatedText(bytes: bytes, tokens: tokens, sentences: sentences, lexicons: lexicons, cache: cache)
            let runs = NameRuns(text: text)
            let segmenter = RunSegmenter(text: text)
            var found: [Mention] = []
            var unknown: [Range<Int>] = []
            var sentenceRuns: [Range<Int>] = []
            for (s, sentence) in sentences.enumerated() {
                runs.runs(in: sentence, into: &sentenceRuns)
                for run in sentenceRuns {
                    segmenter.segment(run, sentence: s, into: &found, unknown: &unknown)
                }
            }
            let mentions = DocumentConsistency(text: text).apply(consume found, unknown: unknown)
            guard extractsActions else { return (mentions, ([], [])) }
            return (mentions, ActionExtractor(text: text, explains: explainsActions).actions(mentions))
        }
        return DocumentAnalysis(source: source, tokens: tokens, sentences: sentences, mentions: mentions,
                                actions: actions.actions, droppedActions: actions.drops)
    }
}
