import EvidentCore
import EvidentStore
import Foundation

@testable import EvidentBinder

/// A run with two evidence files, and temporary folders, for the binder tests.
enum BinderFixtures {
    static let roster = Array("employee_id,name,status\n1,Ava Stone,active\n2,Ben Okafor,terminated\n".utf8)
    static let access = Array("username,role,enabled,last_login\navastone,nurse,true,2026-02-27\n".utf8)

    /// Creates a new folder under the system temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "evident-binder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Builds the input of a binder for run 7 of a made-up clinic, one of whose evidence files was pruned.
    static func input(pruned: Bool = false) -> BinderInput {
        let organization = Organization(id: "lakeside-clinic", name: "Lakeside Clinic", kind: .coveredEntity)
        let asOf = CalendarDay(year: 2026, month: 3, day: 1)!
        let recordedAt = Date(timeIntervalSince1970: 1_772_400_000)
        let files = [
            EvidenceFile(path: "evidence/hr/roster.csv", sha256: SHA256Hasher.hex(of: roster), format: .accessList),
            EvidenceFile(path: "evidence/access/ehr.csv", sha256: SHA256Hasher.hex(of: access), format: .accessList),
        ]
        let assessment = Assessment(
            organization: organization, asOf: asOf, profile: "hipaa-security-rule", evidence: files, results: [],
            posture: [])
        let run = RunSummary(
            id: 7, organizationID: organization.id, organizationName: organization.name, asOf: asOf,
            profile: "hipaa-security-rule", recordedAt: recordedAt, checkCounts: [:], findingCounts: [:])
        let entry = LedgerEntry(
            sequence: 1, recordedAt: "2026-03-01T21:20:00.000Z", actor: "officer@clinic", action: .runRecorded,
            organizationID: organization.id, runID: 7, subject: "7", payload: "{}",
            payloadSHA256: SHA256Hasher.hex(of: "{}"), previousHash: LedgerEntry.genesisHash, entryHash: "")
        var hashed = entry
        hashed.entryHash = SHA256Hasher.hex(of: entry.canonicalText)
        return BinderInput(
            run: run, assessment: assessment, history: [], ledgerEntries: [hashed],
            evidence: [
                .init(path: files[0].path, sha256: files[0].sha256, content: roster),
                .init(path: files[1].path, sha256: files[1].sha256, content: pruned ? nil : access),
            ])
    }

    /// Returns the archive with the first occurrence of `needle` changed in its first byte.
    static func changingFirstByte(of needle: [UInt8], in archive: [UInt8]) -> [UInt8]? {
        guard
            let start = (0...(archive.count - needle.count)).first(where: {
                archive[$0..<$0 + needle.count].elementsEqual(needle)
            })
        else { return nil }
        var changed = archive
        changed[start] ^= 0x01
        return changed
    }
}
