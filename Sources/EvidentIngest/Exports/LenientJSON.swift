import Foundation

/// Reads values decoded by `JSONSerialization` as text whatever their JSON type, because exporters
/// disagree: osquery and lsblk write numbers as strings in some versions, Azure writes `durationMs` as
/// either, and Windows PowerShell 5.1 wraps dates in objects.
enum LenientJSON {
    /// Returns a string as it is, a boolean as `true` or `false`, a number in decimal (integers beyond
    /// 64 bits with every digit), a PowerShell date object's `value`; `nil` for null, arrays and other objects.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String:
            return string
        case let number as NSDecimalNumber:
            // Integers beyond 64 bits (sslyze certificate serial numbers) arrive here and keep every digit.
            return number.stringValue
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B":
                return number.boolValue ? "true" : "false"
            case "d", "f":
                if let integer = Int64(exactly: number.doubleValue) { return String(integer) }
                return number.stringValue
            default:
                return number.stringValue
            }
        case let object as [String: Any]:
            return text(object["value"]) ?? text(object["DateTime"])
        default:
            return nil
        }
    }

    /// Returns the value as a boolean: JSON booleans, `true`/`false` and `1`/`0` in any type.
    static func boolean(_ value: Any?) -> Bool? {
        text(value).flatMap(ExportValue.lenientBoolean)
    }

    /// Returns the value as a whole number, from a JSON number or a numeric string.
    static func integer(_ value: Any?) -> Int? {
        text(value).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
