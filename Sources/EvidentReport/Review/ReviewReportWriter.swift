import EvidentReview
import Foundation

/// Writes the files of `evident review --output DIR`.
public enum ReviewReportWriter {
    /// Writes `review.json`, `review-findings.csv` and `review.html` into a folder, creating it when
    /// needed.
    ///
    /// - Throws: Foundation's file errors when the folder or a file cannot be written.
    public static func write(_ result: ReviewResult, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(ReviewJSON.render(result).utf8).write(to: folder.appendingPathComponent("review.json"))
        try Data(ReviewCSV.render(result).utf8).write(to: folder.appendingPathComponent("review-findings.csv"))
        try Data(ReviewHTML.render(result).utf8).write(to: folder.appendingPathComponent("review.html"))
    }
}
