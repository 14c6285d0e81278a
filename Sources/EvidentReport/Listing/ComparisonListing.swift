import EvidentCore

/// The output of `evident diff`: what changed between two runs, as text or JSON.
public enum ComparisonListing {
    /// Renders a comparison for the terminal: one section per kind of change, empty ones left out.
    ///
    /// - Returns: The text, ending with a newline.
    public static func renderText(_ comparison: RunComparison) -> String {
        var lines = [
            "\(comparison.after.organizationName): run \(comparison.before.id) (as of \(comparison.before.asOf)) "
                + "-> run \(comparison.after.id) (as of \(comparison.after.asOf))"
        ]
        if comparison.isEmpty {
            lines.append("No changes.")
        }

        section("New findings (regressions)", comparison.newFindings.map(findingLine), into: &lines)
        section("Resolved findings", comparison.resolvedFindings.map(findingLine), into: &lines)
        section("Changed findings", comparison.changedFindings.map(changedFindingLine), into: &lines)
        section(
            "Checks whose status changed",
            comparison.statusChanges.map { change in
                "\(change.checkID): \(change.before?.rawValue ?? "absent") -> \(change.after?.rawValue ?? "absent")"
                    + "  \(change.title)"
            }, into: &lines)
        for kind in InventoryItem.Kind.allCases {
            let changes = comparison.inventoryChanges.filter { $0.item.kind == kind }
            section("\(heading(of: kind)) added, removed or changed", changes.map(inventoryLine), into: &lines)
        }
        section(
            "BAAs that expired in between",
            comparison.expiredBAAs.map { "\($0.label): expired \($0.expires?.description ?? "")" }, into: &lines)
        section(
            "Evidence that went stale",
            comparison.staleEvidence.filter { $0.reason == .aged }.map { evidence in
                let newest = evidence.newestRecord.map { "newest record from \($0) is " } ?? ""
                return "\(evidence.path): \(newest)past the evidence age limit as of \(comparison.after.asOf), "
                    + "within it in run \(comparison.before.id)"
            }, into: &lines)
        section("Evidence added, removed or changed", comparison.evidenceChanges.map(evidenceLine), into: &lines)
        if !comparison.inventoryCompared {
            lines.append("")
            lines.append("Inventory not compared: a run was recorded without its inventory.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders a comparison as JSON with `schema_version`.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func renderJSON(_ comparison: RunComparison) throws -> String {
        try JSONOutput.text(ComparisonDocument(comparison))
    }

    // MARK: - Private

    private static func section(_ title: String, _ entries: [String], into lines: inout [String]) {
        guard !entries.isEmpty else { return }
        lines.append("")
        lines.append("\(title) (\(entries.count)):")
        lines += entries.map { "  \($0)" }
    }

    private static func findingLine(_ finding: Finding) -> String {
        "\(finding.severity.rawValue.uppercased()) \(finding.checkID) \(finding.subject.kind.rawValue) "
            + "\(finding.subject.id): \(finding.message)"
    }

    /// Returns the severity before and after, the kind when it changed, and the later message.
    private static func changedFindingLine(_ change: FindingChange) -> String {
        let (before, after) = (change.before, change.after)
        var severity = after.severity.rawValue.uppercased()
        if before.severity != after.severity {
            severity = "\(before.severity.rawValue.uppercased()) -> \(severity)"
        }
        let kind = before.kind == after.kind ? "" : " (\(before.kind.rawValue) -> \(after.kind.rawValue))"

        return
            "\(severity) \(after.checkID) \(after.subject.kind.rawValue) \(after.subject.id)\(kind): \(after.message)"
    }

    private static func inventoryLine(_ change: InventoryChange) -> String {
        switch change.change {
        case .added: "+ \(change.item.label) (\(change.item.state))"
        case .removed: "- \(change.item.label) (\(change.item.state))"
        case .changed: "~ \(change.item.label): \(change.previousState ?? "") -> \(change.item.state)"
        }
    }

    private static func evidenceLine(_ change: EvidenceChange) -> String {
        switch change.change {
        case .added: "+ \(change.path)"
        case .removed: "- \(change.path)"
        case .changed: "~ \(change.path): SHA-256 \(shortHash(change.previousSHA256)) -> \(shortHash(change.sha256))"
        }
    }

    /// Returns the first 12 hex digits of a SHA-256 hash, enough to tell two versions of a file apart.
    private static func shortHash(_ hash: String?) -> String {
        String((hash ?? "").prefix(12))
    }

    private static func heading(of kind: InventoryItem.Kind) -> String {
        switch kind {
        case .account: "Accounts"
        case .device: "Devices"
        case .host: "Hosts"
        case .system: "Systems"
        case .vendor: "Vendors"
        case .workforce: "Workforce members"
        }
    }
}
