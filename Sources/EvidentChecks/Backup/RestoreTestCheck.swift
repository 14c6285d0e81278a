import EvidentCore

/// Testing and revision procedures (164.308(a)(7)(ii)(D)): backups are shown to restore.
///
/// For each ePHI system with a backup job, fails when the latest restore test failed (high), or when
/// no successful test was performed within `restore_test_max_age_days` of `asOf` (medium). Tests
/// dated after `asOf` are ignored.
struct RestoreTestCheck: Check {
    let id = "backup.restore-test"
    let title = "Restore tests"
    let citations = ["164.308(a)(7)(ii)(D)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let limit = context.thresholds.restoreTestMaxAgeDays
        let systems = context.ephiSystems.filter { !($0.backupJob?.trimmedWhitespace.isEmpty ?? true) }
        let tests = context.inventory.attestations.restoreTests.filter { $0.performed <= context.settings.asOf }

        for system in systems {
            let ofSystem = tests.filter { $0.system.comparisonKey == system.id.comparisonKey }
            let latest = ofSystem.max { $0.performed < $1.performed }
            let latestSuccess = ofSystem.filter(\.succeeded).max { $0.performed < $1.performed }
            let subject = Subject(kind: .system, id: system.id)
            let record =
                "Restore \(system.name) from backup to an isolated target and record it under restore_tests in "
                + "attestations.yaml with system: \(system.id), the date and the outcome."
            let lastGood = latestSuccess.map { "last succeeded on \($0.performed)" } ?? "has never succeeded"
            let lastRestore =
                latestSuccess.map { "the last successful restore was on \($0.performed)" }
                ?? "no restore test has ever succeeded"

            if let latest, !latest.succeeded {
                collector.violation(
                    .high, subject,
                    "The latest restore test of ePHI system \(system.id), on \(latest.performed), failed, and "
                        + lastRestore + ".",
                    fix: "Find why the restore of \(system.name) failed and fix the backup. Then test again: " + record,
                    evidence: [system.evidence, latest.evidence], touchesEPHI: true)
            } else if latestSuccess.map({ context.days(since: $0.performed) > limit }) ?? true {
                let age = latestSuccess.map { " (\(Phrase.count(context.days(since: $0.performed), "day")) ago)" } ?? ""
                collector.violation(
                    .medium, subject,
                    "The restore test of ePHI system \(system.id) \(lastGood)\(age), and the limit is \(limit) days.",
                    fix: record, evidence: [system.evidence] + (latestSuccess.map { [$0.evidence] } ?? []),
                    touchesEPHI: true, gaps: .maintained)
            }
        }

        return collector.result(
            evaluated: systems.count, "ePHI systems with a backup job", singular: "ePHI system with a backup job",
            notApplicable: "No ePHI system declares a backup job.")
    }
}
