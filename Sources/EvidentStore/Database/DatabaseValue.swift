/// A value bound to a statement parameter, the same for SQLite and PostgreSQL.
///
/// The store keeps to integers and text so both databases hold identical values: timestamps are
/// ISO 8601 text and flags are 0 or 1.
enum DatabaseValue: Hashable {
    /// SQL NULL.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// A UTF-8 string.
    case text(String)

    /// An integer from a Swift `Int`.
    static func integer(_ value: Int) -> DatabaseValue {
        .integer(Int64(value))
    }

    /// 1 for true and 0 for false.
    static func flag(_ value: Bool) -> DatabaseValue {
        .integer(value ? 1 : 0)
    }

    /// The text, or NULL when there is none.
    static func optionalText(_ value: String?) -> DatabaseValue {
        value.map(DatabaseValue.text) ?? .null
    }

    /// The integer, or NULL when there is none.
    static func optionalInteger(_ value: Int?) -> DatabaseValue {
        value.map { DatabaseValue.integer(Int64($0)) } ?? .null
    }

    /// 1, 0, or NULL for an unknown flag.
    static func optionalFlag(_ value: Bool?) -> DatabaseValue {
        value.map(DatabaseValue.flag) ?? .null
    }

    /// The value in PostgreSQL's text form, or `nil` for NULL.
    var text: String? {
        switch self {
        case .null: nil
        case .integer(let number): String(number)
        case .text(let text): text
        }
    }
}
