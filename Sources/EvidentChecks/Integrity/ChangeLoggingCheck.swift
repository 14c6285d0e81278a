import EvidentCore

/// Audit controls (164.312(b)) and integrity (164.312(c)(1)): each ePHI system records changes to its
/// configuration and permissions, as declared by `change_logging` in `systems.yaml` and shown by
/// audit settings that exist.
///
/// Fails when `change_logging` is false, or when the audit rules or audit policy of a host of the
/// system record configuration or permission changes not at all. A system that declares nothing, or
/// declares `change_logging: true` with neither audit settings of its hosts nor a readable
/// `change_log_evidence` export, is missing evidence.
struct ChangeLoggingCheck: Check {
    let id = "integrity.change-logging"
    let title = "Configuration and permission change logging"
    let citations = ["164.312(b)", "164.312(c)(1)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        collector.reportUnreadableFiles(of: ExportFormats.changeAuditing, in: context.inventory)

        for system in context.ephiSystems {
            let subject = Subject(kind: .system, id: system.id)
            switch system.changeLogging {
            case .none:
                collector.missingEvidence(
                    .medium, subject,
                    "ePHI system \(system.id) does not declare whether it records configuration and permission "
                        + "changes.",
                    fix: "Check that \(system.name) logs changes to its settings, users and permissions, then set "
                        + "change_logging for \(system.id) in inventory/systems.yaml.",
                    evidence: [system.evidence], touchesEPHI: true, gaps: .documented)
            case .some(false):
                collector.violation(
                    .high, subject,
                    "ePHI system \(system.id) does not record configuration and permission changes "
                        + "(change_logging false).",
                    fix: "Turn on change auditing for \(system.name) (audit rules on its hosts, or the application's "
                        + "admin audit log), then set change_logging: true for \(system.id).",
                    evidence: [system.evidence], touchesEPHI: true)
            case .some(true):
                evaluateEvidence(of: system, context, into: &collector)
            }
        }

        return collector.result(
            evaluated: context.ephiSystems.count, "ePHI systems", singular: "ePHI system",
            notApplicable: "No system in inventory/systems.yaml handles ePHI.")
    }

    private func evaluateEvidence(
        of system: InformationSystem, _ context: CheckContext, into collector: inout FindingCollector
    ) {
        let subject = Subject(kind: .system, id: system.id)
        let coverage = context.inventory.changeAuditCoverage.filter { record in
            system.hosts.contains { HostName.matches($0, record.host) }
        }
        // A host's rules may be split over several files (rules.d), so its coverage is their union.
        let byHost = Dictionary(grouping: coverage) { record in
            system.hosts.first { HostName.matches($0, record.host) }?.comparisonKey ?? record.host.comparisonKey
        }
        for key in byHost.keys.sorted() {
            guard let records = byHost[key], let record = records.first else { continue }
            let missing = [
                records.contains(where: \.recordsConfigurationChanges) ? nil : "configuration",
                records.contains(where: \.recordsPermissionChanges) ? nil : "permission",
            ].compactMap { $0 }
            guard !missing.isEmpty else { continue }
            collector.violation(
                .medium, Subject(kind: .host, id: record.host),
                "The audit settings of host \(record.host) (ePHI system \(system.id)) record no "
                    + "\(Phrase.list(missing)) changes.",
                fix: "On Linux add audit rules such as -w /etc/ -p wa -k config and -a always,exit -F arch=b64 -S "
                    + "chmod,fchmod,fchmodat,chown,fchown,fchownat,lchown -k perm_mod; on Windows audit success of "
                    + "Audit Policy Change and User Account Management. Then export the settings again.",
                evidence: records.map(\.evidence), touchesEPHI: true)
        }
        guard coverage.isEmpty else { return }

        if DeclaredEvidence.file(system.changeLogEvidence, in: context.inventory) != nil { return }
        if let declared = system.changeLogEvidence {
            collector.missingEvidence(
                .medium, subject,
                "The change_log_evidence \(declared) of ePHI system \(system.id) was not found in the workspace or "
                    + "could not be read.",
                fix: "Put the export named by change_log_evidence into evidence/, or correct the path for "
                    + "\(system.id) in inventory/systems.yaml.",
                evidence: [system.evidence], touchesEPHI: true)
            return
        }
        let found =
            system.hosts.isEmpty
            ? "it lists no hosts whose audit settings could show it"
            : "no audit rules or audit policy export of its hosts (\(Phrase.list(system.hosts))) was found"
        collector.missingEvidence(
            .medium, subject,
            "ePHI system \(system.id) declares change_logging, but \(found), and no change_log_evidence is named.",
            fix: "Export auditctl -l (Linux, named after the host) or auditpol /get /category:* /r (Windows) into "
                + "evidence/, or, for a hosted application, export its admin audit log and name it as "
                + "change_log_evidence for \(system.id).",
            evidence: [system.evidence], touchesEPHI: true)
    }
}
