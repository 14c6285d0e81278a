import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

/// What only the SQLite store does: files, folders and journaling. `StoreTests` covers the rest.
@Suite struct SQLiteStoreTests {
    @Test func openingCreatesFoldersAndUsesWAL() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("workspace/.evident/evident.db").path

        let store = try SQLiteStore(path: path)

        #expect(FileManager.default.fileExists(atPath: path))
        let journal = try store.connection.prepare("PRAGMA journal_mode")
        try journal.bind([])
        #expect(try journal.step())
        #expect(journal.text(at: 0) == "wal")
        let foreignKeys = try store.connection.prepare("PRAGMA foreign_keys")
        try foreignKeys.bind([])
        #expect(try foreignKeys.step())
        #expect(foreignKeys.integer(at: 0) == 1)
    }

    @Test func folderPathIsNotADatabase() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        #expect {
            try SQLiteStore(path: folder.path)
        } throws: { error in
            guard case .cannotOpen(let path, _, _) = error as? StoreError else { return false }
            return path == folder.path
        }
    }
}
