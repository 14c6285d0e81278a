import Foundation
import EvidentCore

/// Reads an EHR access log CSV through the column mapping in `evident.yaml`.
///
/// The `user` and `time` columns are required. An `action` naming a sign-in (`login`, `logon`,
/// `sign in`) is a sign-in, or a failed one when it also contains `fail`. A row with a patient is a
/// record access, and anything else counts as activity.
struct EHRAccessCSVReader {
    private let delimiter: UInt8
    private let user: Int
    private let time: Int
    private let patientID: Int?
    private let patientName: Int?
    private let action: Int?
    private let timeZone: Int?
    private let workstation: Int?
    private let site: Int?
    private var fields: [CSVFields.Field] = []
    private var actionKinds: [LogEventKind?] = []
    private var lastSite = RepeatedValue()
    private var lastZone = RepeatedValue()
    private var lastAction = RepeatedValue()

    /// Reads the header and finds the mapped columns.
    ///
    /// - Throws: `ReviewError.missingColumn` when the `user` or `time` column is missing.
    init(header: UnsafeBufferPointer<UInt8>, mapping: EHRColumnMapping, path: String) throws(ReviewError) {
        var header = header
        if header.count >= 3, header[0] == 0xEF, header[1] == 0xBB, header[2] == 0xBF {
            header = UnsafeBufferPointer(rebasing: header[3...])
        }
        let delimiter = EHRAccessCSVReader.delimiter(of: header)
        var fields: [CSVFields.Field] = []
        CSVFields.split(header, delimiter: delimiter, into: &fields)
        let names = fields.map { field in
            CSVFields.withValue(field, in: header) { String(decoding: $0, as: UTF8.self) }
                .trimmingCharacters(in: .whitespaces).lowercased()
        }
        func column(_ name: String) -> Int? { names.firstIndex(of: name.lowercased()) }

        let headerText = names.joined(separator: ",")
        guard let user = column(mapping.user) else {
            throw .missingColumn(path: path, column: mapping.user, setting: "user", header: headerText)
        }
        guard let time = column(mapping.time) else {
            throw .missingColumn(path: path, column: mapping.time, setting: "time", header: headerText)
        }
        self.delimiter = delimiter
        self.user = user
        self.time = time
        self.patientID = column(mapping.patientID)
        self.patientName = column(mapping.patientName)
        self.action = column(mapping.action)
        self.timeZone = column(mapping.timeZone)
        self.workstation = column(mapping.workstation)
        self.site = column(mapping.site)
    }

    /// Reads one record into `event` and returns its time, or `nil` when the row has no readable time.
    mutating func read(
        _ record: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent
    ) -> TimestampBytes.Parsed? {
        CSVFields.split(record, delimiter: delimiter, into: &fields)
        // The patient table outgrows the caches; start loading its slot while the other fields are read.
        if let patientID, patientID < fields.count, fields[patientID].count > 0 {
            event.patientKey = CSVFields.withValue(fields[patientID], in: record) { value in
                if symbols.keepsPatientIDs { symbols.patients.prefetch(value) }
                return ReviewSymbols.patientKey(value)
            }
        }
        guard time < fields.count, user < fields.count,
            let parsed = CSVFields.withValue(fields[time], in: record, TimestampBytes.parse)
        else { return nil }

        event.user = intern(user, record, &symbols.users)
        event.site = intern(site, record, &symbols.sites, repeating: &lastSite)
        event.zone = intern(timeZone, record, &symbols.zones, repeating: &lastZone)
        let actionID = intern(action, record, &symbols.actions, repeating: &lastAction)
        if symbols.keepsPatientIDs { event.patient = intern(patientID, record, &symbols.patients) }
        if let name = symbols.recordedName(ofPatient: event.patient) {
            event.patientName = name
        } else if symbols.keepsPatientNames {
            event.patientName = intern(patientName, record, &symbols.names)
            symbols.record(name: event.patientName, ofPatient: event.patient)
        }
        event.kind = event.patientKey != 0 || event.patientName >= 0 ? .recordAccess : .other
        if actionID >= 0, let kind = actionKind(actionID, symbols: symbols) { event.kind = kind }

        // Only the sign-in rule uses the workstation or address.
        if event.kind == .signIn || event.kind == .signInFailure {
            event.address = intern(workstation, record, &symbols.addresses)
        }
        return parsed
    }

    // MARK: - Private

    private func intern(_ column: Int?, _ record: UnsafeBufferPointer<UInt8>, _ table: inout SymbolTable) -> Int32 {
        guard let column, column < fields.count, fields[column].count > 0 else { return SymbolTable.none }
        return CSVFields.withValue(fields[column], in: record) { table.intern($0) }
    }

    private func intern(
        _ column: Int?, _ record: UnsafeBufferPointer<UInt8>, _ table: inout SymbolTable,
        repeating last: inout RepeatedValue
    ) -> Int32 {
        guard let column, column < fields.count, fields[column].count > 0 else { return SymbolTable.none }
        return CSVFields.withValue(fields[column], in: record) { last.intern($0, in: &table) }
    }

    /// Returns the kind an action name forces, classifying each distinct action once.
    private mutating func actionKind(_ id: Int32, symbols: ReviewSymbols) -> LogEventKind? {
        while actionKinds.count <= Int(id) {
            let name = symbols.actions.string(Int32(actionKinds.count))
            let isSignIn = ["login", "logon", "log in", "sign in", "signin", "sign-in"].contains { name.contains($0) }
            let failed = name.contains("fail") || name.contains("denied") || name.contains("invalid")
            if name.contains("lock") {
                actionKinds.append(.lockout)
            } else if isSignIn && failed {
                actionKinds.append(.signInFailure)
            } else if isSignIn {
                actionKinds.append(.signIn)
            } else {
                actionKinds.append(nil)
            }
        }
        return actionKinds[Int(id)]
    }

    private static func delimiter(of header: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
        let counts = candidates.map { candidate in header.count { $0 == candidate } }
        let best = counts.indices.max { counts[$0] < counts[$1] } ?? 0
        return counts[best] > 0 ? candidates[best] : UInt8(ascii: ",")
    }
}
