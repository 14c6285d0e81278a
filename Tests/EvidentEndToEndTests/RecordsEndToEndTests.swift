import Foundation
import Testing

/// `evident verify`, `evident binder` and `evident prune` run as a user runs them, on SQLite and
/// PostgreSQL histories, with one byte changed in the database, in a kept evidence file and in a binder.
@Suite struct RecordsEndToEndTests {
    @Test(arguments: HistoryDatabase.Backend.all) func untouchedHistoryVerifies(_ backend: HistoryDatabase.Backend)
        throws
    {
        let (workspace, database) = try Self.assessedTwice(backend)
        defer { Self.remove(workspace, database) }

        let verify = try EvidentProcess.run(["verify", workspace.path, "--database", database.location])

        #expect(verify.status == 0)
        #expect(verify.output.contains("Runs: 2 checked against their ledger entries"))
        #expect(verify.output.hasSuffix("Everything matches.\n"))
    }

    @Test(arguments: HistoryDatabase.Backend.all) func changedRunRowIsNamed(_ backend: HistoryDatabase.Backend)
        throws
    {
        let (workspace, database) = try Self.assessedTwice(backend)
        defer { Self.remove(workspace, database) }

        _ = try database.query(
            "UPDATE runs SET organization_name = 'Riverside Family Practicf' WHERE id = 2")
        let verify = try EvidentProcess.run(["verify", workspace.path, "--database", database.location])

        #expect(verify.status == 1)
        #expect(
            verify.output.contains("FAILED: 1 mismatch(es); the first is run 2: runs row changed since ledger entry"))
    }

    @Test(arguments: HistoryDatabase.Backend.all) func changedLedgerRowIsNamed(_ backend: HistoryDatabase.Backend)
        throws
    {
        let (workspace, database) = try Self.assessedTwice(backend)
        defer { Self.remove(workspace, database) }

        switch backend {
        case .sqlite: _ = try database.query("DROP TRIGGER ledger_entries_no_update")
        case .postgreSQL: _ = try database.query("DROP TRIGGER ledger_entries_append_only ON ledger_entries")
        }
        _ = try database.query(
            "UPDATE ledger_entries SET recorded_at = replace(recorded_at, 'Z', 'z') WHERE sequence = 3")
        let verify = try EvidentProcess.run(["verify", workspace.path, "--database", database.location])

        #expect(verify.status == 1)
        #expect(verify.output.contains("the first is ledger entry 3: its fields do not match its entry hash"))
    }

    @Test func changedEvidenceFileIsNamed() throws {
        let (workspace, database) = try Self.assessedTwice(.sqlite)
        defer { Self.remove(workspace, database) }
        let evidenceFolder = URL(fileURLWithPath: database.location).deletingLastPathComponent()
            .appendingPathComponent("evidence")
        let subfolder = try #require(
            try FileManager.default.contentsOfDirectory(atPath: evidenceFolder.path).sorted().first)
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: evidenceFolder.appendingPathComponent(subfolder).path)
                .first)
        let file = evidenceFolder.appendingPathComponent(subfolder).appendingPathComponent(name)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: file)
        let verify = try EvidentProcess.run(["verify", workspace.path, "--database", database.location])

        #expect(verify.status == 1)
        #expect(verify.output.contains("the first is evidence file \(name): its content has changed"))
    }

    @Test(arguments: HistoryDatabase.Backend.all) func binderOutlivesTheExports(_ backend: HistoryDatabase.Backend)
        throws
    {
        let (workspace, database) = try Self.assessedTwice(backend)
        defer { Self.remove(workspace, database) }
        let binder = workspace.appendingPathComponent("binder.tar").path
        let key = workspace.appendingPathComponent("keys/signing.pem").path

        try FileManager.default.removeItem(at: workspace.appendingPathComponent("evidence"))
        let written = try EvidentProcess.run(
            ["binder", workspace.path, "--database", database.location, "--output", binder, "--key", key])
        let verify = try EvidentProcess.run(["verify", binder])

        #expect(written.status == 0)
        #expect(written.error.contains("created the binder signing key"))
        #expect(!written.error.contains("lacks an evidence file"))
        #expect(verify.status == 0)
        #expect(verify.output.contains("Files: 28 match MANIFEST"))
        #expect(
            try database.query("SELECT action FROM ledger_entries ORDER BY sequence DESC LIMIT 1") == "binder.issued")
    }

    @Test func changedBinderByteIsNamed() throws {
        let (workspace, database) = try Self.assessedTwice(.sqlite)
        defer { Self.remove(workspace, database) }
        let binder = workspace.appendingPathComponent("binder.tar")
        let key = workspace.appendingPathComponent("signing.pem").path
        _ = try EvidentProcess.run(
            ["binder", workspace.path, "--database", database.location, "--output", binder.path, "--key", key])

        var bytes = [UInt8](try Data(contentsOf: binder))
        let needle = Array("gtanaka,Provider".utf8)
        let start = try #require(
            (0...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) })
        bytes[start] ^= 0x01
        try Data(bytes).write(to: binder)
        let verify = try EvidentProcess.run(["verify", binder.path])

        #expect(verify.status == 1)
        #expect(verify.output.contains("the first is evidence/"))
        #expect(verify.output.contains(": its content does not match its SHA-256 in MANIFEST"))
    }

    @Test func binderMatchesOnlyItsOwnDatabase() throws {
        let (workspace, database) = try Self.assessedTwice(.sqlite)
        let (otherWorkspace, otherDatabase) = try Self.assessedTwice(.sqlite)
        defer {
            Self.remove(workspace, database)
            Self.remove(otherWorkspace, otherDatabase)
        }
        let binder = workspace.appendingPathComponent("binder.tar").path
        let key = workspace.appendingPathComponent("signing.pem").path
        _ = try EvidentProcess.run(
            ["binder", workspace.path, "--database", database.location, "--output", binder, "--key", key])

        let own = try EvidentProcess.run(["verify", binder, "--database", database.location])
        let other = try EvidentProcess.run(["verify", binder, "--database", otherDatabase.location])

        #expect(own.status == 0)
        #expect(own.output.contains("Compared with the ledger of \(database.location)"))
        #expect(other.status == 1)
        #expect(other.output.contains("the first is ledger.jsonl: entry 1 differs from entry 1 of the database"))
        #expect(other.output.contains("MANIFEST: the database records no binder of run 2 with MANIFEST SHA-256 "))
    }

    @Test func anchorFindsRemovedNewestEntries() throws {
        let (workspace, database) = try Self.assessedTwice(.sqlite)
        defer { Self.remove(workspace, database) }
        let first = try EvidentProcess.run(["verify", workspace.path, "--database", database.location])
        let line = try #require(first.output.split(separator: "\n").first { $0.hasPrefix("Newest entry: ") })
        let anchor = String(line.dropFirst("Newest entry: ".count))
        let newest = try #require(anchor.split(separator: ":").first)

        let unchanged = try EvidentProcess.run(
            ["verify", workspace.path, "--database", database.location, "--anchor", anchor])
        _ = try database.query(
            "DROP TRIGGER ledger_entries_no_delete; DELETE FROM ledger_entries WHERE run_id = 2; DELETE FROM runs WHERE id = 2"
        )
        let truncated = try EvidentProcess.run(
            ["verify", workspace.path, "--database", database.location, "--anchor", anchor])

        #expect(first.status == 0)
        #expect(unchanged.status == 0)
        #expect(truncated.status == 1)
        #expect(
            truncated.output.contains(
                "the first is ledger entry \(newest): the anchor names it, but the ledger no longer has it"))
    }

    @Test func pruneRejectsShortRetention() throws {
        let (workspace, database) = try Self.assessedTwice(.sqlite)
        defer { Self.remove(workspace, database) }

        let prune = try EvidentProcess.run(
            ["prune", workspace.path, "--database", database.location, "--retention-years", "2"])

        #expect(prune.status == 2)
        #expect(prune.error.contains("shorter than the 6 years 45 CFR 164.316(b)(2)(i) requires"))
    }

    @Test func pruneDryRunKeepsRecentEvidence() throws {
        let (workspace, database) = try Self.assessedTwice(.sqlite)
        defer { Self.remove(workspace, database) }

        let prune = try EvidentProcess.run(["prune", workspace.path, "--database", database.location, "--dry-run"])
        let verify = try EvidentProcess.run(["verify", workspace.path, "--database", database.location])

        #expect(prune.status == 0)
        #expect(prune.output.hasPrefix("Would remove 0 evidence file(s) that no run since "))
        #expect(verify.status == 0)
    }

    @Test func binderWithoutOutputIsUsageError() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }

        let binder = try EvidentProcess.run(["binder", workspace.path])

        #expect(binder.status == 2)
        #expect(binder.error.contains("name the archive to write with --output FILE"))
    }

    @Test func verifyWithoutHistoryFails() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }

        let verify = try EvidentProcess.run(["verify", workspace.path])

        #expect(verify.status == 2)
        #expect(verify.error.contains("no history database at"))
    }

    // MARK: - Private

    private static func assessedTwice(_ backend: HistoryDatabase.Backend) throws -> (URL, HistoryDatabase) {
        let workspace = try EvidentProcess.copyOfExample()
        let database = try HistoryDatabase(backend)
        for _ in 0..<2 {
            let assess = try EvidentProcess.run(["assess", workspace.path, "--database", database.location])
            #expect(assess.status == 1)
        }
        return (workspace, database)
    }

    private static func remove(_ workspace: URL, _ database: HistoryDatabase) {
        try? FileManager.default.removeItem(at: workspace)
        database.remove()
    }
}
