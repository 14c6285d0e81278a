import Foundation

/// Where a command writes: standard output for results, standard error for diagnostics.
///
/// Commands receive a console instead of writing to the process's streams, so tests can capture what
/// a command prints without running a process.
public struct Console: Sendable {
    /// Writes text to standard output.
    public let writeOutput: @Sendable (String) -> Void
    /// Writes text to standard error.
    public let writeError: @Sendable (String) -> Void
    /// Whether standard output is a terminal, which enables colour in `--color auto`.
    public let isOutputTerminal: Bool
    /// Whether standard error is a terminal, which enables the progress bar of `evident review`.
    public let isErrorTerminal: Bool

    /// Creates a console from two writers.
    public init(
        isOutputTerminal: Bool = false,
        isErrorTerminal: Bool = false,
        writeOutput: @escaping @Sendable (String) -> Void,
        writeError: @escaping @Sendable (String) -> Void
    ) {
        self.isOutputTerminal = isOutputTerminal
        self.isErrorTerminal = isErrorTerminal
        self.writeOutput = writeOutput
        self.writeError = writeError
    }

    /// The process's standard output and standard error.
    ///
    /// Writes go through `FileHandle.write(contentsOf:)`, which throws on a closed pipe instead of
    /// trapping as the older `write(_:)` does; a failed write is dropped because there is nowhere
    /// left to report it.
    public static let standard = Console(
        isOutputTerminal: isatty(STDOUT_FILENO) == 1,
        isErrorTerminal: isatty(STDERR_FILENO) == 1,
        writeOutput: { text in try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) },
        writeError: { text in try? FileHandle.standardError.write(contentsOf: Data(text.utf8)) }
    )

    /// Writes a line to standard output.
    func print(_ line: String = "") {
        writeOutput(line + "\n")
    }

    /// Writes `evident: error: MESSAGE` to standard error.
    func error(_ message: String) {
        writeError("evident: error: \(message)\n")
    }

    /// Writes `evident: warning: MESSAGE` to standard error.
    func warning(_ message: String) {
        writeError("evident: warning: \(message)\n")
    }
}
