import EvidentCore

extension TextReport {
    /// Renders the requirement posture: the score per safeguard category with its formula, then,
    /// when `listEach` is set, one line per requirement with its status and the reason under each
    /// one that does not pass. Without it, one line counts what does not pass, because 68
    /// requirements with reasons would bury the findings above them in a terminal.
    static func requirements(_ posture: RequirementsPosture, listEach: Bool, style: TextStyle) -> [String] {
        let kind = posture.proposed ? "Readiness for the proposed rule" : "Posture by requirement"
        var lines = [style.bold("\(kind) (\(posture.profile))")]
        if posture.proposed {
            lines += TextWrapper.wrap(
                "Every requirement below is proposed, not in force, and is not counted in the current-rule posture.",
                width: width, firstPrefix: "  ", prefix: "  ")
        }

        let titleWidth = 40
        let header =
            "  " + "Category".padding(toLength: titleWidth - 2, withPad: " ", startingAt: 0)
            + "   score  passed  failed  insufficient    n/a"
        lines.append(header)
        for score in posture.categories + [posture.overall] {
            let title = score.category?.title ?? "All requirements"
            let cells = [
                (score.score.map { "\($0)%" } ?? "n/a", 7), (String(score.passed), 7), (String(score.failed), 7),
                (String(score.insufficientEvidence), 13), (String(score.notApplicable), 6),
            ]
            let numbers = cells.map { String(repeating: " ", count: max(0, $0.1 - $0.0.count)) + $0.0 }
            lines.append(
                "  " + title.padding(toLength: titleWidth - 2, withPad: " ", startingAt: 0) + " "
                    + numbers.joined(separator: " "))
        }
        lines += TextWrapper.wrap(RequirementScore.formula + ".", width: width, firstPrefix: "  ", prefix: "  ")

        guard listEach else {
            let failed = posture.requirements.filter { $0.status == .fail }.count
            let insufficient = posture.requirements.filter { $0.status == .insufficientEvidence }.count
            lines += TextWrapper.wrap(
                "\(failed) requirements fail and \(insufficient) lack evidence. Add --requirements to list each "
                    + "with its reason; report.html and the JSON list them too.",
                width: width, firstPrefix: "  ", prefix: "  ")
            return lines
        }

        lines.append("")
        for requirement in posture.requirements {
            let status = label(requirement.status)
            let marker = requirement.proposed ? " [proposed]" : ""
            lines += TextWrapper.wrap(
                "\(requirement.citation) \(requirement.title)\(marker)", width: width,
                firstPrefix: "  " + style.count(1, text: status, status: requirement.status) + " ",
                prefix: "               ")
            if requirement.status == .fail || requirement.status == .insufficientEvidence {
                lines += TextWrapper.wrap(
                    requirement.reason, width: width, firstPrefix: "               ", prefix: "               ")
            }
        }
        return lines
    }

    /// Returns a fixed-width status label, so citations line up.
    private static func label(_ status: CheckStatus) -> String {
        switch status {
        case .pass: "pass        "
        case .fail: "FAIL        "
        case .insufficientEvidence: "insufficient"
        case .notApplicable: "n/a         "
        }
    }
}
