import EvidentCore
import EvidentStore
import Foundation

/// One benchmark setup: the assessment to store, the PostgreSQL server, and a scratch folder for
/// databases and CSV files.
struct BenchmarkRun {
    /// Every table one run writes, parents first, so a bulk load never breaks a foreign key.
    static let tables = [
        "organizations", "runs", "results", "findings", "evidence_files", "run_posture", "run_accounts",
        "run_devices", "run_hosts", "run_systems", "run_vendors", "run_workforce",
    ]

    let assessment: Assessment
    let inventory: Inventory
    let serverURL: String
    let scratch: URL

    /// Times `SQLiteStore.record` into a new file, then `.import` of the same rows into another.
    ///
    /// - Returns: Seconds for evident and for the sqlite3 shell.
    func sqlite(_ repetition: Int) throws -> (Double, Double) {
        let folder = scratch.appendingPathComponent("sqlite-\(repetition)")
        let storePath = folder.appendingPathComponent("store.db").path
        let store = try SQLiteStore(path: storePath)
        let evident = try seconds { _ = try store.record(assessment, inventory: inventory, recordedAt: Date()) }

        let csv = try exportCSV(from: storePath, into: folder)
        let importPath = folder.appendingPathComponent("import.db").path
        _ = try SQLiteStore(path: importPath)
        var script = ".mode csv\nBEGIN;\n"
        for table in Self.tables {
            script += ".import \(csv[table]!.path) \(table)\n"
        }
        script += "COMMIT;\n"
        let shell = try seconds { try Tool.run("/usr/bin/sqlite3", [importPath], input: script) }
        return (evident, shell)
    }

    /// Times `PostgreSQLStore.record` into a new schema, then `\copy` of the same rows into another.
    ///
    /// - Returns: Seconds for evident and for psql.
    func postgreSQL(_ repetition: Int) throws -> (Double, Double) {
        let folder = scratch.appendingPathComponent("postgres-\(repetition)")
        let storeURL = try newSchema("bench_store_\(repetition)")
        let store = try PostgreSQLStore(url: storeURL)
        let evident = try seconds { _ = try store.record(assessment, inventory: inventory, recordedAt: Date()) }

        // The same rows, taken from a SQLite copy of the run, which writes identical values.
        let sqlitePath = folder.appendingPathComponent("rows.db").path
        _ = try SQLiteStore(path: sqlitePath).record(assessment, inventory: inventory, recordedAt: Date())
        let csv = try exportCSV(from: sqlitePath, into: folder)
        let copyURL = try newSchema("bench_copy_\(repetition)")
        _ = try PostgreSQLStore(url: copyURL)
        var script = "BEGIN;\n"
        for table in Self.tables {
            script += "\\copy \(table) FROM '\(csv[table]!.path)' WITH (FORMAT csv)\n"
        }
        script += "COMMIT;\n"
        let shell = try seconds {
            try Tool.run("/usr/bin/psql", ["--no-psqlrc", "-X", "-q", "-v", "ON_ERROR_STOP=1", copyURL], input: script)
        }
        return (evident, shell)
    }

    /// Deletes the scratch folder and the schemas of `repetitions` runs.
    func removeScratch(repetitions: Int) {
        try? FileManager.default.removeItem(at: scratch)
        for repetition in 1...repetitions {
            _ = try? Tool.run(
                "/usr/bin/psql",
                [
                    "--no-psqlrc", "-X", "-q", serverURL, "-c",
                    "SET client_min_messages = warning; DROP SCHEMA IF EXISTS bench_store_\(repetition) CASCADE; "
                        + "DROP SCHEMA IF EXISTS bench_copy_\(repetition) CASCADE",
                ])
        }
    }

    // MARK: - Private

    /// Writes every table of the SQLite database at `path` to `<table>.csv` in `folder`.
    private func exportCSV(from path: String, into folder: URL) throws -> [String: URL] {
        var files: [String: URL] = [:]
        for table in Self.tables {
            let file = folder.appendingPathComponent("\(table).csv")
            try Tool.run("/usr/bin/sqlite3", ["-csv", path, "SELECT * FROM \(table)"], output: file)
            files[table] = file
        }
        return files
    }

    /// Creates an empty schema and returns the server URL whose `search_path` is that schema.
    private func newSchema(_ name: String) throws -> String {
        try Tool.run(
            "/usr/bin/psql",
            [
                "--no-psqlrc", "-X", "-q", serverURL, "-c",
                "SET client_min_messages = warning; DROP SCHEMA IF EXISTS \(name) CASCADE; CREATE SCHEMA \(name)",
            ])
        let separator = serverURL.contains("?") ? "&" : "?"
        return serverURL + separator + "options=-csearch_path%3D\(name)"
    }

    private func seconds(_ work: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
