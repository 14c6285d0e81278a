/// The locale in which an organization's tools format dates, which settles dates such as `3/12/2025`.
///
/// Windows tools format dates by the exporting user's culture, so `3/12/2025` is 12 March in en-US
/// and 3 December in en-GB or en-AU. Nothing in the file tells the two apart.
public enum ExportLocale: String, Hashable, Sendable, Codable, CaseIterable {
    /// United States: month first.
    case enUS = "en-US"
    /// United Kingdom: day first.
    case enGB = "en-GB"
    /// Australia: day first.
    case enAU = "en-AU"

    /// Whether numeric dates put the day before the month.
    public var isDayFirst: Bool {
        self != .enUS
    }
}
