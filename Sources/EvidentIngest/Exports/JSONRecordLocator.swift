/// Finds the line on which each record of a JSON export starts, so facts read with `JSONDecoder` (which
/// reports no positions) can still point at their line.
///
/// The records are the objects directly inside the root array, or inside the first array that is a
/// member of the root object (Graph's `value`).
enum JSONRecordLocator {
    /// Returns the 1-based line of each record's opening brace, in order.
    static func recordLines(in text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var stack: [UInt8] = []
        var strings = JSONStringTracker()
        var recordArrayDepth: Int?

        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1 }
            guard strings.isOutsideString(byte) else { continue }

            switch byte {
            case UInt8(ascii: "["):
                stack.append(byte)
                let isRootArray = stack.count == 1
                let isRootMember = stack.count == 2 && stack[0] == UInt8(ascii: "{")
                if recordArrayDepth == nil && (isRootArray || isRootMember) {
                    recordArrayDepth = stack.count
                }
            case UInt8(ascii: "{"):
                if let depth = recordArrayDepth, stack.count == depth, stack.last == UInt8(ascii: "[") {
                    lines.append(line)
                }
                stack.append(byte)
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if stack.count == recordArrayDepth && byte == UInt8(ascii: "]") {
                    return lines
                }
                _ = stack.popLast()
            default:
                break
            }
        }
        return lines
    }
}
