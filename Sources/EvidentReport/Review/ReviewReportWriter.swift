import EvidentReview
import Foundation

/// Writes the files of `evident review --output DIR`.
public enum ReviewReportWriter {
    /// Writes `review.json` into a folder, creating it when needed.
    ///
    /// - Throws: `ReportError` when the folder or a file cannot be written.
    public static func write(_ result: ReviewResult, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(ReviewJSON.render(result).utf8).write(to: folder.appendingPathComponent("review.json"))
    }
}
