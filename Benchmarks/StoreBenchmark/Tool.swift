import Foundation

/// Runs a command-line tool of the benchmark's baselines (sqlite3, psql) and waits for it.
enum Tool {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let status: Int32
        var description: String { "\(path) exited with status \(status)" }
    }

    /// Runs `path` with arguments, feeding `input` on standard input and writing standard output to
    /// `output` (discarded when `nil`).
    static func run(_ path: String, _ arguments: [String], input: String? = nil, output: URL? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let output {
            // A file that cannot be created makes the FileHandle below throw, which names the path.
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: output)
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        let pipe = Pipe()
        if input != nil { process.standardInput = pipe }
        try process.run()
        if let input {
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try pipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(path: path, status: process.terminationStatus) }
    }
}
