import EvidentCore
import Foundation

/// Reads the Entra ID "Download users" CSV, or a Graph `/users` export with the same field names, into
/// accounts.
///
/// The portal export has no sign-in column, so `lastSignIn` stays `.unknown` unless the file carries
/// `lastSignInDateTime` or a `signInActivity` column from Graph. Records are read one at a time from
/// the file's bytes.
struct EntraUserImporter {
    let context: ImportContext

    func read(_ bytes: [UInt8]) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        var signInColumn: String?
        let stream = CSVRecordStream(
            path: context.path,
            required: [["userPrincipalName", "User principal name"], ["accountEnabled", "Account enabled"]],
            textLayout: context.textLayout)
        try stream.read(bytes) { header in
            signInColumn = ["lastSignInDateTime", "signInActivity"].first { header.hasColumns([$0]) }
        } record: { record in
            read(record, signInColumn: signInColumn, into: &collector)
        }
        return collector.finish()
    }

    // MARK: - Private

    private func read(_ record: CSVRecord, signInColumn: String?, into collector: inout ImportCollector) {
        collector.records += 1
        guard let userPrincipalName = record.value("userPrincipalName", "User principal name") else {
            collector.skip(line: record.line, "skipped a user without a userPrincipalName")
            return
        }
        let enabledText = record.value("accountEnabled", "Account enabled") ?? ""
        guard let isEnabled = ExportValue.boolean(enabledText) else {
            collector.skip(
                line: record.line,
                "skipped \(userPrincipalName): accountEnabled '\(enabledText)' is not True or False")
            return
        }

        var lastSignIn = LastSignIn.unknown
        var problem: String?
        if let signInColumn {
            lastSignIn = readSignIn(record[signInColumn] ?? "", line: record.line, problem: &problem, &collector)
        }
        let userType = record.value("userType", "User type")
        let account = Account(
            source: .entraID,
            username: userPrincipalName,
            userPrincipalName: userPrincipalName,
            displayName: record.value("displayName", "Display name"),
            email: record.value("mail", "Email"),
            isEnabled: isEnabled,
            isGuest: userType?.lowercased() == "guest",
            lastSignIn: lastSignIn,
            evidence: collector.reference(line: record.line),
            lastSignInProblem: problem
        )
        collector.facts.accounts.append(account)
    }

    /// Reads a sign-in cell: a timestamp, or a `signInActivity` object written as JSON
    /// (`{"lastSignInDateTime":"..."}`) or as a PowerShell hashtable (`@{lastSignInDateTime=...; ...}`).
    /// An empty value means Graph has no sign-in on record, which is "never". An unreadable value sets
    /// `problem` to the reason.
    private func readSignIn(
        _ cell: String, line: Int, problem: inout String?, _ collector: inout ImportCollector
    ) -> LastSignIn {
        var text = cell.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("{") || text.hasPrefix("@{") {
            text = Self.lastSignInField(in: text) ?? ""
        }

        switch context.timestamps.parse(text, empty: .never) {
        case .instant(let date):
            collector.include(date)
            return .at(date)
        case .never, .missing:
            return .never
        case .invalid(_, let reason):
            collector.warn(line: line, "last sign-in \(reason); sign-in unknown")
            problem = reason
            return .unknown
        }
    }

    /// Returns the `lastSignInDateTime` value inside a JSON object or PowerShell hashtable text.
    static func lastSignInField(in text: String) -> String? {
        guard let keyRange = text.range(of: "lastSignInDateTime") else { return nil }
        let rest = text[keyRange.upperBound...].drop { $0 == "\"" || $0 == " " || $0 == ":" || $0 == "=" }
        let value = rest.prefix { $0 != ";" && $0 != "}" && $0 != "," && $0 != "\"" }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed == "null" ? "" : trimmed
    }
}
