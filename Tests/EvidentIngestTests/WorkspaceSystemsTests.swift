import EvidentCore
import EvidentIngest
import Testing

@Suite("Workspace systems")
struct WorkspaceSystemsTests {
    private func read(_ systems: String) throws -> WorkspaceDeclarations {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("inventory/systems.yaml", systems)
        return try fixture.read()
    }

    private func readError(_ systems: String) -> WorkspaceError? {
        #expect(throws: WorkspaceError.self) {
            try read(systems)
        }
    }

    @Test func validSystems() throws {
        let systems = try read(WorkspaceSamples.systems).systems

        let ehr = InformationSystem(
            id: "ehr",
            name: "CloudChart EHR",
            handlesEPHI: true,
            vendor: "CloudChart Inc",
            hosts: ["ehr.riverside.example", "10.0.0.12"],
            mfa: .enforced,
            sessionTimeoutSeconds: 900,
            auditLogging: true,
            logRetentionDays: 2190,
            transmission: ["https", "sftp"],
            encryptionAtRest: true,
            backupJob: "EHR nightly",
            allowedRoles: ["physician", "nurse"],
            accessList: "evidence/access/ehr.csv",
            evidence: EvidenceReference(path: "inventory/systems.yaml", line: 2)
        )
        let billing = InformationSystem(
            id: "billing", name: "Billing workstation", handlesEPHI: true, mfa: MFAEnforcement.none,
            evidence: EvidenceReference(path: "inventory/systems.yaml", line: 20))
        #expect(systems == [ehr, billing])
    }

    @Test func topLevelListIsAccepted() throws {
        let systems = try read("- id: fax\n  name: Fax server\n  ephi: no\n").systems

        #expect(systems.map(\.id) == ["fax"])
        #expect(systems.first?.handlesEPHI == false)
        #expect(systems.first?.evidence.line == 1)
    }

    @Test func invalidMFAMatchesDocumentedMessage() {
        var lines = (1...13).map { "# line \($0)" }
        lines[1] = "- id: ehr"
        lines[2] = "  name: EHR"
        lines[3] = "  ephi: true"
        let text = lines.joined(separator: "\n") + "\n  mfa: sometimes\n"

        let error = readError(text)

        #expect(
            error?.description
                == "inventory/systems.yaml:14: mfa is \"sometimes\"; expected one of enforced, optional, none.")
    }

    @Test func duplicateIDNamesBothLines() {
        let error = readError("- id: ehr\n  name: A\n  ephi: true\n- id: ehr\n  name: B\n  ephi: false\n")

        #expect(error == .duplicateID(path: "inventory/systems.yaml", line: 4, id: "ehr", firstLine: 1))
        #expect(
            error?.description
                == "inventory/systems.yaml:4: id \"ehr\" is already used on line 1; give each entry its own id.")
    }

    @Test func missingIDNamesEntryLine() {
        let error = readError("systems:\n  - name: A\n    ephi: true\n")

        #expect(error?.description == "inventory/systems.yaml:2: id is missing; add id: with text.")
    }

    @Test func missingEPHIIsAnError() {
        let error = readError("- id: ehr\n  name: A\n")

        #expect(
            error?.description == "inventory/systems.yaml:1: ephi is missing; add ephi: with true, false, yes or no.")
    }

    @Test(arguments: [
        ("ephi: sometimes", "ephi is \"sometimes\"; expected true, false, yes or no."),
        ("session_timeout_seconds: -1", "session_timeout_seconds is \"-1\"; expected a whole number, 0 or greater."),
        ("session_timeout_seconds: 15m", "session_timeout_seconds is \"15m\"; expected a whole number, 0 or greater."),
        ("log_retention_days: -1", "log_retention_days is \"-1\"; expected a whole number, 0 or greater."),
        ("audit_logging: enabled", "audit_logging is \"enabled\"; expected true, false, yes or no."),
        ("encryption_at_rest: AES", "encryption_at_rest is \"AES\"; expected true, false, yes or no."),
        ("hosts: {a: b}", "hosts is a mapping; expected a list of text values"),
        ("transmission: https", "transmission is \"https\"; expected a list of text values"),
        ("allowed_roles: [nurse, [a]]", "allowed_roles item 2 is a list; expected text."),
        ("vendor: [a]", "vendor is a list; expected text."),
    ])
    func invalidValueNamesLineAndKey(line: String, message: String) {
        let setsEPHI = line.hasPrefix("ephi")
        let text = "- id: ehr\n  name: A\n" + (setsEPHI ? "" : "  ephi: true\n") + "  \(line)\n"

        let error = readError(text)

        #expect(error?.line == (setsEPHI ? 3 : 4))
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
    }

    @Test func zeroSessionTimeoutMeansNever() throws {
        let systems = try read("- id: kiosk\n  name: Kiosk\n  ephi: true\n  session_timeout_seconds: 0\n").systems

        #expect(systems.first?.sessionTimeoutSeconds == 0)
    }

    @Test func entryThatIsTextIsInvalid() {
        let error = readError("- ehr\n")

        #expect(
            error?.description
                == "inventory/systems.yaml:1: systems item 1 is \"ehr\"; expected a mapping of keys to values.")
    }

    @Test func unknownKeyWarnsWithSuggestion() throws {
        let warnings = try read("- id: ehr\n  name: A\n  ephi: true\n  session_timeout: 600\n  owner: IT\n").warnings

        #expect(
            warnings == [
                "inventory/systems.yaml:4: unknown key \"session_timeout\" is ignored; "
                    + "check its spelling against docs/workspace.md.",
                "inventory/systems.yaml:5: unknown key \"owner\" is ignored; check its spelling against docs/workspace.md.",
            ])
    }

    @Test func misspelledKeyGetsSuggestion() throws {
        let warnings = try read("systems:\n  - id: ehr\n    name: A\n    ephi: true\n    venodr: X\nsytems: []\n")
            .warnings

        #expect(
            warnings == [
                "inventory/systems.yaml:6: unknown key \"sytems\" is ignored; did you mean \"systems\"?",
                "inventory/systems.yaml:5: unknown key \"venodr\" is ignored; did you mean \"vendor\"?",
            ])
    }

    @Test func emptyFileWarnsNoSystems() throws {
        let declarations = try read("# nothing yet\n")

        #expect(declarations.systems.isEmpty)
        #expect(declarations.warnings.first?.hasPrefix("inventory/systems.yaml:1: no systems are declared") == true)
    }

    @Test func aliasInSystemsIsRejected() {
        let error = readError("- &base\n  id: a\n  name: A\n  ephi: true\n- *base\n")

        guard case .invalidYAML(.anchorOrAlias(let path, 1, _, "base", false)) = error else {
            Issue.record("expected the anchor to be rejected, got \(String(describing: error))")
            return
        }
        #expect(path == "inventory/systems.yaml")
    }
}
