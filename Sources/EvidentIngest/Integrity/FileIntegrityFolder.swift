import EvidentCore
import FoundationEssentials

/// Folds file-integrity reports, rows and alerts into one `FileIntegrityActivity` per host, tool and
/// UTC day, in order of first appearance, so memory grows with hosts and days, not with alerts.
struct FileIntegrityFolder {
    private var activities: [String: FileIntegrityActivity] = [:]
    private var order: [String] = []

    /// Adds one report or alert.
    ///
    /// - Parameters:
    ///   - changes: The files it flagged; 0 for a clean scan.
    ///   - example: One flagged file with its change, kept when the day has none yet.
    mutating func add(
        host: String, tool: FileIntegrityTool, at instant: Date, changes: Int, example: String?,
        evidence: EvidenceReference
    ) {
        let day = CalendarDay(containing: instant)
        let key = "\(host.lowercased())|\(tool.rawValue)|\(day)"
        guard var activity = activities[key] else {
            order.append(key)
            activities[key] = FileIntegrityActivity(
                host: host, tool: tool, day: day, latest: instant, changes: changes, example: example,
                evidence: evidence)
            return
        }
        activity.latest = max(activity.latest, instant)
        activity.changes += changes
        activity.example = activity.example ?? example
        activities[key] = activity
    }

    /// The folded activity, in order of first appearance.
    var activity: [FileIntegrityActivity] {
        order.compactMap { activities[$0] }
    }
}
