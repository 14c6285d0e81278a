import EvidentCore
import EvidentIngest
import EvidentReview
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
            organization: declarations.settings.organization,
            patientsPath: settings.patientsFile.map { folder.appendingPathComponent($0).path })
    }
}
