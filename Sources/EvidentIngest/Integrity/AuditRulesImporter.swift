import EvidentCore
import FoundationEssentials

/// Reads Linux audit rules (`auditctl -l` output or a `/etc/audit/rules.d/*.rules` file) into the
/// change auditing coverage of the host the file is named after (see `CheckFileName`).
///
/// Configuration changes are recorded by a write (`w`) or attribute (`a`) watch on a path under
/// `/etc`, as `-w /etc/ssh/sshd_config -p wa` or `-a always,exit -F path=/etc/... -F perm=wa`.
/// Permission changes are recorded by such a watch on the account files (`/etc/passwd`, `/etc/group`,
/// `/etc/shadow`, `/etc/gshadow`, `/etc/sudoers`) or by a syscall rule for `chmod`, `chown` or the
/// extended-attribute calls, as in the CIS `perm_mod` rules. Control lines (`-D`, `-b`, `-f`, `-e`)
/// are allowed; other lines get a warning.
struct AuditRulesImporter {
    let context: ImportContext

    static let accountFiles = ["/etc/passwd", "/etc/group", "/etc/shadow", "/etc/gshadow", "/etc/sudoers"]
    static let permissionCalls: Set<String> = [
        "chmod", "fchmod", "fchmodat", "chown", "fchown", "fchownat", "lchown", "setxattr", "lsetxattr", "fsetxattr",
        "removexattr", "lremovexattr", "fremovexattr",
    ]

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        var configuration: [String] = []
        var permissions: [String] = []
        var sawRules = false

        TextLines.forEach(in: text) { rawLine, number in
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { return }
            if line == "No rules" {
                sawRules = true
                return
            }
            let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let flag = words.first, flag.hasPrefix("-") else {
                collector.warn(line: number, "'\(line.prefix(60))' is not an audit rule; left out")
                return
            }
            sawRules = true
            guard flag == "-w" || flag == "-a" || flag == "-A" else { return }
            collector.records += 1

            let rule = Self.read(words)
            if let path = rule.path, rule.isWriteWatch, path.hasPrefix("/etc") {
                configuration.append(line)
                if Self.accountFiles.contains(where: { path.hasPrefix($0) }) { permissions.append(line) }
            }
            if !rule.calls.isDisjoint(with: Self.permissionCalls) { permissions.append(line) }
        }

        guard sawRules else {
            throw .malformed(
                path: context.path, line: 1, column: nil,
                reason: "no audit rule found; save the output of auditctl -l or the rules file as written")
        }
        collector.facts.changeAuditCoverage = [
            ChangeAuditCoverage(
                host: CheckFileName.subject(of: context.path), recordsConfigurationChanges: !configuration.isEmpty,
                recordsPermissionChanges: !permissions.isEmpty, rules: Array(Set(configuration + permissions)).sorted(),
                evidence: collector.reference(line: nil))
        ]
        return collector.finish()
    }

    /// The parts of a rule that decide coverage.
    private struct Rule {
        var path: String?
        var permissions = ""
        var calls: Set<String> = []

        var isWriteWatch: Bool { permissions.contains("w") || permissions.contains("a") }
    }

    private static func read(_ words: [String]) -> Rule {
        var rule = Rule()
        var index = 0
        while index < words.count {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : ""
            switch word {
            case "-w":
                rule.path = next
            case "-p":
                rule.permissions = next
            case "-S":
                rule.calls.formUnion(next.split(separator: ",").map(String.init))
            case "-F":
                if next.hasPrefix("path=") || next.hasPrefix("dir=") {
                    rule.path = String(next.drop { $0 != "=" }.dropFirst())
                } else if next.hasPrefix("perm=") {
                    rule.permissions = String(next.dropFirst(5))
                }
            default:
                break
            }
            index += 1
        }
        return rule
    }
}
