import EvidentCore

/// The settings every importer needs besides the file's content.
struct ImportContext: Sendable {
    /// The file's path relative to the workspace, with `/` separators.
    let path: String
    /// Reads the file's timestamps in the workspace's export locale, or in the order the file's own
    /// dates prove.
    var timestamps: TimestampParser
    /// The assessment day; sign-ins after its end are in the future. `nil` skips that test.
    let asOf: CalendarDay?
    /// The UTF-8 layout of the file's bytes, when the file reader has worked it out already, so an
    /// importer does not scan a large file for mojibake a second time.
    var textLayout: UTF8Input.Layout?
}
