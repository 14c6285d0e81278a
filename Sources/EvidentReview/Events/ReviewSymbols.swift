/// The symbol tables the readers intern event fields into, one per kind of value.
struct ReviewSymbols {
    /// Account names, case folded: `MChen` and `mchen` are one account.
    var users = SymbolTable(foldsCase: true)
    /// Patient record numbers, exact.
    var patients = SymbolTable(foldsCase: false)
    /// Patient names as written; matching normalizes them separately.
    var names = SymbolTable(foldsCase: false)
    /// Workstations, IP addresses and countries, case folded.
    var addresses = SymbolTable(foldsCase: true)
    /// Site names, case folded.
    var sites = SymbolTable(foldsCase: true)
    /// Time zone names, exact.
    var zones = SymbolTable(foldsCase: false)
    /// Surnames of patients and workforce members, case folded.
    var surnames = SymbolTable(foldsCase: true)
    /// EHR action names, case folded.
    var actions = SymbolTable(foldsCase: true)

    /// Whether readers intern record numbers as well as hashing them; off when no rule needs the
    /// record number itself.
    var keepsPatientIDs = true
    /// Whether readers intern patient names; off when no rule uses them, which saves a lookup in a
    /// large table for each new patient.
    var keepsPatientNames = true
    /// The name id first seen for each patient id, or -1.
    private var patientNames: [Int32] = []

    /// Returns the name id recorded for a patient, or `nil` when the patient has none yet.
    ///
    /// A record number keeps the name it first appeared with, which saves interning the name on
    /// every event; a patient renamed within the reviewed period keeps the earlier name.
    func recordedName(ofPatient patient: Int32) -> Int32? {
        guard patient >= 0, Int(patient) < patientNames.count, patientNames[Int(patient)] >= 0 else { return nil }
        return patientNames[Int(patient)]
    }

    /// Records the name id of a patient.
    mutating func record(name: Int32, ofPatient patient: Int32) {
        guard patient >= 0, name >= 0 else { return }
        while patientNames.count <= Int(patient) { patientNames.append(SymbolTable.none) }
        patientNames[Int(patient)] = name
    }

    /// Returns a 64-bit hash of a record number (FNV-1a with MurmurHash3's finalizer), never 0.
    ///
    /// Two record numbers collide with a chance of about n² / 2⁶⁵ among n patients, under one in
    /// 10¹⁴ for the few hundred patients an account opens in an hour.
    static func patientKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
        hash = (hash ^ (hash >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash == 0 ? 1 : hash
    }

    /// Interns raw JSON string bytes, decoding escapes first when there are any.
    static func intern(jsonString raw: UnsafeBufferPointer<UInt8>, in table: inout SymbolTable) -> Int32 {
        guard JSONString.hasEscape(raw) else { return table.intern(raw) }
        let decoded = JSONString.unescaped(raw)
        return decoded.withUnsafeBufferPointer { table.intern($0) }
    }
}
