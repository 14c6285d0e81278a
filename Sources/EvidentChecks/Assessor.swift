import EvidentCatalog
import EvidentCore

/// Runs every check over one workspace's inventory and rolls the results up per safeguard category.
///
/// Assessing is pure: it reads no files and no clock, because time comes only from
/// `settings.asOf`. The same inventory and settings always give an equal `Assessment`.
public struct Assessor: Sendable {
    /// The catalog the checks are assessed against.
    public let catalog: SecurityRuleCatalog
    /// The checks, in the order their results appear.
    public let checks: [any Check]

    /// Creates an assessor. Check ids must be unique because users reference them.
    public init(catalog: SecurityRuleCatalog = .shipped, checks: [any Check] = Assessor.standardChecks) {
        precondition(Set(checks.map(\.id)).count == checks.count, "check ids must be unique")
        self.catalog = catalog
        self.checks = checks
    }

    /// The profiles an assessment can use: the rule in force, and the 2025 proposed rule as a
    /// readiness profile whose requirements are never reported as current obligations.
    public static let supportedProfiles = [WorkspaceSettings.defaultProfile, ProposedRuleProfile.nprm2025.profile]

    /// The checks Evident ships, grouped by safeguard and in the order reports list them.
    public static let standardChecks: [any Check] = [
        UniqueUserIDCheck(),
        TerminatedWorkforceCheck(),
        OrphanAccountCheck(),
        InactiveAccountCheck(),
        RoleBasedAccessCheck(),
        AutomaticLogoffCheck(),
        MFACoverageCheck(),
        PasswordPolicyCheck(),
        DeviceEncryptionCheck(),
        StaleCheckInCheck(),
        MalwareProtectionCheck(),
        UnmanagedHostsCheck(),
        TransmissionEncryptionCheck(),
        TLSConfigurationCheck(),
        AuditLoggingCheck(),
        LogReviewCheck(),
        BackupJobSuccessCheck(),
        RestoreTestCheck(),
        IntegrityMonitoringCheck(),
        BackupVerificationCheck(),
        ChangeLoggingCheck(),
        BackupMediaEncryptionCheck(),
        BAACoverageCheck(),
        RiskAnalysisCheck(),
        ExceptionExpiryCheck(),
        PolicyDocumentedCheck(),
        AddressableDecisionsCheck(),
    ]

    /// Assesses an inventory as of `settings.asOf`, against `settings.profile` and, beside it, any
    /// profiles in `alongside`.
    ///
    /// The rule in force fills `requirements` and the proposed rule fills `readiness`, so a proposed
    /// requirement is never counted in the current-rule posture. Unknown profile names are ignored;
    /// callers check them against `supportedProfiles`.
    ///
    /// - Returns: One result per check in `checks` order, each with its findings in priority order,
    ///   the posture of every safeguard category that at least one check cites, and the posture of
    ///   every requirement the catalog counts.
    public func assess(_ inventory: Inventory, settings: WorkspaceSettings, alongside: [String] = []) -> Assessment {
        let context = CheckContext(inventory: inventory, settings: settings, catalog: catalog)

        let evaluated = checks.map { check in
            var result = check.evaluate(context)
            result.findings.sort(by: Finding.isHigherPriority)
            return result
        }
        let results = ExceptionApplier(exceptions: inventory.attestations.exceptions, asOf: settings.asOf)
            .apply(to: evaluated)

        let profiles = Set([settings.profile] + alongside)
        let proposed = ProposedRuleProfile.nprm2025
        return Assessment(
            organization: settings.organization,
            asOf: settings.asOf,
            profile: settings.profile,
            evidence: inventory.evidenceFiles.sorted { $0.path < $1.path },
            results: results,
            posture: Assessor.posture(of: results),
            requirements: profiles.contains(WorkspaceSettings.defaultProfile)
                ? RequirementEvaluator(context: context, results: results).posture() : nil,
            readiness: profiles.contains(proposed.profile)
                ? ReadinessEvaluator(context: context, results: results, profile: proposed).posture() : nil)
    }

    /// Counts each result once in every safeguard category its citations fall in, listing only
    /// categories with at least one check, in category order.
    public static func posture(of results: [CheckResult]) -> [CategoryPosture] {
        var postures: [SafeguardCategory: CategoryPosture] = [:]
        for result in results {
            let categories = Set(result.citations.compactMap(SafeguardCategory.init(citation:)))
            for category in categories {
                var posture =
                    postures[category]
                    ?? CategoryPosture(
                        category: category, passed: 0, failed: 0, insufficientEvidence: 0, notApplicable: 0)
                switch result.status {
                case .pass: posture.passed += 1
                case .fail: posture.failed += 1
                case .insufficientEvidence: posture.insufficientEvidence += 1
                case .notApplicable: posture.notApplicable += 1
                }
                postures[category] = posture
            }
        }
        return postures.keys.sorted().compactMap { postures[$0] }
    }
}
