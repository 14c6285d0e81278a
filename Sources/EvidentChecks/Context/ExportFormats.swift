import EvidentCore

/// The groups of export formats that checks ask about together.
enum ExportFormats {
    /// Directory user exports: Entra ID and Active Directory.
    static let directories: Set<EvidenceFormat> = [.entraUsers, .activeDirectoryUsers, .googleWorkspaceUsers]
    /// User lists of ePHI systems.
    static let accessLists: Set<EvidenceFormat> = [.accessList]
    /// Every export accounts come from.
    static let accounts: Set<EvidenceFormat> = directories.union(accessLists)
    /// Entra ID MFA registration reports, CSV or Graph JSON.
    static let mfaRegistration: Set<EvidenceFormat> = [
        .entraMFARegistrationCSV, .entraMFARegistrationJSON, .googleWorkspaceUsers,
    ]
    /// Entra ID sign-in logs in their three shapes.
    static let signInLogs: Set<EvidenceFormat> = [.entraSignInsCSV, .entraSignInsJSON, .entraSignInsDiagnosticJSON]
    /// Device management exports.
    static let devices: Set<EvidenceFormat> = [.intuneDevices]
    /// Volume encryption output read from the devices themselves.
    static let diskEncryption: Set<EvidenceFormat> = [
        .bitLockerVolumesJSON, .manageBDEStatus, .fdesetupStatus, .lsblkJSON, .osqueryResults, .cryptsetupStatus,
    ]
    /// Malware protection status from devices.
    static let antivirus: Set<EvidenceFormat> = [.defenderStatusJSON, .osqueryResults, .defenderDeviceInventoryCSV]
    /// Windows password, lockout and screen-lock policy.
    static let endpointPolicies: Set<EvidenceFormat> = [.seceditINF, .gpresultXML]
    /// TLS scans.
    static let tlsScans: Set<EvidenceFormat> = [.testsslJSON, .testsslCSV, .sslyzeJSON]
    /// Network scans.
    static let scans: Set<EvidenceFormat> = [.nmapXML]
    /// Backup session reports.
    static let backups: Set<EvidenceFormat> = [
        .veeamBackupSessions, .veeamEnterpriseManagerSessions, .resticSnapshots, .borgArchives,
    ]
}
