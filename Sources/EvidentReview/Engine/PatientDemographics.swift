/// The optional patient demographics file, `patient_id,name,address,flag`, which gives logs without
/// patient names their names and marks records that need review on every access.
///
/// Only patients with a name, a flag, or the home address of a workforce member are kept, so memory
/// grows with the file's useful rows.
struct PatientDemographics {
    private var names: [Int32: Int32] = [:]
    private var flags: [Int32: String] = [:]
    /// The roster index of the workforce member each patient lives with, by patient id.
    private var households: [Int32: Int32] = [:]

    /// Whether the file was absent or empty.
    var isEmpty: Bool { names.isEmpty && flags.isEmpty && households.isEmpty }

    /// Whether some patient lives at the home address of a workforce member.
    var hasHouseholds: Bool { !households.isEmpty }

    /// Reads the file, interning patient ids and names into `symbols`.
    ///
    /// - Throws: `ReviewError` when the file cannot be read or lacks a `patient_id` column.
    ///
    /// - Parameter membersByAddress: Workforce members by the comparison key of their home address.
    static func read(
        path: String, symbols: inout ReviewSymbols, membersByAddress: [String: Int32] = [:]
    ) throws(ReviewError) -> PatientDemographics {
        var demographics = PatientDemographics()
        let reader = try LogFileReader(path: path)
        var columns: (id: Int, name: Int?, flag: Int?, address: Int?)?
        var fields: [CSVFields.Field] = []

        try reader.forEachLine { (line, number) throws(ReviewError) in
            guard let known = columns else {
                CSVFields.split(line, delimiter: UInt8(ascii: ","), into: &fields)
                let names = fields.map { CSVFields.withValue($0, in: line) { String(decoding: $0, as: UTF8.self) } }
                    .map { $0.lowercased() }
                guard let id = names.firstIndex(of: "patient_id") else {
                    throw .missingColumn(
                        path: path, column: "patient_id", setting: "patients", header: names.joined(separator: ","))
                }
                columns = (
                    id, names.firstIndex(of: "name"), names.firstIndex(of: "flag"), names.firstIndex(of: "address")
                )
                return
            }
            CSVFields.split(line, delimiter: UInt8(ascii: ","), into: &fields)
            guard known.id < fields.count else { return }
            let patient = CSVFields.withValue(fields[known.id], in: line) { symbols.patients.intern($0) }
            guard patient >= 0 else { return }
            if let column = known.name, column < fields.count, fields[column].count > 0 {
                demographics.names[patient] = CSVFields.withValue(fields[column], in: line) { symbols.names.intern($0) }
            }
            if !membersByAddress.isEmpty, let column = known.address, column < fields.count, fields[column].count > 0 {
                let address = CSVFields.withValue(fields[column], in: line) { String(decoding: $0, as: UTF8.self) }
                if let member = PostalAddress.key(address).flatMap({ membersByAddress[$0] }) {
                    demographics.households[patient] = member
                }
            }
            if let column = known.flag, column < fields.count, fields[column].count > 0 {
                demographics.flags[patient] = CSVFields.withValue(fields[column], in: line) {
                    String(decoding: $0, as: UTF8.self)
                }
            }
        }
        return demographics
    }

    /// Returns the name id of a patient, or -1.
    func name(of patient: Int32) -> Int32 {
        names[patient] ?? SymbolTable.none
    }

    /// Returns the roster index of the workforce member a patient lives with, or -1.
    func householdMember(of patient: Int32) -> Int32 {
        households[patient] ?? -1
    }

    /// Returns whether a patient's record is flagged.
    func isFlagged(_ patient: Int32) -> Bool {
        !flags.isEmpty && flags[patient] != nil
    }

    /// Each flagged patient's flag, such as `VIP`, by patient id.
    var flagsByPatient: [Int32: String] { flags }
}
