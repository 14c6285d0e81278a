import Foundation
import Testing

/// `evident assess` keeps the remediation plan and `evident plan` lists and updates it, on both
/// backends, through the lifecycle open, in progress, done, verified and reopened.
@Suite struct PlanEndToEndTests {
    /// Runs `evident` on a workspace and database and returns the result.
    private func run(_ arguments: [String], _ workspace: URL, _ database: HistoryDatabase) throws
        -> EvidentProcess.Result
    {
        try EvidentProcess.run(arguments + [workspace.path, "--database", database.location])
    }

    /// Returns the items of `evident plan --all --format json`.
    private func items(_ workspace: URL, _ database: HistoryDatabase) throws -> [[String: Any]] {
        let result = try run(["plan", "--all", "--format", "json"], workspace, database)
        #expect(result.status == 0, "\(result.error)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return try #require(document["items"] as? [[String: Any]])
    }

    /// Returns the item of a check, by its check id.
    private func item(_ check: String, _ workspace: URL, _ database: HistoryDatabase) throws -> [String: Any] {
        try #require(try items(workspace, database).first { $0["check"] as? String == check })
    }

    /// Replaces the risk analysis day in the workspace's attestations.yaml.
    private func setRiskAnalysis(_ day: String, in workspace: URL) throws {
        let url = workspace.appendingPathComponent("attestations.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let replaced = text.replacing(/performed: \d{4}-\d{2}-\d{2}\n  performed_by/) { _ in
            "performed: \(day)\n  performed_by"
        }
        try replaced.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test(arguments: HistoryDatabase.Backend.all) func planLifecycle(_ backend: HistoryDatabase.Backend) throws {
        let database = try HistoryDatabase(backend)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }

        #expect(try run(["assess", "--fail-on", "none"], workspace, database).status == 0)
        let all = try items(workspace, database)
        let risk = try item("risk.analysis-current", workspace, database)
        let id = try #require(risk["id"] as? Int)
        // 54 findings less 2 warnings and 1 excepted finding leave 51, and the two password-policy
        // violations of RFP-WS-01 share one item.
        #expect(all.count == 65)
        #expect(all.allSatisfy { $0["status"] as? String == "open" })
        let subjects = all.map {
            "\($0["check"] as? String ?? "") \(($0["subject"] as? [String: Any])?["id"] as? String ?? "")"
        }
        #expect(!subjects.contains("access.automatic-logoff pm-billing"))
        #expect(subjects.contains("access.automatic-logoff RFP-WS-01"))
        #expect(risk["due"] as? String == "2026-12-30")
        #expect(risk["severity"] as? String == "high")
        #expect(all.map { $0["rank"] as? Int } == Array(1...65))

        let started = try run(
            ["plan", "set", String(id), "--status", "in-progress", "--owner", "Tom Becker"], workspace, database)
        #expect(started.status == 0, "\(started.error)")
        #expect(started.output.contains("Status in-progress, owner Tom Becker, due 2026-12-30"))
        #expect(
            started.output.contains(
                "Item #\(id) after the change: set by a person: status in-progress, owner Tom Becker."))
        #expect(!started.output.contains("outstanding"), "a count of the one item would read as the plan's")
        let done = try run(["plan", "set", String(id), "--status", "done", "--due", "2026-12-20"], workspace, database)
        #expect(done.status == 0, "\(done.error)")

        #expect(try run(["assess", "--fail-on", "none"], workspace, database).status == 0)
        #expect(try item("risk.analysis-current", workspace, database)["status"] as? String == "done")

        try setRiskAnalysis("2026-10-06", in: workspace)
        #expect(try run(["assess", "--fail-on", "none"], workspace, database).status == 0)
        let verified = try item("risk.analysis-current", workspace, database)
        #expect(verified["status"] as? String == "verified")
        #expect(verified["verified_run"] as? Int == 3)
        let listing = try run(["plan"], workspace, database)
        #expect(!listing.output.contains("risk.analysis-current"))
        #expect(listing.output.contains("1 verified item is left out; --all lists them."))

        try setRiskAnalysis("2025-10-06", in: workspace)
        #expect(try run(["assess", "--fail-on", "none"], workspace, database).status == 0)
        let reopened = try item("risk.analysis-current", workspace, database)
        #expect(reopened["status"] as? String == "open")
        #expect(reopened["owner"] as? String == "Tom Becker")
        #expect(reopened["verified_run"] is NSNull)
        #expect(reopened["opened_run"] as? Int == 4)

        let showResult = try run(["plan", "show", String(id), "--format", "json"], workspace, database)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(showResult.output.utf8)) as? [String: Any])
        let history = try #require(document["history"] as? [[String: Any]])
        #expect(
            history.map { $0["status"] as? String ?? "" } == ["open", "in-progress", "done", "verified", "open"])
        #expect(history.map { $0["run"] as? Int } == [1, nil, nil, 3, 4])
        #expect(history[3]["reason"] as? String == "run 3 no longer has the finding")
    }

    @Test func planOrdersByRiskRemoved() throws {
        let database = try HistoryDatabase(.sqlite)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        _ = try run(["assess", "--fail-on", "none"], workspace, database)

        let json = try run(["plan", "--format", "json"], workspace, database)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let items = try #require(document["items"] as? [[String: Any]])
        let riskRemoved = try #require(document["risk_removed"] as? [String: String])
        var checks: [String] = []
        for case let check as String in items.map({ $0["check"] }) where checks.last != check {
            checks.append(check)
        }
        let levels = checks.map { check in
            riskRemoved[check]?.firstMatch(of: /by (\d+) residual levels/).flatMap { Int($0.1) } ?? 0
        }
        let csv = try run(["plan", "--format", "csv"], workspace, database)
        let text = try run(["plan"], workspace, database)

        #expect(checks.count == Set(checks).count, "the items of one check stay together")
        #expect(checks.first == "transmission.encryption")
        #expect(levels == levels.sorted(by: >), "\(zip(checks, levels).map { "\($0) \($1)" })")
        #expect(levels.first ?? 0 > 0)
        #expect(csv.output.hasPrefix("rank,id,status,severity,check,subject_kind,subject_id,owner,due,finding,"))
        #expect(csv.output.components(separatedBy: "\r\n").count == 1 + 65 + 1)
        #expect(text.output.contains("65 items outstanding. Listed: 65 open."))
        #expect(text.output.contains("Risk: Fixing transmission.encryption lowers 3 risks by 6 residual levels"))
    }

    @Test func verifiedCannotBeSetByHand() throws {
        let database = try HistoryDatabase(.sqlite)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        _ = try run(["assess", "--fail-on", "none"], workspace, database)

        let result = try run(["plan", "set", "1", "--status", "verified"], workspace, database)

        #expect(result.status == 2)
        #expect(result.error.contains("--status verified cannot be set by hand"))
    }

    @Test func setRejectsBadInput() throws {
        let database = try HistoryDatabase(.sqlite)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        _ = try run(["assess", "--fail-on", "none"], workspace, database)

        let unknown = try run(["plan", "set", "999", "--owner", "Tom Becker"], workspace, database)
        let badDue = try run(["plan", "set", "1", "--due", "next week"], workspace, database)
        let nothing = try run(["plan", "set", "1"], workspace, database)
        let stray = try run(["plan", "--owner", "Tom Becker"], workspace, database)

        #expect(unknown.status == 2)
        #expect(unknown.error.contains("no plan item with id 999 for riverside-family-practice"))
        #expect(badDue.status == 2)
        #expect(badDue.error.contains("invalid value 'next week' for '--due'"))
        #expect(nothing.status == 2)
        #expect(nothing.error.contains("needs at least one of --status, --owner and --due"))
        #expect(nothing.error.contains("USAGE: evident plan set ITEM [DIR] [--status STATUS] [--owner NAME]"))
        #expect(!nothing.error.contains("evident COMMAND"))
        #expect(stray.status == 2)
        #expect(stray.error.contains("use it with 'evident plan set ITEM'"))
        #expect(stray.error.contains("USAGE: evident plan [DIR] [options]"))
    }

    @Test func noStoreKeepsNoPlan() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }

        _ = try EvidentProcess.run(["assess", workspace.path, "--no-store", "--fail-on", "none"])
        let result = try EvidentProcess.run(["plan", workspace.path])

        #expect(result.status == 2)
        #expect(result.error.contains("run 'evident assess' on the workspace first"))
    }
}
