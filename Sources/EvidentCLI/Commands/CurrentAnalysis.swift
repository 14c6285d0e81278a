import EvidentChecks
import EvidentCore
import EvidentIngest
import EvidentRisk
import Foundation

/// The workspace as it is now, assessed and with its risks analysed: what `evident risk` records and
/// what orders `evident plan`.
struct CurrentAnalysis {
    /// The workspace read from its folder, with the log reviews and risk analyses of its history.
    var workspace: WorkspaceLoader.LoadedWorkspace
    /// The assessment of the workspace.
    var assessment: Assessment

    /// Reads, assesses and prints the workspace's warnings.
    ///
    /// - Parameters:
    ///   - location: The workspace folder and its history.
    ///   - asOf: The `--as-of` value, overriding `as_of` in evident.yaml.
    ///   - console: Where warnings go.
    /// - Throws: `UsageError` for an invalid day, and the loader's and store's errors.
    init(_ location: WorkspaceLocation, asOf: String?, console: Console) throws {
        workspace = try Self.loadWorkspace(location, console: console) { settings in
            guard let asOf else { return }
            guard let day = CalendarDay(iso8601: asOf) else {
                throw UsageError.invalidArgument(
                    "invalid value '\(asOf)' for '--as-of'; expected \(CalendarDay.expectation(forInvalid: asOf)).")
            }
            settings.asOf = day
        }
        assessment = Assessor().assess(workspace.inventory, settings: workspace.settings)
    }

    /// Reads the workspace, lets the command adjust its settings, prints its warnings and adds the log
    /// reviews and risk analyses of its history, as every command that assesses it needs.
    ///
    /// - Throws: What `adjust` throws, and the loader's and store's errors.
    static func loadWorkspace(
        _ location: WorkspaceLocation, console: Console, adjust: (inout WorkspaceSettings) throws -> Void
    ) throws -> WorkspaceLoader.LoadedWorkspace {
        var workspace = try WorkspaceLoader.load(at: location.folder, today: CalendarDay(containing: Date()))
        try adjust(&workspace.settings)
        for warning in workspace.warnings { console.warning(warning) }

        let organization = workspace.settings.organization
        workspace.inventory.logReviews = try StoredLogReviews.read(at: location, organizationID: organization.id)
        workspace.inventory.riskAnalyses = try StoredRiskAnalyses.read(at: location, organizationID: organization.id)
        return workspace
    }

    /// Analyses the risks of the assessed workspace.
    ///
    /// - Parameter database: The history the analysis will be recorded in, as shown to people.
    func riskAnalysis(recordedIn database: String? = nil) -> RiskAnalysis {
        RiskAnalyzer().analyze(
            workspace.inventory, assessment: assessment, settings: workspace.settings, recordedIn: database)
    }
}
