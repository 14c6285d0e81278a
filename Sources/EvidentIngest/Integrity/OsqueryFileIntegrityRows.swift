import EvidentCore
import FoundationEssentials

/// Reads the file-integrity rows of osquery results: `file_events` (`target_path`, `action`) and
/// `hash` (`path`, `sha256`).
///
/// Every `file_events` row is one changed file. A `hash` row is a baseline in a snapshot or in the
/// first results of a query (`counter` 0), and a changed or new file in later differential results,
/// where osquery logs only the rows that differ.
enum OsqueryFileIntegrityRows {
    /// Returns the files a row flags (0 or 1) and a description of the change, or `nil` for a row of
    /// another table.
    static func read(_ row: [String: Any], isDifferential: Bool) -> (changes: Int, example: String?)? {
        if let target = LenientJSON.text(row["target_path"]), let action = LenientJSON.text(row["action"]) {
            return (1, "\(action) \(target)")
        }
        if let path = LenientJSON.text(row["path"]), row["sha256"] != nil || row["md5"] != nil,
            row["directory"] != nil || row["sha1"] != nil
        {
            return isDifferential ? (1, "hash changed \(path)") : (0, nil)
        }
        return nil
    }

    /// Returns whether a result line holds differential rows that follow a query's first results.
    static func isDifferential(_ object: [String: Any]) -> Bool {
        guard object["snapshot"] == nil else { return false }
        return (LenientJSON.integer(object["counter"]) ?? 0) > 0
    }
}
