import FoundationEssentials

/// What a file-integrity monitor reported about one host on one day: that it ran, and how many
/// changed, added or removed files it flagged.
///
/// Importers fold every report, row and alert of a host into one value per tool and UTC day, so a
/// Wazuh `alerts.json` with a million lines costs one value per host and day.
public struct FileIntegrityActivity: Hashable, Sendable, Codable {
    /// The host as the tool names it: the AIDE report's file name, osquery's `hostIdentifier`, Wazuh's
    /// `agent.name`.
    public var host: String
    /// The monitor that reported.
    public var tool: FileIntegrityTool
    /// The UTC day of the reports.
    public var day: CalendarDay
    /// The latest report time of that day.
    public var latest: Date
    /// How many files the reports flagged as changed, added or removed; 0 for clean scans.
    public var changes: Int
    /// One flagged file with its change, for example `modified /etc/sudoers`; `nil` when none.
    public var example: String?
    /// The first record of the day the reports came from.
    public var evidence: EvidenceReference

    /// Creates one day of monitoring activity.
    public init(
        host: String, tool: FileIntegrityTool, day: CalendarDay, latest: Date, changes: Int, example: String? = nil,
        evidence: EvidenceReference
    ) {
        self.host = host
        self.tool = tool
        self.day = day
        self.latest = latest
        self.changes = changes
        self.example = example
        self.evidence = evidence
    }
}

/// The file-integrity monitors Evident reads.
public enum FileIntegrityTool: String, Hashable, Sendable, Codable, CaseIterable {
    /// AIDE `--check` reports.
    case aide
    /// osquery `file_events` and `hash` query results.
    case osquery
    /// Wazuh syscheck alerts.
    case wazuh
}
