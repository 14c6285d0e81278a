import COpenSSL

/// Signs and verifies with Ed25519 through OpenSSL's one-shot `EVP_DigestSign`, which Ed25519
/// requires: the message is hashed inside the algorithm, so no digest is named.
enum Ed25519Signature {
    /// Signs a message and returns the 64-byte signature, the raw form `openssl pkeyutl -sigfile` reads.
    static func sign(_ message: [UInt8], with key: OpenSSLKey) throws -> [UInt8] {
        guard let context = EVP_MD_CTX_new() else { throw OpenSSLKey.failure("create a signing context") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestSignInit(context, nil, nil, nil, key.pointer) == 1 else {
            throw OpenSSLKey.failure("start an Ed25519 signature")
        }

        var length = 0
        guard EVP_DigestSign(context, nil, &length, message, message.count) == 1 else {
            throw OpenSSLKey.failure("size the Ed25519 signature")
        }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_DigestSign(context, &signature, &length, message, message.count) == 1 else {
            throw OpenSSLKey.failure("sign with Ed25519")
        }
        return Array(signature.prefix(length))
    }

    /// Returns whether a signature over a message verifies with a public key.
    static func isValid(_ signature: [UInt8], of message: [UInt8], publicKey: OpenSSLKey) throws -> Bool {
        guard let context = EVP_MD_CTX_new() else { throw OpenSSLKey.failure("create a verification context") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, nil, nil, publicKey.pointer) == 1 else {
            throw OpenSSLKey.failure("start an Ed25519 verification")
        }

        let result = EVP_DigestVerify(context, signature, signature.count, message, message.count)
        ERR_clear_error()
        return result == 1
    }
}
