import EvidentCatalog
import EvidentCore

/// Rolls check results, requirement attestations, addressable decisions and policies up to every
/// requirement of the catalog, so each one has a status and the reason for it.
///
/// A requirement attested as not applicable is `not-applicable`, and so are the specifications of
/// a standard attested so unless they have an attestation of their own. Otherwise it fails when a
/// check citing it fails, its decision is missing or incomplete, or one of its specifications fails.
/// It passes when a source shows it in place and it is documented, implemented, maintained and
/// evidenced. Anything else is `insufficient-evidence`.
struct RequirementEvaluator {
    let context: CheckContext
    let results: [CheckResult]

    /// Returns the posture of every requirement the catalog counts, in catalog order.
    func posture() -> RequirementsPosture {
        let catalog = context.catalog
        let attestations = latestAttestations()
        var postures: [String: RequirementPosture] = [:]

        // Specifications first, because a standard's posture includes theirs.
        let ordered =
            catalog.assessedRequirements.filter { $0.standard != nil }
            + catalog.assessedRequirements.filter { $0.standard == nil }
        for requirement in ordered {
            let standardAttestation = requirement.standard.flatMap { attestations[$0] }
            if let posture = notApplicable(requirement, attestations[requirement.citation], standardAttestation) {
                postures[requirement.citation] = posture
                continue
            }
            var evidence = RequirementEvidence(requirement, context: context)
            evidence.addPolicy()
            evidence.addRiskAnalysis()
            evidence.addDecision()
            evidence.addChecks(results)
            evidence.addAttestation(attestations[requirement.citation])
            evidence.addSpecifications(
                catalog.specifications(of: requirement.citation).compactMap { postures[$0.citation] })
            postures[requirement.citation] = evidence.posture()
        }

        return RequirementsPosture(
            profile: WorkspaceSettings.defaultProfile,
            requirements: catalog.assessedRequirements.compactMap { postures[$0.citation] })
    }

    // MARK: - Private

    /// Returns the latest attestation per catalog citation, by `attested` day and then by position in
    /// the file.
    private func latestAttestations() -> [String: RequirementAttestation] {
        var latest: [String: RequirementAttestation] = [:]
        for attestation in context.inventory.attestations.requirements {
            // NOTE: an attestation whose citation is neither in the catalog nor a proposed requirement id
            // is skipped without a warning, so a mistyped citation only shows as that requirement unshown.
            guard let citation = context.catalog.canonicalCitation(attestation.citation) else { continue }
            if let current = latest[citation], let day = current.attested,
                attestation.attested.map({ $0 < day }) ?? true
            {
                continue
            }
            latest[citation] = attestation
        }
        return latest
    }

    /// Returns a not-applicable posture when the requirement, or its standard without an attestation
    /// for the requirement itself, is attested as not applicable.
    private func notApplicable(
        _ requirement: Requirement, _ own: RequirementAttestation?, _ standard: RequirementAttestation?
    ) -> RequirementPosture? {
        let attestation: RequirementAttestation
        let reason: String
        if let own, !own.applicable {
            attestation = own
            reason = "Does not apply: \(own.statement)"
        } else if own == nil, let standard, !standard.applicable {
            attestation = standard
            reason =
                "Does not apply, because its standard \(requirement.standard ?? "") does not: \(standard.statement)"
        } else {
            return nil
        }
        let documented = attestation.reviewer != nil && attestation.attested != nil
        return RequirementPosture(
            citation: requirement.citation, title: requirement.title, designation: requirement.designation.rawValue,
            category: requirement.category, status: .notApplicable, reason: reason,
            lifecycle: Lifecycle(documented: documented),
            missing: documented
                ? [] : ["a reviewer and an attested date for the attestation at \(attestation.evidence)"],
            checks: requirement.evidencedBy.checks, evidence: [attestation.evidence])
    }
}
