import COpenSSL

/// A SHA-256 digest fed chunk by chunk, so a log's hash comes from the same single pass that parses it.
final class StreamingSHA256 {
    private let context: OpaquePointer

    /// Starts a digest.
    ///
    /// - Throws: `ReviewError.hashingFailed` when OpenSSL cannot allocate or start the digest.
    init(path: String) throws(ReviewError) {
        guard let context = EVP_MD_CTX_new() else {
            throw .hashingFailed(path: path, reason: "OpenSSL could not allocate a digest context")
        }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            EVP_MD_CTX_free(context)
            throw .hashingFailed(path: path, reason: "OpenSSL could not start a SHA-256 digest")
        }
        self.context = context
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// Adds bytes to the digest.
    func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        EVP_DigestUpdate(context, base, bytes.count)
    }

    /// Finishes the digest and returns it as 64 lowercase hex digits.
    func finish(path: String) throws(ReviewError) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1, length == 32 else {
            throw .hashingFailed(path: path, reason: "OpenSSL could not finish the SHA-256 digest")
        }
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in digest.prefix(Int(length)) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
