import EvidentCore

extension HTMLReportBuilder {
    /// Builds one section per requirement posture in the assessment: the rule assessed, and the
    /// readiness for a proposed rule when it was asked for.
    func requirementsSections() -> String {
        [assessment.requirements, assessment.readiness].compactMap { $0 }.map(requirementsSection)
            .joined(separator: "\n")
    }

    // MARK: - Private

    private func requirementsSection(_ posture: RequirementsPosture) -> String {
        let heading =
            posture.proposed
            ? "Readiness for the proposed rule (\(escape(posture.profile)))"
            : "Posture by requirement (\(escape(posture.profile)))"
        let notice =
            posture.proposed
            ? "<p class=\"missing\">Every requirement in this section is proposed, not in force, and is not counted "
                + "in the current-rule posture.</p>\n" : ""
        let scores = (posture.categories + [posture.overall]).map { score in
            let cells = [
                score.score.map { "\($0)%" } ?? "n/a", String(score.passed), String(score.failed),
                String(score.insufficientEvidence), String(score.notApplicable),
            ]
            .map { "<td class=\"number\">\($0)</td>" }
            return "<tr><td>\(escape(score.category?.title ?? "All requirements"))</td>\(cells.joined())</tr>"
        }
        let rows = posture.requirements.map(requirementRow)

        return """
            <section>
            <h2>\(heading)</h2>
            \(notice)<table>
            <thead><tr><th>Category</th><th class="number">Score</th><th class="number">Passed</th>\
            <th class="number">Failed</th><th class="number">Insufficient evidence</th>\
            <th class="number">Not applicable</th></tr></thead>
            <tbody>
            \(scores.joined(separator: "\n"))
            </tbody>
            </table>
            <p class="meta">\(escape(RequirementScore.formula)).</p>
            <table>
            <thead><tr><th>Requirement</th><th>Status</th><th>Lifecycle</th><th>Reason and what is missing</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </section>
            """
    }

    private func requirementRow(_ requirement: RequirementPosture) -> String {
        let proposed = requirement.proposed ? " <span class=\"badge status-not-applicable\">proposed</span>" : ""
        var details = ["<p>\(escape(requirement.reason))</p>"]
        if let decision = requirement.decision {
            let rationale = requirement.rationale.map { ": \(escape($0))" } ?? ""
            details.append("<p class=\"meta\">Decision <code>\(escape(decision))</code>\(rationale)</p>")
        }
        if !requirement.missing.isEmpty {
            let items = requirement.missing.map { "<li>\(escape($0))</li>" }.joined()
            details.append("<ul class=\"missing\">\(items)</ul>")
        }
        if !requirement.checks.isEmpty {
            let checks = requirement.checks.map { "<code>\(escape($0))</code>" }.joined(separator: ", ")
            details.append("<p class=\"meta\">Checks: \(checks)</p>")
        }
        return """
            <tr><td><code>\(escape(requirement.citation))</code>\(proposed)<br>\(escape(requirement.title))\
            <br><span class="meta">\(escape(requirement.designation))</span></td>\
            <td>\(statusBadge(requirement.status))</td><td class="lifecycle">\(lifecycleMarks(requirement.lifecycle))</td>\
            <td>\(details.joined())</td></tr>
            """
    }
}
