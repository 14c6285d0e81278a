import EvidentCatalog
import EvidentCore

/// Builds the sections of the HTML report; every value passes through `HTMLText.escape`.
struct HTMLReportBuilder {
    let assessment: Assessment
    let catalog: SecurityRuleCatalog

    /// Builds the title block with the organization, day, profile and totals.
    func header() -> String {
        let organization = assessment.organization
        let counts = AssessmentCounts(assessment)
        let kind = organization.kind == .coveredEntity ? "Covered entity" : "Business associate"
        let tiles = [
            (counts.checks(.pass), "passed"), (counts.checks(.fail), "failed"),
            (counts.checks(.insufficientEvidence), "insufficient evidence"),
            (counts.checks(.notApplicable), "not applicable"), (counts.findings(.critical), "critical findings"),
            (counts.findings(.high), "high findings"),
        ]
        .map { "<div class=\"tile\"><strong>\($0.0)</strong><span>\($0.1)</span></div>" }

        return """
            <header>
            <h1>HIPAA Security Rule assessment</h1>
            <p class="meta"><strong>\(escape(organization.name))</strong> · \(kind) · id <code>\(escape(organization.id))</code></p>
            <p class="meta">As of \(escape(assessment.asOf.description)) · profile <code>\(escape(assessment.profile))</code> · \
            \(counts.checkTotal) checks, \(counts.findingTotal) findings (\(counts.exceptedTotal) excepted), \
            \(assessment.evidence.count) evidence files</p>
            <div class="tiles">\(tiles.joined())</div>
            </header>
            """
    }

    /// Builds the table of passed, failed and insufficient checks per safeguard category.
    func postureSection() -> String {
        let rows = assessment.posture.map { posture in
            let cells = [
                posture.applicable, posture.passed, posture.failed, posture.insufficientEvidence,
                posture.notApplicable,
            ]
            .map { "<td class=\"number\">\($0)</td>" }
            return "<tr><td>\(escape(posture.category.title))</td>\(cells.joined())</tr>"
        }
        let body =
            rows.isEmpty
            ? "<tr><td colspan=\"6\" class=\"empty\">No checks were evaluated.</td></tr>" : rows.joined(separator: "\n")

        return """
            <section>
            <h2>Posture by safeguard category</h2>
            <table>
            <thead><tr><th>Category</th><th class="number">Applicable</th><th class="number">Passed</th>\
            <th class="number">Failed</th><th class="number">Insufficient evidence</th>\
            <th class="number">Not applicable</th></tr></thead>
            <tbody>
            \(body)
            </tbody>
            </table>
            </section>
            """
    }

    /// Builds one block per check with findings, in priority order, listing every subject and its fix.
    func findingsSection() -> String {
        let groups = FindingGroup.groups(in: assessment)
        guard !groups.isEmpty else {
            return "<section>\n<h2>Findings by priority</h2>\n<p class=\"empty\">No findings.</p>\n</section>"
        }
        return "<section>\n<h2>Findings by priority</h2>\n" + groups.map(findingBlock).joined(separator: "\n")
            + "\n</section>"
    }

    /// Builds the table of every check result with its status, citations, lifecycle and summary.
    func resultsSection() -> String {
        let rows = assessment.results.map { result in
            """
            <tr><td><code>\(escape(result.checkID))</code><br>\(escape(result.title))</td>\
            <td>\(statusBadge(result.status))</td><td>\(citationList(result.citations))</td>\
            <td class="lifecycle">\(lifecycleMarks(result.lifecycle))</td><td>\(escape(result.summary))</td></tr>
            """
        }
        let body =
            rows.isEmpty
            ? "<tr><td colspan=\"5\" class=\"empty\">No checks were evaluated.</td></tr>" : rows.joined(separator: "\n")

        return """
            <section>
            <h2>Check results</h2>
            <table>
            <thead><tr><th>Check</th><th>Status</th><th>Citations</th><th>Lifecycle</th><th>Summary</th></tr></thead>
            <tbody>
            \(body)
            </tbody>
            </table>
            </section>
            """
    }

    /// Builds the table of evidence files with format, records, date range, SHA-256, warnings and errors.
    func evidenceSection() -> String {
        let rows = assessment.evidence.map { file in
            let range =
                file.dateRange.map { "\(ReportDate.text($0.earliest)) to \(ReportDate.text($0.latest))" } ?? "none"
            var notes = file.warnings.map { "<div class=\"warning\">Warning: \(escape($0))</div>" }
            if let error = file.error {
                notes.insert("<div class=\"error\">Not read: \(escape(error))</div>", at: 0)
            }
            return """
                <tr><td><code>\(escape(file.path))</code>\(notes.joined())</td><td>\(escape(file.format.displayName))</td>\
                <td class="number">\(file.records)</td><td>\(escape(range))</td><td class="hash">\(escape(file.sha256))</td></tr>
                """
        }
        let body =
            rows.isEmpty
            ? "<tr><td colspan=\"5\" class=\"empty\">No evidence files were read.</td></tr>"
            : rows.joined(separator: "\n")

        return """
            <section>
            <h2>Evidence files</h2>
            <table>
            <thead><tr><th>File</th><th>Format</th><th class="number">Records</th><th>Date range (UTC)</th>\
            <th>SHA-256</th></tr></thead>
            <tbody>
            \(body)
            </tbody>
            </table>
            </section>
            """
    }

    /// Builds the closing note on how the report was made.
    func footer() -> String {
        """
        <footer>Generated by Evident from the evidence files listed above (assessment schema version \
        \(Assessment.schemaVersion)). Citation titles follow \(escape(catalog.name)), text of \(escape(catalog.version)). \
        A check passes only when its evidence shows the safeguard in place; missing, stale or unreadable evidence \
        is reported as insufficient evidence.</footer>
        """
    }

    // MARK: - Private

    /// Builds the note under an excepted finding: who approved the exception, until when, the reason
    /// and the compensating control, so a reader sees the accepted risk rather than a hidden one.
    private func exceptedNote(_ exception: FindingException) -> String {
        """
        <p class="excepted"><span class="badge excepted">excepted</span> until \(escape(exception.expires.description)), \
        approved by \(escape(exception.approver)) on \(escape(exception.approved.description)) \
        (<code>\(escape(exception.evidence.description))</code>). Reason: \(escape(sentence(exception.reason))) \
        Compensating control: \(escape(sentence(exception.compensatingControl)))</p>
        """
    }

    /// Ends free text from the workspace with a full stop unless it already ends with punctuation.
    private func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last, !".!?".contains(last) else { return trimmed }
        return trimmed + "."
    }

    private func findingBlock(_ group: FindingGroup) -> String {
        let result = group.result
        let missing = result.lifecycle.missing
        let missingText =
            missing.isEmpty
            ? "" : " · <span class=\"missing\">Missing: \(escape(missing.joined(separator: ", ")))</span>"
        let kind = group.sharedKind.flatMap { $0 == .violation ? nil : " · \(escape($0.rawValue))" } ?? ""
        // A fix every finding shares is stated once under the table; otherwise each row carries its own.
        let sharedFix = group.remediations.count == 1 ? group.remediations.first : nil
        let rows = group.findings.map { finding in
            let fix =
                sharedFix == nil ? "<p class=\"fix\"><strong>Fix:</strong> \(escape(finding.remediation))</p>" : ""
            let ephi = finding.touchesEPHI ? " <span class=\"ephi\">ePHI</span>" : ""
            let excepted = finding.exception.map(exceptedNote) ?? ""
            let evidence = finding.evidence.map { "<code>\(escape($0.description))</code>" }.joined(separator: "<br>")
            return """
                <tr><td><span class="badge severity-\(finding.severity.rawValue)">\(finding.severity.rawValue)</span></td>\
                <td>\(escape(finding.subject.kind.rawValue)) <code>\(escape(finding.subject.id))</code>\(ephi)</td>\
                <td>\(escape(finding.message))\(excepted)\(fix)</td><td>\(evidence.isEmpty ? "<span class=\"empty\">none</span>" : evidence)</td></tr>
                """
        }

        return """
            <article class="finding severity-border-\(group.severity.rawValue)">
            <h3><span class="badge severity-\(group.severity.rawValue)">\(group.severity.rawValue)</span> \
            <code>\(escape(result.checkID))</code> \(escape(result.title))</h3>
            <p class="meta">\(statusBadge(result.status)) · \(counted(group.findings.count, "finding")) about \
            \(counted(group.subjectCount, "subject"))\(group.ephiCount > 0 ? ", \(group.ephiCount) touching ePHI" : "")\
            \(group.exceptedCount > 0 ? ", \(group.exceptedCount) excepted" : "")\(kind)\(missingText)</p>
            \(citationList(result.citations))
            <table>
            <thead><tr><th>Severity</th><th>Subject</th><th>Finding</th><th>Evidence</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            \(sharedFix.map { "<p class=\"fix\"><strong>Fix:</strong> \(escape($0))</p>" } ?? "")
            </article>
            """
    }

    private func citationList(_ citations: [String]) -> String {
        let items = citations.map { citation in
            let title = catalog.requirement(citation: citation).map { " \(escape($0.title))" } ?? ""
            return "<li><code>\(escape(citation))</code>\(title)</li>"
        }
        return "<ul class=\"citations\">\(items.joined())</ul>"
    }

    /// Returns the coloured badge of a status.
    func statusBadge(_ status: CheckStatus) -> String {
        let label = status.rawValue.replacing("-", with: " ")
        return "<span class=\"badge status-\(status.rawValue)\">\(label)</span>"
    }

    /// Returns a ✓ or ✗ line for each of the four lifecycle properties.
    func lifecycleMarks(_ lifecycle: Lifecycle) -> String {
        let properties = [
            ("documented", lifecycle.documented), ("implemented", lifecycle.implemented),
            ("maintained", lifecycle.maintained), ("evidenced", lifecycle.evidenced),
        ]
        return properties.map { name, holds in
            holds ? "<span>✓ \(name)</span>" : "<span class=\"missing\">✗ \(name)</span>"
        }
        .joined(separator: "<br>")
    }

    private func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Returns text escaped for HTML.
    func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
