/// One event read from a log, reduced to the fields the rules use.
///
/// Text fields are ids in the engine's symbol tables, so an event is a few integers and reading one
/// allocates nothing. `SymbolTable.none` marks a field the log did not have.
struct LogEvent {
    /// When it happened, in seconds since 1970-01-01 UTC.
    var time: Int64 = 0
    /// What kind of activity it was.
    var kind: LogEventKind = .other
    /// The account that acted, case folded.
    var user: Int32 = SymbolTable.none
    /// The patient record touched, when a rule needs the record number itself.
    var patient: Int32 = SymbolTable.none
    /// A 64-bit hash of the patient's record number, 0 without one. Rules that only count distinct
    /// patients use it, which spares a lookup in the patient table for every event.
    var patientKey: UInt64 = 0
    /// The patient's name as the log gives it.
    var patientName: Int32 = SymbolTable.none
    /// The workstation, IP address or country it came from.
    var address: Int32 = SymbolTable.none
    /// The country of a sign-in, when the log resolves it.
    var country: Int32 = SymbolTable.none
    /// The site the event names, matched against `review.sites`.
    var site: Int32 = SymbolTable.none
    /// The IANA time zone name a CSV row gives for its time, in the zone table.
    var zone: Int32 = SymbolTable.none
    /// The account acted on, for account and privilege changes.
    var target: Int32 = SymbolTable.none
    /// The change made, for `accountChange` events.
    var accountAction: AccountAction = .changed
    /// The index of the log file among those reviewed.
    var source: Int32 = 0
    /// The 1-based line the event starts on.
    var line: Int32 = 0
}

/// The kinds of activity the rules tell apart.
enum LogEventKind: UInt8 {
    /// A user opened, changed or exported a patient record.
    case recordAccess
    /// A successful sign-in.
    case signIn
    /// A failed sign-in.
    case signInFailure
    /// An account was locked out.
    case lockout
    /// An account was created, enabled, disabled, deleted or changed.
    case accountChange
    /// A group membership or privilege changed.
    case privilegeChange
    /// An audit log was cleared.
    case auditLogCleared
    /// Anything else; it counts toward the events read and the terminated-account rule.
    case other
}
