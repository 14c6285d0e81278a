import EvidentCore
import EvidentRisk

/// The terminal output of `evident risk`: whether the analysis is complete, its nine elements, and
/// the register with the reasons for every likelihood and impact.
public enum RiskRegisterText {
    /// Renders an analysis.
    ///
    /// - Returns: The text, ending with a newline.
    public static func render(_ analysis: RiskAnalysis) -> String {
        var lines = [
            "Risk analysis: \(analysis.organization.name), as of \(analysis.asOf)",
            "Threat catalog version \(analysis.catalogVersion); level of risk from NIST SP 800-30 Rev. 1 Table I-2; "
                + "\(analysis.entries.count) risks over \(analysis.assets.count) assets.",
            completeness(analysis),
            "",
            "ELEMENTS",
        ]
        for record in analysis.elements {
            let mark = record.isPresent ? "[x]" : "[ ]"
            lines.append("  \(mark) \(record.element.title.padding(27))\(record.detail)")
        }

        lines += ["", "RESIDUAL RISK: " + levelCounts(analysis), "", "REGISTER (highest residual risk first)"]
        for entry in analysis.entries {
            lines += entryLines(entry, asOf: analysis.asOf)
        }
        lines += treatmentProblems(analysis)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private

    private static func completeness(_ analysis: RiskAnalysis) -> String {
        guard !analysis.isComplete else { return "Complete: all nine elements HHS expects are recorded." }
        let missing = analysis.missingElements.map(\.rawValue).joined(separator: ", ")
        return "INCOMPLETE: missing \(missing)."
    }

    private static func levelCounts(_ analysis: RiskAnalysis) -> String {
        RiskLevel.allCases.reversed().map { level in
            "\(analysis.entries.filter { $0.residualLevel == level }.count) \(level.title)"
        }
        .joined(separator: ", ")
    }

    private static func entryLines(_ entry: RiskEntry, asOf: CalendarDay) -> [String] {
        var lines = [
            "",
            "\(entry.residualLevel.title.uppercased().padding(10)) \(entry.threat.title) on \(entry.asset.key) "
                + "(\(entry.asset.name))",
            "  likelihood \(entry.residualLikelihood.title) (inherent \(entry.inherentLikelihood.title), "
                + "\(entry.safeguardCredit) credited for safeguards); impact \(entry.impact.title); inherent risk "
                + "\(entry.inherentLevel.title)",
        ]
        for factor in entry.factors {
            lines.append("  raised: \(factor.explanation)")
        }
        if let treatment = entry.treatment {
            lines.append("  treatment: " + RiskTreatmentText.describe(treatment, asOf: asOf))
        }
        return lines
    }

    private static func treatmentProblems(_ analysis: RiskAnalysis) -> [String] {
        var lines: [String] = []
        if !analysis.expiredAcceptances.isEmpty {
            lines += ["", "EXPIRED ACCEPTANCES (the risks count as untreated until decided again)"]
            lines += analysis.expiredAcceptances.map { "  \($0.evidence): \($0.threat) on \($0.asset)" }
        }
        if !analysis.unmatchedTreatments.isEmpty {
            lines += ["", "TREATMENTS MATCHING NO RISK (check the threat id and the asset as kind:id)"]
            lines += analysis.unmatchedTreatments.map { "  \($0.evidence): \($0.threat) on \($0.asset)" }
        }
        return lines
    }
}

extension String {
    /// Pads the string with spaces to a width; longer strings get one space after them.
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
