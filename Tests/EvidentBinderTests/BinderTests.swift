import EvidentStore
import Foundation
import Testing

@testable import EvidentBinder

/// Building and checking binders, and one changed byte in each part of one.
@Suite struct BinderTests {
    @Test func builtBinderVerifies() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try SigningKey.loadOrCreate(at: folder.appendingPathComponent("key.pem").path)

        let binder = try BinderWriter.build(BinderFixtures.input(), key: key)
        let result = BinderVerifier.verify(binder.archive, name: "binder.tar")

        #expect(result.problems == [])
        #expect(result.folder == "binder-lakeside-clinic-run-7")
        #expect(result.matchedFiles == 9)
        #expect(result.matchedLedgerEntries == 1)
        #expect(result.keyFingerprint == key.fingerprint)
        #expect(binder.missingEvidence.isEmpty)
    }

    @Test func changedEvidenceByteIsNamed() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try SigningKey.loadOrCreate(at: folder.appendingPathComponent("key.pem").path)
        let binder = try BinderWriter.build(BinderFixtures.input(), key: key)

        let changed = try #require(BinderFixtures.changingFirstByte(of: Array("Ben Okafor".utf8), in: binder.archive))
        let result = BinderVerifier.verify(changed, name: "binder.tar")

        #expect(result.problems == ["evidence/hr/roster.csv: its content does not match its SHA-256 in MANIFEST"])
    }

    @Test func changedManifestByteFailsTheSignature() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try SigningKey.loadOrCreate(at: folder.appendingPathComponent("key.pem").path)
        let binder = try BinderWriter.build(BinderFixtures.input(), key: key)
        let rosterHash = SHA256Hasher.hex(of: BinderFixtures.roster)

        let changed = try #require(
            BinderFixtures.changingFirstByte(of: Array("\(rosterHash)  evidence".utf8), in: binder.archive))
        let result = BinderVerifier.verify(changed, name: "binder.tar")

        #expect(result.problems.first == "MANIFEST.sig: the signature of MANIFEST does not verify with public-key.pem")
        #expect(result.problems.contains("evidence/hr/roster.csv: its content does not match its SHA-256 in MANIFEST"))
    }

    @Test func changedHeaderByteNamesTheOffset() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try SigningKey.loadOrCreate(at: folder.appendingPathComponent("key.pem").path)
        var archive = try BinderWriter.build(BinderFixtures.input(), key: key).archive

        archive[10] ^= 0x01
        let result = BinderVerifier.verify(archive, name: "binder.tar")

        #expect(result.problems.count == 1)
        #expect(
            result.problems.first
                == "binder.tar is not a readable binder at byte 0: the member header's checksum does not match its bytes"
        )
    }

    @Test func prunedEvidenceIsListedAsMissing() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try SigningKey.loadOrCreate(at: folder.appendingPathComponent("key.pem").path)

        let binder = try BinderWriter.build(BinderFixtures.input(pruned: true), key: key)

        #expect(binder.missingEvidence.count == 1)
        #expect(binder.missingEvidence.first?.hasPrefix("evidence/access/ehr.csv (SHA-256 ") == true)
        #expect(BinderVerifier.verify(binder.archive, name: "binder.tar").isIntact)
    }

    @Test func memberPathsStayInsideTheBinder() {
        #expect(BinderWriter.memberPath("evidence/../../etc/passwd") == "evidence/etc/passwd")
        #expect(BinderWriter.memberPath("/evidence/a.csv") == "evidence/a.csv")
        #expect(BinderWriter.memberPath("exports/a\nb.csv") == "evidence/exports/a_b.csv")
    }
}
