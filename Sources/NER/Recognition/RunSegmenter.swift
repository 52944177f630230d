/// Cuts a run of capitalized words into typed mentions by rules, in this order of precedence at
/// each position of the run:
///
/// 1. connectors and capitalized function words at the start of a piece are skipped, unless a
///    gazetteer name of several words starts there (`Home Office`; a name never starts with `The`);
/// 2. an event (`World War II`, `FIFA World Cup`) is skipped whole, names inside it too, unless a
///    gazetteer name or a head word goes further (`Central Election Commission`);
/// 3. a compass word before a place is part of it (`South East Asia`); a political unit of a place
///    (`State of Texas`, `Republic of Korea`) is that place in full, and
///    a landform or water of a name (`Strait of Hormuz`, `Plains of Arafat`) a place;
///    a gazetteer name (the longest; a place with a facility noun or a compass word after it:
///    `Zaporozhye nuclear power plant`, `Kowloon West`; a place with a newspaper's title after it is
///    the newspaper, a company: `Edmonton Sun`, `Toronto Star`), unless a head word further on makes a longer name
///    (`Kiev Ibis Hotel`, `UK Ministry of Defense`) or the name is weak and lacks support (after a
///    title, a weak name is a person's: `Senator Ford`);
/// 4. a title or role (`President`, `Foreign Minister`) is skipped, and the name after it is a person;
/// 5. a demonym (`Ukrainian`) is skipped, unless it qualifies an organization or company made of
///    common words (`Saudi Gazette`);
/// 6. a field of public life before a country's name makes its agency (`Environment Canada`); a
///    head word (`Ministry`, `Service`, `Group`, `Square`) makes an organization, company or place
///    of the words up to it, with any `of …` after an organization or company head;
///    a place prefix before a name makes a place (`Cape Canaveral`, `Lake Tahoe`);
/// 7. a first name starts a person;
/// 8. an acronym is an organization;
/// 9. other capitalized words are judged by context (``ContextRules``).
///
/// A web domain written onto a name belongs to it (`CBC.ca`).
struct RunSegmenter {
    let text: AnnotatedText
    let context: ContextRules

    init(text: AnnotatedText) {
        self.text = text
        self.context = ContextRules(text: text)
    }

    /// Appends the mentions in `run` to `mentions`, and the unknown capitalized words left for
    /// document-level rules to `unknown`.
    func segment(_ run: Range<Int>, sentence: Int, into mentions: inout [Mention], unknown: inout [Range<Int>]) {
        let firstOfRun = mentions.count
        let limit = text.sentences[sentence].tokens.upperBound
        var p = run.lowerBound
        var afterTitle = context.titleBefore(run.lowerBound)
        let namesEvent = run.contains { text.classes($0).contains(.eventHead) }
        func emit(_ name: Range<Int>, _ type: EntityType, _ rule: RuleID, entity: String? = nil) {
            let range = name.lowerBound..<context.domainEnd(after: name.upperBound)
            let surface = text.text(range)
            mentions.append(Mention(range: Int(text.tokens[range.lowerBound].start)..<Int(text.tokens[range.upperBound - 1].end),
                                    tokens: range, sentence: sentence, type: type, text: surface,
                                    entity: entity ?? surface, rule: rule))
        }
        while p < run.upperBound {
            let classes = text.classes(p)
            guard text.isCapitalized(p) else { p += 1; continue }
            if let end = text.phrase(.nonEntity, from: p, limit: run.upperBound), end > p + 1 {  // `RUGBY UNION`, `Ice Hockey`
                p = end
                afterTitle = false
                continue
            }
            if let (end, entry) = polityOfPlace(at: p, run: run) {  // `State of Texas`: the place, in full
                emit(p..<end, .place, entry.rule.qualified(.polityOf), entity: entry.canonical)
                p = end
                afterTitle = false
                continue
            }
            if let end = landformOfName(at: p, run: run) {  // `Gulf of Mexico`, `Plains of Arafat`
                emit(p..<end, .place, RuleID(.landformOf))
                p = end
                afterTitle = false
                continue
            }
            let skippable = classes.contains(.function) && !text.tokens[p].shape.contains(.allCaps)
            let startsName = p + 1 < run.upperBound && text.isCapitalized(p + 1) && !text.isWord(p, "the") && (text.exact(p)?.isPrefix ?? false)
            let gazetteer = skippable && !startsName ? nil : text.gazetteerMatch(from: p, limit: limit)
            if gazetteer == nil, let (end, entry) = compassBeforePlace(at: p, run: run) {  // `South East Asia`, `East L.A.`
                emit(p..<end, .place, entry.rule.qualified(.compass))
                p = end
                afterTitle = false
                continue
            }
            if skippable, (gazetteer?.end ?? p) - p < 2 {
                p += 1  // `However`, `The`, `Home` … but `Home Office`
                continue
            }
            if namesEvent, let end = eventEnd(from: p, run: run), end > gazetteer?.end ?? p,
               (headSpan(from: p, run: run)?.end ?? p) <= end {  // `FIFA World Cup`: no name inside an event's
                p = end
                afterTitle = false
                continue
            }
            if let (end, entry) = gazetteer, context.isPersonNamedLikePlace(entry, at: p) {  // `Mr. Atherton`, `M. Atherton`
                let free = mentions.count == firstOfRun || mentions[mentions.count - 1].tokens.upperBound <= p - 1
                let start = text.isCapitalized(p - 1) && run.contains(p - 1) && !afterTitle && free ? p - 1 : p
                let last = max(end, personSpan(from: p, run: run))
                emit(start..<last, .person, RuleID(afterTitle ? .titleName : .nameShape))
                p = last
                afterTitle = false
                continue
            }
            if let (end, entry) = gazetteer, context.supports(entry, at: p, end: end),
               !(afterTitle && entry.isWeak && entry.type != .person) {
                if let head = headSpan(from: p, run: run), head.end > end {
                    emit(p..<head.end, head.type, head.rule)
                    p = head.end
                    continue
                } else if entry.type == .place, let media = mediaTitleEnd(after: end, run: run) {  // `Edmonton Sun`
                    emit(p..<media, .company, entry.rule.qualified(.media))
                    p = media
                    afterTitle = false
                    continue
                } else if !(entry.type != .person && classes.contains(.firstName) && personSpan(from: p, run: run) > end) {
                    let longer = entry.type == .place ? placeExtension(after: end, run: run, limit: limit) : nil
                    emit(p..<(longer?.end ?? end), entry.type, entry.rule.qualified(longer?.qualifier),
                         entity: longer == nil ? entry.canonical : nil)
                    p = max(longer?.end ?? end, p + 1)
                    afterTitle = false
                    continue
                }
            }
            if let end = text.phrase(.title, from: p, limit: run.upperBound), end < run.upperBound {
                p = end
                afterTitle = text.isCapitalized(end)  // not the domain in `Commissioner for Refugees`
                continue
            }
            if classes.contains(.demonym) {
                if p + 1 < run.upperBound, let head = headSpan(from: p + 1, run: run) ?? loneHead(p + 1), head.type != .place,
                   (p + 1..<head.end).allSatisfy({ text.classes($0).contains(.common) }) {
                    emit(p..<head.end, head.type, head.rule.qualified(.demonym))
                    p = head.end
                } else {
                    p += 1
                }
                continue
            }
            if classes.contains(.nonEntity), !startsFullName(p, run: run) {  // `Oscar`, but `Oscar Wilde`
                p += 1
                continue
            }
            if classes.contains(.agencyField), let (end, entry) = text.gazetteerMatch(from: p + 1, limit: limit),
               entry.category == "country", end == run.upperBound {  // `Environment Canada`
                emit(p..<end, .organization, RuleID(.agencyField, source: entry.category))
                p = end
                continue
            }
            if let head = headSpan(from: p, run: run) {
                emit(p..<head.end, head.type, head.rule)
                p = head.end
                continue
            }
            if classes.contains(.placePrefix), p + 1 < run.upperBound, text.isCapitalized(p + 1),
               text.classes(p + 1).isDisjoint(with: [.function, .title, .demonym]) {  // `Cape Canaveral`, `Lake Tahoe`
                let end = wordEnd(p + 1, run: run)
                emit(p..<end, .place, RuleID(.placePrefix))
                p = end
                continue
            }
            if let end = context.datelineEnd(from: p, run: run) {  // `AL-AIN, United Arab Emirates 1996-12-06`
                emit(p..<end, .place, RuleID(.dateline), entity: TitleCase.of(text.text(p..<end)))
                p = end
                continue
            }
            if classes.contains(.firstName) || afterTitle {
                let end = personSpan(from: p, run: run)
                if isPerson(p..<end, afterTitle: afterTitle) {
                    emit(p..<end, .person, RuleID(afterTitle ? .titleName : .firstName))
                    p = end
                    afterTitle = false
                    continue
                }
            }
            if context.isAcronym(p) {
                emit(p..<(p + 1), .organization, RuleID(.acronym))
                p += 1
                continue
            }
            if classes.contains(.dateWord) || classes.contains(.nonEntity) || classes.contains(.common)
                || (text.capitalIsWeak(p) && classes.contains(.function)) {
                p += 1
                continue
            }
            var end = wordEnd(p, run: run), words = 1
            while end < run.upperBound, text.isCapitalized(end), isPlainUnknown(end) || text.classes(end).contains(.firstName) {
                end = wordEnd(end, run: run)
                words += 1
            }
            if let decided = context.judgeUnknown(p..<end, words: words) {
                emit(p..<end, decided.type, decided.rule)
            } else {
                unknown.append(p..<end)
            }
            p = end
        }
    }

    /// A first name with a capitalized word after it that is neither common nor listed.
    private func startsFullName(_ p: Int, run: Range<Int>) -> Bool {
        text.classes(p).contains(.firstName) && p + 1 < run.upperBound && text.isCapitalized(p + 1)
            && text.classes(p + 1).isDisjoint(with: [.common, .function, .nonEntity, .title, .demonym])
    }

    /// A capitalized word no lexicon or rule says anything about.
    private func isPlainUnknown(_ i: Int) -> Bool {
        let c = text.classes(i)
        return c.isDisjoint(with: [.common, .function, .firstName, .demonym, .title, .organizationHead, .companySuffix,
                                   .placeHead, .eventHead, .nonEntity, .dateWord])
            && !(text.exact(i)?.hasEntity ?? false)
    }

    /// A name ending in a head word, starting at `p`: the furthest head in the run before anything
    /// that starts another name (a first name after two words, a demonym) and before an `of`/`for`
    /// that no head precedes; an organization or company head followed by `of`/`for` and capitals
    /// takes those too (`Medical Journal of Australia`). A lone head word is no name.
    private func headSpan(from p: Int, run: Range<Int>) -> (end: Int, type: EntityType, rule: RuleID)? {
        var best: (end: Int, type: EntityType, rule: RuleID)?
        var i = p
        while i < run.upperBound {
            let c = text.classes(i)
            if i > p, c.contains(.demonym) || (c.contains(.firstName) && i > p + 1 && !c.contains(.common)) { break }
            if text.isWord(i, "and") || text.isPunctuation(i, "&") {
                // `Air and Space Museum`, `Space & Rocket Center`: common words joined before a head.
                guard i > p, text.isCapitalized(i - 1), text.isCapitalized(i + 1),
                      text.classes(i - 1).contains(.common), text.classes(i + 1).contains(.common),
                      text.gazetteerMatch(from: i + 1, limit: run.upperBound) == nil else { break }  // not `… and United States`
            }
            // `of`/`for` belong to a name only after its head (`Ministry of Defence`): `Fernando
            // Cheung of the Labour Party` is two names.
            if best == nil, c.contains(.connector), text.isWord(i, "of") || text.isWord(i, "for") { break }
            if text.isCapitalized(i) {
                if c.contains(.organizationHead) {
                    best = (i + 1, .organization, RuleID(.head, source: "organization"))
                } else if c.contains(.companySuffix) {
                    best = (i + 1, .company, RuleID(.head, source: "company"))
                } else if c.contains(.placeHead) {
                    best = (i + 1, .place, RuleID(.head, source: "place"))
                }
            }
            i += 1
        }
        guard var found = best else { return nil }
        if found.type != .place, found.end < run.upperBound,
           text.classes(found.end).contains(.connector) && !text.isWord(found.end, "and") || text.isWord(found.end, "at") {
            found.end = run.upperBound
            while text.classes(found.end - 1).contains(.nonEntity) || text.classes(found.end - 1).contains(.title) {
                found.end -= 1  // `the Museum of Flight CEO`
            }
        }
        if found.end - p == 1 { return nil }
        return found
    }

    /// Words after a place's name that make a longer place of it: a lowercase facility phrase
    /// (`nuclear power plant`) or a compass word that makes a district (`Kowloon West`).
    private func placeExtension(after end: Int, run: Range<Int>, limit: Int) -> (end: Int, qualifier: RuleID.Qualifier)? {
        if let facility = context.facilityEnd(after: end, limit: limit) { return (facility, .facility) }
        guard end < run.upperBound, text.isCapitalized(end),
              Self.compassPoints.contains(where: { text.isWord(end, $0) }) else { return nil }
        return (end + 1, .district)
    }

    /// The end of a newspaper's title right after a place's name ending at `end` (`Sun`, `Free Press`).
    private func mediaTitleEnd(after end: Int, run: Range<Int>) -> Int? {
        guard end < run.upperBound, text.isCapitalized(end) else { return nil }
        return text.phrase(.mediaTitle, from: end, limit: run.upperBound)
    }

    /// A compass word at `p` before a place's name that is no weak word (`South East Asia`, `East L.A.`,
    /// `Northern California`): its end and the place.
    private func compassBeforePlace(at p: Int, run: Range<Int>) -> (end: Int, entry: GazetteerEntry)? {
        guard p + 1 < run.upperBound, Self.compassWords.contains(where: { text.isWord(p, $0) }), text.isCapitalized(p + 1),
              let (end, entry) = text.gazetteerMatch(from: p + 1, limit: run.upperBound), entry.type == .place, !entry.isWeak
        else { return nil }
        return (end, entry)
    }

    /// Compass words that follow a place's name (`Kowloon West`) or open one (`East Asia`).
    private static let compassPoints = ["north", "south", "east", "west", "central"]
    /// Compass words that open a place's name (`South East Asia`, `Northern California`).
    private static let compassWords = compassPoints + ["northern", "southern", "eastern", "western"]

    /// A political unit, `of` and a place's name at `p` (`Republic of Korea`): its end and the place.
    private func polityOfPlace(at p: Int, run: Range<Int>) -> (end: Int, entry: GazetteerEntry)? {
        guard text.classes(p).contains(.polityNoun), text.isWord(p + 1, "of"), p + 2 < run.upperBound, text.isCapitalized(p + 2),
              let (end, entry) = text.gazetteerMatch(from: p + 2, limit: run.upperBound), entry.type == .place,
              end == run.upperBound || !text.isCapitalized(end) else { return nil }
        return (end, entry)
    }

    /// The end of a landform or water, `of` and a capitalized name at `p` (`Strait of Hormuz`), the
    /// name running to the end of the run.
    private func landformOfName(at p: Int, run: Range<Int>) -> Int? {
        guard text.classes(p).contains(.landformNoun), text.isWord(p + 1, "of"), p + 2 < run.upperBound,
              (p + 2..<run.upperBound).allSatisfy({ text.isCapitalized($0) && !text.classes($0).contains(.function) }) else { return nil }
        return run.upperBound
    }

    /// A head word standing alone at `i` (`Navy` in `Indonesian Navy`).
    private func loneHead(_ i: Int) -> (end: Int, type: EntityType, rule: RuleID)? {
        guard text.isCapitalized(i) else { return nil }
        let c = text.classes(i)
        if c.contains(.organizationHead) { return (i + 1, .organization, RuleID(.head, source: "organization")) }
        if c.contains(.companySuffix) { return (i + 1, .company, RuleID(.head, source: "company")) }
        return nil
    }

    /// The end of an event name (`World War II`, `Russian Grand Prix`) starting at `p`, if any.
    private func eventEnd(from p: Int, run: Range<Int>) -> Int? {
        var i = p
        while i < run.upperBound, !(text.exact(i)?.hasEntity ?? false) || i == p {
            if text.classes(i).contains(.eventHead) {
                var end = i + 1
                while end < run.upperBound, isRomanNumeral(end) { end += 1 }
                return end
            }
            i += 1
        }
        return nil
    }

    private func isRomanNumeral(_ i: Int) -> Bool {
        guard text.isWord(i), text.tokens[i].shape.contains(.allCaps) || text.tokens[i].end - text.tokens[i].start == 1 else { return false }
        return text.bytes[text.tokens[i].range].allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }

    /// A first name written in capitals needs a surname after it (`SERGEY BOBOK`, not `ROS`). A
    /// first name that is also a common word or a month (`May`, `Will`) is a person only after a
    /// title, or with a surname after it: any capitalized word when the capital is evidence
    /// (`… and John Stones`, `Jack Straw said`), else one that is not a common word either.
    private func isPerson(_ span: Range<Int>, afterTitle: Bool) -> Bool {
        let first = text.classes(span.lowerBound)
        if span.count == 1, !afterTitle, text.tokens[span.lowerBound].shape.contains(.allCaps) { return false }  // `ROS`, not `Ros`
        if afterTitle, !first.isDisjoint(with: [.organizationHead, .companySuffix, .placeHead, .eventHead]) {
            return false  // `Major League`, `Prince Series`: a title-like word opening another kind of name
        }
        guard !afterTitle, !first.isDisjoint(with: [.common, .dateWord]) else { return true }
        guard span.count > 1, !first.contains(.dateWord) else { return false }
        return !text.capitalIsWeak(span.lowerBound) || text.classes(span.upperBound - 1).isDisjoint(with: [.common, .dateWord])
    }

    /// The end of a person's name starting at `p`: up to four capitalized words that are not
    /// function words, demonyms, other gazetteer names (except a city name right after a first
    /// name: `Mary Barra`), or a first name that starts a second full name (`… Zelensky Alexei
    /// Orastovich`).
    private func personSpan(from p: Int, run: Range<Int>) -> Int {
        var end = wordEnd(p, run: run), words = 1
        while end < run.upperBound, words < 4 {
            if let particle = particleEnd(end, run: run) {  // `Suleiman al-Amr`, `Ludwig van Beethoven`
                end = wordEnd(particle, run: run)
                words += 1
                continue
            }
            guard text.isCapitalized(end) else { break }
            let c = text.classes(end)
            if c.contains(.function) || c.contains(.demonym) || c.contains(.title) || c.contains(.nonEntity) { break }
            if c.contains(.firstName), words > 1, text.isCapitalized(end + 1), !text.classes(end + 1).contains(.firstName) { break }
            if let entry = text.exact(end), entry.hasEntity, let g = text.entity(entry), g.type != .person, !g.isWeak,
               !(g.category == "city" && words == 1 && text.classes(p).contains(.firstName)),
               !context.isPersonNamedLikePlace(g, at: end) { break }  // `Charles J. Fillmore`
            end = wordEnd(end, run: run)
            words += 1
        }
        return end
    }

    /// The end of the name word at `i` with its hyphenated parts (`Kwok-hung`, `Shin-Wook`).
    private func wordEnd(_ i: Int, run: Range<Int>) -> Int {
        var end = i + 1
        while end + 1 < run.upperBound, text.hyphenContinues(at: end, end: run.upperBound) { end += 2 }
        return end
    }

    /// The capitalized word after one or two lowercase name particles at `i` (`al`, `bin`, `van`,
    /// `de`, `van der`, `de la`), if any.
    private func particleEnd(_ i: Int, run: Range<Int>) -> Int? {
        var k = i
        while k - i < 2, isParticle(k) { k += 1 }
        guard k > i else { return nil }
        let next = text.isPunctuation(k, "-") ? k + 1 : k
        return next < run.upperBound && text.isCapitalized(next) ? next : nil
    }

    private func isParticle(_ i: Int) -> Bool {
        text.isWord(i) && !text.isCapitalized(i) && text.classes(i).contains(.connector)
            && !text.isWord(i, "of") && !text.isWord(i, "for") && !text.isWord(i, "and") && !text.isWord(i, "the")
    }
}
