import Foundation

/// Reads the Entra ID sign-in log CSV the portal downloads (`InteractiveSignIns_*.csv`), with its
/// `Date (UTC)`, `Username`, `IP address`, `Location`, `Status` and `Sign-in error code` columns.
///
/// Error code 0 is a sign-in, 50053 (account locked) a lockout, and any other code a failed sign-in.
/// The country is the last part of `Location` (`City, State, CC`), which the new-address rule
/// prefers to the IP address.
struct EntraSignInCSVReader {
    /// The Entra ID error code of a sign-in refused because the account is locked.
    static let lockedErrorCode = 50_053

    private let time: Int
    private let user: Int
    private let address: Int?
    private let location: Int?
    private let errorCode: Int?
    private let status: Int?
    private var fields: [CSVFields.Field] = []

    /// Returns whether a header line is the portal's sign-in log header.
    static func matches(_ header: Substring) -> Bool {
        header.contains("Date (UTC)") && header.contains("Sign-in error code")
    }

    /// Reads the header and finds the columns.
    ///
    /// - Throws: `ReviewError.missingExportColumn` when `Date (UTC)` or `Username` is missing.
    init(header: UnsafeBufferPointer<UInt8>, path: String) throws(ReviewError) {
        var header = header
        if header.count >= 3, header[0] == 0xEF, header[1] == 0xBB, header[2] == 0xBF {
            header = UnsafeBufferPointer(rebasing: header[3...])
        }
        var fields: [CSVFields.Field] = []
        CSVFields.split(header, delimiter: UInt8(ascii: ","), into: &fields)
        // The portal pads some names with spaces and repeats some; the first of each name wins.
        let names = fields.map { field in
            CSVFields.withValue(field, in: header) { String(decoding: $0, as: UTF8.self) }
                .trimmingCharacters(in: .whitespaces).lowercased()
        }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }

        guard let time = column("date (utc)") else {
            throw .missingExportColumn(path: path, column: "Date (UTC)", header: names.joined(separator: ","))
        }
        guard let user = column("username") ?? column("user") else {
            throw .missingExportColumn(path: path, column: "Username", header: names.joined(separator: ","))
        }
        self.time = time
        self.user = user
        self.address = column("ip address")
        self.location = column("location")
        self.errorCode = column("sign-in error code")
        self.status = column("status")
    }

    /// Reads one record into `event` and returns its time, or `nil` when the row has no readable time.
    mutating func read(_ record: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
    {
        CSVFields.split(record, delimiter: UInt8(ascii: ","), into: &fields)
        guard time < fields.count, user < fields.count,
            let parsed = CSVFields.withValue(fields[time], in: record, TimestampBytes.parse)
        else { return nil }

        event.user = CSVFields.withValue(fields[user], in: record) { symbols.users.intern($0) }
        if let address, address < fields.count {
            event.address = CSVFields.withValue(fields[address], in: record) { symbols.addresses.intern($0) }
        }
        if let location, location < fields.count {
            event.country = CSVFields.withValue(fields[location], in: record) { value in
                let parts = value.split(separator: UInt8(ascii: ","))
                guard parts.count >= 2, let last = parts.last else { return SymbolTable.none }
                let country = Array(last.drop { $0 == 0x20 })
                return country.withUnsafeBufferPointer { symbols.addresses.intern($0) }
            }
        }
        event.kind = kind(record)
        return parsed
    }

    // MARK: - Private

    private func kind(_ record: UnsafeBufferPointer<UInt8>) -> LogEventKind {
        if let errorCode, errorCode < fields.count {
            let code = CSVFields.withValue(fields[errorCode], in: record) { Int(String(decoding: $0, as: UTF8.self)) }
            if let code {
                if code == 0 { return .signIn }
                return code == EntraSignInCSVReader.lockedErrorCode ? .lockout : .signInFailure
            }
        }
        if let status, status < fields.count {
            let text = CSVFields.withValue(fields[status], in: record) { String(decoding: $0, as: UTF8.self) }
            return text.lowercased() == "success" ? .signIn : .signInFailure
        }
        return .signIn
    }
}
