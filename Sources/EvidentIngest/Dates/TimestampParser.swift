import EvidentCore
import FoundationEssentials

/// Reads the timestamps that exports write, in every form the supported tools produce.
///
/// The forms are:
/// - ISO 8601 with 0 to 9 fraction digits and `Z`, an offset or no zone, such as Intune's
///   `2021-03-17 09:02:03.2271900`;
/// - culture-formatted `M/d/yyyy h:mm:ss AM` and `M/d/yyyy HH:mm:ss`, optionally followed by ` +01:00`;
/// - `yyyy/MM/dd HH:mm:ss` and `d.M.yyyy HH:mm:ss`;
/// - the date-only forms of each, and Windows PowerShell 5.1's `/Date(1615971723000)/`.
///
/// NOTE: A value without a zone is read as UTC. Intune and Veeam Enterprise Manager write UTC, but
/// culture-formatted AD and Veeam B&R dates are in the exporting server's zone, which the file does
/// not record, so those instants can be off by the server's UTC offset.
///
/// The parser is a value type without `DateFormatter` or shared state, so one instance can be used from
/// any thread.
public struct TimestampParser: Hashable, Sendable {
    /// The locale that settles whether `3/12/2025` is March 12 or 3 December.
    public var locale: ExportLocale

    /// The meaning of an empty cell in the column being read.
    public enum EmptyCell: Hashable, Sendable {
        /// The tool writes nothing when the event never happened (AD `LastLogonDate`).
        case never
        /// An empty cell carries no information.
        case missing
    }

    /// Collects the dates of the file being read that prove its day and month order; `nil` collects
    /// nothing.
    var orderEvidence: DateOrderEvidence?

    /// Creates a parser for the locale the organization's tools format dates in.
    public init(locale: ExportLocale) {
        self.locale = locale
    }

    /// Returns a copy of the parser that records into `evidence` each date only one order accepts.
    func recording(into evidence: DateOrderEvidence) -> TimestampParser {
        var parser = self
        parser.orderEvidence = evidence
        return parser
    }

    /// Parses one cell.
    ///
    /// - Parameters:
    ///   - text: The cell's text; surrounding whitespace is ignored.
    ///   - empty: What an empty cell means in this column.
    /// - Returns: The instant, a "never" sentinel, `missing` for an empty cell, or `invalid` with a
    ///   message on how to fix the value or the settings.
    public func parse(_ text: some StringProtocol, empty: EmptyCell = .missing) -> ParsedTimestamp {
        if let text = text as? String, let date = ISOInstantFastPath.parse(text) {
            return .instant(date)
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return empty == .never ? .never : .missing }

        if trimmed.lowercased().hasPrefix("never") {
            return .never
        }

        var scanner = TimestampScanner(trimmed)
        let result: Result<TimestampFields, TimestampFormError>
        if trimmed.hasPrefix("/Date(") || trimmed.hasPrefix("\\/Date(") {
            return parsePowerShellJSONDate(trimmed)
        } else if scanner.peekDigitCount() == 4 {
            result = scanner.readYearFirst()
        } else {
            result = scanner.readYearLast(dayFirst: locale.isDayFirst)
            if let order = scanner.provenOrder {
                orderEvidence?.record(trimmed, provenOrder: order)
            }
        }

        switch result {
        case .success(let fields):
            return fields.timestamp(value: trimmed)
        case .failure(let failure):
            return .invalid(value: trimmed, reason: failure.message(for: trimmed, locale: locale))
        }
    }

    /// Converts an Active Directory FILETIME (`lastLogonTimestamp`: 100-nanosecond intervals since
    /// 1601-01-01 UTC) into a timestamp; `0` and the maximum Int64 mean "never".
    public func parseFileTime(_ text: some StringProtocol) -> ParsedTimestamp {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .never }
        guard let ticks = Int64(trimmed), ticks >= 0 else {
            return .invalid(
                value: trimmed, reason: "'\(trimmed)' is not a FILETIME (a whole number of 100 ns intervals since 1601)"
            )
        }
        guard ticks != 0, ticks != Int64.max else { return .never }

        let secondsFrom1601To1970: Int64 = 11_644_473_600
        let seconds = Double(ticks / 10_000_000 - secondsFrom1601To1970) + Double(ticks % 10_000_000) / 10_000_000
        return Self.classify(Date(timeIntervalSince1970: seconds))
    }

    // MARK: - Private

    /// Reads `/Date(1615971723000)/` or `/Date(1615971723000+0100)/`: milliseconds since the Unix epoch
    /// in UTC; the offset only records the writer's zone.
    private func parsePowerShellJSONDate(_ text: String) -> ParsedTimestamp {
        let inner = text.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
        let digits = inner.prefix { $0 == "-" || $0.isASCII && $0.isNumber }
        let zone = inner.dropFirst(digits.count)
        let zoneIsValid = zone.isEmpty || (zone.count == 5 && (zone.first == "+" || zone.first == "-"))
        guard let milliseconds = Int64(digits), zoneIsValid, text.hasSuffix(")/") || text.hasSuffix(")\\/") else {
            return .invalid(value: text, reason: "'\(text)' is not a PowerShell date of the form /Date(milliseconds)/")
        }
        return Self.classify(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    /// Turns the sentinels that tools write for "never" into `.never`: anything in year 1 or 9999
    /// (.NET `DateTime.MinValue` and `MaxValue`) and the Unix epoch itself.
    static func classify(_ date: Date) -> ParsedTimestamp {
        let seconds = date.timeIntervalSince1970
        let startOfYear2 = -62_104_060_800.0
        let startOfYear9999 = 253_370_764_800.0
        if seconds == 0 || seconds < startOfYear2 || seconds >= startOfYear9999 {
            return .never
        }
        return .instant(date)
    }
}
