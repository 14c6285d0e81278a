#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits one CSV record into fields in place, following RFC 4180: fields may be quoted, and a quoted
/// field may hold the delimiter, `""` for a quote, and line breaks.
enum CSVFields {
    /// A field's bytes within the record, and whether they still contain `""` pairs to decode.
    struct Field {
        var start: Int
        var count: Int
        var hasDoubledQuotes: Bool
    }

    /// Splits `record` into `fields`, reusing its storage.
    static func split(_ record: UnsafeBufferPointer<UInt8>, delimiter: UInt8, into fields: inout [Field]) {
        fields.removeAll(keepingCapacity: true)
        var index = 0
        while true {
            if index < record.count && record[index] == 0x22 {
                var cursor = index + 1
                var doubled = false
                while cursor < record.count {
                    if record[cursor] == 0x22 {
                        if cursor + 1 < record.count && record[cursor + 1] == 0x22 {
                            doubled = true
                            cursor += 2
                            continue
                        }
                        break
                    }
                    cursor += 1
                }
                fields.append(Field(start: index + 1, count: cursor - index - 1, hasDoubledQuotes: doubled))
                index = cursor + 1
                while index < record.count && record[index] != delimiter { index += 1 }
            } else {
                let start = index
                if let base = record.baseAddress, index < record.count,
                    let found = memchr(base + index, Int32(delimiter), record.count - index)
                {
                    index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                } else {
                    index = record.count
                }
                fields.append(Field(start: start, count: index - start, hasDoubledQuotes: false))
            }
            guard index < record.count else { return }
            index += 1
        }
    }

    /// Returns whether a line leaves a quoted field open, so the record continues on the next line.
    static func leavesQuoteOpen(_ line: UnsafeBufferPointer<UInt8>, startingOpen: Bool) -> Bool {
        guard let base = line.baseAddress else { return startingOpen }
        var open = startingOpen
        var index = 0
        while index < line.count, let found = memchr(base + index, 0x22, line.count - index) {
            open.toggle()
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return open
    }

    /// Returns a field's bytes with `""` decoded, calling `body` with them.
    static func withValue<Result>(
        _ field: Field, in record: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let raw = UnsafeBufferPointer(rebasing: record[field.start..<field.start + field.count])
        guard field.hasDoubledQuotes else { return body(raw) }
        var decoded: [UInt8] = []
        var index = 0
        while index < raw.count {
            decoded.append(raw[index])
            index += raw[index] == 0x22 && index + 1 < raw.count && raw[index + 1] == 0x22 ? 2 : 1
        }
        return decoded.withUnsafeBufferPointer(body)
    }
}
