import CReviewShims

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Interns byte strings as dense integer ids, so the hot path compares and counts integers and builds a
/// `String` only for the few values a finding shows.
///
/// An open-addressing hash table over one byte arena. A slot is four words: 32 bits of the hash with
/// the id, the value's length and arena offset, and its first 16 bytes. A lookup of a value up to 16
/// bytes long, such as a record number or an account name, therefore reads one slot and nothing else,
/// which matters once a table of patients outgrows the processor's caches. Looking up a known value
/// allocates nothing.
struct SymbolTable {
    /// The id meaning "no value".
    static let none: Int32 = -1

    /// The words per slot.
    private static let slotWords = 4
    private var arena: [UInt8] = []
    private var offsets: [Int32] = [0]
    /// Slot `i` is words `4i..<4i+4`: `hash << 32 | (id + 1)` (0 when empty), `length << 32 | offset`,
    /// and the first 16 bytes of the value, zero padded.
    private var slots: [UInt64] = Array(repeating: 0, count: 1024 * 4)
    private let foldsCase: Bool

    /// Creates an empty table.
    ///
    /// - Parameter foldsCase: Whether ASCII letters are lowercased first, so `MChen` and `mchen` are
    ///   one value. Account names fold case; record numbers do not.
    init(foldsCase: Bool) {
        self.foldsCase = foldsCase
    }

    /// The number of distinct values.
    var count: Int { offsets.count - 1 }

    /// Returns the id of a value, adding it when new. Empty values get `none`.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard !bytes.isEmpty else { return SymbolTable.none }
        let key = Key(bytes, foldsCase: foldsCase)
        let (found, slot) = find(key, bytes)
        if found >= 0 { return found }

        let id = Int32(count)
        let offset = arena.count
        if foldsCase {
            for byte in bytes { arena.append(SymbolTable.fold(byte)) }
        } else {
            arena.append(contentsOf: bytes)
        }
        offsets.append(Int32(arena.count))
        let base = slot * SymbolTable.slotWords
        slots[base] = key.hash << 32 | UInt64(id + 1)
        slots[base + 1] = UInt64(bytes.count) << 32 | UInt64(offset)
        slots[base + 2] = key.head
        slots[base + 3] = key.tail
        if count * 2 > slots.count / SymbolTable.slotWords { grow() }
        return id
    }

    /// Starts loading the slot a value hashes to, so that a later `intern` of it finds the slot in
    /// cache. Worth it only for tables larger than the processor's caches, such as patients.
    func prefetch(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        let key = Key(bytes, foldsCase: foldsCase)
        let mask = slots.count / SymbolTable.slotWords - 1
        let slot = Int(truncatingIfNeeded: key.hash) & mask
        slots.withUnsafeBufferPointer { evident_prefetch($0.baseAddress! + slot * SymbolTable.slotWords) }
    }

    /// Returns the id of a string value, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { intern($0) }
    }

    /// Returns the id of a value already in the table, or `none`.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        bytes.isEmpty ? SymbolTable.none : find(Key(bytes, foldsCase: foldsCase), bytes).id
    }

    /// Returns the value of an id as a `String`.
    func string(_ id: Int32) -> String {
        guard id >= 0 else { return "" }
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        return String(decoding: arena[start..<end], as: UTF8.self)
    }

    /// Calls `body` with the bytes of an id's value.
    func withBytes<Result>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    // MARK: - Private

    /// A value's hash and first 16 (folded) bytes.
    private struct Key {
        var hash: UInt64
        var head: UInt64 = 0
        var tail: UInt64 = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>, foldsCase: Bool) {
            // FNV-1a, then MurmurHash3's 64-bit finalizer so that record numbers differing only in
            // their last digits spread over the table.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for index in 0..<bytes.count {
                let byte = foldsCase ? SymbolTable.fold(bytes[index]) : bytes[index]
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                if index < 8 {
                    head |= UInt64(byte) << (8 * UInt64(index))
                } else if index < 16 {
                    tail |= UInt64(byte) << (8 * UInt64(index - 8))
                }
            }
            hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
            hash = (hash ^ (hash >> 33)) &* 0xc4ce_b9fe_1a85_ec53
            self.hash = (hash ^ (hash >> 33)) & 0xFFFF_FFFF
        }
    }

    @inline(__always)
    private static func fold(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Returns the id of a value (or `none`) and the slot where it is or would go.
    private func find(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, slot: Int) {
        let mask = slots.count / SymbolTable.slotWords - 1
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while true {
                let base = slot * SymbolTable.slotWords
                let entry = slots[base]
                if entry == 0 { return (SymbolTable.none, slot) }
                if entry >> 32 == key.hash && slots[base + 2] == key.head && slots[base + 3] == key.tail
                    && Int(slots[base + 1] >> 32) == bytes.count
                    && (bytes.count <= 16 || matchesTail(Int(truncatingIfNeeded: slots[base + 1] & 0xFFFF_FFFF), bytes))
                {
                    return (Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1, slot)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Compares the bytes after the first 16 with the arena.
    private func matchesTail(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            for index in 16..<bytes.count {
                let byte = foldsCase ? SymbolTable.fold(bytes[index]) : bytes[index]
                if arena[offset + index] != byte { return false }
            }
            return true
        }
    }

    private mutating func grow() {
        let words = SymbolTable.slotWords
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = larger.count / words - 1
        for base in stride(from: 0, to: slots.count, by: words) where slots[base] != 0 {
            var slot = Int(truncatingIfNeeded: slots[base] >> 32) & mask
            while larger[slot * words] != 0 { slot = (slot + 1) & mask }
            for word in 0..<words { larger[slot * words + word] = slots[base + word] }
        }
        slots = larger
    }
}
