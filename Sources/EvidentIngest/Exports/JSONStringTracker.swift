/// A byte-by-byte state of JSON text that separates the bytes inside strings from the rest, escaped
/// quotes included, so code that looks for brackets ignores those written inside a string.
struct JSONStringTracker {
    /// Whether the last byte passed left a string open.
    private(set) var isInString = false
    private var isEscaped = false

    /// Passes one byte and returns whether it is outside every string. A string's opening quote is
    /// outside, and its closing quote is inside.
    mutating func isOutsideString(_ byte: UInt8) -> Bool {
        if isInString {
            if isEscaped {
                isEscaped = false
            } else if byte == UInt8(ascii: "\\") {
                isEscaped = true
            } else if byte == UInt8(ascii: "\"") {
                isInString = false
            }
            return false
        }
        if byte == UInt8(ascii: "\"") { isInString = true }
        return true
    }
}
