import Foundation

/// Readers for the scalar cell values exports share.
enum ExportValue {
    /// Reads `True`/`False` in any case, the way .NET, PowerShell and Graph write booleans.
    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// Reads the booleans people type into hand-kept lists: `true`/`false`, `yes`/`no`, `1`/`0`.
    static func lenientBoolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "y", "1": true
        case "false", "no", "n", "0": false
        default: nil
        }
    }

    /// Reads a list cell written as `a, b`, `a;b` or the JSON array `["a","b"]`.
    ///
    /// - Returns: The items, or `nil` when the cell contains a .NET type name such as `System.Object[]`,
    ///   which `Export-Csv` writes in place of an array's items, so the items are unknown.
    static func list(_ text: String) -> [String]? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("System.") || trimmed.hasPrefix("Microsoft.") || trimmed == "[object Object]" {
            return nil
        }
        var body = Substring(trimmed)
        if body.hasPrefix("["), body.hasSuffix("]") {
            body = body.dropFirst().dropLast()
        }
        return body.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
            .filter { !$0.isEmpty }
    }
}
