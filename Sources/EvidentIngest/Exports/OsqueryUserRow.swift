import EvidentCore

/// Reads a row of osquery's `users` table into the local account of a person, leaving out the
/// accounts no person signs in with.
///
/// Windows numbers the accounts people create from relative id 1000, after the built-in ones
/// (Administrator 500, Guest 501, DefaultAccount 503, WDAGUtilityAccount 504), and Linux numbers them
/// from uid 1000. macOS starts at 501 and names its service accounts with a leading `_`. `nobody`
/// (65534, or 4294967294 on macOS) and accounts whose shell is `nologin` or `false` are never people.
enum OsqueryUserRow {
    /// Returns the account of a `users` row, or `nil` for a row of another table or an account that is
    /// not a person's.
    static func account(_ row: [String: Any], host: String, evidence: EvidenceReference) -> LocalAccount? {
        guard let username = LenientJSON.text(row["username"]), let uid = LenientJSON.integer(row["uid"]),
            row["directory"] != nil
        else { return nil }

        let directory = LenientJSON.text(row["directory"]) ?? ""
        let shell = (LenientJSON.text(row["shell"]) ?? "").lowercased()
        let firstUID = directory.hasPrefix("/Users/") ? 501 : 1000
        guard uid >= firstUID, uid < 60_000, !username.hasPrefix("_"),
            !shell.hasSuffix("nologin"), !shell.hasSuffix("/false")
        else { return nil }
        return LocalAccount(device: host, username: username, uid: uid, evidence: evidence)
    }
}
