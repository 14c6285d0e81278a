import Dispatch
import Foundation
import Testing

@testable import EvidentStore

/// Appends from several connections at once, as from several processes, keep one linear chain.
@Suite struct ConcurrentLedgerTests {
    @Test(arguments: StoreBackend.all) func concurrentAppendsStayLinear(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        _ = try database.open()
        let location = database.location
        let failures = Failures()

        // Eight threads of their own, so the appends overlap even on a machine with few cores.
        let group = DispatchGroup()
        for writer in 0..<8 {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let store: any LedgerStore =
                        backend == .sqlite ? try SQLiteStore(path: location) : try PostgreSQLStore(url: location)
                    for item in 0..<20 {
                        let draft = LedgerDraft(
                            action: .planChanged, actor: "writer-\(writer)", organizationID: nil, runID: nil,
                            subject: "item-\(item)", payload: #"{"writer":\#(writer)}"#)
                        _ = try store.appendLedgerEntry(draft, recordedAt: Date())
                    }
                } catch {
                    failures.append(String(describing: error))
                }
            }.start()
        }
        group.wait()
        let store = try database.open() as? any LedgerStore
        let entries = try #require(store).ledgerEntries(runID: nil)

        #expect(failures.all.isEmpty)
        #expect(entries.map(\.sequence) == Array(1...160))
        #expect(try #require(store).verifyRecords().isIntact)
    }
}

/// Errors collected from concurrent writers.
private final class Failures: @unchecked Sendable {
    // The lock guards `messages`; it is the only mutable state.
    private let lock = NSLock()
    private var messages: [String] = []

    func append(_ message: String) {
        lock.withLock { messages.append(message) }
    }

    var all: [String] {
        lock.withLock { messages }
    }
}
