extension FHIRAuditEventParser {
    /// The raw fields of one AuditEvent, pointing into its bytes until `fill` interns them.
    struct Fields {
        var isAuditEvent = false
        var recorded: UnsafeBufferPointer<UInt8>?
        var user: UnsafeBufferPointer<UInt8>?
        var userIsRequestor = false
        var address: UnsafeBufferPointer<UInt8>?
        var patientReference: UnsafeBufferPointer<UInt8>?
        var patientName: UnsafeBufferPointer<UInt8>?
        var site: UnsafeBufferPointer<UInt8>?
        var eventType: UnsafeBufferPointer<UInt8>?
        var subtype: UnsafeBufferPointer<UInt8>?
        var succeeded = true

        /// Interns the fields into `event` and sets its kind.
        func fill(_ event: inout LogEvent, symbols: inout ReviewSymbols) {
            event.kind = kind
            if let user { event.user = ReviewSymbols.intern(jsonString: user, in: &symbols.users) }
            if let site { event.site = ReviewSymbols.intern(jsonString: site, in: &symbols.sites) }
            if let reference = patientReference, let id = FHIRCodes.patientID(in: reference) {
                event.patientKey = ReviewSymbols.patientKey(id)
                if symbols.keepsPatientIDs {
                    event.patient = ReviewSymbols.intern(jsonString: id, in: &symbols.patients)
                }
            }
            if let name = symbols.recordedName(ofPatient: event.patient) {
                event.patientName = name
            } else if let patientName, symbols.keepsPatientNames {
                event.patientName = ReviewSymbols.intern(jsonString: patientName, in: &symbols.names)
                symbols.record(name: event.patientName, ofPatient: event.patient)
            }
            // Only the sign-in rule uses the address.
            if let address, event.kind == .signIn || event.kind == .signInFailure {
                event.address = ReviewSymbols.intern(jsonString: address, in: &symbols.addresses)
            }
        }

        private var kind: LogEventKind {
            if let eventType, JSONCursor.equals(eventType, FHIRAuditEventParser.userAuthentication) {
                if let subtype, JSONCursor.equals(subtype, FHIRAuditEventParser.logout) { return .other }
                return succeeded ? .signIn : .signInFailure
            }
            if let eventType, FHIRAuditEventParser.securityChanges.contains(where: { JSONCursor.equals(eventType, $0) })
            {
                return .privilegeChange
            }
            return patientReference == nil ? .other : .recordAccess
        }
    }
}
