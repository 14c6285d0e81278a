import EvidentStore
import Foundation

/// The Ed25519 key that signs binders, kept as a PEM file readable by its owner only.
///
/// The key is created on first use. An existing file that its group or others may read is rejected,
/// as OpenSSH rejects such keys, because anyone who can read it can sign binders in this name.
public struct SigningKey: Sendable {
    /// The private key file.
    public let path: String
    let key: OpenSSLKey

    /// The public key as PEM, which the binder includes.
    public let publicKeyPEM: [UInt8]
    /// The SHA-256 of the public key's DER form, to compare with one published out of band.
    public let fingerprint: String
    /// Whether this call created the key.
    public let wasCreated: Bool

    /// Reads the key at `path`, or creates it there with mode 0600 when the file does not exist.
    ///
    /// - Throws: `BinderError.signingKey` when the file cannot be read or written, is readable by
    ///   others, or does not hold an Ed25519 private key.
    public static func loadOrCreate(at path: String) throws -> SigningKey {
        if FileManager.default.fileExists(atPath: path) {
            return try load(at: path)
        }

        let key = try OpenSSLKey.generate()
        do {
            try create(path, content: try key.privateKeyPEM())
        } catch BinderError.signingKey(_, let reason) where reason == Self.existsReason {
            // Another process created it first; use that one.
            return try load(at: path)
        }
        return try SigningKey(path: path, key: key, wasCreated: true)
    }

    /// The default key file: `$XDG_CONFIG_HOME/evident/binder-signing-key.pem`, else
    /// `~/.config/evident/binder-signing-key.pem`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let configuration =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config").path
        return URL(fileURLWithPath: configuration).appendingPathComponent("evident/binder-signing-key.pem").path
    }

    /// Signs bytes and returns the 64-byte Ed25519 signature.
    public func sign(_ message: [UInt8]) throws -> [UInt8] {
        try Ed25519Signature.sign(message, with: key)
    }

    // MARK: - Private

    private static let existsReason = "the file appeared while it was being created"

    private init(path: String, key: OpenSSLKey, wasCreated: Bool) throws {
        self.path = path
        self.key = key
        self.publicKeyPEM = try key.publicKeyPEM()
        self.fingerprint = SHA256Hasher.hex(of: try key.publicKeyDER())
        self.wasCreated = wasCreated
    }

    private static func load(at path: String) throws -> SigningKey {
        let attributes: [FileAttributeKey: Any]
        let pem: Data
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
            pem = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BinderError.signingKey(path: path, reason: error.localizedDescription)
        }
        let mode = (attributes[.posixPermissions] as? Int) ?? 0
        guard mode & 0o077 == 0 else {
            throw BinderError.signingKey(
                path: path, reason: "its mode is \(String(mode, radix: 8)); others may read it, so run chmod 600 on it")
        }

        do {
            return try SigningKey(path: path, key: try OpenSSLKey.privateKey(pem: [UInt8](pem)), wasCreated: false)
        } catch let error as BinderError {
            throw BinderError.signingKey(path: path, reason: error.description)
        }
    }

    /// Creates the file with mode 0600 from the start, so the key is never readable by others.
    private static func create(_ path: String, content: [UInt8]) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw BinderError.signingKey(path: path, reason: error.localizedDescription)
        }

        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? existsReason : String(cString: strerror(errno))
            throw BinderError.signingKey(path: path, reason: reason)
        }
        defer { close(descriptor) }

        let written = content.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == content.count, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw BinderError.signingKey(path: path, reason: reason)
        }
    }
}
