import Foundation

/// The data files that make up a lexicon, as listed in a manifest, and their compilation.
///
/// The manifest (`manifest.tsv` in the resource folder) lists one file a line, in order of
/// precedence: `file	format	class`, with format `gazetteer`, `words`, `demonyms`, `verbs` (`form	lemma`), `classes`
/// (`word	class`) or `tags` (`word	noun	verb	adjective` frequencies) and, for word lists, the word class every line gets (`common`, `title`, `organization-head`…).
public struct LexiconCatalog: Sendable {
    /// One source file and how to read it.
    public struct Source: Sendable, Equatable {
        public enum Format: String, Sendable { case gazetteer, words, demonyms, verbs, classes, tags }
        public var url: URL
        public var format: Format
        public var wordClass: WordClass

        public init(url: URL, format: Format, wordClass: WordClass) {
            self.url = url
            self.format = format
            self.wordClass = wordClass
        }
    }

    public var sources: [Source]

    /// Class names used in manifests.
    static let classNames: [String: WordClass] = [
        "common": .common, "function": .function, "first-name": .firstName, "title": .title,
        "organization-head": .organizationHead, "company-suffix": .companySuffix, "place-head": .placeHead,
        "event-head": .eventHead, "connector": .connector, "reporting-verb": .reportingVerb,
        "non-entity": .nonEntity, "abbreviation": .abbreviation, "date-word": .dateWord,
        "organization-noun": .organizationNoun, "facility-noun": .facilityNoun, "company-noun": .companyNoun,
        "compound-suffix": .compoundSuffix, "sports-word": .sportsWord, "match-verb": .matchVerb, "team-role": .teamRole,
        "agency-field": .agencyField, "vehicle-noun": .vehicleNoun, "place-prefix": .placePrefix,
        "media-title": .mediaTitle, "polity-noun": .polityNoun, "landform-noun": .landformNoun,
        "verb": .verb, "auxiliary": .auxiliary, "negation": .negation, "hypothetical": .hypothetical,
        "preposition": .preposition, "argument-preposition": .argumentPreposition, "adverb": .adverb,
        "determiner": .determiner, "subject-pronoun": .subjectPronoun, "mandative-verb": .mandativeVerb,
        "symmetric-verb": .symmetricVerb, "non-action-verb": .nonActionVerb, "role-noun": .roleNoun, "verb-frame": .verbFrame,
        "verb-prefix": .verbPrefix, "passive-frame": .passiveFrame, "intent-noun": .intentNoun,
        "negating-verb": .negatingVerb, "additive": .additive,
    ]

    public init(sources: [Source]) {
        self.sources = sources
    }

    /// The catalog described by `manifest.tsv` in `directory`.
    public init(resourceDirectory directory: URL) throws(LexiconError) {
        let manifest = directory.appendingPathComponent("manifest.tsv")
        let text = try Self.read(manifest)
        var sources: [Source] = []
        for (number, line) in LexiconSource.dataLines(text) {
            let fields = line.split(separator: "\t").map { $0.trimmingSpaces }
            if fields.first == "file" { continue }
            guard fields.count >= 2, let format = Source.Format(rawValue: fields[1]) else {
                throw .malformedLine(file: manifest.path, line: number, text: line, problem: "expected file<TAB>gazetteer|words|demonyms|verbs|classes|tags[<TAB>class]")
            }
            var wordClass: WordClass = []
            if format == .words {
                guard fields.count == 3, let named = Self.classNames[fields[2]] else {
                    throw .malformedLine(file: manifest.path, line: number, text: line,
                                         problem: "a word list needs a class, one of \(Self.classNames.keys.sorted().joined(separator: ", "))")
                }
                wordClass = named
            }
            sources.append(Source(url: directory.appendingPathComponent(fields[0]), format: format, wordClass: wordClass))
        }
        self.sources = sources
    }

    /// All records of all sources, in order of precedence.
    public func records() throws(LexiconError) -> [LexiconRecord] {
        var records: [LexiconRecord] = []
        for source in sources {
            let text = try Self.read(source.url)
            switch source.format {
            case .gazetteer:
                let category = source.url.deletingPathExtension().lastPathComponent
                records += try LexiconSource.gazetteer(text, file: source.url.path, defaultCategory: category)
            case .words:
                records += LexiconSource.words(text, wordClass: source.wordClass)
            case .demonyms:
                records += try LexiconSource.demonyms(text, file: source.url.path)
            case .verbs:
                records += try LexiconSource.verbs(text, file: source.url.path)
            case .classes:
                records += try LexiconSource.classes(text, file: source.url.path)
            case .tags:
                records += try LexiconSource.tags(text, file: source.url.path)
            }
        }
        return records
    }

    /// The compiled lexicon bytes.
    public func compile() throws(LexiconError) -> [UInt8] {
        let records = try records()
        let abbreviations = records.filter { $0.classes.contains(.abbreviation) }.map(\.key)
        return LexiconBuilder(abbreviations: abbreviations).build(records)
    }

    /// Identifies the sources' current contents: paths, sizes and modification times.
    public func fingerprint() -> UInt64 {
        var description = "lexicon-v\(LexiconFormat.version)"
        for source in sources {
            let attributes = try? FileManager.default.attributesOfItem(atPath: source.url.path)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            description += "|\(source.url.path)|\(source.format)|\(source.wordClass.rawValue)|\(size)|\(modified)"
        }
        return LexiconKey.hash(description.utf8)
    }

    static func read(_ url: URL) throws(LexiconError) -> String {
        do {
            let data = try Data(contentsOf: url)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw .unreadable(file: url.path, reason: (error as NSError).localizedDescription)
        }
    }
}
