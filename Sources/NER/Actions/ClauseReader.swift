/// Reads the clauses of one sentence for ``ActionExtractor``: subject groups, the verb chain after
/// them and its objects. What it looks up per token stays in the document's ``TokenFacts``; what it
/// knows of the sentence is constant, so that reading it pays no exclusivity checks. When it
/// `explains`, it also keeps why candidate clauses gave nothing (``drops``).
final class ClauseReader {
    let text: AnnotatedText
    let mentions: [Mention]
    let facts: TokenFacts
    /// The tokens of each mention.
    let spans: [Range<Int>]
    /// Whether ``drop(_:at:)`` records anything.
    let explains: Bool
    /// The candidate clauses set aside so far, when explaining.
    var drops: [ActionDrop] = []
    /// The sentence being read, and the first subject of the clause being read, for ``drops``.
    let sentence: Int
    private(set) var clauseSubject: Int
    /// The mentions of the sentence, its first token and its end token.
    let current: Range<Int>
    let sentenceStart: Int
    let end: Int
    /// Whether the sentence is in title case.
    private(set) var isTitleCase = false

    /// A reader of sentence `s`, whose mentions are `range`.
    init(facts: TokenFacts, mentions: [Mention], sentence s: Int, mentions range: Range<Int>, explains: Bool) {
        text = facts.text
        self.mentions = mentions
        self.facts = facts
        spans = facts.spans
        self.explains = explains
        sentence = s
        clauseSubject = range.lowerBound
        current = range
        sentenceStart = text.sentences[s].tokens.lowerBound
        end = text.sentences[s].tokens.upperBound
    }

    /// Appends the actions of the sentence.
    func read(into actions: inout [Action]) {
        let range = current
        for i in sentenceStart..<end where text.isPunctuation(i, "?") {
            drop(.question, at: sentenceStart..<end)
            return
        }
        isTitleCase = titleCase(sentenceStart..<end)
        if let fronted = frontedParticiple() {  // `After accusing Ukraine of …, Moscow …`
            let group = coordinated(from: fronted.subject, allowPossessive: false)
            readClause(subjects: group.ids, from: fronted.verb, path: ClausePath(.fronted), bare: true, depth: 0, into: &actions)
        }
        var nextSubject = range.lowerBound
        for m in range where m >= nextSubject {
            let group = coordinated(from: m, allowPossessive: false)
            nextSubject = group.ids.last! + 1
            guard let clause = clauseStart(subject: m, after: group.end) else {
                // `In Ohio, Alan Shore …`: a name after a comma may start the clause the first one could not.
                if text.isPunctuation(spans[m].upperBound, ",") { nextSubject = m + 1 }
                continue
            }
            readClause(subjects: group.ids, from: clause.start, path: clause.path, bare: clause.bare, depth: 0, into: &actions)
        }
    }

    /// Reads a predicate from `i` with its objects and continuations, appending actions.
    private func readClause(subjects: [Int], from i: Int, path: ClausePath, bare: Bool, passive: Bool = false, depth: Int,
                            into actions: inout [Action]) {
        clauseSubject = subjects[0]
        guard depth < 3, let predicate = predicate(from: i, subjects: subjects, bare: bare, passive: passive, depth: depth) else { return }
        let lemmaClasses = classes(ofLemma: predicate.lemma)
        let path = predicate.reported ? path.appending(.reported) : path
        if predicate.passive {
            // `Kherson was seized by Russia`: the agent acts on the subjects; `Albert Einstein was born in Ulm`.
            if let found = passiveActors(predicate, subjects: subjects) {
                emit(found.agents, predicate, found.objects, rule: found.rule.reached(through: path), lemmaClasses, into: &actions)
                // `Ann Chiang of DAB was re-elected, as well as Claudia Mo`
                if let more = additiveSubjects(after: predicate.end), let found = passiveActors(predicate, subjects: more) {
                    emit(found.agents, predicate, found.objects, rule: found.rule.reached(through: path.appending(.additive)), lemmaClasses,
                         into: &actions)
                }
            } else {
                drop(.noAgent(verb: predicate.lemma), at: predicate.verb..<(predicate.verb + 1))
            }
            // `was substituted off due to injury and replaced by Farouk Ben Mustapha`
            if let next = coordinatedParticiple(after: predicate.end) {
                readClause(subjects: subjects, from: next.start, path: path.appending(.coordinated), bare: true, passive: next.passive,
                           depth: depth + 1, into: &actions)
            }
            return
        }
        let found = objects(of: predicate, mandative: lemmaClasses.contains(.mandativeVerb))
        let verb = predicate.verb..<(predicate.verb + 1)
        if let pattern = found.pattern {
            if lemmaClasses.contains(.nonActionVerb), !framesObject(predicate) {
                drop(.nonAction(verb: predicate.lemma), at: verb)
            } else if subjects.count > 1, lemmaClasses.contains(.symmetricVerb) {
                drop(.symmetric(verb: predicate.lemma), at: verb)
            } else {
                emit(subjects, predicate, found.ids, rule: ActionRuleID(path: path, pattern: pattern), lemmaClasses, into: &actions)
            }
        } else if depth == 0, !lemmaClasses.contains(.nonActionVerb), leavesObjectGap(predicate.end),
                  let antecedent = objectRelativeAntecedent(of: subjects[0]) {
            // `Rehabilitation Project Force, which the Church describes as …`
            emit(subjects, predicate, [antecedent], rule: ActionRuleID(path: path, pattern: .objectRelative), lemmaClasses, into: &actions)
        }
        // `…, joining Shell and BP`; `condemned the invasion and called on Russia`.
        let e = found.ids.isEmpty ? commaEnd(from: found.end) : found.end  // `scored from the penalty spot, putting Sweden …`
        if text.isPunctuation(e, ","), isVerb(e + 1), endsWith(e + 1, "ing") {
            readClause(subjects: subjects, from: e + 1, path: path.appending(.participle), bare: true, depth: depth + 1, into: &actions)
        } else if isWord(e, .and), isVerb(e + 1), isPastForm(e + 1) {
            readClause(subjects: subjects, from: e + 1, path: path.appending(.coordinated), bare: true, depth: depth + 1, into: &actions)
        }
    }

    private func emit(_ subjects: [Int], _ predicate: Predicate, _ objects: [Int], rule: ActionRuleID, _ lemmaClasses: WordClass,
                      into actions: inout [Action]) {
        for subject in subjects {
            for object in objects where mentions[subject].entity != mentions[object].entity && !subjects.contains(object) {
                let action = Action(subject: subject, predicate: predicate.lemma, object: object, negated: predicate.negated, sentence: sentence, rule: rule)
                if !actions.suffix(8).contains(where: { $0.subject == subject && $0.object == object && $0.predicate == action.predicate }) {
                    actions.append(action)
                }
            }
        }
    }

    /// The mention `m` and the mentions coordinated with it (`Ford and Boeing`, `Russia, Belarus and
    /// China`, `car maker Ford and airplane manufacturer Boeing`, past each one's affiliation: `Ann Chiang
    /// of DAB and Priscilla Leung of BPA`), and the token after the last one; a list of names may end in
    /// a name that recognition missed, which is passed over (`Romelu Lukaku, Yannick Carrasco, and Dries Mertens`).
    func coordinated(from m: Int, allowPossessive: Bool) -> (ids: [Int], end: Int) {
        var ids = [m], accepted = 1
        var i = spans[m].upperBound
        var acceptedEnd = i
        while true {
            if i < end, text.tokens[i].kind == .possessive { break }
            if let a = affiliationEnd(i), text.isPunctuation(a, ",") || isWord(a, .and) { i = a }  // `Ann Chiang of DAB and …`
            var j = i, joined = false, conjunction = false
            if text.isPunctuation(j, ",") { j += 1; joined = true }
            if isWord(j, .and) || isWord(j, .or) { j += 1; joined = true; conjunction = true }
            guard joined else { break }
            var filler = 0
            while filler < 3, j < end, mention(at: j) == nil, text.isWord(j),
                  isWord(j, .the) || (!text.tokens[j].isCapitalized && text.classes(j).isDisjoint(with: [.verb, .function])) {
                j += 1; filler += 1
            }
            guard let n = mention(at: j) else {
                // `Romelu Lukaku, Yannick Carrasco, and Dries Mertens`: a missed name closes a list of names
                if conjunction, ids.count > 1, let nameEnd = unrecognizedNameEnd(j) { accepted = ids.count; acceptedEnd = nameEnd }
                break
            }
            let after = spans[n].upperBound
            if !allowPossessive, after < end, text.tokens[after].kind == .possessive { break }
            ids.append(n)
            i = after
            if conjunction { accepted = ids.count; acceptedEnd = i }
        }
        ids.removeSubrange(accepted...)
        return (ids, acceptedEnd)
    }

    /// The end of an affiliation at `i`, `of [the] Civic Party` or `from the Democratic Party`, also of a
    /// name that recognition missed, capitalized words without a mention (`of People Power`).
    func affiliationEnd(_ i: Int) -> Int? {
        guard isWord(i, .of) || isWord(i, .from) else { return nil }
        let start = skipThe(i + 1)
        if let a = mention(at: start) { return spans[a].upperBound }
        return unrecognizedNameEnd(start)
    }

    /// The end of capitalized words without a mention from `start`, a name that recognition missed
    /// (`People Power`), outside a headline.
    func unrecognizedNameEnd(_ start: Int) -> Int? {
        var k = start
        while k < end, text.isCapitalized(k), mention(at: k) == nil { k += 1 }
        return k > start && !isTitleCase ? k : nil
    }

    // MARK: - Tokens

    /// The mention of the current sentence that starts at token `i`.
    func mention(at i: Int) -> Int? {
        guard let m = facts.mention(startingAt: i), current.contains(m) else { return nil }
        return m
    }

    /// The mention of the current sentence that ends right before token `i`.
    func mention(endingAt i: Int) -> Int? {
        current.last { spans[$0].upperBound == i }
    }

    func isWord(_ i: Int, _ word: SmallWord) -> Bool { facts.isWord(i, word) }

    func skipThe(_ i: Int) -> Int { isWord(i, .the) ? i + 1 : i }

    func isVerb(_ i: Int) -> Bool { i < end && text.isWord(i) && text.classes(i).contains(.verb) && mention(at: i) == nil }

    /// The lemma of the verb form at `i`.
    func lemma(_ i: Int) -> String? { facts.lemma(i) }

    /// Whether the word at `i` is a verb's lemma itself (`seize`, not `seized`).
    func isBaseForm(_ i: Int) -> Bool { facts.isBaseForm(i) }

    /// Classes of a lemma or phrase (`demand`, `call on`).
    func classes(ofLemma lemma: String) -> WordClass {
        var lemma = lemma
        return lemma.withUTF8(text.info(forKey:)).map { $0.isKey ? $0.classes : [] } ?? []
    }

    /// A past tense or participle: `seized`, `took`, `taken` (not `-s` or `-ing` forms, not the base).
    func isPastForm(_ i: Int) -> Bool {
        if endsWith(i, "ed") { return true }
        if endsWith(i, "ing") || endsWith(i, "s") { return false }
        return lemma(i) != nil && !isBaseForm(i)
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

