import EvidentCore

/// Reviews audit logs: streams each file once through its parser and the rules, and returns the
/// findings with the hash of every file read.
public enum LogReviewer {
    /// Progress through the logs, for a progress bar.
    public struct Progress: Sendable {
        /// Bytes read so far over every file.
        public var bytesRead: Int
        /// The total size of every file.
        public var bytesTotal: Int
        /// Events read so far.
        public var events: Int
    }

    /// Runs a review.
    ///
    /// - Parameters:
    ///   - request: The logs, settings, roster and period.
    ///   - progress: Called after each chunk of about a megabyte.
    /// - Returns: The sources read and the findings.
    /// - Throws: `ReviewError` when a file cannot be opened, read or recognized, or a setting is invalid.
    public static func review(_ request: ReviewRequest, progress: (Progress) -> Void = { _ in }) throws(ReviewError)
        -> ReviewResult
    {
        var symbols = ReviewSymbols()
        var demographics = PatientDemographics()
        if let patientsPath = request.patientsPath {
            demographics = try PatientDemographics.read(
                path: patientsPath, symbols: &symbols,
                membersByAddress: WorkforceDirectory.membersByAddress(request.workforce))
        }
        var session = try ReviewSession(request: request, symbols: symbols, demographics: demographics)

        let formats = try request.paths.map { (path) throws(ReviewError) in try LogFormat.detect(path: path) }
        let readers = try request.paths.map { (path) throws(ReviewError) in try LogFileReader(path: path) }
        let total = readers.reduce(0) { $0 + $1.size }
        var done = 0
        var sources: [ReviewSource] = []

        for (index, reader) in readers.enumerated() {
            let before = session.eventCount
            let report = { (bytes: Int, events: Int) in
                progress(Progress(bytesRead: done + bytes, bytesTotal: total, events: events))
            }
            let skipped = try LogFileReview.read(
                reader, format: formats[index], source: Int32(index), settings: request.settings,
                referenceTime: request.referenceTime,
                session: &session, progress: report)
            done += reader.size
            sources.append(
                ReviewSource(
                    path: reader.path, sha256: try reader.sha256(), bytes: reader.size, format: formats[index].rawValue,
                    events: session.eventCount - before, skipped: skipped.count,
                    skippedLines: skipped.firstLines))
        }

        let (rules, notes) = session.ruleReport()
        let hasEvents = session.eventCount > 0
        return ReviewResult(
            sources: sources, eventCount: session.eventCount, firstEvent: hasEvents ? session.firstEvent : nil,
            lastEvent: hasEvents ? session.lastEvent : nil, findings: session.findings(paths: request.paths),
            rules: rules, notes: notes)
    }
}
