import Foundation
import Testing

@testable import EvidentStore

/// Keeping evidence from a file: copied in pieces, checked against the hash recorded when it was
/// read, and not read again once kept.
@Suite struct EvidenceFileKeepingTests {
    static let march = Date(timeIntervalSince1970: 1_772_000_000)

    /// Writes a file of about 2.5 MiB, more than two of the pieces a copy reads at a time.
    private func largeFile(in folder: URL) throws -> (url: URL, content: [UInt8]) {
        let line = Array("2026-11-03T09:00:00Z,ava@clinic.example,Success,203.0.113.7\n".utf8)
        let content = Array((0..<45_000).map { _ in line }.joined())
        let url = folder.appendingPathComponent("sign-ins.csv")
        try Data(content).write(to: url)
        return (url, content)
    }

    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evident-keep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: StoreBackend.all) func fileIsKeptWhole(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try #require(try database.open() as? any LedgerStore)
        let (url, content) = try largeFile(in: folder)
        let sha256 = SHA256Hasher.hex(of: content)

        let kept = try store.keepEvidence(
            fileAt: url, path: "evidence/sign-ins.csv", expectedSHA256: sha256, recordedAt: Self.march)

        #expect(kept.sha256 == sha256)
        #expect(kept.bytes == Int64(content.count))
        #expect(try store.evidenceContent(sha256: sha256) == content)
        #expect(try store.verifyRecords().isIntact)
    }

    @Test(arguments: StoreBackend.all) func keptFileIsNotReadAgain(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try #require(try database.open() as? any LedgerStore)
        let (url, content) = try largeFile(in: folder)
        let sha256 = SHA256Hasher.hex(of: content)
        let first = try store.keepEvidence(
            fileAt: url, path: "evidence/sign-ins.csv", expectedSHA256: sha256, recordedAt: Self.march)

        try FileManager.default.removeItem(at: url)
        let second = try store.keepEvidence(
            fileAt: url, path: "evidence/sign-ins.csv", expectedSHA256: sha256, recordedAt: Self.march)

        #expect(second == first)
        #expect(try store.ledgerEntries(runID: nil).count { $0.action == .evidenceStored } == 1)
    }

    @Test(arguments: StoreBackend.all) func changedFileIsRejected(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try #require(try database.open() as? any LedgerStore)
        let (url, content) = try largeFile(in: folder)
        let recorded = String(repeating: "0", count: 64)

        #expect(
            throws: LedgerError.contentChanged(
                path: "evidence/sign-ins.csv", expected: recorded, found: SHA256Hasher.hex(of: content))
        ) {
            try store.keepEvidence(
                fileAt: url, path: "evidence/sign-ins.csv", expectedSHA256: recorded, recordedAt: Self.march)
        }
        #expect(try database.rowCount("evidence_objects") == 0)
    }

    @Test func rejectedCopyLeavesNoFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let evidence = EvidenceFolder(databasePath: folder.appendingPathComponent("evident.db").path)
        let (url, _) = try largeFile(in: folder)
        let recorded = String(repeating: "0", count: 64)

        #expect(throws: LedgerError.self) {
            try evidence.stage(url, path: "evidence/sign-ins.csv", expectedSHA256: recorded)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: evidence.url(sha256: recorded).deletingLastPathComponent().path)
        #expect(leftovers.isEmpty)
    }
}
