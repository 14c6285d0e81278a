import EvidentCore
import FoundationEssentials

/// Reads the `YYYY-MM-DD HH:MM:SS` timestamps that Linux tools and log wrappers write, with an optional
/// `T`, fraction and zone (`Z`, `+0000`, `+01:00`).
///
/// AIDE writes `2026-11-29 03:00:01 +0000`, Wazuh `2026-11-29T03:00:01.123+0000`, and wrappers such
/// as `ts '%Y-%m-%d %H:%M:%S'` a time without a zone. A time without a zone is read as UTC.
enum ZonedTimestamp {
    /// Returns the instant at the start of `text`, or `nil` when it does not start with a timestamp.
    static func parse(_ text: some StringProtocol) -> Date? {
        let characters = Array(text.prefix(40).utf8)
        guard characters.count >= 19, characters[10] == UInt8(ascii: "T") || characters[10] == UInt8(ascii: " "),
            let day = CalendarDay(iso8601: String(decoding: characters[0..<10], as: UTF8.self)),
            characters[13] == UInt8(ascii: ":"), characters[16] == UInt8(ascii: ":"),
            let hours = number(characters[11..<13]), let minutes = number(characters[14..<16]),
            let seconds = number(characters[17..<19]), hours <= 23, minutes <= 59, seconds <= 60
        else { return nil }

        var index = 19
        if index < characters.count
            && (characters[index] == UInt8(ascii: ".") || characters[index] == UInt8(ascii: ","))
        {
            index += 1
            while index < characters.count && isDigit(characters[index]) { index += 1 }
        }
        while index < characters.count && characters[index] == UInt8(ascii: " ") { index += 1 }
        var offset = 0
        if index < characters.count {
            offset = zoneOffset(Array(characters[index...])) ?? 0
        }
        return day.start.addingTimeInterval(Double(hours * 3600 + minutes * 60 + seconds - offset))
    }

    /// Returns the offset east of UTC in seconds of a zone that starts the bytes: `Z` is 0, `+0130` and
    /// `+01:30` are 5400; `nil` when no zone starts them.
    private static func zoneOffset(_ bytes: [UInt8]) -> Int? {
        guard let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let digits = bytes.dropFirst().prefix(5).filter { $0 != UInt8(ascii: ":") }.prefix(4)
        guard digits.count == 4, let hours = number(digits.prefix(2)), let minutes = number(digits.suffix(2)),
            hours <= 14, minutes < 60
        else { return nil }
        return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    private static func number(_ bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.allSatisfy(isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
