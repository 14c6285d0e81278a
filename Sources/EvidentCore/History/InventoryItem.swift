/// One inventory record as a stored run keeps it for comparison: what it is, the identity it keeps
/// across runs, and the state whose change is drift.
public struct InventoryItem: Hashable, Sendable, Codable {
    /// The kinds of record a run's inventory holds.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case account
        case device
        case host
        case system
        case vendor
        case workforce

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The kind of record.
    public var kind: Kind
    /// The identity shared by one record in two runs, for example `entra-id:ava@example.org`.
    public var key: String
    /// The name people know it by: the user principal name, device name, address or vendor name.
    public var label: String
    /// The facts whose change is drift, for example `enabled` or `BAA signed, expires 2026-06-30`.
    public var state: String
    /// For vendors, the day the BAA expires; `nil` for other kinds or when no date is recorded.
    public var expires: CalendarDay?

    /// Creates an item.
    public init(kind: Kind, key: String, label: String, state: String, expires: CalendarDay? = nil) {
        self.kind = kind
        self.key = key
        self.label = label
        self.state = state
        self.expires = expires
    }
}
