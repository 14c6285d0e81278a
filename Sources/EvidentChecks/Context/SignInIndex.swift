import EvidentCore
import FoundationEssentials

/// The sign-in log summaries of a workspace, merged per user principal name across files, with the
/// span the logs cover.
///
/// Sign-in logs complement the users export: the portal's "Download users" CSV has no sign-in column,
/// and Entra keeps sign-ins 7 to 30 days depending on the licence, so a log shows recent activity and
/// MFA use but not older sign-ins.
struct SignInIndex {
    private var byUPN: [String: Entry] = [:]
    /// The earliest instant any sign-in log read whole covers; `nil` without such a log.
    let coveredSince: Date?
    /// Whether any sign-in log was read, whole or in part.
    let hasLogs: Bool

    /// One user's sign-ins across every log.
    struct Entry {
        var lastSuccessfulSignIn: Date?
        var successfulSignIns = 0
        var multifactorSignIns = 0
        var singleFactorSignIns = 0
        var evidence: [EvidenceReference] = []
    }

    init(_ inventory: Inventory) {
        for summary in inventory.signInSummaries {
            var entry = byUPN[summary.userPrincipalName.comparisonKey] ?? Entry()
            if let date = summary.lastSuccessfulSignIn, entry.lastSuccessfulSignIn.map({ date > $0 }) ?? true {
                entry.lastSuccessfulSignIn = date
            }
            entry.successfulSignIns += summary.successfulSignIns
            entry.multifactorSignIns += summary.multifactorSignIns
            entry.singleFactorSignIns += summary.singleFactorSignIns
            entry.evidence.append(summary.evidence)
            byUPN[summary.userPrincipalName.comparisonKey] = entry
        }
        // A log cut short or missing records may lack any user's sign-ins, so only whole logs show
        // that an absent account did not sign in.
        let whole = inventory.usableFiles(of: ExportFormats.signInLogs).filter {
            $0.partialReason == nil && $0.skippedRecords == 0
        }
        coveredSince = whole.compactMap(\.dateRange?.earliest).min()
        hasLogs = !inventory.usableFiles(of: ExportFormats.signInLogs).isEmpty
    }

    /// Returns the sign-ins of an Entra ID account; `nil` for other sources and for users absent from
    /// every log.
    func entry(for account: Account) -> Entry? {
        guard account.source == .entraID else { return nil }
        return byUPN[account.identifier.comparisonKey]
    }
}
