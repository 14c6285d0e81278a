import COpenSSL

/// An OpenSSL `EVP_PKEY` holding an Ed25519 key, freed when released.
///
/// The key is only read after it is created, so sharing it between tasks is safe; OpenSSL documents
/// `EVP_PKEY` objects as safe for concurrent read-only use.
final class OpenSSLKey: @unchecked Sendable {
    /// The OpenSSL key.
    let pointer: OpaquePointer

    private init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        EVP_PKEY_free(pointer)
    }

    /// Generates a new Ed25519 key pair.
    static func generate() throws -> OpenSSLKey {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nil) else {
            throw Self.failure("create an Ed25519 key context")
        }
        defer { EVP_PKEY_CTX_free(context) }

        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1, EVP_PKEY_keygen(context, &key) == 1, let key else {
            throw Self.failure("generate an Ed25519 key")
        }
        return OpenSSLKey(key)
    }

    /// Reads a PEM private key (PKCS #8) and checks that it is Ed25519.
    static func privateKey(pem: [UInt8]) throws -> OpenSSLKey {
        try read(pem, operation: "read the Ed25519 private key") { PEM_read_bio_PrivateKey($0, nil, nil, nil) }
    }

    /// Reads a PEM public key (SubjectPublicKeyInfo) and checks that it is Ed25519.
    static func publicKey(pem: [UInt8]) throws -> OpenSSLKey {
        try read(pem, operation: "read the Ed25519 public key") { PEM_read_bio_PUBKEY($0, nil, nil, nil) }
    }

    /// Encodes the private key as PEM, PKCS #8 without a passphrase.
    func privateKeyPEM() throws -> [UInt8] {
        try Self.writeToMemory(operation: "write the private key") {
            PEM_write_bio_PrivateKey($0, pointer, nil, nil, 0, nil, nil)
        }
    }

    /// Encodes the public key as PEM, the form `openssl pkeyutl -pubin -inkey` reads.
    func publicKeyPEM() throws -> [UInt8] {
        try Self.writeToMemory(operation: "write the public key") { PEM_write_bio_PUBKEY($0, pointer) }
    }

    /// Encodes the public key as DER, whose SHA-256 is the key's fingerprint.
    func publicKeyDER() throws -> [UInt8] {
        let length = i2d_PUBKEY(pointer, nil)
        guard length > 0 else { throw Self.failure("encode the public key") }

        var der = [UInt8](repeating: 0, count: Int(length))
        let written = der.withUnsafeMutableBufferPointer { buffer in
            var cursor = buffer.baseAddress
            return i2d_PUBKEY(pointer, &cursor)
        }
        guard written == length else { throw Self.failure("encode the public key") }
        return der
    }

    /// Returns the newest OpenSSL error as a `BinderError`, removing it from OpenSSL's queue.
    static func failure(_ operation: String) -> BinderError {
        let code = ERR_get_error()
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        let reason = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return .openSSL(operation: operation, reason: code == 0 ? "no reason given" : reason)
    }

    // MARK: - Private

    private static func read(
        _ pem: [UInt8], operation: String, _ parse: (OpaquePointer) -> OpaquePointer?
    ) throws -> OpenSSLKey {
        let key = pem.withUnsafeBytes { buffer -> OpaquePointer? in
            guard let bio = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else { return nil }
            defer { BIO_free(bio) }
            return parse(bio)
        }
        guard let key else { throw failure(operation) }
        guard EVP_PKEY_get_id(key) == EVP_PKEY_ED25519 else {
            EVP_PKEY_free(key)
            throw BinderError.openSSL(operation: operation, reason: "the key is not an Ed25519 key")
        }
        return OpenSSLKey(key)
    }

    private static func writeToMemory(operation: String, _ write: (OpaquePointer) -> Int32) throws -> [UInt8] {
        guard let bio = BIO_new(BIO_s_mem()) else { throw failure(operation) }
        defer { BIO_free(bio) }
        guard write(bio) == 1 else { throw failure(operation) }

        var bytes = [UInt8](repeating: 0, count: Int(BIO_ctrl_pending(bio)))
        let read = BIO_read(bio, &bytes, Int32(bytes.count))
        guard read == bytes.count else { throw failure(operation) }
        return bytes
    }
}
