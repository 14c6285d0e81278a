import EvidentCore
import FoundationEssentials

/// Reads AIDE `--check` reports into file-integrity activity for the host the file is named after.
///
/// A report starts at `Start timestamp:`, or at the outcome line in AIDE 0.15, which prints no
/// timestamp. The outcome is `AIDE found NO differences` (`All files match AIDE database` in 0.15) or
/// `AIDE found differences between database and filesystem`, followed by a summary of added, removed
/// and changed entries and a list of them. A log that AIDE appends to daily holds
/// many reports, and each one is read. AIDE itself names no host, but Debian's daily cron job heads
/// its mail with `... Advanced Intrusion Detection Environment on HOST started at ...` and a mail
/// subject may read `Daily AIDE report for HOST`. The first such line names the host; without one,
/// the file name does (see `CheckFileName`). A report without a timestamp is dated by a date in the
/// file name.
struct AIDEReportImporter {
    let context: ImportContext

    /// One report while its lines are read.
    private struct Report {
        var line: Int
        var started: Date?
        var ended: Date?
        var isClean: Bool?
        var counts: [String: Int] = [:]
        var section: String?
        var example: String?
    }

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        var folder = FileIntegrityFolder()
        var reports: [Report] = []
        var current: Report?
        var namedHost: String?

        TextLines.forEach(in: text) { rawLine, number in
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if namedHost == nil {
                namedHost = Self.hostNamed(in: line)
            }
            if line.hasPrefix("Start timestamp:") {
                if let finished = current { reports.append(finished) }
                current = Report(line: number, started: ZonedTimestamp.parse(Self.value(after: ":", in: line)))
                if current?.started == nil {
                    collector.warn(line: number, "the start timestamp '\(line.prefix(60))' could not be read")
                }
            } else if let outcome = Self.outcome(of: line) {
                if current == nil || current?.isClean != nil {
                    if let finished = current { reports.append(finished) }
                    current = Report(line: number)
                }
                current?.isClean = outcome
            } else if line.hasPrefix("End timestamp:") {
                current?.ended = ZonedTimestamp.parse(Self.value(after: ":", in: line))
            } else if current != nil {
                Self.readBody(line, into: &current!)
            }
        }
        if let finished = current { reports.append(finished) }

        guard !reports.isEmpty else {
            throw .malformed(
                path: context.path, line: 1, column: nil,
                reason: "no AIDE report found (no 'Start timestamp:' and no 'AIDE found' line); save the output of "
                    + "aide --check as written")
        }
        let host = namedHost ?? CheckFileName.subject(of: context.path)
        for report in reports {
            collector.records += 1
            add(report, host: host, to: &folder, collector: &collector)
        }
        collector.facts.fileIntegrity = folder.activity
        return collector.finish()
    }

    // MARK: - Private

    private func add(
        _ report: Report, host: String, to folder: inout FileIntegrityFolder, collector: inout ImportCollector
    ) {
        guard let isClean = report.isClean else {
            collector.skip(
                line: report.line,
                "skipped a report that ends before its outcome ('AIDE found ...'); the check may have been "
                    + "interrupted")
            return
        }
        guard let instant = report.ended ?? report.started ?? CheckFileName.day(of: context.path)?.start else {
            collector.skip(
                line: report.line, "skipped a report without a timestamp; name the file with the date of the check")
            return
        }
        let changes = isClean ? 0 : max(report.counts.values.reduce(0, +), 1)
        collector.include(instant)
        folder.add(
            host: host, tool: .aide, at: instant, changes: changes, example: report.example,
            evidence: collector.reference(line: report.line))
    }

    /// Reads a summary count (`Changed entries:  2`) or a listed entry (`f   ...    .C... : /etc/hosts`).
    private static func readBody(_ line: String, into report: inout Report) {
        for (label, key) in [
            ("Added entries:", "added"), ("Removed entries:", "removed"), ("Changed entries:", "changed"),
        ]
        where line.hasPrefix(label) {
            let rest = value(after: ":", in: line)
            if let count = Int(rest) {
                report.counts[key] = count
            } else if rest.isEmpty {
                report.section = key
            }
            return
        }
        if line.hasPrefix("Detailed information") || line.hasPrefix("The attributes of the") {
            report.section = nil
        }
        guard let section = report.section, report.example == nil, let separator = line.range(of: ": /") else {
            return
        }
        report.example = "\(section) \(line[line.index(before: separator.upperBound)...])"
    }

    /// Returns whether an outcome line reports a clean check, or `nil` for any other line.
    private static func outcome(of line: String) -> Bool? {
        if line.contains("found NO differences") || line.contains("All files match AIDE database") { return true }
        if line.contains("found differences between database and filesystem") { return false }
        return nil
    }

    /// Returns the host a report header or mail subject names, or `nil` for any other line.
    private static func hostNamed(in line: String) -> String? {
        for marker in ["Intrusion Detection Environment on ", "AIDE report for "] {
            guard let range = line.range(of: marker) else { continue }
            let name = line[range.upperBound...].prefix { !$0.isWhitespace && $0 != "," }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    private static func value(after separator: Character, in line: String) -> String {
        guard let index = line.firstIndex(of: separator) else { return "" }
        return line[line.index(after: index)...].trimmingCharacters(in: .whitespaces)
    }
}
