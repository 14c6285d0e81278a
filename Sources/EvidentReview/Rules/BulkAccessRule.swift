/// More distinct patients in one hour than the account's own usual hour and a floor.
///
/// The usual hour is the median distinct-patient count over the account's active hours, so a
/// registration clerk who opens 40 charts an hour every day is not reported, and a nurse who opens 40
/// once is. Counting is exact when each account's events come in time order, as exports write them.
/// Patients are distinguished by a 64-bit hash of their record number (`LogEvent.patientKey`).
struct BulkAccessRule {
    static let id = "bulk-access"

    /// An account-hour above the floor, kept with the events that show it.
    struct Hour {
        var patients: Int32
        var tally: EventTally
    }

    private let floor: Int
    private let multiplier: Int
    /// The open hour of each account, indexed by user id; hour -1 means none is open.
    private var openHour: [Int64] = []
    /// The distinct patients of each open hour; a list, because an hour rarely has more than a few.
    private var openPatients: [[UInt64]] = []
    private var openTally: [EventTally] = []
    /// The account and distinct-patient count of every closed hour, for each account's median. One
    /// flat list is cheaper to append to than a list per account.
    private var closedHours: [(user: Int32, patients: Int32)] = []
    /// The closed hours above the floor, the only ones that can be reported, since the limit is
    /// never below the floor.
    private var candidates: [Int32: [Hour]] = [:]

    /// Creates the rule with the reporting floor and the multiple of the median.
    init(floor: Int, multiplier: Int) {
        self.floor = floor
        self.multiplier = multiplier
    }

    /// Counts a record access in its account's hour.
    mutating func observe(_ event: LogEvent) {
        guard event.patientKey != 0 else { return }
        let user = Int(event.user)
        while openHour.count <= user {
            openHour.append(-1)
            openPatients.append([])
            openTally.append(EventTally())
        }

        let hour = event.time / 3600
        if openHour[user] != hour {
            close(user)
            openHour[user] = hour
        }
        if !openPatients[user].contains(event.patientKey) { openPatients[user].append(event.patientKey) }
        openTally[user].add(event)
    }

    /// Returns a high-severity finding per account-hour above both the floor and the account's own
    /// median times the multiplier.
    mutating func findings(_ context: FindingContext, profiles: [UserProfile]) -> [ReviewFinding] {
        for user in 0..<openHour.count { close(user) }

        var hourlyCounts: [Int32: [Int32]] = [:]
        for hour in closedHours where candidates[hour.user] != nil {
            hourlyCounts[hour.user, default: []].append(hour.patients)
        }

        var findings: [ReviewFinding] = []
        for (user, list) in candidates {
            let counts = hourlyCounts[user, default: []].sorted()
            let median = Int(counts[counts.count / 2])
            let threshold = max(floor, median * multiplier)
            for hour in list where Int(hour.patients) > threshold {
                findings.append(
                    context.finding(
                        BulkAccessRule.id, .high, user: user, subject: nil,
                        message: "\(context.userLabel(user, member: profiles[Int(user)].member)) opened "
                            + "\(hour.patients) distinct patients' records in one hour; the account's usual hour "
                            + "has \(median), and the limit is \(threshold).",
                        tally: hour.tally))
            }
        }
        return findings
    }

    // MARK: - Private

    private mutating func close(_ user: Int) {
        guard openHour[user] >= 0 else { return }
        let patients = Int32(openPatients[user].count)
        closedHours.append((Int32(user), patients))
        if Int(patients) > floor {
            candidates[Int32(user), default: []].append(Hour(patients: patients, tally: openTally[user]))
        }
        openHour[user] = -1
        openPatients[user].removeAll(keepingCapacity: true)
        openTally[user] = EventTally()
    }
}
