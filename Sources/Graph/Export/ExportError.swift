/// Why an export failed; each message says what to do.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output file or folder could not be created or written.
    case output(path: String, reason: String)
    /// A format that writes several files was asked to write to standard output.
    case needsFolder(format: String)
    /// The store could not be read.
    case store(GraphStoreError)
    /// libxml2 failed to write XML.
    case xml(String)

    public var description: String {
        switch self {
        case .output(let path, let reason):
            "cannot write \(path): \(reason); check that its folder exists and is writable, or name another with -o"
        case .needsFolder(let format):
            "\(format) writes several files; name a folder for them with -o DIR"
        case .store(let error):
            error.description
        case .xml(let reason):
            "libxml2 could not write the XML (\(reason)); check free disk space and run the export again"
        }
    }
}
