/// The export formats Evident reads from a workspace's `evidence/` folder, detected by content.
///
/// The raw values are stable identifiers that appear in JSON output and in the store.
public enum EvidenceFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// Microsoft Intune "All devices" export, `DevicesWithInventory_*.csv`.
    case intuneDevices = "intune-devices"
    /// Microsoft Entra ID "Download users" CSV.
    case entraUsers = "entra-users"
    /// Microsoft Entra ID user registration details (MFA), as CSV with Graph field names.
    case entraMFARegistrationCSV = "entra-mfa-registration-csv"
    /// Microsoft Entra ID user registration details (MFA), as Graph JSON `{"value": [...]}`.
    case entraMFARegistrationJSON = "entra-mfa-registration-json"
    /// Active Directory `Get-ADUser | Export-Csv` from Windows PowerShell 5.1 or PowerShell 7.
    case activeDirectoryUsers = "active-directory-users"
    /// Veeam Backup & Replication session report from PowerShell (`JobName,Result,...,Date`).
    case veeamBackupSessions = "veeam-backup-sessions"
    /// Veeam Backup Enterprise Manager backup session report from its REST API.
    case veeamEnterpriseManagerSessions = "veeam-enterprise-manager-sessions"
    /// Nmap XML output (`nmap -oX`).
    case nmapXML = "nmap-xml"
    /// Microsoft Entra ID sign-in log downloaded from the portal as CSV (`InteractiveSignIns_*.csv`), or
    /// the older `CreatedDateTime,UserPrincipalName,...` export.
    case entraSignInsCSV = "entra-sign-ins-csv"
    /// Microsoft Entra ID sign-in log as Graph `auditLogs/signIns` JSON or the portal's JSON download.
    case entraSignInsJSON = "entra-sign-ins-json"
    /// Microsoft Entra ID sign-in log as Azure Monitor diagnostic-settings records (`SignInLogs` category).
    case entraSignInsDiagnosticJSON = "entra-sign-ins-diagnostic-json"
    /// BitLocker volumes from `Get-BitLockerVolume | ConvertTo-Json`.
    case bitLockerVolumesJSON = "bitlocker-volumes-json"
    /// BitLocker status from `manage-bde -status`, in English.
    case manageBDEStatus = "manage-bde-status"
    /// FileVault status from macOS `fdesetup status`.
    case fdesetupStatus = "fdesetup-status"
    /// Linux block devices from `lsblk --json`, showing LUKS encryption.
    case lsblkJSON = "lsblk-json"
    /// restic snapshots from `restic snapshots --json`.
    case resticSnapshots = "restic-snapshots"
    /// Borg archives from `borg list --json` or `borg info --json`.
    case borgArchives = "borg-archives"
    /// testssl.sh results from `--jsonfile` or `--jsonfile-pretty`.
    case testsslJSON = "testssl-json"
    /// testssl.sh results from `--csvfile`.
    case testsslCSV = "testssl-csv"
    /// sslyze results from `--json_out`.
    case sslyzeJSON = "sslyze-json"
    /// Microsoft Defender status from `Get-MpComputerStatus | ConvertTo-Json`.
    case defenderStatusJSON = "defender-status-json"
    /// osquery result or snapshot logs, one JSON object per line.
    case osqueryResults = "osquery-results"
    /// Windows security policy from `secedit /export /cfg`, an INF file.
    case seceditINF = "secedit-inf"
    /// Windows resultant set of policy from `gpresult /x`.
    case gpresultXML = "gpresult-xml"
    /// Google Workspace "Download users" CSV from the Admin console.
    case googleWorkspaceUsers = "google-workspace-users"
    /// The user list of an ePHI system, `username,role,enabled,last_login`.
    case accessList = "access-list"
    /// Linux `cryptsetup status NAME` output, one or more mappings.
    case cryptsetupStatus = "cryptsetup-status"
    /// The Microsoft Defender portal's device inventory exported as CSV.
    case defenderDeviceInventoryCSV = "defender-device-inventory-csv"
    /// AIDE `--check` report, as mailed by cron or written to `/var/log/aide/aide.log`.
    case aideCheck = "aide-check"
    /// Wazuh alerts, one JSON object per line (`alerts.json`); syscheck alerts are read.
    case wazuhAlerts = "wazuh-alerts"
    /// `restic check` output, its `--json` summary or its text.
    case resticCheck = "restic-check"
    /// `borg check` output, with `--show-rc` or `--log-json`.
    case borgCheck = "borg-check"
    /// Linux audit rules, from `auditctl -l` or a `rules.d` file.
    case auditdRules = "auditd-rules"
    /// Windows audit policy from `auditpol /get /category:* /r`.
    case auditpolCSV = "auditpol-csv"
    /// Veeam job encryption settings, `Get-VBRJob` with `StorageEncryptionEnabled`, as CSV.
    case veeamJobEncryption = "veeam-job-encryption"
    /// A file whose format was not recognized.
    case unknown = "unknown"

    /// A short name for people, as shown by `evident evidence`.
    public var displayName: String {
        switch self {
        case .intuneDevices: "Intune device export"
        case .entraUsers: "Entra ID users"
        case .entraMFARegistrationCSV: "Entra ID MFA registration (CSV)"
        case .entraMFARegistrationJSON: "Entra ID MFA registration (Graph JSON)"
        case .activeDirectoryUsers: "Active Directory users"
        case .veeamBackupSessions: "Veeam B&R backup sessions"
        case .veeamEnterpriseManagerSessions: "Veeam Enterprise Manager sessions"
        case .nmapXML: "Nmap XML scan"
        case .entraSignInsCSV: "Entra ID sign-in log (CSV)"
        case .entraSignInsJSON: "Entra ID sign-in log (Graph JSON)"
        case .entraSignInsDiagnosticJSON: "Entra ID sign-in log (Azure Monitor JSON)"
        case .bitLockerVolumesJSON: "BitLocker volumes (Get-BitLockerVolume)"
        case .manageBDEStatus: "BitLocker status (manage-bde)"
        case .fdesetupStatus: "FileVault status (fdesetup)"
        case .lsblkJSON: "Linux block devices (lsblk --json)"
        case .resticSnapshots: "restic snapshots"
        case .borgArchives: "Borg archives"
        case .testsslJSON: "testssl.sh scan (JSON)"
        case .testsslCSV: "testssl.sh scan (CSV)"
        case .sslyzeJSON: "sslyze scan (JSON)"
        case .defenderStatusJSON: "Microsoft Defender status (Get-MpComputerStatus)"
        case .osqueryResults: "osquery results"
        case .seceditINF: "Windows security policy (secedit)"
        case .gpresultXML: "Windows resultant policy (gpresult)"
        case .googleWorkspaceUsers: "Google Workspace users"
        case .accessList: "ePHI system access list"
        case .cryptsetupStatus: "LUKS status (cryptsetup status)"
        case .defenderDeviceInventoryCSV: "Microsoft Defender device inventory (CSV)"
        case .aideCheck: "AIDE check report"
        case .wazuhAlerts: "Wazuh alerts"
        case .resticCheck: "restic check"
        case .borgCheck: "borg check"
        case .auditdRules: "Linux audit rules"
        case .auditpolCSV: "Windows audit policy (auditpol)"
        case .veeamJobEncryption: "Veeam job encryption settings"
        case .unknown: "unrecognized"
        }
    }
}
