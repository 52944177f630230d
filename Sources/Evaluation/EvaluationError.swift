/// Why an evaluation could not start; each message tells the user what to do.
public enum EvaluationError: Error, Equatable, CustomStringConvertible {
    /// A file named on the command line does not exist.
    case missingFile(path: String, role: String)
    /// A file exists but could not be read.
    case unreadableFile(path: String, role: String, reason: String)
    /// A gold file held no usable document.
    case emptyGold(path: String)
    /// A type named in `--types` is not one of the scored types.
    case unknownType(String)

    public var description: String {
        switch self {
        case .missingFile(let path, let role):
            let hint: String
            switch role {
            case "gold": hint = "give the gold annotations' path with --gold, e.g. Samples/gold/seeds.jsonl"
            case "predictions": hint = "give the path of saved `graphtool extract --format jsonl` output with --pred, or PATH to run graphtool"
            case "input": hint = "name the files or folders the gold annotates, e.g. Samples/seeds"
            default: hint = "check the path"
            }
            return "\(path): no such \(role) file or folder; \(hint)"
        case .unreadableFile(let path, let role, let reason):
            return "\(path): cannot read the \(role) file (\(reason)); check its permissions and that it is text"
        case .emptyGold(let path):
            return "\(path): no gold document could be read; give a JSONL file with one {\"doc\": …, \"entities\": […]} object a line, or add --gold-format conll for a CoNLL file"
        case .unknownType(let name):
            return "unknown type \(name) in --types; use PERSON, PLACE, ORGANIZATION or COMPANY, separated by commas"
        }
    }
}
