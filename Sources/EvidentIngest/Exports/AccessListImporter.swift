import EvidentCore

/// Reads the user list of an ePHI system, `username,role,enabled,last_login`, into accounts of that
/// system.
///
/// These lists are often typed by hand, so `enabled` accepts `true`/`false`, `yes`/`no` and `1`/`0`,
/// and `last_login` accepts ISO 8601 or a date in the export locale. An empty `last_login` means the
/// account never signed in.
struct AccessListImporter {
    let context: ImportContext
    /// The ids of the systems whose `access_list` names this file; empty when none does, in which case
    /// the file is checked but yields no accounts.
    let systemIDs: [String]

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let table = try CSVInput.table(text, path: context.path, required: [["username"], ["enabled"]])
        let hasLastLogin = table.hasColumns(["last_login"])
        var collector = ImportCollector(context: context)
        if systemIDs.isEmpty {
            collector.warn(
                line: nil,
                "no system in inventory/systems.yaml names this access list in access_list, so its accounts are "
                    + "not used; add it to the system it belongs to")
        }

        for record in table.records {
            collector.records += 1
            guard let username = record.value("username") else {
                collector.skip(line: record.line, "skipped a row without a username")
                continue
            }
            let enabledText = record.value("enabled") ?? ""
            guard let isEnabled = ExportValue.lenientBoolean(enabledText) else {
                collector.skip(
                    line: record.line, "skipped \(username): enabled '\(enabledText)' is not true, false, yes or no")
                continue
            }

            var lastSignIn = LastSignIn.unknown
            var problem: String?
            switch hasLastLogin ? context.timestamps.parse(record["last_login"] ?? "", empty: .never) : .missing {
            case .instant(let date):
                collector.include(date)
                lastSignIn = .at(date)
            case .never:
                lastSignIn = .never
            case .missing:
                lastSignIn = .unknown
            case .invalid(_, let reason):
                collector.warn(line: record.line, "last_login of \(username): \(reason); treated as unknown")
                lastSignIn = .unknown
                problem = reason
            }

            for systemID in systemIDs {
                collector.facts.accounts.append(
                    Account(
                        source: .system(systemID), username: username, isEnabled: isEnabled,
                        role: record.value("role"), lastSignIn: lastSignIn,
                        evidence: collector.reference(line: record.line), lastSignInProblem: problem))
            }
        }
        return collector.finish()
    }
}
