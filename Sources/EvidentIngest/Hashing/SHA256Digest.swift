import COpenSSL

/// Computes SHA-256 digests through OpenSSL's EVP interface, so the hash recorded for each evidence file
/// comes from a vetted implementation.
public enum SHA256Digest {
    /// Returns the SHA-256 of bytes as 64 lowercase hex digits.
    ///
    /// - Throws: `EvidenceError.hashingFailed` when OpenSSL cannot allocate or run the digest.
    public static func hex(of bytes: [UInt8], path: String) throws(EvidenceError) -> String {
        guard let context = EVP_MD_CTX_new() else {
            throw .hashingFailed(path: path, reason: "OpenSSL could not allocate a digest context")
        }
        defer { EVP_MD_CTX_free(context) }

        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            throw .hashingFailed(path: path, reason: "OpenSSL could not start a SHA-256 digest")
        }
        let updated = bytes.withUnsafeBytes { buffer in
            EVP_DigestUpdate(context, buffer.baseAddress, buffer.count)
        }
        guard updated == 1 else {
            throw .hashingFailed(path: path, reason: "OpenSSL could not digest the file's bytes")
        }

        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1, length == 32 else {
            throw .hashingFailed(path: path, reason: "OpenSSL could not finish the SHA-256 digest")
        }
        return hexString(digest.prefix(Int(length)))
    }

    // MARK: - Private

    private static func hexString(_ bytes: ArraySlice<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
