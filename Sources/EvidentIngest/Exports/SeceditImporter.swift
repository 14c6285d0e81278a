import EvidentCore

/// Reads a Windows security policy exported with `secedit /export /cfg file.inf` into an endpoint
/// policy.
///
/// The INF has `[System Access]` lines such as `MinimumPasswordLength = 14` and `[Registry Values]`
/// lines such as `MACHINE\Software\Microsoft\Windows\CurrentVersion\Policies\System\
/// InactivityTimeoutSecs=4,900` (type 4 is a DWORD). secedit writes UTF-16LE into a new file and
/// ANSI into an existing one without a byte order mark; both arrive here decoded. Lockout keys appear
/// only when configured. The file names no computer, so the file is named after the machine. The
/// `[Event Audit]` section gives change auditing coverage (see `SeceditEventAudit`).
struct SeceditImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        var policy = EndpointPolicy(
            device: DeviceFileName.device(of: context.path), evidence: collector.reference(line: 1))
        var section = ""
        var sawSystemAccess = false
        var eventAudit = SeceditEventAudit()

        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                if section == "System Access" {
                    sawSystemAccess = true
                    policy.evidence = collector.reference(line: index + 1)
                }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)

            switch (section, key) {
            case ("Event Audit", _): eventAudit.read(key: key, value: value, line: index + 1)
            case ("System Access", "MinimumPasswordLength"): policy.minimumPasswordLength = Int(value)
            case ("System Access", "PasswordComplexity"): policy.requiresComplexity = Int(value).map { $0 != 0 }
            case ("System Access", "MaximumPasswordAge"): policy.maximumPasswordAgeDays = Int(value)
            case ("System Access", "LockoutBadCount"): policy.lockoutThreshold = Int(value)
            case ("Registry Values", _)
            where key.replacingOccurrences(of: "\\\\", with: "\\").lowercased()
                .hasSuffix("\\policies\\system\\inactivitytimeoutsecs"):
                policy.inactivityTimeoutSeconds = Int(value.split(separator: ",").last ?? "")
                if policy.inactivityTimeoutSeconds == nil {
                    collector.warn(line: index + 1, "InactivityTimeoutSecs value '\(value)' is not a number")
                }
            default:
                break
            }
        }

        guard sawSystemAccess else {
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "no [System Access] section; run secedit /export /cfg in an elevated prompt")
        }
        collector.records = 1
        collector.facts.endpointPolicies.append(policy)
        if let coverage = eventAudit.coverage(host: policy.device, path: context.path) {
            collector.facts.changeAuditCoverage.append(coverage)
        }
        return collector.finish()
    }
}
