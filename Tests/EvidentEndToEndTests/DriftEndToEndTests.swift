import Foundation
import Testing

/// `evident assess` on two dates, then `diff`, `history` and `orgs`, on both backends.
@Suite struct DriftEndToEndTests {
    @Test(arguments: HistoryDatabase.Backend.all) func twoDatesShowDrift(_ backend: HistoryDatabase.Backend) throws {
        let database = try HistoryDatabase(backend)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let october = try EvidentProcess.run([
            "assess", workspace.path, "--as-of", "2026-10-31", "--database", database.location, "--fail-on", "none",
        ])
        // November: a new laptop is enrolled; the Intune export gains a row.
        let devices = try #require(
            try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("evidence").path)
                .first { $0.hasPrefix("DevicesWithInventory_") })
        let devicesURL = workspace.appendingPathComponent("evidence/\(devices)")
        var text = try String(contentsOf: devicesURL, encoding: .utf8)
        let firstRow = try #require(text.split(whereSeparator: \.isNewline).dropFirst().first)
        text +=
            firstRow.replacing("RFP-WS-01", with: "RFP-LT-NEW").replacing(
                "d0698785-f7e9-542c-8ab6-c8eb1715734a", with: "11111111-2222-4333-8444-555555555555") + "\r\n"
        try text.write(to: devicesURL, atomically: true, encoding: .utf8)
        let report = FileManager.default.temporaryDirectory.appendingPathComponent(
            "evident-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        let november = try EvidentProcess.run([
            "assess", workspace.path, "--database", database.location, "--fail-on", "none", "--output", report.path,
        ])

        let diff = try EvidentProcess.run(["diff", "--workspace", workspace.path, "--database", database.location])
        let json = try EvidentProcess.run([
            "diff", "1", "2", "--database", database.location, "--format", "json",
        ])

        let trend = try EvidentProcess.run([
            "history", workspace.path, "--by-category", "--database", database.location,
        ])
        let html = try String(contentsOf: report.appendingPathComponent("report.html"), encoding: .utf8)

        #expect(html.contains("<svg class=\"trend\""))
        #expect(!html.contains("<script"))
        #expect(trend.status == 0, "\(trend.error)")
        #expect(trend.output.split(separator: "\n").first?.hasSuffix("run 1      run 2") == true)
        #expect(trend.output.contains("Physical safeguards (164.310)"))
        #expect(october.status == 0, "\(october.error)")
        #expect(november.status == 0, "\(november.error)")
        #expect(diff.status == 0, "\(diff.error)")
        #expect(diff.output.contains("run 1 (as of 2026-10-31) -> run 2 (as of 2026-11-30)"))
        #expect(diff.output.contains("+ RFP-LT-NEW"))
        #expect(diff.output.contains("Resolved findings"))
        #expect(diff.output.contains("devices.stale-checkin: pass -> fail"))
        #expect(diff.output.contains("\(devices): removed") == false)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let changes = try #require(document["inventory_changes"] as? [[String: Any]])
        #expect(changes.map { $0["label"] as? String } == ["RFP-LT-NEW"])
        #expect(changes.first?["change"] as? String == "added")
        #expect(document["inventory_compared"] as? Bool == true)
        #expect(
            (document["stale_evidence"] as? [[String: Any]])?.contains {
                $0["path"] as? String == "evidence/\(devices)"
            } == false)
    }

    @Test(arguments: HistoryDatabase.Backend.all) func orgsListsEveryOrganization(_ backend: HistoryDatabase.Backend)
        throws
    {
        let database = try HistoryDatabase(backend)
        defer { database.remove() }
        let riverside = try EvidentProcess.copyOfExample()
        let lakeside = try EvidentProcess.copyOfExample()
        defer {
            try? FileManager.default.removeItem(at: riverside)
            try? FileManager.default.removeItem(at: lakeside)
        }
        let settings = lakeside.appendingPathComponent("evident.yaml")
        let yaml = try String(contentsOf: settings, encoding: .utf8)
            .replacing("id: riverside-family-practice", with: "id: lakeside-pediatrics")
            .replacing("name: Riverside Family Practice", with: "name: Lakeside Pediatrics")
        try yaml.write(to: settings, atomically: true, encoding: .utf8)
        for workspace in [riverside, riverside, lakeside] {
            let result = try EvidentProcess.run(["assess", workspace.path, "--database", database.location])
            #expect(result.status == 1, "\(result.error)")
        }

        let text = try EvidentProcess.run(["orgs", "--database", database.location])
        let json = try EvidentProcess.run(["orgs", "--database", database.location, "--format", "json"])

        #expect(text.status == 0, "\(text.error)")
        let lines = text.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("lakeside-pediatrics"))
        #expect(lines[2].hasPrefix("riverside-family-prac"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let organizations = try #require(document["organizations"] as? [[String: Any]])
        #expect(organizations.map { $0["id"] as? String } == ["lakeside-pediatrics", "riverside-family-practice"])
        #expect(organizations.map { $0["run_count"] as? Int } == [1, 2])
    }

    @Test func diffNeedsTwoRuns() throws {
        let database = try HistoryDatabase(.sqlite)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        _ = try EvidentProcess.run(["assess", workspace.path, "--database", database.location])

        let result = try EvidentProcess.run(["diff", "--workspace", workspace.path, "--database", database.location])
        let badID = try EvidentProcess.run(["diff", "first", "--database", database.location])
        let unknown = try EvidentProcess.run(["diff", "1", "9", "--database", database.location])

        #expect(result.status == 2)
        #expect(result.error.contains("'riverside-family-practice' has 1 stored run(s); diff needs two"))
        #expect(badID.status == 2)
        #expect(badID.error.contains("invalid run id 'first'"))
        #expect(badID.error.contains("USAGE: evident diff [RUN_A] [RUN_B] [options]"))
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("no run with id 9"))
    }

    @Test func unreachableServerHidesPassword() throws {
        // Nothing listens on port 1 of the loopback address.
        let url = "postgres://evident:Sup3r-Secret@127.0.0.1:1/evident?connect_timeout=2"

        let result = try EvidentProcess.run(["history", EvidentProcess.example.path, "--database", url])
        let fromEnvironment = try EvidentProcess.run(
            ["orgs"], environment: ["EVIDENT_DATABASE_URL": url])

        #expect(result.status == 2)
        #expect(result.error.contains("cannot connect to the database postgres://evident:***@127.0.0.1:1/evident"))
        #expect(!result.error.contains("Sup3r-Secret"))
        #expect(!result.output.contains("Sup3r-Secret"))
        #expect(fromEnvironment.status == 2)
        #expect(!fromEnvironment.error.contains("Sup3r-Secret"))
    }
}
