import EvidentCore

/// ANSI colours for the terminal report, or plain text when colour is off.
///
/// Colour is only ever added on request, so piped output and files stay free of escape codes.
struct TextStyle {
    /// Whether to emit ANSI escape codes.
    let useColor: Bool

    /// Bold text.
    func bold(_ text: String) -> String {
        wrap(text, code: "1")
    }

    /// Dimmed text, for secondary details.
    func dim(_ text: String) -> String {
        wrap(text, code: "2")
    }

    /// Colours a severity label by urgency.
    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .critical: wrap(text, code: "1;31")
        case .high: wrap(text, code: "31")
        case .medium: wrap(text, code: "33")
        case .low: wrap(text, code: "36")
        }
    }

    /// Colours a count that is not zero: red for failures, yellow for missing evidence, green for passes.
    func count(_ value: Int, text: String, status: CheckStatus) -> String {
        guard value > 0 else { return text }
        switch status {
        case .fail: return wrap(text, code: "31")
        case .insufficientEvidence: return wrap(text, code: "33")
        case .pass: return wrap(text, code: "32")
        case .notApplicable: return text
        }
    }

    // MARK: - Private

    private func wrap(_ text: String, code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
