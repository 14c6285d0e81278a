import EvidentCore

/// Information system activity review (164.308(a)(1)(ii)(D)): someone regularly reviews the audit
/// logs of each ePHI system.
///
/// Fails for an ePHI system with no review within `log_review_max_age_days` of `asOf`. A review
/// counts for a system when its activity is a log review and its system is the system's id or absent,
/// which means every system. A review `evident review` stored counts for the systems it lists.
/// Reviews dated after `asOf` are ignored.
struct LogReviewCheck: Check {
    let id = "audit.log-review"
    let title = "Information system activity review"
    let citations = ["164.308(a)(1)(ii)(D)"]

    /// The review activities that count as reviewing logs.
    static let activities: Set<String> = ["audit-logs", "access-logs", "information-system-activity", "log-review"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let limit = context.thresholds.logReviewMaxAgeDays
        let reviews = context.inventory.attestations.reviews.filter { review in
            LogReviewCheck.activities.contains(review.activity.comparisonKey)
                && review.performed <= context.settings.asOf
        }

        // A stored review that read no event reviewed nothing, so it does not count.
        let storedReviews = context.inventory.logReviews.filter { review in
            review.performed <= context.settings.asOf && review.events > 0
        }

        for system in context.ephiSystems {
            var covering = reviews.filter { review in
                review.system.map { $0.comparisonKey == system.id.comparisonKey } ?? true
            }
            for stored in storedReviews
            where stored.systems.contains(where: { $0.comparisonKey == system.id.comparisonKey }) {
                covering.append(
                    ReviewRecord(
                        activity: "log-review", system: system.id, performed: stored.performed,
                        performedBy: stored.reviewer, evidence: stored.evidence))
            }
            let latest = covering.max { $0.performed < $1.performed }
            if let latest, context.days(since: latest.performed) <= limit {
                continue
            }

            let found = latest.map {
                "last reviewed on \($0.performed) (\(Phrase.count(context.days(since: $0.performed), "day")) ago)"
            }
            collector.violation(
                .medium, Subject(kind: .system, id: system.id),
                "The audit logs of ePHI system \(system.id) were \(found ?? "never reviewed"), and the limit is "
                    + "\(limit) days.",
                fix: "Review the audit logs of \(system.name) and record it under reviews in attestations.yaml with "
                    + "activity: audit-logs, system: \(system.id) and the date.",
                evidence: [system.evidence] + (latest.map { [$0.evidence] } ?? []), touchesEPHI: true,
                gaps: .maintained)
        }

        return collector.result(
            evaluated: context.ephiSystems.count, "ePHI systems", singular: "ePHI system",
            notApplicable: "No system in inventory/systems.yaml handles ePHI.")
    }
}
