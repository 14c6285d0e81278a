/// The errors of the store: opening or creating the database, SQLite and PostgreSQL failures, and stored data that
/// this build cannot use.
///
/// Descriptions name the database path or URL (without its password) and the SQL, never bound values, so they are safe to show
/// and to log.
public enum StoreError: Error, Equatable {
    /// The folder that should hold the database could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// SQLite could not open or create the database file.
    case cannotOpen(path: String, code: Int32, message: String)
    /// A statement failed; `sql` is the statement text without bound values.
    case sqlite(path: String, code: Int32, message: String, sql: String)
    /// libpq could not connect to the PostgreSQL server; `url` has no password.
    case cannotConnect(url: String, reason: String)
    /// A PostgreSQL statement failed; `sql` is the statement text without bound values, `url` has
    /// no password.
    case postgreSQL(url: String, sqlState: String, message: String, sql: String)
    /// The database was written by a newer Evident whose schema this build does not know.
    case schemaTooNew(path: String, found: Int, supported: Int)
    /// A stored value could not be read back, for example a status this build does not know.
    case invalidStoredValue(path: String, runID: Int64, column: String, value: String)
    /// The stored assessment JSON of a run could not be decoded.
    case invalidStoredAssessment(path: String, runID: Int64, reason: String)
    /// No run has this id.
    case runNotFound(runID: Int64)
    /// The assessment could not be encoded as JSON for storage.
    case cannotEncodeAssessment(reason: String)
    /// No remediation plan item of the organization has this id.
    case planItemNotFound(id: Int64, organizationID: String)
}

extension StoreError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            "cannot create the folder for the database \(path): \(reason); check the path and its permissions"
        case .cannotOpen(let path, let code, let message):
            "cannot open the database \(path): \(message) (SQLite code \(code)); check the path and its permissions"
        case .sqlite(let path, let code, let message, let sql):
            "database \(path): \(message) (SQLite code \(code)) in: \(sql)"
        case .cannotConnect(let url, let reason):
            "cannot connect to the database \(url): \(reason); check the host, port, user, database and sslmode"
        case .postgreSQL(let url, let sqlState, let message, let sql):
            "database \(url): \(message) (SQLSTATE \(sqlState)) in: \(sql)"
        case .schemaTooNew(let path, let found, let supported):
            "the database \(path) has schema version \(found), but this build of Evident supports versions up "
                + "to \(supported); upgrade Evident or point it at another database"
        case .invalidStoredValue(let path, let runID, let column, let value):
            "database \(path), run \(runID): column \(column) holds '\(value)', which this build does not know; "
                + "upgrade Evident"
        case .invalidStoredAssessment(let path, let runID, let reason):
            "database \(path), run \(runID): the stored assessment cannot be decoded: \(reason)"
        case .runNotFound(let runID):
            "no run with id \(runID) in the database; list the runs with 'evident history --all'"
        case .cannotEncodeAssessment(let reason):
            "cannot encode the assessment for storage: \(reason)"
        case .planItemNotFound(let id, let organizationID):
            "no plan item with id \(id) for \(organizationID); list the items and their ids with 'evident plan'"
        }
    }
}
