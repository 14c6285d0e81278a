import EvidentCore
import EvidentIngest
import Testing

@Suite("Workspace workforce")
struct WorkspaceWorkforceTests {
    private let header = "employee_id,name,email,username,role,department,status,start_date,end_date\n"

    private func read(_ workforce: String) throws -> WorkspaceDeclarations {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("inventory/workforce.csv", workforce)
        return try fixture.read()
    }

    private func readError(_ workforce: String) -> WorkspaceError? {
        #expect(throws: WorkspaceError.self) {
            try read(workforce)
        }
    }

    @Test func validWorkforce() throws {
        let workforce = try read(WorkspaceSamples.workforce).workforce

        let path = "inventory/workforce.csv"
        #expect(
            workforce == [
                WorkforceMember(
                    employeeID: "E001", name: "Avery Stone", email: "avery.stone@riverside.example", username: "astone",
                    role: "physician", department: "Clinic", status: .active,
                    startDate: CalendarDay(year: 2019, month: 4, day: 1),
                    evidence: EvidenceReference(path: path, line: 2)),
                WorkforceMember(
                    employeeID: "E002", name: "Blake North", email: "blake.north@riverside.example", username: "bnorth",
                    role: "nurse", department: "Clinic", status: .terminated,
                    startDate: CalendarDay(year: 2021, month: 6, day: 14),
                    endDate: CalendarDay(year: 2026, month: 1, day: 9), evidence: EvidenceReference(path: path, line: 3)
                ),
                WorkforceMember(
                    employeeID: "E003", name: "Casey West", username: "cwest", role: "billing",
                    department: "Front office", status: .leave, evidence: EvidenceReference(path: path, line: 4)),
            ])
    }

    @Test func invalidStatusListsStatuses() {
        let error = readError(header + "E001,Avery Stone,,,nurse,,retired,,\n")

        #expect(
            error?.description
                == "inventory/workforce.csv:2: status is \"retired\"; expected one of active, leave, terminated.")
    }

    @Test func terminatedWithoutEndDateWarns() throws {
        let declarations = try read(
            header + "E001,Avery Stone,,,nurse,,active,,\nE002,Blake North,,,nurse,,terminated,,\n")

        #expect(declarations.workforce.count == 2)
        #expect(
            declarations.warnings == [
                "inventory/workforce.csv:3: Blake North (E002) is terminated but has no end_date; "
                    + "add the last day of work so access removal can be timed."
            ])
    }

    @Test func repeatedEmployeeIDWarns() throws {
        let warnings = try read(header + "E001,Avery Stone,,,nurse,,active,,\nE001,Avery Stone,,,nurse,,active,,\n")
            .warnings

        #expect(
            warnings == [
                "inventory/workforce.csv:3: employee_id \"E001\" is already used on line 2; give each person their own id."
            ])
    }

    @Test func invalidEndDate() {
        let error = readError(header + "E002,Blake North,,,nurse,,terminated,,09/01/2026\n")

        guard case .invalidValue(_, 2, "end_date", "\"09/01/2026\"", _) = error else {
            Issue.record("expected an invalid end date, got \(String(describing: error))")
            return
        }
    }

    @Test func missingRequiredValues() {
        #expect(
            readError(header + ",Avery Stone,,,nurse,,active,,\n")?.description
                == "inventory/workforce.csv:2: employee_id is empty; expected the HR employee id.")
        #expect(readError(header + "E001,Avery Stone,,,,,active,,\n")?.line == 2)
        #expect(readError(header + "E001,Avery Stone,,,nurse,,,,\n")?.line == 2)
        #expect(readError(header + "E001,,,,nurse,,active,,\n")?.line == 2)
    }

    @Test func missingStatusColumn() {
        let error = readError("employee_id,name,role\nE001,Avery Stone,nurse\n")

        #expect(
            error
                == .missingColumns(
                    path: "inventory/workforce.csv", line: 1, columns: ["status"], expectedHeader: WorkforceHeader.text)
        )
        #expect(error?.description.hasPrefix("inventory/workforce.csv:1: the header lacks the column status; ") == true)
    }

    @Test func quotedNameWithCommaAndNewline() throws {
        let workforce = try read(
            header + "E001,\"Stone, Avery\nJr.\",,,nurse,,active,,\nE002,Blake,,,nurse,,active,,\n"
        ).workforce

        #expect(workforce.first?.name == "Stone, Avery\nJr.")
        #expect(workforce.last?.evidence.line == 4)
    }

    @Test func typeLineAndCRLFFromPowerShell() throws {
        let text =
            "#TYPE System.Management.Automation.PSCustomObject\r\n\"employee_id\",\"name\",\"role\",\"status\"\r\n"
            + "\"E001\",\"Avery Stone\",\"nurse\",\"active\"\r\n"

        let workforce = try read(text).workforce

        #expect(workforce.first?.evidence.line == 3)
        #expect(workforce.first?.status == .active)
    }
}

/// The documented roster header, as the error message shows it.
private enum WorkforceHeader {
    static let text = "employee_id,name,email,username,role,department,status,start_date,end_date"
}
