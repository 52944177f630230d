import ArgumentParser
import Evaluation
import Foundation
import NER

/// `graphtool evaluate`: scores graphtool's output, or saved predictions, against gold annotations.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score entities, canonical names and actions against gold annotations.",
        discussion: """
            Give PATH (files or folders, read as extract reads them) to run graphtool on them, or \
            --pred with saved `graphtool extract --format jsonl` output. Documents are paired on their \
            file name without folders and `.txt`.

            Figures (P precision, R recall, F1; fractions in 0…1, - or null where undefined):
              typed mentions    exact span and type (gold alt_types accepted), overall and per type \
            (P by predicted type, R by gold type);
              untyped mentions  exact span only;
              resolution        B³ over mentions whose span matches a gold span exactly, comparing \
            canonical names (clusters span all documents);
              relations         actions whose subject and object map (by majority of their matched \
            mentions) to the gold's canonicals, predicate or an alt_predicate, same negation; \
            core: recall over gold relations neither nominal nor indirect.

            --gold-format conll reads CoNLL-2003 BIO files (PER, LOC, ORG; MISC ignored; COMPANY and \
            ORGANIZATION scored as one type). Each document's text is rebuilt from its tokens (single \
            spaces between tokens, a newline between sentences) and named conll-1, conll-2… in file \
            order; without PATH or --pred graphtool runs on those texts. Only mentions are scored: \
            resolution and relations are null.

            Problems in the input (a line that is not JSON, offsets outside the text, a document on \
            one side only) are warned about on standard error with file and line; scoring goes on \
            without them. Exit status: 0 when scored, 1 when a file is missing or unreadable.
            """
    )

    @Option(help: ArgumentHelp("Gold annotations: JSONL (Samples/gold/README.md) or CoNLL.", valueName: "file"))
    var gold: String

    @Option(help: ArgumentHelp("Saved predictions (extract --format jsonl) to score instead of running graphtool on PATH.", valueName: "file"))
    var pred: String?

    @Argument(help: "Files or folders to run graphtool on.")
    var paths: [String] = []

    @Option(help: "Gold format: jsonl or conll.")
    var goldFormat: GoldFormat = .jsonl

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @Flag(help: "List every false positive and false negative by kind, with the text around it.")
    var errors = false

    @Flag(help: "Score ORGANIZATION and COMPANY as one type.")
    var collapseOrg = false

    @Option(help: ArgumentHelp("Score only these mention types, e.g. PERSON,PLACE (relations are not filtered).", valueName: "types"))
    var types: String?

    @Option(help: ArgumentHelp("With --pred: the folder of the documents' .txt files, for context and offset checks.", valueName: "dir"))
    var textDir: String?

    @Option(help: "Refuse files larger than this many megabytes.")
    var maxFileMb = 64

    @OptionGroup var recognizerOptions: RecognizerOptions

    enum GoldFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, conll
    }

    func validate() throws {
        if pred != nil, !paths.isEmpty { throw ValidationError("give either --pred or PATH, not both") }
        if pred == nil, paths.isEmpty, goldFormat == .jsonl {
            throw ValidationError("name the files or folders the gold annotates (e.g. Samples/seeds), or give --pred with saved predictions")
        }
        if goldFormat == .conll, !paths.isEmpty {
            throw ValidationError("with --gold-format conll the texts are rebuilt from the gold file; leave out PATH (or give --pred)")
        }
        if textDir != nil, pred == nil { throw ValidationError("--text-dir goes with --pred; with PATH the texts are read from PATH") }
        guard maxFileMb > 0 else { throw ValidationError("--max-file-mb must be positive") }
    }

    func run() throws {
        let conll = goldFormat == .conll
        let scheme = try TypeScheme(collapsesOrganizations: collapseOrg || conll,
                                    types: types.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } })
        var goldSet = conll ? try CoNLLReader.read(path: gold) : try JSONLReader.read(path: gold, role: "gold")
        if goldSet.documents.isEmpty { throw EvaluationError.emptyGold(path: gold) }
        var texts = DocumentTexts(goldSet.texts)
        var predicted: AnnotationSet
        var failed = false
        if let pred {
            predicted = try JSONLReader.read(path: pred, role: "predictions")
            if let textDir {
                let (read, warnings) = try DocumentTexts.read(directory: textDir, documents: goldSet.documents)
                texts = read
                predicted.warnings += warnings
            }
            predicted.checkOffsets(against: texts, role: "predicted")
        } else {
            (predicted, failed) = try extract(conll ? goldSet : nil, texts: &texts)
        }
        goldSet.checkOffsets(against: texts, role: "gold")
        let report = Evaluator.evaluate(gold: goldSet, predicted: predicted,
                                        options: EvaluationOptions(scheme: scheme, scoresResolution: !conll, scoresRelations: !conll))
        var err = OutputBuffer(.standardError)
        for warning in goldSet.warnings + predicted.warnings + report.warnings { err.write("graphtool: warning: \(warning)\n") }
        err.flush()
        var out = OutputBuffer()
        if json {
            out.write(ReportFormatter.json(report, errors: errors, texts: texts))
        } else {
            out.write(ReportFormatter.text(report))
            if errors { out.write(ErrorFormatter.text(report.errors, texts: texts)) }
        }
        out.flush()
        if failed { throw ExitCode.failure }
    }

    /// Runs graphtool on PATH, or on the texts of CoNLL gold, recording each document's text.
    private func extract(_ conllGold: AnnotationSet?, texts: inout DocumentTexts) throws -> (AnnotationSet, Bool) {
        let recognizer = try recognizerOptions.recognizer()
        let resolver = try recognizerOptions.resolver()
        var analyses: [DocumentAnalysis] = []
        var failed = false
        if let conllGold {
            let cache = WordCache()
            analyses = conllGold.documents.map { recognizer.analyze(SourceText(name: $0.name, text: conllGold.texts[$0.key] ?? ""), cache: cache) }
        } else {
            for path in paths where path != "-" && FileSystem.kind(path) == .missing {
                throw EvaluationError.missingFile(path: path, role: "input")
            }
            var read: [String: String] = [:]
            let analyzed = InputDocuments(maxFileBytes: maxFileMb * 1_000_000).analyze(paths, with: recognizer) {
                read[DocumentKey.key(for: $0.source.name)] = String(decoding: $0.source.bytes, as: UTF8.self)
                return $0.compacted()
            }
            (analyses, failed) = (analyzed.analyses, analyzed.failed)
            for (key, text) in read { texts.set(text, forKey: key) }
        }
        var predicted = AnnotationSet()
        for analysis in resolver.resolve(analyses).documents { predicted.add(DocumentAnnotation(analysis)) }
        return (predicted, failed)
    }
}
