/// HTML escaping for every value the HTML report writes.
enum HTMLText {
    /// Escapes text for an element's content or a quoted attribute value.
    ///
    /// `&`, `<`, `>`, `"` and `'` become character references, so no value from an export, a file
    /// name or a message can open a tag, end an attribute or start a script.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
