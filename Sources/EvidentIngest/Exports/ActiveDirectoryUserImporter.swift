import EvidentCore
import FoundationEssentials

/// Reads `Get-ADUser | Export-Csv` output into accounts, from Windows PowerShell 5.1 (`#TYPE` line,
/// often UTF-16) or PowerShell 7 (UTF-8, no `#TYPE`).
///
/// `LastLogonDate` is formatted in the exporting user's culture, so it is read with the workspace's
/// export locale. An empty cell means the account never signed in. Without that column a
/// `lastLogonTimestamp` FILETIME is used. A sign-in after the assessment day cannot be true (a known
/// replication fault), so it is reported and treated as unknown. Records are read one at a time from
/// the file's bytes, so a directory of 50,000 users is never held as text or as a table.
struct ActiveDirectoryUserImporter {
    let context: ImportContext

    func read(_ bytes: [UInt8]) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        var hasLastLogonDate = false
        var hasLastLogonTimestamp = false
        let stream = CSVRecordStream(
            path: context.path, required: [["SamAccountName"], ["Enabled"]], textLayout: context.textLayout)
        try stream.read(bytes) { header in
            hasLastLogonDate = header.hasColumns(["LastLogonDate"])
            hasLastLogonTimestamp = header.hasColumns(["lastLogonTimestamp"])
        } record: { record in
            read(record, hasLastLogonDate: hasLastLogonDate, hasLastLogonTimestamp: hasLastLogonTimestamp, &collector)
        }
        return collector.finish()
    }

    // MARK: - Private

    private func read(
        _ record: CSVRecord, hasLastLogonDate: Bool, hasLastLogonTimestamp: Bool, _ collector: inout ImportCollector
    ) {
        collector.records += 1
        guard let username = record.value("SamAccountName") else {
            collector.skip(line: record.line, "skipped a user without a SamAccountName")
            return
        }
        let enabledText = record.value("Enabled") ?? ""
        guard let isEnabled = ExportValue.boolean(enabledText) else {
            collector.skip(line: record.line, "skipped \(username): Enabled '\(enabledText)' is not True or False")
            return
        }

        var parsed = ParsedTimestamp.missing
        if hasLastLogonDate {
            parsed = context.timestamps.parse(record["LastLogonDate"] ?? "", empty: .never)
        }
        if hasLastLogonTimestamp, !hasLastLogonDate || parsed == .never {
            parsed = context.timestamps.parseFileTime(record["lastLogonTimestamp"] ?? "")
        }
        var problem: String?
        let lastSignIn = lastSignIn(parsed, username: username, line: record.line, problem: &problem, &collector)
        let account = Account(
            source: .activeDirectory,
            username: username,
            userPrincipalName: record.value("UserPrincipalName"),
            displayName: record.value("DisplayName", "Name"),
            email: record.value("EmailAddress", "mail"),
            isEnabled: isEnabled,
            lastSignIn: lastSignIn,
            evidence: collector.reference(line: record.line),
            lastSignInProblem: problem
        )
        collector.facts.accounts.append(account)
    }

    /// Returns the account's last sign-in, setting `problem` to the reason when a value is present but
    /// cannot be used.
    private func lastSignIn(
        _ parsed: ParsedTimestamp, username: String, line: Int, problem: inout String?,
        _ collector: inout ImportCollector
    ) -> LastSignIn {
        switch parsed {
        case .instant(let date):
            if let asOf = context.asOf, date >= asOf.end {
                collector.warn(
                    line: line,
                    "last logon of \(username) is \(date.formatted(.iso8601)), after the assessment day \(asOf); "
                        + "treated as unknown")
                problem = "last logon \(date.formatted(.iso8601)) is after the assessment day \(asOf)"
                return .unknown
            }
            collector.include(date)
            return .at(date)
        case .never:
            return .never
        case .missing:
            return .unknown
        case .invalid(_, let reason):
            collector.warn(line: line, "last logon of \(username): \(reason); treated as unknown")
            problem = reason
            return .unknown
        }
    }
}
