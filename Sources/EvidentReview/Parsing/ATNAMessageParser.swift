/// Reads IHE ATNA / DICOM audit messages (`<AuditMessage>`, RFC 3881 lineage), one element at a time.
///
/// Both attribute spellings of codes are accepted: DICOM PS3.15's `csd-code` and RFC 3881's `code`.
/// The user is the `ActiveParticipant` with `UserIsRequestor="true"`, else the first one, and the
/// patient the `ParticipantObjectIdentification` with type code 1 (person) and role 1 (patient). An
/// `EventID` of 110114 (user authentication) is a sign-in, failed unless `EventOutcomeIndicator` is 0;
/// 110136 and 110137 (security roles and attributes changed) are privilege changes.
struct ATNAMessageParser {
    /// Returns whether the first bytes of a file look like ATNA audit messages.
    static func matches(_ head: String) -> Bool {
        head.contains("<AuditMessage")
    }

    /// Reads one `<AuditMessage>` element into `event` and returns its time, or `nil` when it has no
    /// readable `EventDateTime`.
    func parse(_ element: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
    {
        guard let identification = tag("<EventIdentification", in: element),
            let timeText = attribute("EventDateTime", in: identification),
            let time = TimestampBytes.parse(timeText)
        else { return nil }
        let succeeded =
            attribute("EventOutcomeIndicator", in: identification).map { JSONCursor.equals($0, "0") } ?? true
        let eventID = tag("<EventID", in: element).flatMap {
            attribute("csd-code", in: $0) ?? attribute("code", in: $0)
        }

        var user: UnsafeBufferPointer<UInt8>?
        var address: UnsafeBufferPointer<UInt8>?
        var search = 0
        while let participant = tag("<ActiveParticipant", in: element, from: &search) {
            let isRequestor =
                attribute("UserIsRequestor", in: participant).map { JSONCursor.equals($0, "true") } ?? false
            if user == nil || isRequestor {
                user = attribute("UserID", in: participant)
                address = attribute("NetworkAccessPointID", in: participant)
            }
            if isRequestor { break }
        }
        var patient: UnsafeBufferPointer<UInt8>?
        search = 0
        while patient == nil, let object = tag("<ParticipantObjectIdentification", in: element, from: &search) {
            let isPerson =
                attribute("ParticipantObjectTypeCode", in: object).map { JSONCursor.equals($0, "1") } ?? false
            let isPatient =
                attribute("ParticipantObjectTypeCodeRole", in: object).map { JSONCursor.equals($0, "1") } ?? false
            if isPerson && isPatient { patient = attribute("ParticipantObjectID", in: object) }
        }

        if let user { event.user = symbols.users.intern(user) }
        if let site = tag("<AuditSourceIdentification", in: element).flatMap({
            attribute("AuditEnterpriseSiteID", in: $0)
        }) {
            event.site = symbols.sites.intern(site)
        }
        if let patient {
            event.patientKey = ReviewSymbols.patientKey(patient)
            if symbols.keepsPatientIDs { event.patient = symbols.patients.intern(patient) }
        }
        if let eventID, JSONCursor.equals(eventID, "110114") {
            event.kind = succeeded ? .signIn : .signInFailure
            if let address { event.address = symbols.addresses.intern(address) }
        } else if let eventID, JSONCursor.equals(eventID, "110136") || JSONCursor.equals(eventID, "110137") {
            event.kind = .privilegeChange
        } else {
            event.kind = patient == nil ? .other : .recordAccess
        }
        return time
    }

    // MARK: - Private

    /// Returns the opening tag that starts with `name`, up to its `>`.
    private func tag(_ name: StaticString, in element: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var search = 0
        return tag(name, in: element, from: &search)
    }

    private func tag(_ name: StaticString, in element: UnsafeBufferPointer<UInt8>, from search: inout Int)
        -> UnsafeBufferPointer<UInt8>?
    {
        while let start = ByteSearch.end(of: name, in: element, from: search) {
            search = start
            // `<EventID` must not match `<EventIdentification`.
            guard start < element.count,
                element[start] == 0x20 || element[start] == 0x0A || element[start] == 0x3E || element[start] == 0x2F
            else { continue }
            var stop = start
            while stop < element.count && element[stop] != UInt8(ascii: ">") { stop += 1 }
            search = stop
            return UnsafeBufferPointer(rebasing: element[start..<stop])
        }
        return nil
    }

    /// Returns the value of ` NAME="..."` or ` NAME='...'` in a tag.
    private func attribute(_ name: StaticString, in tag: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var search = 0
        while let found = ByteSearch.end(of: name, in: tag, from: search) {
            search = found
            let before = found - name.utf8CodeUnitCount - 1
            guard before >= 0, tag[before] == 0x20 || tag[before] == 0x0A || tag[before] == 0x09,
                found + 1 < tag.count, tag[found] == UInt8(ascii: "=")
            else { continue }
            let quote = tag[found + 1]
            var stop = found + 2
            while stop < tag.count && tag[stop] != quote { stop += 1 }
            return UnsafeBufferPointer(rebasing: tag[(found + 2)..<stop])
        }
        return nil
    }
}
