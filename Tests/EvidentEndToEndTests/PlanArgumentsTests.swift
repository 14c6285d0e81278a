import Foundation
import Testing

/// How `evident plan` reads its command line: `--workspace` as `diff` and `review` accept it, and a
/// missing item id reported before missing options.
@Suite struct PlanArgumentsTests {
    @Test func setWithoutItemNamesTheItem() throws {
        for arguments in [["plan", "set"], ["plan", "set", "--status", "done"], ["plan", "show"]] {
            let result = try EvidentProcess.run(arguments)

            #expect(result.status == 2, "\(arguments)")
            #expect(result.error.contains("needs the item id"), "\(arguments): \(result.error)")
            #expect(!result.error.contains("needs at least one of"), "\(arguments)")
        }
    }

    @Test func workspaceOptionWorksLikeDIR() throws {
        let database = try HistoryDatabase(.sqlite)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let options = ["--workspace", workspace.path, "--database", database.location]
        let assess = try EvidentProcess.run([
            "assess", workspace.path, "--fail-on", "none", "--database", database.location,
        ])
        #expect(assess.status == 0, "\(assess.error)")

        let byOption = try EvidentProcess.run(["plan", "--format", "json"] + options)
        let byFolder = try EvidentProcess.run([
            "plan", workspace.path, "--format", "json", "--database", database.location,
        ])
        let set = try EvidentProcess.run(["plan", "set", "1", "--owner", "Ann Lee"] + options)
        let show = try EvidentProcess.run(["plan", "show", "1"] + options)
        let both = try EvidentProcess.run(["plan", workspace.path] + options)

        #expect(byOption.status == 0, "\(byOption.error)")
        #expect(byOption.output == byFolder.output)
        #expect(set.status == 0, "\(set.error)")
        #expect(set.output.contains("owner Ann Lee"))
        #expect(show.status == 0, "\(show.error)")
        #expect(show.output.contains("Item #1"))
        #expect(both.status == 2)
        #expect(both.error.contains("give only one"))
    }
}
