/// The errors of writing, signing and reading binders.
///
/// Descriptions name the file or archive member and what to do.
public enum BinderError: Error, Equatable {
    /// A path does not fit a ustar header.
    case pathTooLong(path: String)
    /// The archive is not a readable ustar archive; `offset` is the byte where reading stopped.
    case invalidArchive(path: String, offset: Int, reason: String)
    /// The signing key could not be created, read or written.
    case signingKey(path: String, reason: String)
    /// OpenSSL failed to sign or to read a key.
    case openSSL(operation: String, reason: String)
    /// The binder could not be written.
    case cannotWrite(path: String, reason: String)
    /// The binder could not be read.
    case cannotRead(path: String, reason: String)
}

extension BinderError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .pathTooLong(let path):
            "the binder cannot hold the path \(path): ustar allows 255 bytes split at a '/'; rename the evidence file"
        case .invalidArchive(let path, let offset, let reason):
            "\(path) is not a readable binder at byte \(offset): \(reason)"
        case .signingKey(let path, let reason):
            "signing key \(path): \(reason); check the file and its permissions, or name another with --key"
        case .openSSL(let operation, let reason):
            "OpenSSL could not \(operation): \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write the binder \(path): \(reason); check the folder's permissions and free space"
        case .cannotRead(let path, let reason):
            "cannot read \(path): \(reason); check the path"
        }
    }
}
