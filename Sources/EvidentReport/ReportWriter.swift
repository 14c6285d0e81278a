import EvidentCore
import EvidentRisk
import Foundation

/// Writes the files of `evident assess --output DIR`: `assessment.json`, `findings.csv` and `report.html`.
public enum ReportWriter {
    /// The file names written, in the order they are written.
    public static let fileNames = ["assessment.json", "findings.csv", "report.html"]

    /// Renders an assessment and writes its three files into a folder, creating the folder if needed.
    ///
    /// Each file is written to a temporary name and renamed, so a reader never sees half a report.
    ///
    /// - Parameter history: The posture over stored runs, oldest first, for the trend chart of
    ///   `report.html`; empty for no chart.
    /// - Parameter risk: The risk analysis of the assessment, for the heat map of `report.html`; `nil`
    ///   for none.
    /// - Throws: `ReportWriterError` naming the path when the folder cannot be created or a file cannot
    ///   be written.
    public static func write(
        _ assessment: Assessment, to folder: URL, history: [PostureSnapshot] = [],
        risk: RiskAnalysis? = nil
    ) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportWriterError.cannotCreateFolder(folder.path, String(describing: error))
        }

        let contents = [
            try AssessmentJSON.render(assessment),
            FindingsCSV.render(assessment),
            HTMLReport.render(assessment, history: history, risk: risk),
        ]
        for (name, text) in zip(fileNames, contents) {
            let destination = folder.appendingPathComponent(name)
            do {
                try Data(text.utf8).write(to: destination, options: .atomic)
            } catch {
                throw ReportWriterError.cannotWrite(destination.path, String(describing: error))
            }
        }
    }
}

/// Why report files could not be written.
public enum ReportWriterError: Error, Equatable {
    /// The output folder could not be created; the second value is the system's reason.
    case cannotCreateFolder(String, String)
    /// A report file could not be written; the second value is the system's reason.
    case cannotWrite(String, String)
}

extension ReportWriterError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            "cannot create output folder \(path): \(reason). Choose another --output folder."
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason). Check the folder's permissions and free space."
        }
    }
}
