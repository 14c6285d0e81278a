/// The exit statuses of `evident`, which scripts and CI jobs rely on.
public enum ExitStatus: Int32, Sendable {
    /// The command succeeded, and `assess` found nothing at or above `--fail-on`.
    case success = 0
    /// `assess` found at least one finding at or above `--fail-on`, or `evidence` found no evidence
    /// file or a file it could not read in full.
    case findings = 1
    /// The command line or an input file is invalid, or the command could not complete.
    case failure = 2
}
