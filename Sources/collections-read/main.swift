import NewsCollections
import Foundation

// Reads inputs with the Collections library and says how fast, for Scripts/bench-collections.sh:
//
//     collections-read [--format jsonl|csv|tsv|html|text] PATH...
//
// A PATH that is a folder stands for the files in it. Problems go to standard error; standard
// output gets one line: records, problems, megabytes (10^6 bytes) of article text, seconds, MB/s.

var format: InputFormat?
var paths: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    guard argument == "--format" else {
        paths.append(argument)
        continue
    }
    guard let name = arguments.popFirst(), let named = InputFormat(rawValue: name) else {
        FileHandle.standardError.write(Data("collections-read: --format needs one of jsonl, csv, tsv, html, text\n".utf8))
        exit(2)
    }
    format = named
}

var files: [String] = []
for path in paths {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        files += names.sorted().map { path + "/" + $0 }
    } else {
        files.append(path)
    }
}

let clock = ContinuousClock()
let start = clock.now
var records = 0, problems = 0, textBytes = 0
for file in files {
    for result in CollectionReader(path: file, format: format) {
        switch result {
        case .success(let record):
            records += 1
            textBytes += record.text.utf8.count
        case .failure(let problem):
            problems += 1
            FileHandle.standardError.write(Data("collections-read: \(problem)\n".utf8))
        }
    }
}
let seconds = (clock.now - start) / .seconds(1)
let megabytes = Double(textBytes) / 1_000_000
print(String(format: "%d records, %d problems, %.1f MB of text in %.3f s: %.1f MB/s",
             records, problems, megabytes, seconds, megabytes / max(seconds, 0.001)))
