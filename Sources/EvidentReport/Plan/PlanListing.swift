import EvidentCore

/// The output of `evident plan`: the remediation plan's items in the order given, as text, JSON or
/// CSV.
///
/// The caller orders the items, so the listing only lays them out and numbers them; rank 1 is the
/// work that removes the most risk.
public enum PlanListing {
    /// The CSV header row's column names.
    public static let csvColumns = [
        "rank", "id", "status", "severity", "check", "subject_kind", "subject_id", "owner", "due", "finding",
        "fix_steps", "proof",
    ]

    /// Renders the items for the terminal: a header with counts by status, then one block per item
    /// with its rank, id, severity, check, subject, status, owner, due day, finding, fix and proof.
    ///
    /// - Parameters:
    ///   - items: The items to list, in order.
    ///   - organization: The organization's name and id for the header.
    ///   - ordering: One sentence naming how the items are ordered.
    ///   - hiddenVerified: How many verified items were left out, for a hint to show them.
    ///   - riskRemoved: Per check id, the sentence saying what fixing it changes in the risk analysis.
    /// - Returns: The listing, ending with a newline.
    public static func renderText(
        _ items: [PlanItem], organization: String, ordering: String, hiddenVerified: Int = 0,
        riskRemoved: [String: String] = [:]
    ) -> String {
        let width = TextReport.width
        var lines = TextWrapper.wrap(
            "Remediation plan: \(organization)", width: width, firstPrefix: "", prefix: "  ")
        lines += TextWrapper.wrap(
            summary(items, hiddenVerified: hiddenVerified), width: width, firstPrefix: "", prefix: "")
        lines += TextWrapper.wrap(ordering, width: width, firstPrefix: "", prefix: "")

        for (index, item) in items.enumerated() {
            lines.append("")
            lines += itemLines(item, firstPrefix: "\(index + 1). ", risk: riskRemoved[item.checkID])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders one item without a rank or plan-wide counts, for `evident plan set` and `evident plan
    /// show`. They list a single item, so a count of it would read as the count of the whole plan.
    ///
    /// - Parameters:
    ///   - item: The item to show.
    ///   - organization: The organization's name and id for the header.
    ///   - heading: One sentence saying which item this is and why it is shown.
    /// - Returns: The listing, ending with a newline.
    public static func renderItemText(_ item: PlanItem, organization: String, heading: String) -> String {
        let width = TextReport.width
        var lines = TextWrapper.wrap(
            "Remediation plan: \(organization)", width: width, firstPrefix: "", prefix: "  ")
        lines += TextWrapper.wrap(heading, width: width, firstPrefix: "", prefix: "")
        lines.append("")
        lines += itemLines(item, firstPrefix: "", risk: nil)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders the items as JSON: `{"items": [...], "ordering": "...", "organization": "...",
    /// "risk_removed": {check: sentence}, "schema_version": N}`, in the order given.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func renderJSON(
        _ items: [PlanItem], organization: String, ordering: String, riskRemoved: [String: String] = [:]
    ) throws -> String {
        let checks = Set(items.map(\.checkID))
        return try JSONOutput.text(
            PlanDocument(
                schemaVersion: Assessment.schemaVersion, organization: organization, ordering: ordering,
                riskRemoved: riskRemoved.filter { checks.contains($0.key) },
                items: items.enumerated().map { PlanItemDocument($1, rank: $0 + 1) }))
    }

    /// Renders the items as CSV with `csvColumns`, one row per item in the order given, with the same
    /// quoting and formula neutralization as the findings CSV.
    public static func renderCSV(_ items: [PlanItem]) -> String {
        var rows = [csvColumns]
        for (index, item) in items.enumerated() {
            rows.append([
                String(index + 1), String(item.id), item.status.rawValue, item.severity.rawValue, item.checkID,
                item.subject.kind.rawValue, item.subject.id, item.owner ?? "", item.due.description, item.finding,
                item.fixSteps, item.proof,
            ])
        }
        return rows.map { $0.map(CSVField.encode).joined(separator: ",") + "\r\n" }.joined()
    }

    // MARK: - Private

    private static func summary(_ items: [PlanItem], hiddenVerified: Int) -> String {
        if items.isEmpty && hiddenVerified == 0 {
            return "No plan items are recorded. Each run of 'evident assess' that is stored opens an item per "
                + "check and subject with open findings."
        }
        let outstanding = items.filter(\.isOutstanding)
        let counts = PlanItemStatus.allCases.compactMap { status -> String? in
            let count = items.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(status == .inProgress ? "in progress" : status.rawValue)"
        }
        var text =
            outstanding.isEmpty
            ? "No outstanding work." : "\(outstanding.count) item\(outstanding.count == 1 ? "" : "s") outstanding."
        if !counts.isEmpty {
            text += " Listed: " + counts.joined(separator: ", ") + "."
        }
        if hiddenVerified > 0 {
            text +=
                " \(hiddenVerified) verified item\(hiddenVerified == 1 ? " is" : "s are") left out; --all lists them."
        }
        return text
    }

    /// Returns the lines of one item: its id line after `firstPrefix`, then status, finding, fix, proof
    /// and, for an outstanding item, what fixing it changes in the risk analysis.
    private static func itemLines(_ item: PlanItem, firstPrefix: String, risk: String?) -> [String] {
        let width = TextReport.width
        let owner = item.owner ?? "unassigned"
        var lines = TextWrapper.wrap(
            "#\(item.id) \(item.severity.rawValue.uppercased()) \(item.checkID) \(item.subject)",
            width: width, firstPrefix: firstPrefix, prefix: "   ")
        lines += TextWrapper.wrap(
            "Status \(item.status.rawValue), owner \(owner), due \(item.due)\(verification(item))",
            width: width, firstPrefix: "   ", prefix: "   ")
        lines += TextWrapper.wrap(item.finding, width: width, firstPrefix: "   Finding: ", prefix: "            ")
        lines += TextWrapper.wrap(item.fixSteps, width: width, firstPrefix: "   Fix: ", prefix: "        ")
        lines += TextWrapper.wrap(item.proof, width: width, firstPrefix: "   Proof: ", prefix: "          ")
        if let risk, item.isOutstanding {
            lines += TextWrapper.wrap(risk, width: width, firstPrefix: "   Risk: ", prefix: "         ")
        }
        return lines
    }

    private static func verification(_ item: PlanItem) -> String {
        guard let run = item.verifiedRunID else { return "" }
        return ", verified by run \(run)"
    }
}
