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

    /// Interns raw JSON string bytes, decoding escapes first when there are any.
    static func intern(jsonString raw: UnsafeBufferPointer<UInt8>, in table: inout SymbolTable) -> Int32 {
        guard JSONString.hasEscape(raw) else { return table.intern(raw) }
        let decoded = JSONString.unescaped(raw)
        return decoded.withUnsafeBufferPointer { table.intern($0) }
    }
}
