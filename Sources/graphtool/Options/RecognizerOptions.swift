import ArgumentParser
import Foundation
import NER

/// Flags that shape entity recognition and resolution, shared by the commands that read text.
struct RecognizerOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer"), help: ArgumentHelp(
        "A TSV file of your own names (name<TAB>type[<TAB>canonical<TAB>category<TAB>flags]); repeatable; wins over the built-in lists.",
        valueName: "file"))
    var gazetteers: [String] = []

    @Option(name: .customLong("aliases"), help: ArgumentHelp(
        "A TSV file of merges to force (variant<TAB>canonical) or forbid (!name<TAB>name), one a line.",
        valueName: "file"))
    var aliasFile: String?

    func resolver() throws -> EntityResolver {
        do {
            return try EntityResolver.standard(aliasFile: aliasFile.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError(error.description)
        }
    }

    func recognizer() throws -> EntityRecognizer {
        do {
            return try EntityRecognizer.standard(userGazetteers: gazetteers.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError(error.description)
        }
    }
}
