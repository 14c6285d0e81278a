/// A value bound to a statement parameter, in SQLite's storage classes.
enum SQLiteValue: Hashable {
    /// SQL NULL.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// A UTF-8 string.
    case text(String)

    /// An integer from a Swift `Int`.
    static func integer(_ value: Int) -> SQLiteValue {
        .integer(Int64(value))
    }

    /// 1 for true and 0 for false, the way SQLite (and a PostgreSQL `integer` column) stores flags.
    static func flag(_ value: Bool) -> SQLiteValue {
        .integer(value ? 1 : 0)
    }

    /// The text, or NULL when there is none.
    static func optionalText(_ value: String?) -> SQLiteValue {
        value.map(SQLiteValue.text) ?? .null
    }
}
