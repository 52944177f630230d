import Foundation
import NER
import TestSupport
import Testing

@Suite("Lexicon")
struct LexiconTests {
    let records = [
        LexiconRecord(key: "New York", entity: GazetteerEntry(type: .place, canonical: "New York", category: "city", isWeak: false)),
        LexiconRecord(key: "New York Times", entity: GazetteerEntry(type: .company, canonical: "The New York Times", category: "media", isWeak: false)),
        LexiconRecord(key: "Kiev", entity: GazetteerEntry(type: .place, canonical: "Kyiv", category: "city", isWeak: false)),
        LexiconRecord(key: "Kiev", entity: GazetteerEntry(type: .person, canonical: "Wrong", category: "later", isWeak: false)),
        LexiconRecord(key: "said", classes: .reportingVerb),
        LexiconRecord(key: "said", classes: .common),
        LexiconRecord(key: "U.S.", entity: GazetteerEntry(type: .place, canonical: "United States", category: "country", isWeak: false)),
    ]

    func lexicon() throws -> Lexicon {
        try Lexicon(compiled: LexiconBuilder(abbreviations: ["mr"]).build(records))
    }

    @Test("names, their prefixes and merged classes are found")
    func lookups() throws {
        let lexicon = try lexicon()
        let set = LexiconSet([lexicon])
        let new = try #require(set.info(forKey: "New"))
        #expect(new.isPrefix && !new.isKey)
        let york = try #require(set.info(forKey: "New York"))
        #expect(york.isKey && york.isPrefix)
        #expect(set.entity(york)?.canonical == "New York")
        #expect(set.entity(try #require(set.info(forKey: "New York Times")))?.type == .company)
        #expect(set.info(forKey: "said")?.classes == [.reportingVerb, .common])
        #expect(set.info(forKey: "Boston") == nil)
        #expect(lexicon.abbreviations == ["mr"])
    }

    @Test("the first record of a name wins its entity")
    func precedence() throws {
        let set = LexiconSet([try lexicon()])
        let kiev = try #require(set.info(forKey: "Kiev"))
        #expect(set.entity(kiev) == GazetteerEntry(type: .place, canonical: "Kyiv", category: "city", isWeak: false))
    }

    @Test("a user lexicon overrides the built-in entity")
    func userOverride() throws {
        let user = try Lexicon(compiled: LexiconBuilder(abbreviations: []).build([
            LexiconRecord(key: "Kiev", entity: GazetteerEntry(type: .organization, canonical: "Kiev Club", category: "user", isWeak: false)),
        ]))
        let set = LexiconSet([user, try lexicon()])
        #expect(set.entity(try #require(set.info(forKey: "Kiev")))?.canonical == "Kiev Club")
        #expect(set.entity(try #require(set.info(forKey: "U.S.")))?.canonical == "United States")
    }

    @Test("gazetteer TSV: defaults, flags and line-numbered errors")
    func gazetteerSource() throws {
        let records = try LexiconSource.gazetteer("# comment\nname\ttype\tcanonical\tcategory\tflags\nAcme\tcompany\n\nReading\tPLACE\tReading\tcity\tweak\n", file: "my.tsv")
        #expect(records.map(\.key) == ["Acme", "Reading"])
        #expect(records[0].entity == GazetteerEntry(type: .company, canonical: "Acme", category: "user", isWeak: false))
        #expect(records[1].entity?.isWeak == true)
        #expect(throws: LexiconError.malformedLine(file: "my.tsv", line: 2, text: "Acme\tfirm", problem: "type \"firm\" is not PERSON, PLACE, ORGANIZATION or COMPANY")) {
            try LexiconSource.gazetteer("name\ttype\nAcme\tfirm\n", file: "my.tsv")
        }
    }

    @Test("the cache compiles once and maps the file afterwards")
    func cache() throws {
        let folder = try Fixtures.temporaryDirectory()
        let tsv = folder.appendingPathComponent("mine.tsv")
        try "name\ttype\nAcme Widgets\tCOMPANY\n".write(to: tsv, atomically: true, encoding: .utf8)
        let catalog = LexiconCatalog(sources: [.init(url: tsv, format: .gazetteer, wordClass: [])])
        let cache = LexiconCache(directory: folder.appendingPathComponent("cache"))
        let first = try cache.lexicon(for: catalog)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cache").path)
        #expect(files.count == 1)
        let second = try cache.lexicon(for: catalog)
        #expect(LexiconSet([first]).info(forKey: "Acme Widgets")?.hasEntity == true)
        #expect(LexiconSet([second]).info(forKey: "Acme Widgets")?.hasEntity == true)
    }

    @Test("writing a lexicon removes all but the most recently used ones; reading one marks it used")
    func cacheBound() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cacheFolder = folder.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        let manager = FileManager.default
        func age(_ name: String, hours: Double) throws {
            try manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -hours * 3600)], ofItemAtPath: cacheFolder.appendingPathComponent(name).path)
        }
        // Nine lexicons of other sources, used 1 to 9 hours ago, and a file that is not a lexicon.
        let old = (1...9).map { String(format: "lexicon-%016x.bin", $0) }
        for (hours, name) in old.enumerated() {
            try Data([1]).write(to: cacheFolder.appendingPathComponent(name))
            try age(name, hours: Double(hours + 1))
        }
        try Data([1]).write(to: cacheFolder.appendingPathComponent("notes.txt"))
        let tsv = folder.appendingPathComponent("mine.tsv")
        try "name\ttype\nAcme Widgets\tCOMPANY\n".write(to: tsv, atomically: true, encoding: .utf8)
        let catalog = LexiconCatalog(sources: [.init(url: tsv, format: .gazetteer, wordClass: [])])
        let cache = LexiconCache(directory: cacheFolder)
        _ = try cache.lexicon(for: catalog)
        let written = String(format: "lexicon-%016llx.bin", catalog.fingerprint())
        #expect(Set(try manager.contentsOfDirectory(atPath: cacheFolder.path)) == Set(old.prefix(LexiconCache.kept - 1) + [written, "notes.txt"]))
        try age(written, hours: 100)
        _ = try cache.lexicon(for: catalog)
        let used = try #require(try manager.attributesOfItem(atPath: cacheFolder.appendingPathComponent(written).path)[.modificationDate] as? Date)
        #expect(used.timeIntervalSinceNow > -3600)
    }

    @Test("the tests' lexicon cache is a temporary folder, and graphtool run by the tests uses it")
    func testCache() throws {
        _ = Fixtures.recognizer
        #expect(LexiconCache().directory.path == TestCache.directory.path)
        #expect(TestCache.directory.path.hasPrefix(FileManager.default.temporaryDirectory.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: TestCache.directory.path).contains { $0.hasPrefix("lexicon-") })
        let home = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(Fixtures.graphtool, ["extract", "-"], input: Data("Talks in Kyiv.".utf8),
                             environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
    }

    @Test("damaged compiled bytes are refused")
    func corrupt() {
        #expect(throws: LexiconError.corruptCompiledLexicon) { try Lexicon(compiled: Array(repeating: 7, count: 100)) }
    }
}
