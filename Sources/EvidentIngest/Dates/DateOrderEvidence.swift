import Foundation

/// The numeric dates of one file that only one order accepts, such as `25/10/2026`, which can only be
/// day-first. Such a date proves the order the exporting tool writes, and so how to read the file's
/// ambiguous dates such as `11/09/2026`.
///
/// `TimestampParser` records into it while an importer reads the file. Importers read on one thread,
/// but `ImportContext` is `Sendable`, so a lock guards the state.
final class DateOrderEvidence: @unchecked Sendable, Hashable {
    /// The dates that prove one order: the first one read, as written, and how many there were.
    struct Proof: Hashable, Sendable {
        /// The first date read that only this order accepts.
        var example: String
        /// The number of dates read that only this order accepts.
        var count: Int
    }

    private let lock = NSLock()
    private var proofs: [DateOrder: Proof] = [:]

    /// Records a date that only `order` accepts.
    func record(_ value: String, provenOrder order: DateOrder) {
        lock.lock()
        defer { lock.unlock() }
        proofs[order, default: Proof(example: value, count: 0)].count += 1
    }

    /// Returns the dates read so far that prove `order`, or `nil` when none did.
    func proof(of order: DateOrder) -> Proof? {
        lock.lock()
        defer { lock.unlock() }
        return proofs[order]
    }

    /// Two recorders are equal only when they are the same one, because each collects one file's dates.
    static func == (lhs: DateOrderEvidence, rhs: DateOrderEvidence) -> Bool {
        lhs === rhs
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(self))
    }
}
