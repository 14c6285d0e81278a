import EvidentIngest
import Foundation

// `evident-benchmark generate DIR` writes the large synthetic workspace that
// Benchmarks/run-benchmarks.sh measures; `evident-benchmark csv FILE` streams a CSV file through
// the reader Evident's importers use and prints its throughput.

let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    usage: evident-benchmark generate DIR [--sign-in-megabytes N]
           evident-benchmark csv FILE
    """

switch arguments.first {
case "generate" where arguments.count >= 2:
    var megabytes = 400
    if let index = arguments.firstIndex(of: "--sign-in-megabytes"), index + 1 < arguments.count,
        let value = Int(arguments[index + 1])
    {
        megabytes = value
    }
    do {
        try WorkspaceGenerator(folder: URL(fileURLWithPath: arguments[1]), signInBytes: megabytes << 20).write()
    } catch {
        FileHandle.standardError.write(Data("evident-benchmark: \(error)\n".utf8))
        exit(2)
    }
case "csv" where arguments.count == 2:
    let start = DispatchTime.now().uptimeNanoseconds
    var records = 0
    var fields = 0
    do {
        let bytes = try CSVFileStream(path: arguments[1]).forEachRecord { view in
            records += 1
            fields += view.count
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let megabytes = Double(bytes) / 1_048_576
        print(
            String(
                format: "%d records, %d fields, %.1f MiB in %.3f s (%.0f MiB/s)", records, fields, megabytes,
                seconds, megabytes / seconds))
    } catch {
        FileHandle.standardError.write(Data("evident-benchmark: \(error)\n".utf8))
        exit(2)
    }
default:
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
