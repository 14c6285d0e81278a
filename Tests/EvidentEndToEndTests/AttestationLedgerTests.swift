import Foundation
import Testing

/// Recorded runs enter the exceptions and decisions of attestations.yaml in the ledger once, and
/// again only when they change or go away.
@Suite struct AttestationLedgerTests {
    /// Counts the ledger entries of an action in the run with an id.
    private func count(_ action: String, run: Int, in database: HistoryDatabase) throws -> String {
        try database.query("SELECT COUNT(*) FROM ledger_entries WHERE action = '\(action)' AND run_id = \(run)")
    }

    @Test(arguments: HistoryDatabase.Backend.all)
    func changedExceptionIsEntered(_ backend: HistoryDatabase.Backend) throws {
        let database = try HistoryDatabase(backend)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let arguments = ["assess", workspace.path, "--fail-on", "none", "--database", database.location]

        _ = try EvidentProcess.run(arguments)
        _ = try EvidentProcess.run(arguments)
        let attestations = workspace.appendingPathComponent("attestations.yaml")
        let text = try String(contentsOf: attestations, encoding: .utf8)
        let edited = text.replacing("approver: Carol Jensen", with: "approver: Tom Becker", maxReplacements: 1)
        try edited.write(to: attestations, atomically: true, encoding: .utf8)
        _ = try EvidentProcess.run(arguments)
        let verify = try EvidentProcess.run(["verify", "--database", database.location])

        #expect(try count("exception.recorded", run: 1, in: database) == "2")
        #expect(try count("decision.recorded", run: 1, in: database) == "20")
        #expect(try count("exception.recorded", run: 2, in: database) == "0")
        #expect(try count("decision.recorded", run: 2, in: database) == "0")
        #expect(try count("exception.recorded", run: 3, in: database) == "1")
        #expect(verify.status == 0, "\(verify.output)")
    }

    @Test func removedExceptionIsEntered() throws {
        let database = try HistoryDatabase(.sqlite)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let arguments = ["assess", workspace.path, "--fail-on", "none", "--database", database.location]

        _ = try EvidentProcess.run(arguments)
        let attestations = workspace.appendingPathComponent("attestations.yaml")
        let text = try String(contentsOf: attestations, encoding: .utf8)
        let withoutExceptions = text.components(separatedBy: "\nexceptions:")[0] + "\n"
        try withoutExceptions.write(to: attestations, atomically: true, encoding: .utf8)
        _ = try EvidentProcess.run(arguments)
        let payloads = try database.query(
            "SELECT DISTINCT payload FROM ledger_entries WHERE action = 'exception.recorded' AND run_id = 2")

        #expect(try count("exception.recorded", run: 2, in: database) == "2")
        #expect(payloads == #"{"removed":"true"}"#)
    }
}
