/// Interns byte strings as dense integer ids, so the hot path compares and counts integers and builds a
/// `String` only for the few values a finding shows.
///
/// An open-addressing hash table over one byte arena: looking up a value that is already known
/// allocates nothing.
struct SymbolTable {
    /// The id meaning "no value".
    static let none: Int32 = -1

    private var arena: [UInt8] = []
    private var offsets: [Int32] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    private let foldsCase: Bool

    /// Creates an empty table.
    ///
    /// - Parameter foldsCase: Whether ASCII letters are lowercased first, so `MChen` and `mchen` are
    ///   one value. Account names fold case; record numbers do not.
    init(foldsCase: Bool) {
        self.foldsCase = foldsCase
    }

    /// The number of distinct values.
    var count: Int { hashes.count }

    /// Returns the id of a value, adding it when new. Empty values get `none`.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard !bytes.isEmpty else { return SymbolTable.none }

        let hash = hashValue(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash && matches(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }

        let id = Int32(hashes.count)
        for byte in bytes { arena.append(fold(byte)) }
        offsets.append(Int32(arena.count))
        hashes.append(hash)
        slots[slot] = id
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// Returns the id of a string value, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { intern($0) }
    }

    /// Returns the value of an id as a `String`.
    func string(_ id: Int32) -> String {
        guard id >= 0 else { return "" }
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        return String(decoding: arena[start..<end], as: UTF8.self)
    }

    // MARK: - Private

    @inline(__always)
    private func fold(_ byte: UInt8) -> UInt8 {
        foldsCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private func hashValue(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(fold(byte))) &* 0x0000_0100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }

    private func matches(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id])
        guard Int(offsets[id + 1]) - start == bytes.count else { return false }
        for index in 0..<bytes.count where arena[start + index] != fold(bytes[index]) {
            return false
        }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
