extension ReviewSession {
    /// Passes a record access to the access rules.
    mutating func observeAccess(_ event: LogEvent, profile: UserProfile, site: Int, local: ZoneClock.LocalTime) {
        if checksAfterHours && !hours[site].contains(weekday: local.weekday, minute: local.minute) {
            afterHours.observe(event)
        }
        bulk.observe(event)

        if event.patient >= 0, demographics.isFlagged(event.patient) {
            flagged.observe(event)
        }
        guard checksRelationships && profile.member >= 0 else { return }
        var name = event.patientName
        if name < 0, event.patient >= 0 { name = demographics.name(of: event.patient) }
        let household = event.patient >= 0 ? demographics.householdMember(of: event.patient) : -1

        let patient = name >= 0 ? nameProfile(name) : NameProfile()
        if name >= 0 && patient.member == profile.member {
            relationship.observe(event, relation: .own, name: name)
        } else if name >= 0 && patient.member >= 0 {
            relationship.observe(event, relation: .coworker, name: name)
        } else if household >= 0 && household == profile.member {
            relationship.observe(event, relation: .sameAddress, name: name)
        } else if name >= 0 && patient.surname >= 0 && patient.surname == profile.surname {
            relationship.observe(event, relation: .sameSurname, name: name)
        }
    }

    /// Returns the clock index of a site symbol: its position in `review.sites` plus one, or 0.
    mutating func siteIndex(_ site: Int32) -> Int {
        guard site >= 0 else { return 0 }
        while siteBySymbol.count <= Int(site) {
            let name = symbols.sites.string(Int32(siteBySymbol.count))
            let index = settings.sites.firstIndex { $0.id.lowercased() == name }
            siteBySymbol.append(index.map { Int32($0 + 1) } ?? 0)
        }
        return Int(siteBySymbol[Int(site)])
    }

    /// Returns the clock of a time zone a CSV row names, or `nil` for a name the system does not know.
    mutating func zoneClock(_ zone: Int32) -> ZoneClock? {
        if let clock = zoneClocks[zone] { return clock }
        guard let clock = ZoneClock(identifier: symbols.zones.string(zone)) else { return nil }
        zoneClocks[zone] = clock
        return clock
    }

    /// Returns what is known about an account, resolving it against the roster on first sight.
    mutating func profile(_ user: Int32) -> UserProfile {
        while profiles.count <= Int(user) {
            var profile = UserProfile()
            if let member = directory.member(forAccount: symbols.users.string(Int32(profiles.count))) {
                profile.member = Int32(member)
                profile.surname = memberSurnames[member]
                if let end = directory.members[member].endDate {
                    profile.endDay = Int64(
                        TimestampBytes.daysSinceEpoch(year: end.year, month: end.month, day: end.day))
                }
            }
            profiles.append(profile)
        }
        return profiles[Int(user)]
    }

    /// Returns what is known about a patient name, resolving it against the roster on first sight.
    mutating func nameProfile(_ name: Int32) -> NameProfile {
        while nameProfiles.count <= Int(name) {
            var profile = NameProfile()
            if let person = symbols.names.withBytes(Int32(nameProfiles.count), { PersonName($0) }) {
                profile.member = directory.member(named: person).map(Int32.init) ?? -1
                profile.surname = person.surname.withUnsafeBufferPointer { symbols.surnames.intern($0) }
            }
            nameProfiles.append(profile)
        }
        return nameProfiles[Int(name)]
    }
}
