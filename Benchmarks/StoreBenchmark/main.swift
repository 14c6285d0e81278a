import EvidentChecks
import EvidentCore
import EvidentIngest
import EvidentStore
import Foundation

// Times storing one run of a workspace into SQLite and PostgreSQL, against loading the same rows
// with the sqlite3 shell's .import and with psql's \copy. Run it through
// Benchmarks/run-store-benchmark, which builds it in release mode and starts the PostgreSQL server.
//
//   store-benchmark WORKSPACE POSTGRES_URL [REPETITIONS]

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: store-benchmark WORKSPACE POSTGRES_URL [REPETITIONS]\n".utf8))
    exit(2)
}
let workspaceFolder = URL(fileURLWithPath: arguments[1])
let serverURL = arguments[2]
let repetitions = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3

/// Formats seconds or a ratio with two decimals.
func fixed(_ value: Double) -> String {
    String(format: "%.2f", value)
}

do {
    let workspace = try WorkspaceLoader.load(at: workspaceFolder, today: CalendarDay(containing: Date()))
    let assessment = Assessor().assess(workspace.inventory, settings: workspace.settings)
    let bench = BenchmarkRun(
        assessment: assessment, inventory: workspace.inventory, serverURL: serverURL,
        scratch: FileManager.default.temporaryDirectory.appendingPathComponent("evident-bench-\(UUID().uuidString)"))
    defer { bench.removeScratch(repetitions: repetitions) }

    print(
        "Workspace: \(workspace.inventory.devices.count) devices, \(workspace.inventory.accounts.count) accounts, "
            + "\(assessment.results.flatMap(\.findings).count) findings")
    var rows: [(String, Double, String, Double)] = []
    var sqliteTimes: [(Double, Double)] = []
    var postgresTimes: [(Double, Double)] = []
    for repetition in 1...repetitions {
        let sqlite = try bench.sqlite(repetition)
        let postgres = try bench.postgreSQL(repetition)
        sqliteTimes.append(sqlite)
        postgresTimes.append(postgres)
        print(
            "run \(repetition): SQLite \(fixed(sqlite.0)) s vs .import \(fixed(sqlite.1)) s; "
                + "PostgreSQL \(fixed(postgres.0)) s vs \\copy \(fixed(postgres.1)) s")
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    rows.append(("SQLite", median(sqliteTimes.map(\.0)), "sqlite3 .import", median(sqliteTimes.map(\.1))))
    rows.append(("PostgreSQL", median(postgresTimes.map(\.0)), "psql \\copy", median(postgresTimes.map(\.1))))

    print("")
    print("| store | evident (s) | baseline | baseline (s) | ratio |")
    print("| --- | ---: | --- | ---: | ---: |")
    for (store, time, baseline, baselineTime) in rows {
        print("| \(store) | \(fixed(time)) | \(baseline) | \(fixed(baselineTime)) | \(fixed(time / baselineTime)) |")
    }
} catch {
    FileHandle.standardError.write(Data("store-benchmark: \(error)\n".utf8))
    exit(1)
}
