import EvidentCore
import EvidentIngest
import EvidentReport
import Foundation

/// `evident evidence`: lists what Evident read from each evidence file, without assessing.
enum EvidenceCommand: Command {
    static let spec = CommandSpec(
        name: "evidence",
        abstract: "List each evidence file with its detected format, records, date range, SHA-256 and warnings.",
        usage: "evidence [DIR] [options]",
        discussion: """
            Reads the workspace folder DIR (default: the current folder) and reports every file under
            evidence/: the format detected from its content, how many records were read, the dates they
            span, its SHA-256, and any warning or error. Use it to check new exports before assessing.

            Exit status: 0 when every file was read in full; 1 when there are no evidence files or
            some file is not usable (unrecognized or unreadable) or was read only in part (cut short,
            or records skipped); 2 for usage errors or a workspace that cannot be loaded.
            """,
        options: [
            .value(
                "format", short: "f", placeholder: "FORMAT", allowed: ["text", "json"],
                help: "Output format. Default text.")
        ],
        maximumPositionals: 1
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        let location = WorkspaceLocation(arguments)
        let workspace = try WorkspaceLoader.load(at: location.folder, today: CalendarDay(containing: Date()))
        for warning in workspace.warnings { console.warning(warning) }

        let files = workspace.inventory.evidenceFiles
        switch arguments.values["format"] ?? "text" {
        case "json":
            console.writeOutput(try EvidenceListing.renderJSON(files))
        default:
            console.writeOutput(EvidenceListing.renderText(files))
        }
        // Partial and unusable files are findings about the evidence, not failures of the command.
        guard !files.isEmpty, files.allSatisfy(\.isReadInFull) else { return .findings }
        return .success
    }
}
