#if canImport(Glibc)
    import Glibc
#endif

/// The name ledger entries record as their actor when a person runs Evident on this machine.
public enum LedgerActor {
    /// Returns `user@host` for the user running the process, the user from the password database (so
    /// a changed `USER` variable does not alter it) and the host from `gethostname`.
    public static func current() -> String {
        var user = "uid-\(geteuid())"
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            user = String(cString: name)
        }

        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return user }
        let host = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return host.isEmpty ? user : "\(user)@\(host)"
    }
}
