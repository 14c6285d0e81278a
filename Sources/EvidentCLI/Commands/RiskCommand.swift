import EvidentChecks
import EvidentCore
import EvidentIngest
import EvidentReport
import EvidentRisk
import EvidentStore
import Foundation

/// `evident risk`: analyses the risks to ePHI, records the analysis and prints the register.
enum RiskCommand: Command {
    static let spec = CommandSpec(
        name: "risk",
        abstract: "Analyse the risks to ePHI and print the risk register, highest residual risk first.",
        usage: "risk [WORKSPACE] [options]",
        discussion: """
            Assesses the workspace WORKSPACE (default: the current folder) and rates every threat of the
            shipped threat catalog against each ePHI system, device class and vendor with ePHI access:
            likelihood and impact on the five levels of NIST SP 800-30, level of risk from its Table
            I-2, inherent (no safeguard credited) and residual (given the checks' outcomes). A check that
            fails or lacks evidence raises the likelihood of the threats it enables, and the register
            shows which findings did. Treatments come from risk_treatments in attestations.yaml.

            The analysis is recorded in the workspace's history, where a complete one (all nine
            elements HHS expects) satisfies risk.analysis-current. Exit status: 0 when the analysis
            was made, 2 for usage or input errors.
            """,
        options: [
            .value(
                "format", short: "f", placeholder: "FORMAT", allowed: ["text", "json", "csv"],
                help: "Output on standard output: text for people, json for programs, csv for spreadsheets. "
                    + "Default text."),
            .value(
                "as-of", placeholder: "DATE",
                help: "Analyse as of this day (YYYY-MM-DD), overriding as_of in evident.yaml."),
            .value(
                "database", placeholder: "PATH|URL",
                help: "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else "
                    + "WORKSPACE/.evident/evident.db."),
            .flag("no-store", help: "Do not record this analysis in the history."),
        ],
        maximumPositionals: 1
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        let location = WorkspaceLocation(arguments)
        let now = Date()

        let current = try CurrentAnalysis(location, asOf: arguments.values["as-of"], console: console)
        let organization = current.workspace.settings.organization

        let store = arguments.has("no-store") ? nil : try location.openStore() as? any RiskAnalysisStore
        let shownDatabase =
            PostgreSQLStore.isURL(location.databasePath)
            ? PostgreSQLStore.redacted(location.databasePath) : location.databasePath
        let analysis = current.riskAnalysis(recordedIn: store == nil ? nil : shownDatabase)

        if let store {
            let id = try store.record(analysis.stored(), organization: organization, recordedAt: now)
            let state = analysis.isComplete ? "complete" : "incomplete"
            console.writeError("evident: recorded risk analysis \(id) (\(state)) in \(shownDatabase).\n")
            // The analysis is dated with the as-of day, so a past --as-of back-dates it. The
            // ledger keeps the real recording time, and the warning below names both days.
            let today = CalendarDay(containing: now)
            let dated = analysis.asOf
            if dated < today {
                console.warning(
                    "risk analysis \(id) is dated \(dated), the as-of day, \(dated.days(to: today)) days before it "
                        + "was recorded; risk.analysis-current counts it from that day, and the ledger keeps the day "
                        + "it was recorded.")
            }
        }
        for treatment in analysis.expiredAcceptances {
            console.warning(
                "\(treatment.evidence): the acceptance of \(treatment.threat) on \(treatment.asset) expired on "
                    + "\(treatment.expires.map(String.init(describing:)) ?? "?"); decide the risk again.")
        }
        for treatment in analysis.unmatchedTreatments {
            console.warning(
                "\(treatment.evidence): the treatment of \(treatment.threat) on \(treatment.asset) matches no risk; "
                    + "use a threat id from docs/risk.md and an asset as kind:id from the register.")
        }

        switch arguments.values["format"] ?? "text" {
        case "json": console.writeOutput(try RiskRegisterJSON.render(analysis))
        case "csv": console.writeOutput(RiskRegisterCSV.render(analysis))
        default: console.writeOutput(RiskRegisterText.render(analysis))
        }
        return .success
    }
}
