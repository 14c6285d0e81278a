import EvidentCore

/// The report a person reads in a terminal: short, and ordered so the first lines are the ones to
/// act on.
///
/// It shows a header, the posture of each safeguard category, then one block per check with
/// findings (highest priority first, with a few example subjects and their fixes, a fix they share
/// stated once), the posture of every requirement with its score, and a one-line total. Lines stay within 100 columns except for single words longer than that.
public enum TextReport {
    /// The line width the report wraps to.
    public static let width = 100

    /// Renders an assessment for the terminal.
    ///
    /// - Parameters:
    ///   - assessment: The assessment to show.
    ///   - useColor: Whether to colour severities and counts with ANSI escape codes; pass `true` only
    ///     when writing to a terminal that asked for it.
    ///   - maximumExamples: How many subjects each check lists before saying how many more there are.
    ///   - listRequirements: Whether to list every requirement with its status and reason, rather
    ///     than only the scores.
    /// - Returns: The report, ending with a newline.
    public static func render(
        _ assessment: Assessment, useColor: Bool = false, maximumExamples: Int = 3, listRequirements: Bool = false
    ) -> String {
        let style = TextStyle(useColor: useColor)
        var lines = header(assessment, style: style)

        lines.append("")
        lines += posture(assessment.posture, style: style)

        let groups = FindingGroup.groups(in: assessment)
        if !groups.isEmpty {
            lines.append("")
            lines.append(style.bold("Findings by priority"))
            for (index, group) in groups.enumerated() {
                lines.append("")
                lines += block(group, number: index + 1, maximumExamples: max(0, maximumExamples), style: style)
            }
        }

        for posture in [assessment.requirements, assessment.readiness].compactMap({ $0 }) {
            lines.append("")
            lines += requirements(posture, listEach: listRequirements, style: style)
        }

        lines.append("")
        lines.append(total(AssessmentCounts(assessment)))
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private

    private static func header(_ assessment: Assessment, style: TextStyle) -> [String] {
        let organization = assessment.organization
        let kind = organization.kind == .coveredEntity ? "Covered entity" : "Business associate"
        let title = TextWrapper.wrap(
            "HIPAA Security Rule assessment: \(organization.name)", width: width, firstPrefix: "", prefix: "  ")
        let facts = "\(kind) \(organization.id), as of \(assessment.asOf), profile \(assessment.profile)"
        return title.map(style.bold) + TextWrapper.wrap(facts, width: width, firstPrefix: "", prefix: "  ")
    }

    private static func posture(_ posture: [CategoryPosture], style: TextStyle) -> [String] {
        guard !posture.isEmpty else {
            return [style.bold("Posture by safeguard category"), "  No checks were evaluated."]
        }

        // The longest category title is 38 characters; a row is 40 columns of title and 50 of counts.
        let titleWidth = 40
        let columns: [(String, KeyPath<CategoryPosture, Int>, CheckStatus)] = [
            ("passed", \.passed, .pass), ("failed", \.failed, .fail),
            ("insufficient", \.insufficientEvidence, .insufficientEvidence),
            ("n/a", \.notApplicable, .notApplicable),
        ]
        let heading = "Posture by safeguard category"
        var header = style.bold(heading) + String(repeating: " ", count: titleWidth - heading.count)
        for (name, _, _) in columns {
            header += "  " + String(repeating: " ", count: max(0, 6 - name.count)) + name
        }
        header += "  " + "applicable"
        var lines = [header]

        for category in posture {
            let title = category.category.title
            var line = "  " + title + String(repeating: " ", count: max(0, titleWidth - 2 - title.count))
            for (name, keyPath, status) in columns {
                let number = String(category[keyPath: keyPath])
                let padding = String(repeating: " ", count: max(0, max(name.count, 6) - number.count))
                line += "  " + padding + style.count(category[keyPath: keyPath], text: number, status: status)
            }
            let applicable = String(category.applicable)
            line += "  " + String(repeating: " ", count: max(0, 10 - applicable.count)) + applicable
            lines.append(line)
        }
        lines.append(style.dim("  A check that cites requirements in several categories counts in each of them."))
        return lines
    }

    private static func block(_ group: FindingGroup, number: Int, maximumExamples: Int, style: TextStyle) -> [String] {
        let result = group.result
        let label = style.severity(group.severity, group.severity.rawValue.uppercased())
        let kind = group.sharedKind.flatMap { $0 == .violation ? nil : " (\($0.rawValue))" } ?? ""
        var lines = TextWrapper.wrap(
            "\(result.checkID) \(result.title)", width: width, firstPrefix: "\(number). \(label)\(kind) ",
            prefix: "   ")

        var facts = "Cites \(result.citations.joined(separator: ", ")); status \(result.status.rawValue)"
        if !result.lifecycle.missing.isEmpty {
            facts += "; missing: " + result.lifecycle.missing.joined(separator: ", ")
        }
        lines += TextWrapper.wrap(facts, width: width, firstPrefix: "   ", prefix: "   ")

        let ephi = group.ephiCount > 0 ? ", \(group.ephiCount) touching ePHI" : ""
        let excepted = group.exceptedCount > 0 ? ", \(group.exceptedCount) excepted" : ""
        let count = group.findings.count
        lines.append(
            "   \(count) finding\(count == 1 ? "" : "s") about \(group.subjectCount) subject\(group.subjectCount == 1 ? "" : "s")\(ephi)\(excepted)"
        )

        // A fix shared by every example is stated once after them; otherwise each example gets its own.
        let examples = group.findings.prefix(maximumExamples)
        let sharedFix = Set(examples.map(\.remediation)).count == 1 ? examples.first?.remediation : nil
        for finding in examples {
            let marker = (finding.touchesEPHI ? " [ePHI]" : "") + exceptedMarker(finding)
            let severity = finding.severity == group.severity ? "" : "(\(finding.severity.rawValue)) "
            lines += TextWrapper.wrap(
                "\(severity)\(finding.subject): \(finding.message)\(marker)", width: width, firstPrefix: "   - ",
                prefix: "     ")
            if sharedFix == nil {
                lines += TextWrapper.wrap(
                    finding.remediation, width: width, firstPrefix: "     Fix: ", prefix: "          ")
            }
        }
        if count > maximumExamples {
            lines.append(style.dim("   and \(count - maximumExamples) more; --output DIR lists every finding"))
        }
        if let sharedFix {
            lines += TextWrapper.wrap(sharedFix, width: width, firstPrefix: "   Fix: ", prefix: "        ")
        }
        return lines
    }

    private static func total(_ counts: AssessmentCounts) -> String {
        let statuses: [(CheckStatus, String)] = [
            (.pass, "pass"), (.fail, "fail"), (.insufficientEvidence, "insufficient"), (.notApplicable, "n/a"),
        ]
        let checkParts = statuses.filter { counts.checks($0.0) > 0 }.map { "\(counts.checks($0.0)) \($0.1)" }
        let findingParts = Severity.allCases.reversed()
            .filter { counts.findings($0) > 0 }
            .map { "\(counts.findings($0)) \($0.rawValue)" }

        var line = "Total: \(counts.checkTotal) checks"
        if !checkParts.isEmpty {
            line += ": " + checkParts.joined(separator: ", ")
        }
        line += ". \(counts.findingTotal) findings"
        if !findingParts.isEmpty {
            line += ": " + findingParts.joined(separator: ", ")
        }
        if counts.exceptedTotal > 0 {
            line += "; \(counts.exceptedTotal) of them excepted"
        }
        return line + "."
    }

    /// Returns ` [excepted until DAY, approved by NAME; compensating control: CONTROL]` for an excepted
    /// finding, and an empty string for any other.
    private static func exceptedMarker(_ finding: Finding) -> String {
        guard let exception = finding.exception else { return "" }
        return " [excepted until \(exception.expires), approved by \(exception.approver); compensating control: "
            + "\(exception.compensatingControl)]"
    }
}
