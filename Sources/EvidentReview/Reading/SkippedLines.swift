/// The lines or records of one log that were not audit events: how many, and where the first few
/// start, so a warning can send the reader to them without keeping millions of numbers.
struct SkippedLines {
    /// How many line numbers are kept; the count goes on past it.
    static let keptLimit = 5

    /// Every line or record skipped.
    private(set) var count = 0

    /// The line numbers of the first `keptLimit` of them, in file order.
    private(set) var firstLines: [Int] = []

    /// Counts one skipped line or record that starts on `line`.
    mutating func add(line: Int) {
        count += 1
        if firstLines.count < Self.keptLimit { firstLines.append(line) }
    }
}
