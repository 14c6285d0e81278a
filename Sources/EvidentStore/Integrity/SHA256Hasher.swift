import COpenSSL

/// An incremental SHA-256 through OpenSSL's EVP interface, for ledger hashes and evidence files too
/// large to hash in one buffer.
///
/// The hasher owns an OpenSSL digest context and is not `Sendable`: use one from one task.
public final class SHA256Hasher {
    private let context: OpaquePointer

    /// Starts a new digest.
    ///
    /// OpenSSL fails here only when it cannot allocate memory, which the process does not survive
    /// anyway, so a failure stops the process with a message instead of throwing.
    public init() {
        guard let context = EVP_MD_CTX_new(), EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            fatalError("OpenSSL could not start a SHA-256 digest")
        }
        self.context = context
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// Adds bytes to the digest.
    public func update(_ bytes: some Collection<UInt8>) {
        let updated = bytes.withContiguousStorageIfAvailable { buffer in
            EVP_DigestUpdate(context, buffer.baseAddress, buffer.count)
        }
        if updated == nil {
            let copy = Array(bytes)
            _ = copy.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
        }
    }

    /// Finishes the digest and returns it as 64 lowercase hex digits. Call it once.
    public func finalize() -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else {
            fatalError("OpenSSL could not finish a SHA-256 digest")
        }
        return Hex.text(digest.prefix(Int(length)))
    }

    /// Returns the SHA-256 of bytes as 64 lowercase hex digits.
    public static func hex(of bytes: some Collection<UInt8>) -> String {
        let hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Returns the SHA-256 of a string's UTF-8 bytes as 64 lowercase hex digits.
    public static func hex(of text: String) -> String {
        hex(of: Array(text.utf8))
    }

    /// Returns whether text is 64 lowercase hex digits, the form every stored hash has.
    public static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}

/// The digest context belongs to one task at a time; see the class comment.
@available(*, unavailable)
extension SHA256Hasher: Sendable {}
