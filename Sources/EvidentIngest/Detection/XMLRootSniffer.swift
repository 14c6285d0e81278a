import Foundation

/// Finds the name of an XML document's root element by skipping the prolog, without parsing the
/// document.
enum XMLRootSniffer {
    /// Returns the root element's name, skipping the XML declaration, processing instructions
    /// (`<?xml-stylesheet ...?>`), comments and the `<!DOCTYPE ...>` declaration with its internal
    /// subset. Returns `nil` when the text ends first.
    static func rootElementName(of text: Substring) -> String? {
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard rest.hasPrefix("<") else { return nil }

            if rest.hasPrefix("<?") {
                guard let end = rest.range(of: "?>") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!") {
                guard let end = declarationEnd(rest) else { return nil }
                rest = rest[end...]
            } else {
                let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
                return name.isEmpty ? nil : String(name)
            }
        }
    }

    /// Returns the index after the `>` that closes a `<!DOCTYPE` declaration, stepping over an internal
    /// subset in brackets, whose entity declarations contain `>` of their own.
    private static func declarationEnd(_ text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            switch text[index] {
            case "[": depth += 1
            case "]": depth -= 1
            case ">" where depth <= 0: return text.index(after: index)
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }
}
