import Foundation

/// Reads the Microsoft 365 unified audit log as CSV, in any of its three layouts
/// (`Search-UnifiedAuditLog | Export-Csv`, the older compliance-centre export and the Purview export),
/// all of which carry each record as JSON in an `AuditData` column.
///
/// From the JSON it takes `CreationTime` (UTC, written without `Z`), `UserId`, `ClientIP` (else
/// `ActorIpAddress`), `Operation` and `ObjectId`. `UserLoggedIn` is a sign-in and `UserLoginFailed` a
/// failed one. `Add member to role.` and `Remove member from role.` are privilege changes, and user
/// and account operations such as `Add user.`, `Delete user.` and `Disable account.` account changes.
final class UnifiedAuditLogCSVReader: CSVLogReader {
    private let auditData: Int
    private var fields: [CSVFields.Field] = []

    /// Reads the header and finds the `AuditData` column.
    ///
    /// - Throws: `ReviewError.missingExportColumn` when there is no `AuditData` column, which detection
    ///   rules out; the check guards a reader made for another file.
    init(header: UnsafeBufferPointer<UInt8>, path: String) throws(ReviewError) {
        var header = header
        if header.count >= 3, header[0] == 0xEF, header[1] == 0xBB, header[2] == 0xBF {
            header = UnsafeBufferPointer(rebasing: header[3...])
        }
        CSVFields.split(header, delimiter: UInt8(ascii: ","), into: &fields)
        let names = fields.map { field in
            CSVFields.withValue(field, in: header) { String(decoding: $0, as: UTF8.self) }
                .trimmingCharacters(in: .whitespaces)
        }
        guard let auditData = names.firstIndex(of: "AuditData") else {
            throw .missingExportColumn(path: path, column: "AuditData", header: names.joined(separator: ","))
        }
        self.auditData = auditData
    }

    func read(_ record: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
    {
        CSVFields.split(record, delimiter: UInt8(ascii: ","), into: &fields)
        guard auditData < fields.count else { return nil }
        return CSVFields.withValue(fields[auditData], in: record) { json in
            readAuditData(json, symbols: &symbols, event: &event)
        }
    }

    // MARK: - Private

    private func readAuditData(
        _ json: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent
    ) -> TimestampBytes.Parsed? {
        var cursor = JSONCursor(json)
        guard cursor.enterObject() else { return nil }
        var time: TimestampBytes.Parsed?
        var operation: UnsafeBufferPointer<UInt8>?
        var user: UnsafeBufferPointer<UInt8>?
        var address: UnsafeBufferPointer<UInt8>?
        var object: UnsafeBufferPointer<UInt8>?
        while let key = cursor.nextKey() {
            if JSONCursor.equals(key, "CreationTime") {
                time = cursor.stringValue().flatMap(TimestampBytes.parse)
            } else if JSONCursor.equals(key, "Operation") {
                operation = cursor.stringValue()
            } else if JSONCursor.equals(key, "UserId") {
                user = cursor.stringValue()
            } else if JSONCursor.equals(key, "ClientIP") || (address == nil && JSONCursor.equals(key, "ActorIpAddress"))
            {
                address = cursor.stringValue()
            } else if JSONCursor.equals(key, "ObjectId") {
                object = cursor.stringValue()
            } else {
                cursor.skipValue()
            }
        }
        guard !cursor.failed, var time else { return nil }
        // CreationTime is UTC although it is written without a zone.
        if time.offset == nil { time.offset = 0 }

        if let user { event.user = ReviewSymbols.intern(jsonString: user, in: &symbols.users) }
        let name = operation.map { String(decoding: $0, as: UTF8.self).lowercased() } ?? ""
        switch name {
        case "userloggedin", "userloginfailed":
            event.kind = name == "userloggedin" ? .signIn : .signInFailure
            if let address { event.address = ReviewSymbols.intern(jsonString: address, in: &symbols.addresses) }
        case "add member to role.", "remove member from role.", "add member to group.", "remove member from group.":
            event.kind = .privilegeChange
            if let object { event.target = ReviewSymbols.intern(jsonString: object, in: &symbols.users) }
        case "add user.", "delete user.", "update user.", "disable account.", "enable account.", "reset user password.":
            event.kind = .accountChange
            if let object { event.target = ReviewSymbols.intern(jsonString: object, in: &symbols.users) }
        default:
            event.kind = .other
        }
        return time
    }
}
