/// Reads the `--since` and `--until` bounds of a review.
public enum ReviewPeriod {
    /// Parses a bound: a day (`2026-11-01`, midnight UTC, or the following midnight for an end) or an
    /// instant with an offset (`2026-11-01T08:00:00-06:00`).
    ///
    /// - Parameters:
    ///   - text: The value given.
    ///   - isEnd: Whether it ends the period, so a day includes all of itself.
    /// - Returns: Seconds since 1970-01-01 UTC, or `nil` when the text is neither form.
    public static func bound(_ text: String, isEnd: Bool) -> Int64? {
        var text = text
        return text.withUTF8 { bytes -> Int64? in
            guard let parsed = TimestampBytes.parse(bytes) else { return nil }
            let isDay = !bytes.contains(UInt8(ascii: "T")) && !bytes.contains(0x20)
            if isDay { return parsed.wallClock + (isEnd ? 86_400 : 0) }
            return parsed.utc
        }
    }
}
