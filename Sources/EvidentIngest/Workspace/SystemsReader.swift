import EvidentCore

/// Reads `inventory/systems.yaml` into `InformationSystem` declarations.
///
/// The file is a list of systems, either at the top level or under a `systems:` key. Each system
/// needs `id`, `name` and `ephi`; ids must be unique because other files refer to systems by id.
/// A `session_timeout_seconds` of 0 means the session never times out, and is kept for the check.
/// Each system's evidence reference is the line its entry starts on.
enum SystemsReader {
    /// The file's path relative to the workspace.
    static let path = "inventory/systems.yaml"

    /// The keys a system entry may have.
    static let systemKeys = [
        "id", "name", "ephi", "vendor", "hosts", "mfa", "session_timeout_seconds", "audit_logging",
        "log_retention_days", "transmission", "encryption_at_rest", "backup_job", "allowed_roles", "access_list",
        "hosting", "change_logging", "change_log_evidence", "backup_encrypted", "backup_encryption_evidence",
    ]

    /// Parses the file's text.
    ///
    /// - Parameters:
    ///   - text: The decoded file.
    ///   - warnings: Receives a `path:line: message` warning per unknown key, and one when the file
    ///     declares no systems.
    /// - Throws: `WorkspaceError.invalidYAML` for invalid values and `WorkspaceError.duplicateID` when two
    ///   systems share an id.
    static func read(_ text: String, warnings: inout [String]) throws(WorkspaceError) -> [InformationSystem] {
        let systems = try WorkspaceError.readingYAML { () throws(YAMLError) -> [InformationSystem] in
            let entries = try systemEntries(text, warnings: &warnings)
            var systems: [InformationSystem] = []
            for entry in entries {
                warnings += entry.unknownKeyWarnings(known: systemKeys)
                systems.append(try readSystem(entry))
            }
            return systems
        }

        var firstLineByID: [String: Int] = [:]
        for system in systems {
            let line = system.evidence.line ?? 1
            if let firstLine = firstLineByID[system.id] {
                throw .duplicateID(path: path, line: line, id: system.id, firstLine: firstLine)
            }
            firstLineByID[system.id] = line
        }

        if systems.isEmpty {
            warnings.append(
                "\(path):1: no systems are declared; list every system that creates, receives, maintains or "
                    + "transmits ePHI.")
        }
        return systems
    }

    // MARK: - Private

    /// Returns the system entries of the file, accepting a top-level list or a `systems:` key.
    private static func systemEntries(_ text: String, warnings: inout [String]) throws(YAMLError) -> [YAMLMapping] {
        guard let root = try YAMLParser.parse(text, path: path) else { return [] }
        guard case .mapping = root.content else {
            return try YAMLMapping.items(of: root, path: path, name: "systems")
        }

        let file = try YAMLMapping(root, path: path, name: "the file")
        warnings += file.unknownKeyWarnings(known: ["systems"])
        return try file.mappings("systems")
    }

    private static func readSystem(_ entry: YAMLMapping) throws(YAMLError) -> InformationSystem {
        var system = try readCoreKeys(entry)
        system.hosting = try entry.value("hosting", as: SystemHosting.self)
        system.changeLogging = try entry.bool("change_logging")
        system.changeLogEvidence = try entry.string("change_log_evidence")
        system.backupEncrypted = try entry.bool("backup_encrypted")
        system.backupEncryptionEvidence = try entry.string("backup_encryption_evidence")
        return system
    }

    private static func readCoreKeys(_ entry: YAMLMapping) throws(YAMLError) -> InformationSystem {
        InformationSystem(
            id: try entry.requiredString("id"),
            name: try entry.requiredString("name"),
            handlesEPHI: try entry.requiredBool("ephi"),
            vendor: try entry.string("vendor"),
            hosts: try entry.strings("hosts"),
            mfa: try entry.value("mfa", as: MFAEnforcement.self),
            sessionTimeoutSeconds: try entry.int("session_timeout_seconds", minimum: 0),
            auditLogging: try entry.bool("audit_logging"),
            logRetentionDays: try entry.int("log_retention_days", minimum: 0),
            transmission: try entry.strings("transmission").map { $0.lowercased() },
            encryptionAtRest: try entry.bool("encryption_at_rest"),
            backupJob: try entry.string("backup_job"),
            allowedRoles: try entry.strings("allowed_roles"),
            accessList: try entry.string("access_list"),
            evidence: EvidenceReference(path: path, line: entry.line)
        )
    }
}
