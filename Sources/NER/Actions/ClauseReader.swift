/// Reads the clauses of one document's sentences for ``ActionExtractor``: subject groups, the verb
/// chain after them and its objects. One reader serves one document; it keeps a key buffer so that
/// verb look-ups do not allocate. When it `explains`, it also keeps why candidate clauses gave
/// nothing (``drops``).
final class ClauseReader {
    let text: AnnotatedText
    let mentions: [Mention]
    /// Whether ``drop(_:at:)`` records anything.
    let explains: Bool
    /// The candidate clauses set aside so far, when explaining.
    var drops: [ActionDrop] = []
    /// The sentence being read and the first subject of the clause being read, for ``drops``.
    private(set) var sentence = 0
    private(set) var clauseSubject = 0
    private var key = LexiconKey()
    /// The mentions of the sentence being read, and its end token.
    private(set) var current: Range<Int> = 0..<0
    private(set) var end = 0
    /// The first token of the sentence being read, and whether the sentence is in title case.
    private(set) var sentenceStart = 0
    private(set) var isTitleCase = false

    init(text: AnnotatedText, mentions: [Mention], explains: Bool) {
        self.text = text
        self.mentions = mentions
        self.explains = explains
    }

    /// Appends the actions of one sentence whose mentions are `range`.
    func read(sentence s: Int, mentions range: Range<Int>, into actions: inout [Action]) {
        let sentence = text.sentences[s]
        current = range
        end = sentence.tokens.upperBound
        sentenceStart = sentence.tokens.lowerBound
        self.sentence = s
        clauseSubject = range.lowerBound
        for i in sentence.tokens where text.isPunctuation(i, "?") {
            drop(.question, at: sentence.tokens)
            return
        }
        isTitleCase = titleCase(sentence.tokens)
        if let fronted = frontedParticiple() {  // `After accusing Ukraine of …, Moscow …`
            let group = coordinated(from: fronted.subject, allowPossessive: false)
            readClause(subjects: group.ids, from: fronted.verb, prefix: "fronted+", bare: true, depth: 0, sentence: s, into: &actions)
        }
        var nextSubject = range.lowerBound
        for m in range where m >= nextSubject {
            let group = coordinated(from: m, allowPossessive: false)
            nextSubject = group.ids.last! + 1
            guard let clause = clauseStart(subject: m, after: group.end) else {
                // `In Ohio, Alan Shore …`: a name after a comma may start the clause the first one could not.
                if text.isPunctuation(mentions[m].tokens.upperBound, ",") { nextSubject = m + 1 }
                continue
            }
            readClause(subjects: group.ids, from: clause.start, prefix: clause.prefix, bare: clause.bare, depth: 0, sentence: s, into: &actions)
        }
    }

    /// Reads a predicate from `i` with its objects and continuations, appending actions.
    private func readClause(subjects: [Int], from i: Int, prefix: String, bare: Bool, passive: Bool = false, depth: Int,
                            sentence s: Int, into actions: inout [Action]) {
        clauseSubject = subjects[0]
        guard depth < 3, let predicate = predicate(from: i, subjects: subjects, bare: bare, passive: passive, depth: depth) else { return }
        let lemmaClasses = classes(ofLemma: predicate.lemma)
        let prefix = prefix + (predicate.reported ? "reported+" : "")
        if predicate.passive {
            // `Kherson was seized by Russia`: the agent acts on the subjects; `Albert Einstein was born in Ulm`.
            if let found = passiveActors(predicate, subjects: subjects) {
                emit(found.agents, predicate, found.objects, rule: prefix + found.rule, lemmaClasses, sentence: s, into: &actions)
            } else {
                drop(.noAgent(verb: predicate.lemma), at: predicate.verb..<(predicate.verb + 1))
            }
            // `was substituted off due to injury and replaced by Farouk Ben Mustapha`
            if let next = coordinatedParticiple(after: predicate.end) {
                readClause(subjects: subjects, from: next.start, prefix: prefix + "coordinated+", bare: true, passive: next.passive,
                           depth: depth + 1, sentence: s, into: &actions)
            }
            return
        }
        let found = objects(of: predicate, mandative: lemmaClasses.contains(.mandativeVerb))
        let verb = predicate.verb..<(predicate.verb + 1)
        if !found.ids.isEmpty {
            if lemmaClasses.contains(.nonActionVerb), !framesObject(predicate) {
                drop(.nonAction(verb: predicate.lemma), at: verb)
            } else if subjects.count > 1, lemmaClasses.contains(.symmetricVerb) {
                drop(.symmetric(verb: predicate.lemma), at: verb)
            } else {
                emit(subjects, predicate, found.ids, rule: prefix + found.rule, lemmaClasses, sentence: s, into: &actions)
            }
        }
        // `…, joining Shell and BP`; `condemned the invasion and called on Russia`.
        let e = found.ids.isEmpty ? commaEnd(from: found.end) : found.end  // `scored from the penalty spot, putting Sweden …`
        if text.isPunctuation(e, ","), isVerb(e + 1), endsWith(e + 1, "ing") {
            readClause(subjects: subjects, from: e + 1, prefix: prefix + "participle+", bare: true, depth: depth + 1, sentence: s, into: &actions)
        } else if text.isWord(e, "and"), isVerb(e + 1), isPastForm(e + 1) {
            readClause(subjects: subjects, from: e + 1, prefix: prefix + "coordinated+", bare: true, depth: depth + 1, sentence: s, into: &actions)
        }
    }

    private func emit(_ subjects: [Int], _ predicate: Predicate, _ objects: [Int], rule: String, _ lemmaClasses: WordClass,
                      sentence s: Int, into actions: inout [Action]) {
        for subject in subjects {
            for object in objects where mentions[subject].entity != mentions[object].entity && !subjects.contains(object) {
                let action = Action(subject: subject, predicate: predicate.lemma, object: object, negated: predicate.negated, sentence: s, rule: rule)
                if !actions.suffix(8).contains(where: { $0.subject == subject && $0.object == object && $0.predicate == action.predicate }) {
                    actions.append(action)
                }
            }
        }
    }

    /// The mention `m` and the mentions coordinated with it (`Ford and Boeing`, `Russia, Belarus and
    /// China`, `car maker Ford and airplane manufacturer Boeing`, past each one's affiliation: `Ann Chiang
    /// of DAB and Priscilla Leung of BPA`), and the token after the last one.
    func coordinated(from m: Int, allowPossessive: Bool) -> (ids: [Int], end: Int) {
        var ids = [m], accepted = 1
        var i = mentions[m].tokens.upperBound
        var acceptedEnd = i
        while true {
            if i < end, text.tokens[i].kind == .possessive { break }
            if let a = affiliationEnd(i), text.isPunctuation(a, ",") || text.isWord(a, "and") { i = a }  // `Ann Chiang of DAB and …`
            var j = i, joined = false, conjunction = false
            if text.isPunctuation(j, ",") { j += 1; joined = true }
            if text.isWord(j, "and") || text.isWord(j, "or") { j += 1; joined = true; conjunction = true }
            guard joined else { break }
            var filler = 0
            while filler < 3, j < end, mention(at: j) == nil, text.isWord(j),
                  text.isWord(j, "the") || (!text.tokens[j].isCapitalized && text.classes(j).isDisjoint(with: [.verb, .function])) {
                j += 1; filler += 1
            }
            guard let n = mention(at: j) else { break }
            let after = mentions[n].tokens.upperBound
            if !allowPossessive, after < end, text.tokens[after].kind == .possessive { break }
            ids.append(n)
            i = after
            if conjunction { accepted = ids.count; acceptedEnd = i }
        }
        return (Array(ids.prefix(accepted)), acceptedEnd)
    }

    /// The end of an affiliation at `i`, `of [the] Civic Party` or `from the Democratic Party`.
    func affiliationEnd(_ i: Int) -> Int? {
        guard text.isWord(i, "of") || text.isWord(i, "from"), let a = mention(at: skipThe(i + 1)) else { return nil }
        return mentions[a].tokens.upperBound
    }

    // MARK: - Tokens

    /// The mention of the current sentence that starts at token `i`.
    func mention(at i: Int) -> Int? {
        for m in current where mentions[m].tokens.lowerBound == i { return m }
        return nil
    }

    func skipThe(_ i: Int) -> Int { text.isWord(i, "the") ? i + 1 : i }

    func isVerb(_ i: Int) -> Bool { i < end && text.isWord(i) && text.classes(i).contains(.verb) && mention(at: i) == nil }

    /// The lemma of the verb form at `i`.
    func lemma(_ i: Int) -> String? {
        key.reset()
        key.append(text.tokens[i], from: text.bytes, casing: .lowercased)
        return key.bytes.withUnsafeBufferPointer { text.lexicons.verbLemma(forKey: $0) }
    }

    /// Classes of a lemma or phrase (`demand`, `call on`).
    func classes(ofLemma lemma: String) -> WordClass {
        text.lexicons.info(forKey: lemma).map { $0.isKey ? $0.classes : [] } ?? []
    }

    /// A past tense or participle: `seized`, `took`, `taken` (not `-s` or `-ing` forms, not the base).
    func isPastForm(_ i: Int) -> Bool {
        if endsWith(i, "ed") { return true }
        if endsWith(i, "ing") || endsWith(i, "s") { return false }
        guard let lemma = lemma(i) else { return false }
        return !text.isWord(i, lemma)
    }

    func endsWith(_ i: Int, _ suffix: StaticString) -> Bool {
        guard i < end, text.isWord(i) else { return false }
        let token = text.tokens[i], n = suffix.utf8CodeUnitCount
        guard Int(token.end - token.start) > n + 1 else { return false }
        let tail = Int(token.end) - n
        for k in 0..<n where text.bytes[tail + k] | 0x20 != suffix.utf8Start[k] { return false }
        return true
    }

    /// A straight or curly quotation mark.
    func isQuote(_ i: Int) -> Bool {
        guard i >= 0, i < end, text.tokens[i].kind == .punctuation else { return false }
        let b = text.firstByte(i)
        if b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") { return false }
        return SentenceSplitter.isOpening(text.bytes, text.tokens[i]) || SentenceSplitter.isClosing(text.bytes, text.tokens[i])
    }

    /// A quotation mark around one or two words (`had “derailed” Moscow's attempt`), which a scan may cross.
    func isScareQuote(_ i: Int) -> Bool {
        guard isQuote(i) else { return false }
        if isQuote(i + 2) || isQuote(i + 3) { return true }
        return i >= 2 && (isQuote(i - 2) || isQuote(i - 3))
    }
}
