import EvidentCore

/// Mechanism to authenticate ePHI (164.312(c)(2)): every on-premises ePHI host is covered by
/// file-integrity monitoring (AIDE, osquery `file_events` or `hash`, Wazuh syscheck), and the changes
/// it flags are reviewed.
///
/// Fails for a host of an on-premises ePHI system that no report covers while reports exist, and for
/// flagged changes older than `integrity_review_max_age_days` with no review of the system on or after
/// their day. A host whose latest report is older than `integrity_monitoring_max_age_days`, and a
/// workspace without any monitoring report, are missing evidence. Reports after `asOf` are ignored.
struct IntegrityMonitoringCheck: Check {
    let id = "integrity.monitoring"
    let title = "File-integrity monitoring"
    let citations = ["164.312(c)(2)"]

    /// The review activities that count as reviewing file-integrity alerts.
    static let reviewActivities: Set<String> = [
        "file-integrity", "fim-alerts", "integrity-alerts", "integrity-monitoring",
    ]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let inventory = context.inventory
        let activity = inventory.fileIntegrity.filter { $0.latest <= context.asOfEnd }
        let hasReport =
            !activity.isEmpty || !inventory.usableFiles(of: [.aideCheck, .wazuhAlerts]).isEmpty
        let hosts = scope(context)

        collector.reportUnreadableFiles(of: ExportFormats.fileIntegrity, in: inventory)
        if !hasReport && !hosts.isEmpty {
            collector.missingEvidence(
                .high, Subject(kind: .evidence, id: "file-integrity-report"),
                "No file-integrity monitoring report was found, so no on-premises ePHI host can be shown to be "
                    + "monitored.",
                fix: "Export the reports of the file-integrity monitor into evidence/: AIDE --check output named "
                    + "after each host, Wazuh alerts.json, or osquery results of file_events or hash queries.",
                touchesEPHI: true)
        }

        for (host, system) in hosts where hasReport {
            let ofHost = activity.filter { HostName.matches($0.host, host) }
            evaluate(host, of: system, ofHost, context, into: &collector)
        }

        return collector.result(
            evaluated: hosts.count, "on-premises ePHI hosts", singular: "on-premises ePHI host",
            notApplicable: "No ePHI system runs on the practice's own hosts (hosting: on-premises, or hosts on a "
                + "private network).")
    }

    /// Returns the hosts of on-premises ePHI systems, each with the first system that lists it.
    private func scope(_ context: CheckContext) -> [(host: String, system: InformationSystem)] {
        var hosts: [(host: String, system: InformationSystem)] = []
        for system in context.ephiSystems where HostName.isOnPremises(system) {
            for host in HostName.judgedHosts(of: system)
            where !hosts.contains(where: { HostName.matches($0.host, host) }) {
                hosts.append((host, system))
            }
        }
        return hosts
    }

    private func evaluate(
        _ host: String, of system: InformationSystem, _ activity: [FileIntegrityActivity], _ context: CheckContext,
        into collector: inout FindingCollector
    ) {
        let subject = Subject(kind: .host, id: host)
        guard let latest = activity.max(by: { $0.latest < $1.latest }) else {
            collector.violation(
                .high, subject,
                "Host \(host) of ePHI system \(system.id) is in no file-integrity monitoring report, so changes to "
                    + "its files would go unnoticed.",
                fix: "Monitor \(host) with AIDE (aide --check daily), Wazuh syscheck or osquery file_events, and "
                    + "export its reports into evidence/.",
                evidence: [system.evidence], touchesEPHI: true)
            return
        }

        let limit = context.thresholds.integrityMonitoringMaxAgeDays
        let age = Phrase.age(context.seconds(since: latest.latest), overLimit: limit)
        if context.seconds(since: latest.latest) > Double(limit) * 86_400 {
            collector.missingEvidence(
                .medium, subject,
                "The latest \(latest.tool.rawValue) report for host \(host) is from \(Phrase.timestamp(latest.latest)), "
                    + "\(age) before the end of \(context.settings.asOf), beyond the limit of "
                    + "\(limit) days, so monitoring may have stopped.",
                fix: "Check that the file-integrity monitor still runs on \(host), then export its latest report.",
                evidence: [latest.evidence], touchesEPHI: true, gaps: .maintained)
        }

        reportUnreviewed(activity.filter { $0.changes > 0 }, host: host, of: system, context, into: &collector)
    }

    /// Reports flagged changes that waited longer than the review limit without a review on or after their day.
    private func reportUnreviewed(
        _ alerts: [FileIntegrityActivity], host: String, of system: InformationSystem, _ context: CheckContext,
        into collector: inout FindingCollector
    ) {
        let limit = context.thresholds.integrityReviewMaxAgeDays
        let reviews = context.inventory.attestations.reviews.filter { review in
            Self.reviewActivities.contains(review.activity.comparisonKey) && review.performed <= context.settings.asOf
                && (review.system.map { $0.comparisonKey == system.id.comparisonKey } ?? true)
        }
        let lastReview = reviews.max { $0.performed < $1.performed }
        let unreviewed = alerts.filter { alert in
            context.days(since: alert.day) > limit && !reviews.contains { $0.performed >= alert.day }
        }
        guard let first = unreviewed.min(by: { $0.day < $1.day }), let last = unreviewed.max(by: { $0.day < $1.day })
        else { return }

        let changes = unreviewed.map(\.changes).reduce(0, +)
        let example = unreviewed.compactMap(\.example).first.map { " (for example \($0))" } ?? ""
        let span = first.day == last.day ? "on \(first.day)" : "between \(first.day) and \(last.day)"
        let reviewed =
            lastReview.map { "the last review of its alerts was on \($0.performed)" } ?? "no review is recorded"
        collector.violation(
            .medium, Subject(kind: .host, id: host),
            "\(Phrase.count(changes, "file change")) flagged on host \(host) \(span)\(example) \(changes == 1 ? "was" : "were") not "
                + "reviewed within \(limit) days, and \(reviewed).",
            fix: "Review the flagged changes on \(host), investigate any that were not authorized, and record the "
                + "review under reviews in attestations.yaml with activity: file-integrity, system: \(system.id) "
                + "and the date.",
            evidence: [first.evidence] + (lastReview.map { [$0.evidence] } ?? []), touchesEPHI: true,
            gaps: .maintained)
    }
}
