import FoundationEssentials

/// A ledger entry before it is appended: what happened, who did it, and the payload it concerns.
///
/// The store adds the sequence number, the time and the two hashes when it appends the draft.
public struct LedgerDraft: Hashable, Sendable {
    /// What happened.
    public var action: LedgerAction
    /// The actor: a user name, or `user@host` as `LedgerActor.current()` gives.
    public var actor: String
    /// The organization concerned, when there is one.
    public var organizationID: String?
    /// The run concerned, when there is one.
    public var runID: Int64?
    /// The entry's subject, for lookups: a run id, an evidence SHA-256, a plan item id.
    public var subject: String
    /// The payload as canonical JSON: sorted keys, no insignificant whitespace.
    public var payload: String

    /// Creates a draft from a payload already in canonical JSON.
    public init(
        action: LedgerAction, actor: String, organizationID: String?, runID: Int64?, subject: String, payload: String
    ) {
        self.action = action
        self.actor = actor
        self.organizationID = organizationID
        self.runID = runID
        self.subject = subject
        self.payload = payload
    }

    /// Creates a draft whose payload is a value encoded as canonical JSON.
    ///
    /// - Throws: `LedgerError.cannotEncodePayload` when the value cannot be encoded.
    public init(
        action: LedgerAction, actor: String, organizationID: String?, runID: Int64?, subject: String,
        encoding payload: some Encodable
    ) throws {
        self.init(
            action: action, actor: actor, organizationID: organizationID, runID: runID, subject: subject,
            payload: try Self.canonicalJSON(payload))
    }

    /// Encodes a value as canonical JSON: sorted keys, no whitespace, slashes unescaped.
    ///
    /// - Throws: `LedgerError.cannotEncodePayload` when the value cannot be encoded.
    public static func canonicalJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw LedgerError.cannotEncodePayload(reason: String(describing: error))
        }
    }
}
