/// One `agent` of an AuditEvent: who acted, whether they requested the action, and from where.
struct FHIRAgent {
    /// The account: `who.identifier.value`, else `altId`, else `who.display` or `name`, else
    /// `who.reference`.
    var user: UnsafeBufferPointer<UInt8>?
    /// Whether the agent is the requestor.
    var isRequestor = false
    /// R4 `network.address` or R5 `networkString`.
    var address: UnsafeBufferPointer<UInt8>?

    /// Reads an agent object, or skips another value and returns an empty agent.
    static func read(_ cursor: inout JSONCursor) -> FHIRAgent {
        var agent = FHIRAgent()
        guard cursor.enterObject() else {
            cursor.skipValue()
            return agent
        }

        var who = FHIRCodes.Reference()
        var altID: UnsafeBufferPointer<UInt8>?
        var name: UnsafeBufferPointer<UInt8>?
        while let key = cursor.nextKey() {
            if JSONCursor.equals(key, "who") {
                who = FHIRCodes.reference(&cursor)
            } else if JSONCursor.equals(key, "requestor") {
                agent.isRequestor = cursor.boolValue() ?? false
            } else if JSONCursor.equals(key, "altId") {
                altID = cursor.stringValue()
            } else if JSONCursor.equals(key, "name") {
                name = cursor.stringValue()
            } else if JSONCursor.equals(key, "networkString") {
                agent.address = cursor.stringValue()
            } else if JSONCursor.equals(key, "network") {
                agent.address = networkAddress(&cursor)
            } else {
                cursor.skipValue()
            }
        }
        agent.user = who.identifier ?? altID ?? who.display ?? name ?? who.reference
        return agent
    }

    // MARK: - Private

    private static func networkAddress(_ cursor: inout JSONCursor) -> UnsafeBufferPointer<UInt8>? {
        guard cursor.enterObject() else {
            cursor.skipValue()
            return nil
        }
        var address: UnsafeBufferPointer<UInt8>?
        while let key = cursor.nextKey() {
            if JSONCursor.equals(key, "address") {
                address = cursor.stringValue()
            } else {
                cursor.skipValue()
            }
        }
        return address
    }
}
