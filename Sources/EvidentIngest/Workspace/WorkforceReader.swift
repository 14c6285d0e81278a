import EvidentCore

/// Reads the HR roster, `inventory/workforce.csv`, into `WorkforceMember` values.
///
/// `employee_id`, `name`, `role` and `status` are required. A terminated member without an
/// `end_date` is read with a warning, because checks report the days since termination from it.
enum WorkforceReader {
    /// The file's path relative to the workspace.
    static let path = "inventory/workforce.csv"

    /// The header docs/workspace.md documents, shown when columns are missing.
    static let header = "employee_id,name,email,username,role,department,status,start_date,end_date"

    /// Parses the file's text.
    ///
    /// - Parameters:
    ///   - text: The decoded file.
    ///   - warnings: Receives a `path:line: message` warning per terminated member without an end date
    ///     and per repeated employee id.
    static func read(_ text: String, warnings: inout [String]) throws(WorkspaceError) -> [WorkforceMember] {
        let required = ["employee_id", "name", "role", "status"]
        let csv = try WorkspaceCSV(text, path: path, required: required, header: header)
        let statuses = WorkforceStatus.allCases.map(\.rawValue)

        var members: [WorkforceMember] = []
        var firstLineByID: [String: Int] = [:]
        for record in csv.table.records {
            let employeeID = try csv.required(record, "employee_id", expected: "the HR employee id")
            let statusText = try csv.required(record, "status", expected: "one of " + statuses.joined(separator: ", "))
            guard let status = WorkforceStatus(rawValue: statusText.lowercased()) else {
                throw .invalidValue(
                    path: path, line: record.line, field: "status", found: csv.quoted(statusText),
                    expected: "one of " + statuses.joined(separator: ", "))
            }

            let member = WorkforceMember(
                employeeID: employeeID,
                name: try csv.required(record, "name", expected: "the person's name"),
                email: record.value("email"),
                username: record.value("username"),
                role: try csv.required(
                    record, "role", expected: "the job role, as systems.yaml lists it in allowed_roles"),
                department: record.value("department"),
                address: record.value("address"),
                status: status,
                startDate: try csv.date(record, "start_date"),
                endDate: try csv.date(record, "end_date"),
                evidence: EvidenceReference(path: path, line: record.line)
            )
            warnings += memberWarnings(member, firstLine: firstLineByID[employeeID])
            firstLineByID[employeeID] = firstLineByID[employeeID] ?? record.line
            members.append(member)
        }
        return members
    }

    // MARK: - Private

    private static func memberWarnings(_ member: WorkforceMember, firstLine: Int?) -> [String] {
        let line = member.evidence.line ?? 1
        var warnings: [String] = []
        if member.status == .terminated && member.endDate == nil {
            warnings.append(
                "\(path):\(line): \(member.name) (\(member.employeeID)) is terminated but has no end_date; "
                    + "add the last day of work so access removal can be timed.")
        }
        if let firstLine {
            warnings.append(
                "\(path):\(line): employee_id \"\(member.employeeID)\" is already used on line \(firstLine); "
                    + "give each person their own id.")
        }
        return warnings
    }
}
