import Foundation

/// A history database for one end-to-end test: a SQLite file in a new folder, or a new schema in
/// the PostgreSQL server of `EVIDENT_TEST_DATABASE_URL`, created and dropped with `psql`.
struct HistoryDatabase: CustomStringConvertible, Sendable {
    /// The backends to run against: SQLite, and PostgreSQL when the test server is up.
    enum Backend: String, CustomStringConvertible, Sendable {
        case sqlite
        case postgreSQL

        static var all: [Backend] {
            serverURL == nil ? [.sqlite] : [.sqlite, .postgreSQL]
        }

        var description: String { rawValue }
    }

    /// The test server's URL, from `scripts/with-postgres`.
    static var serverURL: String? {
        ProcessInfo.processInfo.environment["EVIDENT_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The backend.
    let backend: Backend
    /// What `--database` takes: a file path, or a URL whose `search_path` is the test's schema.
    let location: String
    private let folder: URL?
    private let schema: String?

    var description: String { backend.rawValue }

    /// Creates an empty database.
    init(_ backend: Backend) throws {
        self.backend = backend
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "evident-db-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            self.folder = folder
            self.schema = nil
            self.location = folder.appendingPathComponent("evident.db").path
        case .postgreSQL:
            guard let serverURL = Self.serverURL else { throw HistoryDatabaseError.noServer }
            let schema = "e2e_" + UUID().uuidString.lowercased().replacing("-", with: "")
            try Self.psql(serverURL, "CREATE SCHEMA \(schema)")
            self.folder = nil
            self.schema = schema
            let separator = serverURL.contains("?") ? "&" : "?"
            self.location = serverURL + separator + "options=-csearch_path%3D\(schema)"
        }
    }

    /// Runs SQL in this database and returns `psql`'s or `sqlite3`'s unaligned output.
    func query(_ sql: String) throws -> String {
        switch backend {
        case .sqlite:
            return try Self.tool("/usr/bin/sqlite3", [location, sql])
        case .postgreSQL:
            return try Self.psql(location, sql)
        }
    }

    /// Deletes the database.
    func remove() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        if let schema, let serverURL = Self.serverURL {
            _ = try? Self.psql(serverURL, "DROP SCHEMA \(schema) CASCADE")
        }
    }

    // MARK: - Private

    @discardableResult
    private static func psql(_ url: String, _ sql: String) throws -> String {
        try tool("/usr/bin/psql", ["--no-psqlrc", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql])
    }

    private static func tool(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw HistoryDatabaseError.toolFailed(path: path, status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Why a test database could not be set up.
enum HistoryDatabaseError: Error {
    case noServer
    case toolFailed(path: String, status: Int32)
}
