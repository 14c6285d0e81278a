import Foundation

/// Runs the built `evident` binary the way a user does, and captures its output and exit status.
struct EvidentProcess {
    /// What one run produced.
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled example workspace.
    static let example = packageRoot.appendingPathComponent("examples/riverside-family-practice")

    /// The binary: `EVIDENT_BINARY` when set, else `evident` beside the test bundle in the build folder.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["EVIDENT_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = testBundle.deletingLastPathComponent()
        while folder.path != "/"
            && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("evident").path)
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("evident")
    }

    /// Runs `evident` with arguments and waits for it to exit.
    ///
    /// Both pipes are drained on their own threads while the process runs, because a child that fills
    /// a pipe buffer blocks until someone reads it.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var processEnvironment = ProcessInfo.processInfo.environment
        processEnvironment["EVIDENT_DATABASE_URL"] = nil
        processEnvironment.merge(environment) { _, new in new }
        process.environment = processEnvironment

        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()

        let group = DispatchGroup()
        nonisolated(unsafe) var outputData = Data()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) {
            outputData = (try? outputPipe.fileHandleForReading.readToEnd()) ?? Data()
        }
        DispatchQueue.global().async(group: group) {
            errorData = (try? errorPipe.fileHandleForReading.readToEnd()) ?? Data()
        }
        group.wait()
        process.waitUntilExit()

        return Result(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// Copies the example workspace into a new temporary folder, so a run can write its history
    /// without touching the repository.
    static func copyOfExample() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-e2e-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: example, to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".evident"))
        return folder
    }
}
