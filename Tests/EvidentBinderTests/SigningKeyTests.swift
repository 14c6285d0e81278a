import Foundation
import Testing

@testable import EvidentBinder

/// The binder signing key: created once with mode 0600, then read back.
@Suite struct SigningKeyTests {
    @Test func keyIsCreatedOwnerOnly() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("keys/signing.pem").path

        let created = try SigningKey.loadOrCreate(at: path)
        let loaded = try SigningKey.loadOrCreate(at: path)

        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(created.wasCreated)
        #expect(!loaded.wasCreated)
        #expect(loaded.fingerprint == created.fingerprint)
        #expect(String(decoding: loaded.publicKeyPEM, as: UTF8.self).hasPrefix("-----BEGIN PUBLIC KEY-----"))
    }

    @Test func keyReadableByOthersIsRejected() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("signing.pem").path
        _ = try SigningKey.loadOrCreate(at: path)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)

        #expect(
            throws: BinderError.signingKey(
                path: path, reason: "its mode is 644; others may read it, so run chmod 600 on it")
        ) {
            try SigningKey.loadOrCreate(at: path)
        }
    }

    @Test func fileWithoutAKeyIsRejected() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("signing.pem").path
        FileManager.default.createFile(
            atPath: path, contents: Data("not a key\n".utf8), attributes: [.posixPermissions: 0o600])

        #expect(throws: BinderError.self) { try SigningKey.loadOrCreate(at: path) }
    }
}
