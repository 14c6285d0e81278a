/// Reads one Entra ID sign-in record as Microsoft Graph and the portal's JSON download write it:
/// `createdDateTime`, `userPrincipalName`, `ipAddress`, `location.countryOrRegion` and
/// `status.errorCode`, with the same meaning of error codes as the CSV download.
struct EntraSignInJSONParser {
    /// Returns whether the first bytes of a JSON file look like Entra ID sign-ins.
    static func matches(_ head: String) -> Bool {
        head.contains("\"userPrincipalName\"") && head.contains("\"createdDateTime\"")
    }

    /// Reads one sign-in object into `event` and returns its time, or `nil` without `createdDateTime`.
    func parse(_ object: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
    {
        var cursor = JSONCursor(object)
        guard cursor.enterObject() else { return nil }
        var time: TimestampBytes.Parsed?
        var errorCode = 0
        while let key = cursor.nextKey() {
            if JSONCursor.equals(key, "createdDateTime") {
                time = cursor.stringValue().flatMap(TimestampBytes.parse)
            } else if JSONCursor.equals(key, "userPrincipalName"), let user = cursor.stringValue() {
                event.user = ReviewSymbols.intern(jsonString: user, in: &symbols.users)
            } else if JSONCursor.equals(key, "ipAddress"), let address = cursor.stringValue() {
                event.address = ReviewSymbols.intern(jsonString: address, in: &symbols.addresses)
            } else if JSONCursor.equals(key, "location") {
                if let country = member("countryOrRegion", of: &cursor) {
                    event.country = ReviewSymbols.intern(jsonString: country, in: &symbols.addresses)
                }
            } else if JSONCursor.equals(key, "status") {
                errorCode = member("errorCode", of: &cursor).map(Self.decimal) ?? 0
            } else {
                cursor.skipValue()
            }
        }
        guard !cursor.failed, let time else { return nil }

        if errorCode == 0 {
            event.kind = .signIn
        } else {
            event.kind = errorCode == EntraSignInCSVReader.lockedErrorCode ? .lockout : .signInFailure
        }
        return time
    }

    // MARK: - Private

    /// Returns a scalar member of the object at the cursor, skipping the rest of the object.
    private func member(_ name: StaticString, of cursor: inout JSONCursor) -> UnsafeBufferPointer<UInt8>? {
        guard cursor.enterObject() else {
            cursor.skipValue()
            return nil
        }
        var found: UnsafeBufferPointer<UInt8>?
        while let key = cursor.nextKey() {
            if JSONCursor.equals(key, name) {
                found = cursor.scalarValue()
            } else {
                cursor.skipValue()
            }
        }
        return found
    }

    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var value = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { break }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
