import EvidentCore

/// Decides the format of an evidence file from its content, never from its name.
///
/// Exports are renamed, zipped and re-saved freely, so the name proves nothing. The first character
/// settles the family (`<` XML, `{` or `[` JSON, anything else CSV), then the root element, the JSON
/// keys or the CSV header names settle the format. Only the start of the file is examined.
public enum EvidenceFormatDetector {
    /// How much of the text the JSON sniffing looks at; the first record's keys fall well inside.
    static let sniffLength = 65_536

    /// Detects the format of a file.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes, which reveal archives and binary files.
    ///   - text: The same bytes decoded by `TextDecoder`.
    public static func detect(bytes: [UInt8], text: String) -> FormatDetection {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return FormatDetection(
                format: .unknown,
                warning:
                    "a ZIP archive (an Excel workbook or a zipped export); extract the CSV or save the sheet as CSV")
        }
        let head = text.prefix(sniffLength)
        guard let first = head.first(where: { !$0.isWhitespace }) else {
            return FormatDetection(format: .unknown, warning: "the file is empty")
        }

        if let format = detectCommandOutput(head) { return FormatDetection(format: format) }
        if first != "<" && first != "{" && first != "[", let format = detectIntegrityText(head) {
            return FormatDetection(format: format)
        }
        switch first {
        case "<":
            return detectXML(head)
        case "{", "[":
            return detectJSON(head)
        default:
            return detectCSV(CSVHeaderSniffer.headerNames(of: text))
        }
    }

    /// Detects a CSV format from header names.
    public static func detectCSV(_ header: [String]) -> FormatDetection {
        let names = Set(header.map(normalize))
        func has(_ wanted: String...) -> Bool { wanted.allSatisfy { names.contains(normalize($0)) } }
        func hasAny(_ wanted: String...) -> Bool { wanted.contains { names.contains(normalize($0)) } }

        if has("Email Address [Required]") && hasAny("Status [READ ONLY]", "2sv Enrolled [READ ONLY]") {
            return FormatDetection(format: .googleWorkspaceUsers)
        }
        if has("id", "fqdn/ip", "port", "severity", "finding") {
            return FormatDetection(format: .testsslCSV)
        }
        if header.count == 4, has("username", "role", "enabled", "last_login") {
            return FormatDetection(format: .accessList)
        }
        if DefenderDeviceInventoryImporter.matches(has: has, hasAny: hasAny) {
            return FormatDetection(format: .defenderDeviceInventoryCSV)
        }
        if has("Device name", "Last check-in") || has("Device ID", "Device name", "Encrypted")
            || (has("deviceName") && hasAny("isEncrypted", "lastSyncDateTime", "EncryptionStatusString", "LastContact"))
        {
            return FormatDetection(format: .intuneDevices)
        }
        if (has("Date (UTC)", "Request ID") && hasAny("Username", "User"))
            || (has("CreatedDateTime", "UserPrincipalName") && hasAny("Status", "ErrorCode", "ConditionalAccessStatus"))
        {
            return FormatDetection(format: .entraSignInsCSV)
        }
        if hasAny("userPrincipalName", "User principal name")
            && hasAny("isMfaRegistered", "Multifactor authentication registered")
        {
            return FormatDetection(format: .entraMFARegistrationCSV)
        }
        if hasAny("userPrincipalName", "User principal name") && hasAny("accountEnabled", "Account enabled") {
            return FormatDetection(format: .entraUsers)
        }
        if has("SamAccountName", "Enabled") {
            return FormatDetection(format: .activeDirectoryUsers)
        }
        if has("BackupEndTime(UTC)", "Result", "JobName") {
            return FormatDetection(format: .veeamEnterpriseManagerSessions)
        }
        if has("StorageEncryptionEnabled") && hasAny("Name", "JobName") {
            return FormatDetection(format: .veeamJobEncryption)
        }
        if has("Machine Name", "Subcategory", "Inclusion Setting") {
            return FormatDetection(format: .auditpolCSV)
        }
        if has("JobName", "Result") && hasAny("Date", "EndTime", "CreationTime") {
            return FormatDetection(format: .veeamBackupSessions)
        }

        let shown = header.prefix(6).map { "'\(String($0.prefix(40)))'" }.joined(separator: ", ")
        let more = header.count > 6 ? " and \(header.count - 6) more" : ""
        return FormatDetection(
            format: .unknown,
            warning: header.isEmpty
                ? "no CSV header found, so the format is not recognized"
                : "a CSV file whose columns (\(shown)\(more)) match no supported export")
    }

    // MARK: - Private

    private static func detectXML(_ head: Substring) -> FormatDetection {
        guard let root = XMLRootSniffer.rootElementName(of: head) else {
            return FormatDetection(format: .unknown, warning: "an XML file without a root element")
        }
        if root == "Rsop" || root.hasSuffix(":Rsop") {
            return FormatDetection(format: .gpresultXML)
        }
        guard root == "nmaprun" else {
            return FormatDetection(
                format: .unknown, warning: "an XML file whose root element is <\(root)>, not an nmap scan (<nmaprun>)")
        }
        return FormatDetection(format: .nmapXML)
    }

    /// Recognizes the plain-text output of command-line tools by the words they start with.
    private static func detectCommandOutput(_ head: Substring) -> EvidenceFormat? {
        let text = head.drop { $0.isWhitespace }
        if text.hasPrefix("BitLocker Drive Encryption: Configuration Tool") || ManageBDEStatusImporter.matches(text) {
            return .manageBDEStatus
        }
        if text.hasPrefix("FileVault is ") { return .fdesetupStatus }
        if CryptsetupStatusImporter.matches(text) { return .cryptsetupStatus }
        if (text.hasPrefix("[Unicode]") || text.hasPrefix("[System Access]")) && head.contains("[System Access]") {
            return .seceditINF
        }
        return nil
    }

    private static func detectJSON(_ head: Substring) -> FormatDetection {
        if let format = detectIntegrityJSON(head) { return FormatDetection(format: format) }
        if head.contains("\"MountPoint\"") && head.contains("\"VolumeStatus\"") {
            return FormatDetection(format: .bitLockerVolumesJSON)
        }
        // `borg list --json` writes the repository after the archives, so a file cut short may lack it.
        let hasBorgArchive = head.contains("\"archive\"") && head.contains("\"start\"")
        if head.contains("\"archives\"") && (head.contains("\"repository\"") || hasBorgArchive) {
            return FormatDetection(format: .borgArchives)
        }
        if head.contains("\"hostname\"") && head.contains("\"paths\"") && head.contains("\"tree\"") {
            return FormatDetection(format: .resticSnapshots)
        }
        if head.contains("\"hostIdentifier\"")
            && (head.contains("\"columns\"") || head.contains("\"snapshot\"") || head.contains("\"diffResults\""))
        {
            return FormatDetection(format: .osqueryResults)
        }
        if head.contains("\"AntivirusSignatureLastUpdated\"") || head.contains("\"AMServiceEnabled\"") {
            return FormatDetection(format: .defenderStatusJSON)
        }
        if head.contains("\"server_scan_results\"") {
            return FormatDetection(format: .sslyzeJSON)
        }
        if (head.contains("\"scanResult\"") && head.contains("\"targetHost\""))
            || (head.contains("\"id\"") && head.contains("\"finding\"") && head.contains("\"severity\""))
        {
            return FormatDetection(format: .testsslJSON)
        }
        if head.contains("\"blockdevices\"") {
            return FormatDetection(format: .lsblkJSON)
        }
        if head.contains("\"category\"") && head.contains("SignInLogs\"") && head.contains("\"properties\"") {
            return FormatDetection(format: .entraSignInsDiagnosticJSON)
        }
        if head.contains("\"createdDateTime\"") && head.contains("\"userPrincipalName\"")
            && (head.contains("\"authenticationRequirement\"") || head.contains("\"conditionalAccessStatus\""))
        {
            return FormatDetection(format: .entraSignInsJSON)
        }
        if head.contains("\"userPrincipalName\"") && head.contains("\"isMfaRegistered\"") {
            return FormatDetection(format: .entraMFARegistrationJSON)
        }
        return FormatDetection(
            format: .unknown,
            warning: "a JSON file whose keys match no supported export (Entra ID registration details or sign-in "
                + "logs, Get-BitLockerVolume, lsblk, osquery, restic, borg, testssl.sh, sslyze)")
    }

    private static func normalize(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
