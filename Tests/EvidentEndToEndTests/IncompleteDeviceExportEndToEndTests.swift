import Foundation
import Testing

/// The example with its Intune export replaced by the zip file the portal downloads, or cut short,
/// assessed by the real binary. Managed PCs must not turn into unmanaged hosts, and the iPads and
/// phones without protection evidence must not drop out of the malware check.
@Suite struct IncompleteDeviceExportEndToEndTests {
    private func intuneExport(in workspace: URL) throws -> URL {
        let evidence = workspace.appendingPathComponent("evidence")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: evidence.path)
                .first { $0.hasPrefix("DevicesWithInventory_") })
        return evidence.appendingPathComponent(name)
    }

    @Test func zippedExportGivesMissingEvidence() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let export = try intuneExport(in: workspace)
        // Only the first bytes decide that a file is a zip archive, so the local file header's
        // signature before the CSV stands for the archive the portal downloads.
        let zip = workspace.appendingPathComponent("evidence/DevicesWithInventory_export.zip")
        try (Data([0x50, 0x4B, 0x03, 0x04]) + Data(contentsOf: export)).write(to: zip)
        try FileManager.default.removeItem(at: export)

        let all = try AssessedFinding.assess(workspace)

        let hosts = all.filter { $0.check == "inventory.unmanaged-hosts" }
        #expect(hosts.allSatisfy { $0.kind == "missing-evidence" })
        #expect(hosts.count == 1)
        #expect(hosts.first?.message.contains("10.20.0.101 (rfp-ws-01.riverside.local)") == true)
        #expect(hosts.first?.message.contains("DevicesWithInventory_export.zip was not recognized") == true)
        let malware = all.filter { $0.check == "malware.protection-coverage" }
        #expect(malware.contains { $0.kind == "missing-evidence" && $0.subject == "intune-devices" })
    }

    @Test func truncatedExportGivesMissingEvidence() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let export = try intuneExport(in: workspace)
        let bytes = try Data(contentsOf: export)
        try bytes.prefix(6_000).write(to: export)
        let path = "evidence/\(export.lastPathComponent)"

        let all = try AssessedFinding.assess(workspace)

        let hosts = all.filter { $0.check == "inventory.unmanaged-hosts" }
        #expect(hosts.map(\.kind) == ["missing-evidence"])
        #expect(hosts.first?.subject == path)
        #expect(hosts.first?.message.contains("could be read only in part") == true)
        #expect(hosts.first?.message.contains("10.20.0.57 (desktop-8hf2k1q.riverside.local)") == true)
        #expect(hosts.first?.message.contains("rfp-ws-01") == false, "RFP-WS-01 was read before the cut")
        let malware = all.filter { $0.check == "malware.protection-coverage" }
        #expect(malware.contains { $0.kind == "missing-evidence" && $0.subject == path })
    }
}
