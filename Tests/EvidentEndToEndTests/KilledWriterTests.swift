import Foundation
import Testing

/// Kills `evident assess` while it writes its run, again and again, and checks that each kill left
/// the database as before or with the complete run, on both backends.
@Suite(.serialized) struct KilledWriterTests {
    /// How many times each backend's writer is killed.
    static let kills = 6

    @Test(arguments: HistoryDatabase.Backend.all) func killedAssessLeavesCompleteRuns(
        _ backend: HistoryDatabase.Backend
    ) throws {
        let database = try HistoryDatabase(backend)
        defer { database.remove() }
        let workspace = try Self.mediumWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let reference = try EvidentProcess.run([
            "assess", workspace.path, "--database", database.location, "--fail-on", "none",
        ])
        #expect(reference.status == 0, "\(reference.error)")
        let complete = try RunShape(database, runID: 1)
        #expect(complete.devices == 10_000)

        var killedMidWrite = 0
        for attempt in 0..<Self.kills {
            let runsBefore = try Int(database.query("SELECT COUNT(*) FROM runs")) ?? -1

            let wasWriting = try Self.killWhileWriting(workspace, database, extraDelay: Double(attempt) * 0.08)

            let runsAfter = try Int(database.query("SELECT COUNT(*) FROM runs")) ?? -1
            #expect(runsAfter == runsBefore || runsAfter == runsBefore + 1, "attempt \(attempt)")
            if wasWriting && runsAfter == runsBefore { killedMidWrite += 1 }
            let ids = try database.query("SELECT id FROM runs ORDER BY id").split(separator: "\n").compactMap {
                Int64($0)
            }
            for id in ids {
                #expect(try RunShape(database, runID: id) == complete, "attempt \(attempt), run \(id)")
            }
            if backend == .sqlite {
                #expect(try database.query("PRAGMA integrity_check") == "ok")
                #expect(try database.query("PRAGMA foreign_key_check") == "")
            }
        }

        #expect(killedMidWrite >= 1, "no kill landed inside a write transaction")
        let after = try EvidentProcess.run([
            "assess", workspace.path, "--database", database.location, "--fail-on", "none",
        ])
        #expect(after.status == 0, "\(after.error)")
    }

    // MARK: - Private

    /// The row counts of one run, equal for every complete run of one workspace.
    private struct RunShape: Equatable {
        let results: Int
        let findings: Int
        let evidence: Int
        let devices: Int
        let accounts: Int

        init(_ database: HistoryDatabase, runID: Int64) throws {
            func count(_ table: String) throws -> Int {
                Int(try database.query("SELECT COUNT(*) FROM \(table) WHERE run_id = \(runID)")) ?? -1
            }
            results = try count("results")
            findings = try count("findings")
            evidence = try count("evidence_files")
            devices = try count("run_devices")
            accounts = try count("run_accounts")
        }
    }

    /// Starts `evident assess`, waits until it has an open write transaction, waits `extraDelay`
    /// seconds more, and kills it with SIGKILL.
    ///
    /// - Returns: Whether the process was still inside its write transaction when killed.
    private static func killWhileWriting(_ workspace: URL, _ database: HistoryDatabase, extraDelay: Double) throws
        -> Bool
    {
        let process = Process()
        process.executableURL = EvidentProcess.binary
        process.arguments = ["assess", workspace.path, "--database", database.location, "--fail-on", "none"]
        var environment = ProcessInfo.processInfo.environment
        environment["EVIDENT_DATABASE_URL"] = nil
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        var writing = false
        while process.isRunning && !writing {
            writing = try isWriting(database)
            if !writing { Thread.sleep(forTimeInterval: 0.02) }
        }
        Thread.sleep(forTimeInterval: extraDelay)
        let stillWriting = try process.isRunning && isWriting(database)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return stillWriting
    }

    /// Returns whether another connection has an open write transaction on the database.
    private static func isWriting(_ database: HistoryDatabase) throws -> Bool {
        switch database.backend {
        case .sqlite:
            // With no busy timeout, BEGIN IMMEDIATE fails at once with "database is locked" while the
            // writer holds the lock.
            return (try? database.query("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK;")) == nil
        case .postgreSQL:
            let count = try database.query(
                """
                SELECT COUNT(*) FROM pg_stat_activity
                WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()
                """)
            return (Int(count) ?? 0) > 0
        }
    }

    /// The example grown to 10,000 devices and 5,000 accounts, so writing a run takes a while.
    private static func mediumWorkspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evident-kill-\(UUID().uuidString)")
        let script = EvidentProcess.packageRoot.appendingPathComponent("Benchmarks/make-large-workspace")
        let process = Process()
        process.executableURL = script
        process.arguments = [folder.path, "10000", "5000"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw HistoryDatabaseError.toolFailed(path: script.path, status: process.terminationStatus)
        }
        return folder
    }
}
