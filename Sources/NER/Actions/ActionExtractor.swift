/// Finds who does what to whom in each sentence: (subject mention, verb lemma, object mention).
///
/// Reads: tokens, sentences, word classes (verb forms with their lemmas, auxiliaries, negations,
/// prepositions… from `Rules/action_words.tsv`, `Rules/phrasal_verbs.txt`, `Rules/verb_frames.txt`,
/// `Rules/passive_frames.txt`, `Rules/intent_nouns.txt`, `Lexicons/verbs.tsv`, `Lexicons/word_tags.tsv`,
/// `Lexicons/role_nouns.txt`) and
/// the document's mentions. Adds: ``Action``s, each naming the pattern that found it:
///
/// | rule | example |
/// |---|---|
/// | `svo` | Russia has invaded Ukraine |
/// | `verb-prep` | Filippo Grandi wrote on Twitter; called on Russia |
/// | `verb-noun-prep` | imposed sanctions on Russia; pulled its staff out of Russia; attacked defectors including Tom Devocht |
/// | `verb-noun-apposition` | defeated another candidate, veteran politician Raymond Wong |
/// | `reported` (+ the inner rule) | Exxon Mobil said it would exit Russia |
/// | `passive` | Kherson was seized by Russia; assisted by former members, including Tiziano Lugli |
/// | `passive-prep` | Albert Einstein was born in Ulm (a passive frame, `Rules/passive_frames.txt`) |
/// | `mandate` | demanded that Russia … (the object of the demand, not the demanded action) |
/// | `participle`, `coordinated` (prefixes) | …, joining Shell and BP; condemned … and called on Russia |
/// | `relative` (prefix) | Skoda Auto, which is halting exports to Russia |
/// | `apposition`, `absolute` (prefixes) | Duke University, located in Durham; with Ireland defeating Wales |
/// | `fronted` (prefix) | After accusing Ukraine of …, Moscow; In Kowloon West, Wilson Or was elected |
/// | `where` (prefix) | Energodar, where the Zaporozhye nuclear power plant is located |
/// | `object-relative` | Crimea, which Russia annexed in 2014 (the verb leaves its object out) |
/// | `additive` (prefix) | Ann Chiang was re-elected, as well as Claudia Mo (`Rules/action_words.tsv`, class `additive`) |
///
/// Names that recognition missed still close an affiliation (`Raymond Chan of People Power, and …`) or a
/// list of names (`Romelu Lukaku, Yannick Carrasco, and Dries Mertens making …`).
///
/// Only sentences with two or more mentions are read. Guards, for precision: questions, clauses
/// under `if`/`whether` or a speculative modal, subjects after a preposition or a transitive verb,
/// possessors and determiner-modified names as subjects, nouns read as verbs (``ClauseReader/nounReading(_:afterAuxiliary:)``),
/// prepositions outside the verb's frame (`Rules/verb_frames.txt`), names that modify a noun or start
/// a clause as objects, possessors after a preposition outside the frame (`from Kevin De Bruyne's assist`), reduced relatives, scans that would cross a quotation, subjects of demanded
/// actions, and coordinated subjects of symmetric verbs (`Russia and Ukraine met`) give nothing; when
/// explaining, each guard records why (``ActionDrop``).
struct ActionExtractor {
    let text: AnnotatedText
    /// Whether ``actions(_:)`` also says why candidate clauses gave nothing (``ActionDrop``).
    var explains = false

    /// The actions among `mentions` (in text order, indices into `mentions`), and when explaining the
    /// candidate clauses set aside.
    ///
    /// - Complexity: O(t·m) for a sentence of t tokens and m mentions; sentences with fewer than two
    ///   mentions cost one comparison.
    func actions(_ mentions: [Mention]) -> (actions: [Action], drops: [ActionDrop]) {
        var actions: [Action] = [], drops: [ActionDrop] = []
        var facts: TokenFacts?
        let sentences = mentions.map(\.sentence)
        var first = 0
        while first < sentences.count {
            var last = first + 1
            while last < sentences.count, sentences[last] == sentences[first] { last += 1 }
            if last - first >= 2 {
                if facts == nil { facts = TokenFacts(text: text, mentions: mentions) }
                let reader = ClauseReader(facts: facts!, mentions: mentions, sentence: sentences[first], mentions: first..<last, explains: explains)
                reader.read(into: &actions)
                drops += reader.drops
            }
            first = last
        }
        return (actions, drops)
    }
}
