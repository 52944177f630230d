import NER

extension EntityRecognizer {
    /// The canonical name this recognizer's gazetteers give `name` typed on its own (`Kiev` →
    /// `Kyiv`), if any: the `knownAs` of ``GraphStore/lookup(_:knownAs:)``.
    public func gazetteerName(_ name: String) -> String? {
        let analysis = analyze(SourceText(name: "name", utf8: Array("It was in \(name).".utf8)))
        return analysis.mentions.first { $0.text == name }?.entity
    }
}
