import EvidentCore

/// Names what a command's output is about when the output does not say: AIDE reports name no host,
/// and `restic check` and `borg check` print neither the repository's name nor the time.
///
/// The convention is the one `manage-bde` output follows: the file name up to its first dot names the
/// host or backup job (`pm-srv01.aide.log`, `LAB-IF01-Daily.restic-check.2026-11-29.json`), and a
/// `YYYY-MM-DD` or `YYYYMMDD` date in the name after that dot dates output that carries no time.
enum CheckFileName {
    /// Returns the host or job the file is named after.
    static func subject(of path: String) -> String {
        DeviceFileName.device(of: path)
    }

    /// Returns the last valid date in the file's name after its first dot, or `nil` when it has none.
    static func day(of path: String) -> CalendarDay? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.firstIndex(of: ".") else { return nil }
        let runs = name[dot...].split { !$0.isNumber && $0 != "-" }
        for run in runs.reversed() {
            let digits = run.split(separator: "-")
            let candidates: [String] =
                digits.count >= 3
                ? [digits.suffix(3).joined(separator: "-")] : digits.filter { $0.count == 8 }.map(String.init)
            for candidate in candidates.reversed() {
                let text =
                    candidate.count == 8
                    ? "\(candidate.prefix(4))-\(candidate.dropFirst(4).prefix(2))-\(candidate.suffix(2))" : candidate
                if text.count == 10, let day = CalendarDay(iso8601: text) { return day }
            }
        }
        return nil
    }
}
