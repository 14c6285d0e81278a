import EvidentCore

/// Makes the risk analysis of a workspace from its inventory and the assessment of its checks.
///
/// For every asset in scope and every threat that applies to the asset's kind, the likelihood with
/// no safeguard credited comes from the threat catalog. The residual likelihood takes the safeguard
/// credit off and adds steps for each of the threat's checks that failed or lacked evidence for the
/// asset. Levels of risk come from Table I-2.
public struct RiskAnalyzer: Sendable {
    /// The threats considered.
    public let catalog: ThreatCatalog

    /// Creates an analyzer over a threat catalog.
    public init(catalog: ThreatCatalog = .shipped) {
        self.catalog = catalog
    }

    /// Analyses a workspace.
    ///
    /// - Parameters:
    ///   - inventory: The workspace's inventory, with its treatments and stored analyses.
    ///   - assessment: The assessment of the same inventory on the same day.
    ///   - settings: The workspace settings; `risk` and `thresholds.riskAnalysisMaxAgeDays` are used.
    ///   - recordedIn: Where the register will be recorded, such as the history database, which is
    ///     the analysis's documentation; `nil` when it is not kept.
    public func analyze(
        _ inventory: Inventory, assessment: Assessment, settings: WorkspaceSettings, recordedIn: String? = nil
    ) -> RiskAnalysis {
        let scope = AssetScope(inventory)
        let results = Dictionary(assessment.results.map { ($0.checkID, $0) }, uniquingKeysWith: { first, _ in first })
        let treatments = inventory.attestations.riskTreatments

        var entries: [RiskEntry] = []
        for asset in scope.assets {
            for threat in catalog.threats where threat.assetKinds.contains(asset.kind) {
                var entry = entry(asset, threat, scope: scope, results: results, settings: settings.risk)
                entry.treatment = treatments.first { treatment in
                    treatment.threat == threat.id && treatment.asset.lowercased() == asset.key.lowercased()
                }
                entries.append(entry)
            }
        }
        entries.sort(by: RiskEntry.isListedBefore)

        let matched = Set(entries.compactMap(\.treatment))
        let recorder = ElementRecorder(
            inventory: inventory, assessment: assessment, settings: settings, scope: scope, entries: entries,
            catalog: catalog, recordedIn: recordedIn)
        return RiskAnalysis(
            organization: settings.organization, asOf: settings.asOf, catalogVersion: catalog.version,
            settings: settings.risk, assets: scope.assets, entries: entries, elements: recorder.records(),
            expiredAcceptances: treatments.filter { $0.isExpiredAcceptance(on: settings.asOf) },
            unmatchedTreatments: treatments.filter { !matched.contains($0) })
    }

    // MARK: - Private

    private func entry(
        _ asset: RiskAsset, _ threat: Threat, scope: AssetScope, results: [String: CheckResult],
        settings: RiskSettings
    ) -> RiskEntry {
        var factors: [RiskFactor] = []
        var credited: [String] = []
        for checkID in threat.vulnerabilities.sorted() {
            if let factor = factor(checkID, result: results[checkID], asset: asset, scope: scope, settings: settings) {
                factors.append(factor)
            } else {
                credited.append(checkID)
            }
        }

        var impact = threat.impact(on: asset.kind) ?? .moderate
        var impactReason = threat.impactReason
        if let individuals = settings.individuals, individuals >= settings.largeBreachIndividuals,
            threat.properties.contains(.confidentiality), asset.kind != .deviceClass
        {
            impact = impact.raised(by: 1)
            impactReason +=
                " Raised one level: \(individuals) individuals is at or above the large-breach threshold of "
                + "\(settings.largeBreachIndividuals)."
        }

        return RiskEntry(
            asset: asset, threat: threat, inherentLikelihood: threat.inherentLikelihood,
            safeguardCredit: settings.safeguardCreditSteps, factors: factors, creditedChecks: credited,
            impact: impact, impactReason: impactReason)
    }

    /// Returns the factor a check adds for an asset, or `nil` when it passed for the asset.
    private func factor(
        _ checkID: String, result: CheckResult?, asset: RiskAsset, scope: AssetScope, settings: RiskSettings
    ) -> RiskFactor? {
        guard let result else {
            return RiskFactor(
                checkID: checkID, outcome: .notAssessed, findingCount: 0, subjects: [],
                steps: settings.insufficientEvidenceSteps)
        }

        let relevant = result.findings.filter { $0.kind != .warning && scope.isRelevant($0, to: asset) }
        let subjects = Array(Set(relevant.map(\.subject))).sorted()
        if relevant.contains(where: { $0.kind == .violation }) {
            return RiskFactor(
                checkID: checkID, outcome: .fail, findingCount: relevant.count, subjects: subjects,
                steps: settings.failingCheckSteps)
        }
        if !relevant.isEmpty {
            return RiskFactor(
                checkID: checkID, outcome: .insufficientEvidence, findingCount: relevant.count, subjects: subjects,
                steps: settings.insufficientEvidenceSteps)
        }
        return nil
    }
}
