#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The last value a column held and its symbol id, because columns such as the site or the action
/// repeat from one record to the next and a byte comparison is cheaper than a hash lookup.
struct RepeatedValue {
    private var bytes: [UInt8] = []
    private var id = SymbolTable.none

    /// Returns the id of a value, from the previous record when it is the same, else from the table.
    mutating func intern(_ value: UnsafeBufferPointer<UInt8>, in table: inout SymbolTable) -> Int32 {
        if id >= 0, value.count == bytes.count, let base = value.baseAddress,
            bytes.withUnsafeBufferPointer({ $0.baseAddress.map { memcmp($0, base, value.count) == 0 } ?? false })
        {
            return id
        }
        id = table.intern(value)
        bytes = Array(value)
        return id
    }
}
