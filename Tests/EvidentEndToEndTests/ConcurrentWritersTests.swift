import Foundation
import Testing

/// Several `evident assess` processes writing different organizations into one new database at
/// once: all of them must succeed, including the schema migration they race to apply.
@Suite struct ConcurrentWritersTests {
    @Test(arguments: HistoryDatabase.Backend.all) func parallelOrganizationsAllSucceed(
        _ backend: HistoryDatabase.Backend
    ) throws {
        let database = try HistoryDatabase(backend)
        defer { database.remove() }
        let organizations = ["north-clinic", "south-clinic", "east-clinic", "west-clinic"]
        let workspaces = try organizations.map(Self.workspace)
        defer {
            for workspace in workspaces { try? FileManager.default.removeItem(at: workspace) }
        }

        let processes = try workspaces.flatMap { workspace in
            try (0..<2).map { _ in try Self.start(workspace, database) }
        }
        for process in processes { process.waitUntilExit() }

        #expect(processes.map(\.terminationStatus) == Array(repeating: 1, count: processes.count))
        let counts = try database.query(
            "SELECT organization_id, COUNT(*) FROM runs GROUP BY organization_id ORDER BY 1")
        #expect(
            counts.split(separator: "\n") == ["east-clinic|2", "north-clinic|2", "south-clinic|2", "west-clinic|2"])
        #expect(try database.query("SELECT COUNT(*) FROM schema_migrations") == "8")
        let runEntries = try database.query("SELECT COUNT(*) FROM ledger_entries WHERE action = 'run.recorded'")
        #expect(runEntries == "8")
        let verify = try EvidentProcess.run(["verify", "--database", database.location])
        #expect(verify.status == 0)
        #expect(verify.output.contains("Runs: 8 checked against their ledger entries"))
        let orgs = try EvidentProcess.run(["orgs", "--database", database.location])
        #expect(orgs.output.split(separator: "\n").count == 5)
    }

    // MARK: - Private

    /// Copies the example into a new folder and sets its organization id and name to `id`.
    private static func workspace(_ id: String) throws -> URL {
        let folder = try EvidentProcess.copyOfExample()
        let settings = folder.appendingPathComponent("evident.yaml")
        let yaml = try String(contentsOf: settings, encoding: .utf8)
            .replacing("id: riverside-family-practice", with: "id: \(id)")
            .replacing("name: Riverside Family Practice", with: "name: \(id)")
        try yaml.write(to: settings, atomically: true, encoding: .utf8)
        return folder
    }

    private static func start(_ workspace: URL, _ database: HistoryDatabase) throws -> Process {
        let process = Process()
        process.executableURL = EvidentProcess.binary
        process.arguments = ["assess", workspace.path, "--database", database.location]
        var environment = ProcessInfo.processInfo.environment
        environment["EVIDENT_DATABASE_URL"] = nil
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
