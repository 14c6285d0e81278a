import EvidentCore
import EvidentIngest
import EvidentStore
import Foundation

/// The workspace folder and history database a command works on, from its arguments and environment.
struct WorkspaceLocation {
    /// The workspace folder: the first positional argument, or the current folder.
    let folder: URL
    /// The SQLite file or PostgreSQL URL: `--database`, else `EVIDENT_DATABASE_URL`, else
    /// `.evident/evident.db` inside the workspace.
    let databasePath: String

    /// Resolves the location from parsed arguments and the process environment.
    init(_ arguments: ParsedArguments, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(
            folderPath: arguments.positionals.first, database: arguments.values["database"], environment: environment)
    }

    /// Resolves the location from a folder path (`nil` for the current folder) and a `--database` value.
    init(
        folderPath: String?, database: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let folderPath = folderPath ?? FileManager.default.currentDirectoryPath
        self.folder = URL(fileURLWithPath: folderPath, isDirectory: true).standardizedFileURL
        self.databasePath =
            database
            ?? environment["EVIDENT_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? folder.appendingPathComponent(".evident/evident.db").path
    }

    /// Opens the history database, creating it and its folder on first use.
    ///
    /// A `postgres://` or `postgresql://` URL opens a PostgreSQL store; anything else is a SQLite
    /// file path.
    ///
    /// - Throws: `StoreError` when the file cannot be opened, the server cannot be reached, or the
    ///   schema cannot be migrated. Messages never hold the URL's password.
    func openStore() throws -> any Store {
        if PostgreSQLStore.isURL(databasePath) {
            return try PostgreSQLStore(url: databasePath)
        }
        return try SQLiteStore(path: databasePath)
    }

    /// Opens a history database that must already exist, for commands that only read it.
    ///
    /// A mistyped path or a workspace never assessed would otherwise get a new empty database, and
    /// the command would report no runs instead of the mistake.
    ///
    /// - Throws: `UsageError` naming the path when a SQLite file does not exist.
    func openExistingStore() throws -> any Store {
        if !PostgreSQLStore.isURL(databasePath) && !FileManager.default.fileExists(atPath: databasePath) {
            throw UsageError.invalidArgument(
                "no history database at \(databasePath); run 'evident assess' on the workspace first, or name "
                    + "the database with --database or EVIDENT_DATABASE_URL.")
        }
        return try openStore()
    }

    /// Reads the organization id from the workspace's `evident.yaml`.
    func organizationID() throws -> String {
        try declarations().settings.organization.id
    }

    /// Reads the workspace's declaration files, for commands that need its settings but not its exports.
    func declarations() throws -> WorkspaceDeclarations {
        try WorkspaceReader.readDeclarations(at: folder, today: CalendarDay(containing: Date()))
    }
}

/// Whether text output is coloured, from `--color`.
enum ColorChoice {
    case auto, always, never

    init(_ value: String?) {
        switch value {
        case "always": self = .always
        case "never": self = .never
        default: self = .auto
        }
    }

    /// Returns whether to colour output on a console. `auto` also honours the `NO_COLOR` convention.
    func isEnabled(for console: Console) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: console.isOutputTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}
