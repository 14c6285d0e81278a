import Foundation

/// A one-line progress bar on standard error: percentage, megabytes, events per second and time left.
///
/// It redraws at most ten times a second and only when standard error is a terminal, so redirected
/// output and logs never receive carriage returns.
final class ProgressBar {
    private let console: Console
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// Creates a bar that writes to a console's standard error.
    init(console: Console) {
        self.console = console
    }

    /// Redraws the bar when a tenth of a second has passed since the last redraw.
    func update(bytesRead: Int, bytesTotal: Int, events: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now

        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let fraction = bytesTotal > 0 ? Double(bytesRead) / Double(bytesTotal) : 1
        let filled = Int(fraction * 30)
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
        let rate = Int(Double(events) / elapsed)
        let remaining = fraction > 0 ? elapsed / fraction - elapsed : 0
        let megabytes = { (bytes: Int) in bytes / 1_000_000 }
        console.writeError(
            "\r[\(bar)] \(Int(fraction * 100))% \(megabytes(bytesRead))/\(megabytes(bytesTotal)) MB, "
                + "\(rate) events/s, \(Int(remaining.rounded())) s left ")
        drawn = true
    }

    /// Clears the bar's line.
    func finish() {
        guard drawn else { return }
        console.writeError("\r" + String(repeating: " ", count: 90) + "\r")
    }
}
