import EvidentCore

/// The state of one review while events stream in: symbol tables, time zone clocks, per-account
/// profiles and the rules.
///
/// `observe` runs once per event and allocates nothing for values it has seen before.
struct ReviewSession {
    var symbols = ReviewSymbols()
    private(set) var eventCount = 0
    private(set) var firstEvent = Int64.max
    private(set) var lastEvent = Int64.min

    let settings: ReviewSettings
    let directory: WorkforceDirectory
    let since: Int64
    let until: Int64
    let enabled: Set<String>
    let checksTerminated: Bool
    let checksAfterHours: Bool
    let checksRelationships: Bool
    /// Clock 0 is the default zone; clock `i` is `settings.sites[i - 1]`.
    var clocks: [ZoneClock]
    let hours: [WorkingHours]
    var siteBySymbol: [Int32] = []
    var zoneClocks: [Int32: ZoneClock] = [:]
    var profiles: [UserProfile] = []
    var nameProfiles: [NameProfile] = []
    var memberSurnames: [Int32] = []
    var demographics: PatientDemographics

    var afterHours = AfterHoursRule()
    var terminated = TerminatedAccountRule()
    var bulk: BulkAccessRule
    var relationship = RelationshipAccessRule()
    var flagged = FlaggedPatientRule()
    var signIns: SignInRule
    var changes = AccountChangeRule()

    /// Every rule id, in the order findings of equal severity are listed.
    static let ruleIDs = [
        TerminatedAccountRule.id, BulkAccessRule.id, RelationshipAccessRule.coworkerID,
        RelationshipAccessRule.sameAddressID, RelationshipAccessRule.ownRecordID, RelationshipAccessRule.sameSurnameID,
        FlaggedPatientRule.id,
        AfterHoursRule.id, SignInRule.burstID, SignInRule.lockoutID, SignInRule.newAddressID,
        AccountChangeRule.accountChangeID, AccountChangeRule.privilegeChangeID, AccountChangeRule.auditLogClearedID,
    ]

    /// Prepares a review.
    ///
    /// - Throws: `ReviewError.unknownTimeZone` for a zone name the system does not know.
    init(request: ReviewRequest, symbols: ReviewSymbols, demographics: PatientDemographics) throws(ReviewError) {
        let settings = request.settings
        guard let defaultClock = ZoneClock(identifier: settings.timeZone) else {
            throw .unknownTimeZone(settings.timeZone, setting: "review.time_zone")
        }
        var clocks = [defaultClock]
        for site in settings.sites {
            guard let clock = ZoneClock(identifier: site.timeZone) else {
                throw .unknownTimeZone(site.timeZone, setting: "review.sites (\(site.id))")
            }
            clocks.append(clock)
        }

        self.settings = settings
        self.directory = WorkforceDirectory(request.workforce)
        self.since = request.since ?? Int64.min
        self.until = request.until ?? Int64.max
        self.enabled = Set(ReviewSession.ruleIDs).subtracting(settings.disabledRules)
        self.checksTerminated = enabled.contains(TerminatedAccountRule.id)
        self.checksAfterHours = enabled.contains(AfterHoursRule.id)
        // The same-address rule compares the patient file's addresses, so without that file it finds
        // nothing and needs no patient names.
        let checksSameAddress = enabled.contains(RelationshipAccessRule.sameAddressID) && demographics.hasHouseholds
        self.checksRelationships =
            checksSameAddress
            || !enabled.isDisjoint(with: [
                RelationshipAccessRule.ownRecordID, RelationshipAccessRule.coworkerID,
                RelationshipAccessRule.sameSurnameID,
            ])
        self.clocks = clocks
        self.hours = [settings.workingHours] + settings.sites.map(\.workingHours)
        self.bulk = BulkAccessRule(floor: settings.bulkAccessFloor, multiplier: settings.bulkAccessMultiplier)
        self.signIns = SignInRule(
            burstSize: settings.failedSignInBurst, windowMinutes: settings.failedSignInWindowMinutes)
        self.demographics = demographics
        self.symbols = symbols
        self.symbols.keepsPatientNames = checksRelationships
        self.symbols.keepsPatientIDs = checksRelationships || !demographics.isEmpty
        var surnames: [Int32] = []
        for name in directory.names {
            surnames.append(name.map { $0.surname.withUnsafeBufferPointer { self.symbols.surnames.intern($0) } } ?? -1)
        }
        self.memberSurnames = surnames
    }

    /// Resolves an event's time and passes it to the rules; returns whether it fell in the period.
    mutating func observe(_ event: inout LogEvent, time: TimestampBytes.Parsed) -> Bool {
        let site = siteIndex(event.site)
        if let utc = time.utc {
            event.time = utc
        } else if event.zone >= 0, let clock = zoneClock(event.zone) {
            var clock = clock
            event.time = clock.utc(fromWallClock: time.wallClock)
            zoneClocks[event.zone] = clock
        } else {
            event.time = clocks[site].utc(fromWallClock: time.wallClock)
        }
        guard event.time >= since && event.time < until else { return false }

        eventCount += 1
        firstEvent = min(firstEvent, event.time)
        lastEvent = max(lastEvent, event.time)
        // Every account a finding can name gets its profile here, before any rule sees it.
        let profile = event.user >= 0 ? profile(event.user) : UserProfile()
        switch event.kind {
        case .accountChange, .privilegeChange, .auditLogCleared:
            changes.observe(event)
            return true
        default:
            break
        }
        guard event.user >= 0 else { return true }

        let local = clocks[site].localTime(atUTC: event.time)
        if profile.endDay < local.day && checksTerminated {
            terminated.observe(event)
        }
        switch event.kind {
        case .recordAccess:
            observeAccess(event, profile: profile, site: site, local: local)
        case .signIn, .signInFailure, .lockout:
            signIns.observe(event)
        default:
            break
        }
        return true
    }

    /// Returns every finding, most severe first.
    mutating func findings(paths: [String]) -> [ReviewFinding] {
        let context = FindingContext(symbols: symbols, paths: paths, directory: directory)
        var findings = afterHours.findings(context, profiles: profiles)
        findings += terminated.findings(context, profiles: profiles)
        findings += bulk.findings(context, profiles: profiles)
        findings += relationship.findings(context, profiles: profiles)
        findings += flagged.findings(context, profiles: profiles, flags: demographics.flagsByPatient)
        findings += signIns.findings(context, profiles: profiles)
        findings += changes.findings(context, profiles: profiles)
        findings = findings.filter { enabled.contains($0.rule) }
        let order = Dictionary(uniqueKeysWithValues: ReviewSession.ruleIDs.enumerated().map { ($1, $0) })
        return findings.sorted { left, right in
            if left.severity != right.severity { return left.severity > right.severity }
            let leftOrder = order[left.rule] ?? 0
            let rightOrder = order[right.rule] ?? 0
            if leftOrder != rightOrder { return leftOrder < rightOrder }
            return (left.user, left.firstTime, left.subject ?? "") < (right.user, right.firstTime, right.subject ?? "")
        }
    }

    /// Returns the rules that ran, and notes on the rules that could not.
    func ruleReport() -> (rules: [String], notes: [String]) {
        var notes: [String] = []
        if directory.members.isEmpty {
            notes.append(
                "No workforce roster was read, so the terminated-user, own-record, co-worker, same-address and "
                    + "same-surname rules found nothing; pass --workspace DIR with inventory/workforce.csv.")
        }
        if demographics.isEmpty {
            notes.append("No patient demographics file was read, so no record is flagged; set review.patients.")
        }
        return (ReviewSession.ruleIDs.filter(enabled.contains), notes)
    }
}
