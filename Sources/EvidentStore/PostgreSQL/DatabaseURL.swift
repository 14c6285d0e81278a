/// A PostgreSQL connection URL, `postgres://user@host:port/database?sslmode=require`, as the user
/// gave it, with a form safe to show.
///
/// libpq parses the URL itself, so every parameter it documents (`sslmode`, `sslrootcert`,
/// `connect_timeout`, `options`...) works. A password may sit in the URL, in `PGPASSWORD` or in
/// `~/.pgpass`; the store never prints it: errors show `redacted` and have the password text
/// replaced wherever libpq repeats it.
struct DatabaseURL: Sendable, Hashable {
    /// The URL as given, password included; passed only to libpq.
    let text: String

    /// Whether `text` selects PostgreSQL rather than a SQLite file.
    static func isPostgreSQL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The URL with the password in the user part and in a `password` parameter replaced by `***`.
    var redacted: String {
        var result = text

        if let schemeEnd = result.firstRange(of: "://") {
            let authorityEnd = result[schemeEnd.upperBound...].firstIndex { $0 == "/" || $0 == "?" } ?? result.endIndex
            if let at = result[schemeEnd.upperBound..<authorityEnd].lastIndex(of: "@"),
                let colon = result[schemeEnd.upperBound..<at].firstIndex(of: ":")
            {
                result.replaceSubrange(result.index(after: colon)..<at, with: "***")
            }
        }

        if let query = result.firstIndex(of: "?") {
            let parameters = result[result.index(after: query)...].split(separator: "&").map { parameter in
                parameter.hasPrefix("password=") ? "password=***" : String(parameter)
            }
            result = result[...query] + parameters.joined(separator: "&")
        }
        return result
    }

    /// Replaces the password in free text, such as a libpq error message, by `***`.
    func redact(_ message: String) -> String {
        var result = message
        for secret in passwords where !secret.isEmpty {
            result = result.replacing(secret, with: "***")
        }
        return result
    }

    // MARK: - Private

    /// The passwords the URL holds: in `user:password@` and in `password=` parameters, both as
    /// written and percent-decoded.
    private var passwords: [String] {
        var found: [String] = []

        if let schemeEnd = text.firstRange(of: "://") {
            let rest = text[schemeEnd.upperBound...]
            let authority = rest.prefix { $0 != "/" && $0 != "?" }
            if let at = authority.lastIndex(of: "@") {
                let userInfo = authority[..<at]
                if let colon = userInfo.firstIndex(of: ":") {
                    found.append(String(userInfo[userInfo.index(after: colon)...]))
                }
            }
        }

        if let query = text.firstIndex(of: "?") {
            for parameter in text[text.index(after: query)...].split(separator: "&") {
                let parts = parameter.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == "password" {
                    found.append(String(parts[1]))
                }
            }
        }

        return found.flatMap { [$0, Self.percentDecoded($0)] }.sorted { $0.count > $1.count }
    }

    private static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            let second = utf8.index(after: index)
            if byte == UInt8(ascii: "%"), second != utf8.endIndex, utf8.index(after: second) != utf8.endIndex,
                let value = UInt8(String(decoding: utf8[second...utf8.index(after: second)], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index = utf8.index(second, offsetBy: 2)
            } else {
                bytes.append(byte)
                index = second
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
