import ArgumentParser
import Foundation
import NER

/// Flags that shape entity recognition, shared by the commands that read text.
struct RecognizerOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer"), help: ArgumentHelp(
        "A TSV file of your own names (name<TAB>type[<TAB>canonical<TAB>category<TAB>flags]); repeatable; wins over the built-in lists.",
        valueName: "file"))
    var gazetteers: [String] = []

    func recognizer() throws -> EntityRecognizer {
        do {
            return try EntityRecognizer.standard(userGazetteers: gazetteers.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError(error.description)
        }
    }
}
