import EvidentCore
import EvidentIngest
import EvidentReview
import EvidentStore
import Foundation

/// The parts of a workspace `evident review` uses: review settings, roster and patient file.
struct ReviewWorkspace {
    /// The workspace folder.
    let folder: URL
    /// The `review:` settings.
    let settings: ReviewSettings
    /// The HR roster.
    let workforce: [WorkforceMember]
    /// The organization, which keys the stored review.
    let organization: Organization
    /// The ids of the systems declared in `inventory/systems.yaml`, which `--system` must name.
    let systemIDs: [String]
    /// The patient demographics file's full path, when set.
    let patientsPath: String?

    /// Reads a workspace, printing its warnings.
    ///
    /// - Throws: `WorkspaceError` when a required file is missing or invalid.
    static func load(_ path: String, console: Console) throws -> ReviewWorkspace {
        let folder = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        let declarations = try WorkspaceReader.readDeclarations(at: folder, today: CalendarDay(containing: Date()))
        var warnings = declarations.warnings
        let settings = try ReviewSettingsReader.read(at: folder, warnings: &warnings)
        for warning in warnings { console.warning(warning) }

        return ReviewWorkspace(
            folder: folder, settings: settings, workforce: declarations.workforce,
            organization: declarations.settings.organization, systemIDs: declarations.systems.map(\.id),
            patientsPath: settings.patientsFile.map { folder.appendingPathComponent($0).path })
    }

    /// Stores the review in the workspace's history and prints its id and the systems it covers.
    func record(
        _ result: ReviewResult, systems: [String], reviewer: String?, location: WorkspaceLocation, console: Console
    ) throws {
        guard let store = try location.openStore() as? any LogReviewStore else {
            throw UsageError.invalidArgument("the database at \(location.databasePath) cannot keep log reviews.")
        }
        let now = Date()
        let findings = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, result.count(of: $0)) })
        let review = LogReviewRecord(
            performed: CalendarDay(containing: now), reviewer: reviewer, systems: systems,
            periodStart: result.firstEvent.map(ReviewTime.iso8601), periodEnd: result.lastEvent.map(ReviewTime.iso8601),
            events: result.eventCount, findings: findings,
            sources: result.sources.map {
                LogReviewSource(path: $0.path, sha256: $0.sha256, bytes: $0.bytes, format: $0.format, events: $0.events)
            })
        let id = try store.record(review, organization: organization, recordedAt: now)

        let covered =
            systems.isEmpty
            ? "no system; set review.systems in evident.yaml or pass --system" : systems.joined(separator: ", ")
        console.writeError("evident: recorded log review \(id), covering \(covered).\n")
    }
}
