import EvidentChecks
import EvidentCore
import EvidentIngest
import EvidentReport
import EvidentRisk
import Foundation

/// `evident assess`: reads a workspace, evaluates every check, stores the run and prints the gaps.
enum AssessCommand: Command {
    static let spec = CommandSpec(
        name: "assess",
        abstract: "Assess a workspace against the HIPAA Security Rule and list the gaps by priority.",
        usage: "assess [DIR] [options]",
        discussion: """
            Reads the workspace folder DIR (default: the current folder): evident.yaml, inventory/,
            attestations.yaml and the exports in evidence/. Evaluates every check, stores the run in the
            workspace's history, and prints the posture per safeguard category and the findings in
            priority order, each with its fix, then the posture of every requirement of the profile.
            --profile hipaa-nprm-2025 rates readiness for the 2025 proposed rule instead, and --compare
            shows a second profile beside the first; proposed requirements are labelled proposed and never
            counted in the posture of the rule in force.

            Exit status: 0 when no finding is at or above --fail-on, 1 when there is one, 2 for usage
            or input errors.
            """,
        options: [
            .value(
                "format", short: "f", placeholder: "FORMAT", allowed: ["text", "json"],
                help: "Output on standard output: text for people, json for programs. Default text."),
            .value(
                "output", short: "o", placeholder: "DIR",
                help: "Also write assessment.json, findings.csv and report.html into DIR (created if needed)."),
            .value(
                "fail-on", placeholder: "SEVERITY", allowed: ["critical", "high", "medium", "low", "none"],
                help: "Lowest finding severity that makes the exit status 1. Default high."),
            .value(
                "as-of", placeholder: "DATE",
                help: "Assess as of this day (YYYY-MM-DD), overriding as_of in evident.yaml."),
            .value(
                "profile", placeholder: "NAME",
                help: "Catalog profile to assess against, overriding profile in evident.yaml."),
            .value(
                "compare", placeholder: "NAME",
                help: "Also show the requirements of profile NAME beside the assessed profile's, for example "
                    + "hipaa-nprm-2025 for readiness for the proposed rule."),
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else DIR/.evident/evident.db."
            ),
            .flag("no-store", help: "Do not record this run in the history."),
            .flag(
                "requirements",
                help: "In text output, list every requirement with its status and reason, not only the scores."),
            .value(
                "color", placeholder: "WHEN", allowed: ["auto", "always", "never"],
                help: "Colour the text output. Default auto: only when standard output is a terminal."),
        ],
        maximumPositionals: 1
    )

    /// How many of the newest runs the trend chart of `report.html` shows.
    static let trendRuns = 12

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        let failOn = try failOnSeverity(arguments.values["fail-on"])
        let location = WorkspaceLocation(arguments)
        let now = Date()

        let workspace = try CurrentAnalysis.loadWorkspace(location, console: console) { settings in
            try applyOverrides(arguments, to: &settings)
        }

        let alongside = try comparedProfiles(arguments)
        let assessor = Assessor()
        let assessment = assessor.assess(workspace.inventory, settings: workspace.settings, alongside: alongside)
        let exceptionWarnings = ExceptionValidator.warnings(
            for: workspace.inventory.attestations.exceptions, in: assessment, checkIDs: assessor.checks.map(\.id))
        for warning in exceptionWarnings { console.warning(warning) }

        var history: [PostureSnapshot] = []
        if !arguments.has("no-store") {
            let store = try location.openLedgerStore()
            let runID = try RunRecorder.record(
                assessment, inventory: workspace.inventory, workspace: location.folder, store: store, recordedAt: now)
            try StoredPlan.reconcile(
                store, assessment: assessment, runID: runID, recordedAt: now, dueDays: workspace.settings.planDueDays)
            if arguments.values["output"] != nil {
                history = try store.postureHistory(
                    organizationID: assessment.organization.id, limit: AssessCommand.trendRuns)
            }
        }
        if let output = arguments.values["output"] {
            let risk = RiskAnalyzer().analyze(workspace.inventory, assessment: assessment, settings: workspace.settings)
            try ReportWriter.write(assessment, to: URL(fileURLWithPath: output), history: history, risk: risk)
        }

        switch arguments.values["format"] ?? "text" {
        case "json":
            console.writeOutput(try AssessmentJSON.render(assessment))
        default:
            let useColor = ColorChoice(arguments.values["color"]).isEnabled(for: console)
            console.writeOutput(
                TextReport.render(assessment, useColor: useColor, listRequirements: arguments.has("requirements")))
        }

        guard let failOn else { return .success }
        return assessment.findingCount(atOrAbove: failOn) > 0 ? .findings : .success
    }

    // MARK: - Private

    private static func failOnSeverity(_ value: String?) throws(UsageError) -> Severity? {
        guard let value else { return .high }
        if value == "none" { return nil }
        guard let severity = Severity(rawValue: value) else {
            throw .invalidValue(option: "--fail-on", value: value, allowed: Severity.allCases.map(\.rawValue))
        }
        return severity
    }

    private static func comparedProfiles(_ arguments: ParsedArguments) throws(UsageError) -> [String] {
        guard let profile = arguments.values["compare"] else { return [] }
        guard Assessor.supportedProfiles.contains(profile) else {
            throw .invalidValue(option: "--compare", value: profile, allowed: Assessor.supportedProfiles)
        }
        return [profile]
    }

    private static func applyOverrides(_ arguments: ParsedArguments, to settings: inout WorkspaceSettings)
        throws(UsageError)
    {
        if let text = arguments.values["as-of"] {
            guard let day = CalendarDay(iso8601: text) else {
                throw .invalidArgument(
                    "invalid value '\(text)' for '--as-of'; expected \(CalendarDay.expectation(forInvalid: text)).")
            }
            settings.asOf = day
        }
        if let profile = arguments.values["profile"] {
            settings.profile = profile
        }
        guard Assessor.supportedProfiles.contains(settings.profile) else {
            throw .invalidArgument(
                "unknown profile '\(settings.profile)'; supported: \(Assessor.supportedProfiles.joined(separator: ", "))."
            )
        }
    }
}
