import EvidentCore

/// Decides, for each of the nine elements, whether a risk analysis has it, from the inventory, the
/// assessment and the register.
struct ElementRecorder {
    let inventory: Inventory
    let assessment: Assessment
    let settings: WorkspaceSettings
    let scope: AssetScope
    let entries: [RiskEntry]
    let catalog: ThreatCatalog
    /// The location the register is recorded in, such as the history database; `nil` when it is not kept.
    let recordedIn: String?

    /// Returns one record per element, in the order HHS lists them.
    func records() -> [RiskElementRecord] {
        [
            scopeRecord(), dataCollection(), threatsAndVulnerabilities(), currentMeasures(),
            register(.likelihood, "inherent and residual likelihood of \(entries.count) risks, with reasons"),
            register(.impact, impactDetail()),
            register(.riskLevel, "level of risk of \(entries.count) risks from NIST SP 800-30 Table I-2"),
            documentation(), periodicReview(),
        ]
    }

    // MARK: - Private

    private func scopeRecord() -> RiskElementRecord {
        let count = { (kind: RiskAssetKind) in scope.assets.filter { $0.kind == kind }.count }
        let systems = count(.system)
        let detail =
            "\(systems) ePHI systems, \(count(.deviceClass)) device classes, \(count(.vendor)) vendors with ePHI access"
        guard systems > 0 else {
            return RiskElementRecord(
                element: .scope, isPresent: false,
                detail: "no system in inventory/systems.yaml handles ePHI; declare every system that does")
        }
        return RiskElementRecord(element: .scope, isPresent: true, detail: detail)
    }

    private func dataCollection() -> RiskElementRecord {
        let usable = inventory.evidenceFiles.filter(\.isUsable).count
        let undeclared = inventory.systems.filter { $0.handlesEPHI && $0.hosts.isEmpty && $0.transmission.isEmpty }
            .map(\.id).sorted()
        if usable == 0 {
            return RiskElementRecord(
                element: .dataCollection, isPresent: false,
                detail: "no evidence file could be read; add the exports to evidence/")
        }
        if !undeclared.isEmpty {
            return RiskElementRecord(
                element: .dataCollection, isPresent: false,
                detail: "ePHI systems with neither hosts nor transmission declared: "
                    + undeclared.joined(separator: ", ") + "; declare where their ePHI is kept and sent")
        }
        return RiskElementRecord(
            element: .dataCollection, isPresent: true,
            detail: "\(usable) evidence files read; hosts and channels of every ePHI system from inventory/systems.yaml"
        )
    }

    private func threatsAndVulnerabilities() -> RiskElementRecord {
        guard !entries.isEmpty else {
            return RiskElementRecord(
                element: .threatsAndVulnerabilities, isPresent: false, detail: "no threat applies to an asset in scope")
        }
        let threats = Set(entries.map(\.threat.id)).count
        let checks = Set(entries.flatMap(\.threat.vulnerabilities)).count
        return RiskElementRecord(
            element: .threatsAndVulnerabilities, isPresent: true,
            detail: "\(threats) threats of the threat catalog version \(catalog.version), with \(checks) checks as "
                + "vulnerabilities, over \(entries.count) threat and asset pairs")
    }

    private func currentMeasures() -> RiskElementRecord {
        let assessed = Set(assessment.results.map(\.checkID))
        let needed = Set(entries.flatMap(\.threat.vulnerabilities))
        let missing = needed.subtracting(assessed).sorted()
        guard missing.isEmpty, !needed.isEmpty else {
            return RiskElementRecord(
                element: .currentMeasures, isPresent: false,
                detail: "checks not assessed: " + (missing.isEmpty ? "none needed" : missing.joined(separator: ", ")))
        }
        let results = assessment.results.filter { needed.contains($0.checkID) }
        let counts = CheckStatus.allCases.map { status in
            "\(results.filter { $0.status == status }.count) \(status.rawValue)"
        }
        return RiskElementRecord(
            element: .currentMeasures, isPresent: true,
            detail: "\(results.count) checks assessed on \(assessment.asOf): " + counts.joined(separator: ", "))
    }

    private func register(_ element: RiskAnalysisElement, _ detail: String) -> RiskElementRecord {
        entries.isEmpty
            ? RiskElementRecord(element: element, isPresent: false, detail: "no risk to rate")
            : RiskElementRecord(element: element, isPresent: true, detail: detail)
    }

    private func impactDetail() -> String {
        let risk = settings.risk
        let individuals =
            risk.individuals.map { "\($0) individuals declared (large breach from \(risk.largeBreachIndividuals))" }
            ?? "individuals not declared under risk.individuals in evident.yaml"
        return "impact of \(entries.count) risks, with reasons; \(individuals)"
    }

    private func documentation() -> RiskElementRecord {
        if let recordedIn {
            return RiskElementRecord(
                element: .documentation, isPresent: true, detail: "the register is recorded in \(recordedIn)")
        }
        if let attested = inventory.attestations.riskAnalysis, attested.documentExists, let document = attested.document
        {
            return RiskElementRecord(
                element: .documentation, isPresent: true,
                detail: "risk analysis report \(document) of \(attested.performed)")
        }
        return RiskElementRecord(
            element: .documentation, isPresent: false,
            detail: "the register is not recorded; run 'evident risk' without --no-store, or store the report and "
                + "set risk_analysis.document in attestations.yaml")
    }

    private func periodicReview() -> RiskElementRecord {
        let asOf = settings.asOf
        let limit = settings.thresholds.riskAnalysisMaxAgeDays
        let next = "next review due by \(asOf.adding(days: limit)) (risk_analysis_max_age_days \(limit))"
        let earlier =
            (inventory.riskAnalyses.map(\.performed)
            + [inventory.attestations.riskAnalysis?.performed].compactMap { $0 })
            .filter { $0 < asOf }.max()
        guard let earlier else {
            return RiskElementRecord(
                element: .periodicReview, isPresent: false,
                detail: "no risk analysis before \(asOf) is recorded, so nothing shows the analysis is reviewed and "
                    + "updated; record the earlier one under risk_analysis in attestations.yaml, or run "
                    + "'evident risk' again after the next change; " + next)
        }
        return RiskElementRecord(
            element: .periodicReview, isPresent: true,
            detail: "updates the analysis of \(earlier), \(earlier.days(to: asOf)) days earlier; \(next)")
    }
}
