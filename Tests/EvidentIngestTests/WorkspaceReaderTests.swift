import EvidentCore
import EvidentIngest
import Foundation
import Testing

@Suite("WorkspaceReader")
struct WorkspaceReaderTests {
    @Test func validWorkspaceReadsEveryFile() throws {
        let fixture = try WorkspaceFixture.valid()

        let declarations = try fixture.read()

        #expect(declarations.settings.organization.name == "Riverside Family Practice")
        #expect(declarations.systems.map(\.id) == ["ehr", "billing"])
        #expect(declarations.vendors.map(\.name) == ["CloudChart Inc", "Paper Shred Co", "Lunch Club"])
        #expect(declarations.workforce.map(\.employeeID) == ["E001", "E002", "E003"])
        #expect(declarations.attestations.policies.map(\.id) == ["access-control", "contingency-plan"])
        #expect(declarations.warnings.isEmpty)
    }

    @Test func bundledExampleReadsWithoutWarnings() throws {
        let example = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/riverside-family-practice")

        let declarations = try WorkspaceReader.readDeclarations(at: example, today: WorkspaceFixture.today)

        #expect(declarations.settings.organization.id == "riverside-family-practice")
        #expect(declarations.settings.asOf == WorkspaceFixture.day("2026-11-30"))
        #expect(declarations.settings.requiredPolicies.count == 8)
        #expect(declarations.systems.first?.id == "ehr")
        #expect(declarations.vendors.count == 12)
        #expect(declarations.vendors.first?.baaDocumentExists == true)
        #expect(!declarations.workforce.isEmpty)
        #expect(declarations.attestations.riskAnalysis != nil)
        #expect(declarations.warnings == [])
    }

    @Test(arguments: [
        ("evident.yaml", "organization's name and kind"),
        ("inventory/systems.yaml", "one entry per system"),
        ("inventory/vendors.csv", "vendor,service,ephi_access,baa_signed"),
        ("inventory/workforce.csv", "employee_id,name,email,username,role"),
    ])
    func missingRequiredFileNamesPathAndRemedy(path: String, remedy: String) throws {
        let fixture = try WorkspaceFixture.valid()
        try fixture.remove(path)

        let error = #expect(throws: WorkspaceError.self) {
            try fixture.read()
        }

        guard case .missingFile(let errorPath, let errorRemedy) = error else {
            Issue.record("expected a missing file error, got \(String(describing: error))")
            return
        }
        #expect(errorPath == path)
        #expect(errorRemedy.contains(remedy))
        #expect(error?.description.hasPrefix("\(path): file not found; ") == true)
        #expect(error?.description.hasSuffix("(see docs/workspace.md).") == true)
        #expect(error?.line == nil)
    }

    @Test func missingAttestationsIsEmpty() throws {
        let fixture = try WorkspaceFixture.valid()
        try fixture.remove("attestations.yaml")

        let attestations = try fixture.read().attestations

        #expect(attestations == Attestations())
        #expect(attestations.evidence == nil)
    }

    @Test func missingAttestationsIsWarned() throws {
        let fixture = try WorkspaceFixture.valid()
        try fixture.remove("attestations.yaml")

        let warnings = try fixture.read().warnings

        #expect(warnings.contains { $0.hasPrefix("attestations.yaml: file not found") })
    }

    @Test func unknownSystemInRecordsIsWarned() throws {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write(
            "attestations.yaml",
            WorkspaceSamples.attestations.replacingOccurrences(of: "  - system: ehr", with: "  - system: ehrr"))

        let warnings = try fixture.read().warnings

        let warning = try #require(warnings.first { $0.contains("\"ehrr\"") })
        #expect(warning.hasPrefix("attestations.yaml:"))
        #expect(warning.contains("matches no id in inventory/systems.yaml"))
    }

    @Test func missingFolderIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "evident-no-such-\(UUID().uuidString)")

        let error = #expect(throws: WorkspaceError.self) {
            try WorkspaceReader.readDeclarations(at: folder, today: WorkspaceFixture.today)
        }

        #expect(error == .missingFolder(path: folder.path))
        #expect(error?.description.contains("workspace folder not found") == true)
    }

    @Test func emptyWorkspaceFolderReportsSettingsFirst() throws {
        let fixture = try WorkspaceFixture()

        let error = #expect(throws: WorkspaceError.self) {
            try fixture.read()
        }

        #expect(error?.path == "evident.yaml")
    }

    @Test func folderInPlaceOfFileIsUnreadable() throws {
        let fixture = try WorkspaceFixture.valid()
        try fixture.remove("inventory/vendors.csv")
        try FileManager.default.createDirectory(
            at: fixture.url.appendingPathComponent("inventory/vendors.csv"), withIntermediateDirectories: true)

        #expect(
            throws: WorkspaceError.unreadableFile(path: "inventory/vendors.csv", reason: "it is a folder, not a file")
        ) {
            try fixture.read()
        }
    }

    @Test func utf16SettingsFromWindowsEditorAreRead() throws {
        let fixture = try WorkspaceFixture.valid()
        let bytes: [UInt8] =
            [0xFF, 0xFE] + WorkspaceSamples.settings.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try fixture.write("evident.yaml", bytes: bytes)

        let settings = try fixture.read().settings

        #expect(settings.organization.id == "riverside-family-practice")
        #expect(settings.exportLocale == .enGB)
    }

    @Test func windows1252WorkforceIsRead() throws {
        let fixture = try WorkspaceFixture.valid()
        let header = Array("employee_id,name,role,status\n".utf8)
        let row = Array("E010,Ren".utf8) + [0xE9] + Array(" Dubois,nurse,active\n".utf8)
        try fixture.write("inventory/workforce.csv", bytes: header + row)

        let workforce = try fixture.read().workforce

        #expect(workforce.first?.name == "René Dubois")
    }

    @Test func utf8ByteOrderMarkOnVendorHeaderIsIgnored() throws {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("inventory/vendors.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(WorkspaceSamples.vendors.utf8))

        #expect(try fixture.read().vendors.count == 3)
    }

    @Test func warningsFromEveryFileAreCollected() throws {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("evident.yaml", WorkspaceSamples.settings + "profil: x\n")
        try fixture.write("attestations.yaml", WorkspaceSamples.attestations + "reveiws: []\n")

        let warnings = try fixture.read().warnings

        #expect(warnings.count == 2)
        #expect(warnings.first?.hasPrefix("evident.yaml:13: unknown key \"profil\"") == true)
        #expect(warnings.last?.hasPrefix("attestations.yaml:31: unknown key \"reveiws\"") == true)
    }
}
