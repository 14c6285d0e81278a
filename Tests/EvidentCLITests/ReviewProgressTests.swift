import Foundation
import Synchronization
import Testing

@testable import EvidentCLI

/// Runs `evident review` in process on a console whose standard error is or is not a terminal.
private func review(_ arguments: [String], errorIsTerminal: Bool) async -> (status: Int32, error: String) {
    let error = Mutex("")
    let console = Console(
        isErrorTerminal: errorIsTerminal,
        writeOutput: { _ in },
        writeError: { text in error.withLock { $0 += text } }
    )
    let status = await CommandLineTool.run(arguments: ["review"] + arguments, console: console)
    return (status, error.withLock { $0 })
}

@Suite struct ReviewProgressTests {
    /// Writes a one-row EHR access log into a new temporary file.
    private func makeLog() throws -> URL {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent(
            "evident-progress-\(UUID().uuidString).csv")
        try Data("time,user,patient_id\n2026-11-03 10:00:00,jkim,P1\n".utf8).write(to: log)
        return log
    }

    @Test func terminalShowsProgressBar() async throws {
        let log = try makeLog()
        defer { try? FileManager.default.removeItem(at: log) }

        let result = await review([log.path, "--fail-on", "none"], errorIsTerminal: true)

        #expect(result.status == 0)
        #expect(result.error.contains("\r["))
        #expect(result.error.contains("events/s"))
        #expect(result.error.contains("s left"))
    }

    @Test func quietHidesProgressBar() async throws {
        let log = try makeLog()
        defer { try? FileManager.default.removeItem(at: log) }

        let result = await review([log.path, "--fail-on", "none", "--quiet"], errorIsTerminal: true)

        #expect(result.status == 0)
        #expect(!result.error.contains("\r"))
    }

    @Test func redirectedErrorHasNoProgressBar() async throws {
        let log = try makeLog()
        defer { try? FileManager.default.removeItem(at: log) }

        let result = await review([log.path, "--fail-on", "none"], errorIsTerminal: false)

        #expect(result.status == 0)
        #expect(!result.error.contains("\r"))
    }
}
