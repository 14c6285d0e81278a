import Foundation

@testable import EvidentStore

/// The databases every store test runs against: SQLite always, and PostgreSQL when
/// `EVIDENT_TEST_DATABASE_URL` names a server (`make test` starts one with `scripts/with-postgres`).
enum StoreBackend: String, CustomStringConvertible, Sendable {
    case sqlite
    case postgreSQL

    /// The throw-away server's URL, when one is running.
    static var serverURL: String? {
        ProcessInfo.processInfo.environment["EVIDENT_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// SQLite, plus PostgreSQL when a server is available.
    static var all: [StoreBackend] {
        serverURL == nil ? [.sqlite] : [.sqlite, .postgreSQL]
    }

    var description: String { rawValue }
}

/// One empty database of a backend for one test: a new SQLite file in a new temporary folder, or a
/// new schema in the test server's database. `remove()` deletes it.
final class TestDatabase {
    /// The backend.
    let backend: StoreBackend
    /// What a store opens: the SQLite path, or the PostgreSQL URL whose `search_path` is the schema.
    let location: String
    private let folder: URL?
    private let schema: String?

    /// Creates an empty database.
    init(_ backend: StoreBackend) throws {
        self.backend = backend
        switch backend {
        case .sqlite:
            let folder = try StoreFixtures.temporaryFolder()
            self.folder = folder
            self.schema = nil
            self.location = folder.appendingPathComponent("evident.db").path
        case .postgreSQL:
            let serverURL = try TestDatabase.requireServerURL()
            let schema = "test_" + UUID().uuidString.lowercased().replacing("-", with: "")
            try PostgreSQLConnection(url: DatabaseURL(text: serverURL)).execute("CREATE SCHEMA \(schema)")
            self.folder = nil
            self.schema = schema
            let separator = serverURL.contains("?") ? "&" : "?"
            self.location = serverURL + separator + "options=-csearch_path%3D\(schema)"
        }
    }

    /// Opens the store; each call is a new connection, like a new process.
    func open() throws -> any Store {
        switch backend {
        case .sqlite: try SQLiteStore(path: location)
        case .postgreSQL: try PostgreSQLStore(url: location)
        }
    }

    /// Opens a raw connection, for reading tables directly.
    func connect() throws -> any DatabaseConnection {
        switch backend {
        case .sqlite: try SQLiteConnection(path: location)
        case .postgreSQL: try PostgreSQLConnection(url: DatabaseURL(text: location))
        }
    }

    /// The number of rows in a table.
    func rowCount(_ table: String) throws -> Int64 {
        try connect().integer("SELECT COUNT(*) FROM \(table)")
    }

    /// Deletes the database.
    func remove() {
        if let folder {
            try? FileManager.default.removeItem(at: folder)
        }
        if let schema, let serverURL = StoreBackend.serverURL {
            try? PostgreSQLConnection(url: DatabaseURL(text: serverURL)).execute("DROP SCHEMA \(schema) CASCADE")
        }
    }

    private static func requireServerURL() throws -> String {
        guard let url = StoreBackend.serverURL else {
            throw StoreError.cannotConnect(url: "EVIDENT_TEST_DATABASE_URL", reason: "not set")
        }
        return url
    }
}
