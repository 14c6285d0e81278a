import EvidentCore

extension AttestationsReader {
    /// The keys an item of `risk_treatments` may have.
    static let riskTreatmentKeys = [
        "threat", "asset", "treatment", "owner", "approver", "due", "expires", "rationale",
    ]

    /// Reads one item of `risk_treatments`.
    ///
    /// `threat`, `asset`, `treatment`, `owner` and `approver` are always required; `expires` is
    /// required for `accept`, because an acceptance without an end is never decided again, and `due`
    /// for the other three, because a treatment without a date is never checked.
    static func readRiskTreatment(_ item: YAMLMapping) throws(YAMLError) -> RiskTreatment {
        let kind = try item.requiredValue("treatment", as: RiskTreatment.Kind.self)
        let asset = try item.requiredString("asset")
        guard asset.contains(":") else {
            throw .invalidValue(
                path: path, line: item.line(of: "asset"), key: item.qualified("asset"), found: asset,
                expected: "the asset as kind:id, for example system:ehr, device-class:windows or vendor:PortalWorks")
        }

        let expires = try item.date("expires")
        let due = try item.date("due")
        if kind == .accept, expires == nil {
            throw item.missing("expires", expected: "the day the acceptance lapses, as YYYY-MM-DD")
        }
        if kind != .accept, due == nil {
            throw item.missing("due", expected: "the day the \(kind.rawValue) treatment is due, as YYYY-MM-DD")
        }

        return RiskTreatment(
            threat: try item.requiredString("threat"), asset: asset, kind: kind,
            owner: try item.requiredString("owner"), approver: try item.requiredString("approver"), due: due,
            expires: expires, rationale: try item.string("rationale"),
            evidence: EvidenceReference(path: path, line: item.line))
    }
}
