import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

/// JSON exports cut short by an interrupted export or copy, and JSON broken in the middle: each is
/// reported with its line and cause, never as an unknown file.
@Suite("Truncated and invalid JSON exports")
struct ExportsTruncatedJSONTests {
    @Test func bitLockerCutInsideString() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = "[\n  {\n    \"MountPoint\": \"C:\",\n    \"VolumeStatus\": \"FullyEncrypted\",\n    \"Protec"
        try workspace.writeUTF8(text, to: "evidence/WS-05.json")

        let file = try #require(try workspace.scan().files.first)

        #expect(file.format == .bitLockerVolumesJSON)
        #expect(file.isUsable == false)
        #expect(file.error?.contains("WS-05.json:5:") == true)
        #expect(file.error?.contains("cut short") == true)
    }

    @Test func borgListWithoutRepository() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            {
                "archives": [
                    {
                        "archive": "files-2026-11-28T01:00:00",
                        "start": "2026-11-28T01:00:00.000000",
                        "time": "2026-11-28T01:00:00.000000"
                    },
                    {
                        "archive": "files-2026-11-29
            """
        try workspace.writeUTF8(text, to: "evidence/borg-list.json")

        let file = try #require(try workspace.scan().files.first)

        #expect(file.format == .borgArchives)
        #expect(file.error?.contains("borg-list.json:9:") == true)
        #expect(file.error?.contains("open string") == true)
    }

    @Test func sslyzeCutInsideObject() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text =
            "{\n  \"server_scan_results\": [\n    {\n      \"server_location\": {\n        \"hostname\": \"ehr\"\n"
        try workspace.writeUTF8(text, to: "evidence/sslyze.json")

        let file = try #require(try workspace.scan().files.first)

        #expect(file.format == .sslyzeJSON)
        #expect(file.error?.contains("sslyze.json:5:") == true)
        #expect(file.error?.contains("open object") == true)
    }

    @Test func invalidValueNamesItsLine() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = "{\n  \"blockdevices\": [\n    {\"name\": \"sda\", \"type\": disk}\n  ]\n}\n"
        try workspace.writeUTF8(text, to: "evidence/lsblk.json")

        let file = try #require(try workspace.scan().files.first)

        #expect(file.format == .lsblkJSON)
        #expect(file.error?.contains("lsblk.json:3:") == true)
        #expect(file.error?.contains("not valid JSON") == true)
    }
}
