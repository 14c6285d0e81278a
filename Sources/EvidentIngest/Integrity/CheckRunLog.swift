import EvidentCore
import FoundationEssentials

/// What the log of one repository check run shows beyond the tool's own words: when it ran and the
/// exit status a wrapper recorded.
///
/// `restic check` and `borg check` print no time, so the time is the latest timestamp that starts a
/// line (written by a wrapper such as `ts` or by syslog, `2026-11-29 02:30:14`), else a date in the
/// file name. A wrapper records the exit status as `exit status 0`, `exit code: 1` or `rc=2`;
/// `borg --show-rc` writes `terminating with success status, rc 0`.
struct CheckRunLog {
    /// The latest line timestamp seen.
    private(set) var latest: Date?
    /// The last exit status seen, with its line.
    private(set) var exitStatus: (code: Int, line: Int)?

    /// Reads one line of the log.
    mutating func read(_ line: Substring, number: Int) {
        if let instant = ZonedTimestamp.parse(line) {
            latest = max(latest ?? instant, instant)
        }
        if let code = Self.exitCode(in: line.lowercased()) {
            exitStatus = (code, number)
        }
    }

    /// Returns the number after `exit status`, `exit code` or a standalone `rc`, separated by a space,
    /// `:` or `=`, so a version such as `1.4.0rc1` or a word such as `src` is not taken for one.
    private static func exitCode(in line: String) -> Int? {
        for marker in ["exit status", "exit code", "rc"] {
            guard let range = line.range(of: marker, options: .backwards) else { continue }
            let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)] : " "
            let after = line[range.upperBound...].first ?? " "
            guard before == " " || before == "," || before == "(", after == " " || after == ":" || after == "=" else {
                continue
            }
            let rest = line[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "=" }
            let digits = rest.prefix { $0.isNumber }
            if !digits.isEmpty, digits.count <= 3, let code = Int(digits) { return code }
        }
        return nil
    }

    /// Records a time read from the tool's own JSON output.
    mutating func include(_ instant: Date) {
        latest = max(latest ?? instant, instant)
    }

    /// Returns the time of the run: the latest line timestamp, else the start of the day in the file name.
    func time(path: String) -> Date? {
        latest ?? CheckFileName.day(of: path)?.start
    }
}
