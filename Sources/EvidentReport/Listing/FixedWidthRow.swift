/// Lays out one line of a fixed-width table, as the history and organization listings print them.
enum FixedWidthRow {
    /// Returns the cells padded to their column widths and joined by one space, without trailing
    /// spaces. A cell longer than its column is cut and ends in `...`.
    ///
    /// - Parameters:
    ///   - cells: The cell texts, one per column.
    ///   - widths: The column widths, in characters.
    ///   - isLeftAligned: Whether the column at an index is left-aligned; others are right-aligned.
    static func render(_ cells: [String], widths: [Int], isLeftAligned: (Int) -> Bool) -> String {
        var parts: [String] = []
        for (index, (cell, width)) in zip(cells, widths).enumerated() {
            let text = cell.count > width ? String(cell.prefix(width - 3)) + "..." : cell
            let padding = String(repeating: " ", count: max(0, width - text.count))
            parts.append(isLeftAligned(index) ? text + padding : padding + text)
        }

        var line = parts.joined(separator: " ")
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
