import EvidentCore
import FoundationEssentials

/// Reads the Google Workspace "Download users" CSV into accounts and 2-Step Verification records.
///
/// Columns carry their role in brackets (`Email Address [Required]`, `Status [READ ONLY]`,
/// `Last Sign In [READ ONLY]`, `2sv Enrolled [READ ONLY]`). The admin can pick a subset, so each is
/// looked up by name and may be absent. `Status` is `Active` or `Suspended`; `Last Sign In` is
/// `2016/04/04 00:24:13` or `Never logged in`. 2-Step Verification enrollment becomes an MFA
/// registration under the user's e-mail address, which is also the account's identifier.
struct GoogleWorkspaceUserImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let table = try CSVInput.table(text, path: context.path, required: [["Email Address [Required]"]])
        var collector = ImportCollector(context: context)
        let hasSignIn = table.hasColumns(["Last Sign In [READ ONLY]"])

        for record in table.records {
            collector.records += 1
            guard let email = record.value("Email Address [Required]") else {
                collector.skip(line: record.line, "skipped a user without an e-mail address")
                continue
            }
            let status = record.value("Status [READ ONLY]") ?? "Active"
            let name = [record.value("First Name [Required]"), record.value("Last Name [Required]")].compactMap { $0 }
            var lastSignIn = LastSignIn.unknown
            var problem: String?
            if hasSignIn {
                let cell = record.value("Last Sign In [READ ONLY]") ?? ""
                lastSignIn = readSignIn(cell, line: record.line, problem: &problem, &collector)
            }

            collector.facts.accounts.append(
                Account(
                    source: .googleWorkspace, username: email, userPrincipalName: email,
                    displayName: name.isEmpty ? nil : name.joined(separator: " "), email: email,
                    isEnabled: status.lowercased() == "active", lastSignIn: lastSignIn,
                    evidence: collector.reference(line: record.line), lastSignInProblem: problem))

            if let enrolled = record.value("2sv Enrolled [READ ONLY]").flatMap(ExportValue.boolean) {
                collector.facts.mfaRegistrations.append(
                    MFARegistration(
                        userPrincipalName: email, isRegistered: enrolled,
                        methods: enrolled ? ["2-Step Verification"] : [],
                        evidence: collector.reference(line: record.line)))
            }
        }
        return collector.finish()
    }

    /// Reads the Last Sign In cell, setting `problem` to the reason when it contains no readable date.
    private func readSignIn(
        _ text: String, line: Int, problem: inout String?, _ collector: inout ImportCollector
    ) -> LastSignIn {
        switch context.timestamps.parse(text, empty: .never) {
        case .instant(let date):
            collector.include(date)
            return .at(date)
        case .never, .missing:
            return .never
        case .invalid(_, let reason):
            collector.warn(line: line, "Last Sign In \(reason); sign-in unknown")
            problem = reason
            return .unknown
        }
    }
}
