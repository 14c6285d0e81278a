/// Failed sign-in bursts, lockouts, and sign-ins from an address or country new for the account.
///
/// An address is new when the account did not use it during its first day of sign-ins in the logs,
/// because a single export has no earlier history to compare with.
struct SignInRule {
    static let burstID = "failed-sign-in-burst"
    static let lockoutID = "lockout"
    static let newAddressID = "new-sign-in-address"

    /// The seconds after an account's first sign-in during which its addresses form the baseline.
    static let baselineSeconds: Int64 = 86_400

    private let burstSize: Int
    private let window: Int64
    private var recentFailures: [Int32: [LogEvent]] = [:]
    private var bursts: [Int32: [EventTally]] = [:]
    private var lockouts: [Int32: EventTally] = [:]
    private var firstSignIn: [Int32: Int64] = [:]
    private var knownAddresses: [Int32: Set<Int32>] = [:]
    private var newAddresses: [Int64: EventTally] = [:]

    /// Creates the rule with the failures that make a burst and the window in minutes.
    init(burstSize: Int, windowMinutes: Int) {
        self.burstSize = max(1, burstSize)
        self.window = Int64(windowMinutes) * 60
    }

    /// Counts a sign-in, failed sign-in or lockout.
    mutating func observe(_ event: LogEvent) {
        switch event.kind {
        case .signInFailure: observeFailure(event)
        case .lockout: lockouts[event.user, default: EventTally()].add(event)
        case .signIn: observeSignIn(event)
        default: break
        }
    }

    /// Returns the bursts (high), lockouts (medium) and new addresses (medium).
    func findings(_ context: FindingContext, profiles: [UserProfile]) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        for (user, list) in bursts {
            let label = context.userLabel(user, member: profiles[Int(user)].member)
            for tally in list {
                findings.append(
                    context.finding(
                        SignInRule.burstID, .high, user: user,
                        message: "\(label) failed to sign in \(tally.times) within \(window / 60) minutes.",
                        tally: tally))
            }
        }
        for (user, tally) in lockouts {
            let label = context.userLabel(user, member: profiles[Int(user)].member)
            findings.append(
                context.finding(
                    SignInRule.lockoutID, .medium, user: user,
                    message: "\(label) was locked out \(tally.times).", tally: tally))
        }
        for (key, tally) in newAddresses {
            let user = Int32(truncatingIfNeeded: key >> 32)
            let address = context.symbols.addresses.string(Int32(truncatingIfNeeded: key))
            let label = context.userLabel(user, member: profiles[Int(user)].member)
            findings.append(
                context.finding(
                    SignInRule.newAddressID, .medium, user: user, subject: address,
                    message: "\(label) signed in from \(address), new for the account, \(tally.times).",
                    tally: tally))
        }
        return findings
    }

    // MARK: - Private

    private mutating func observeFailure(_ event: LogEvent) {
        // A failure soon after a reported burst extends it rather than starting a new one.
        if let last = bursts[event.user]?.indices.last, event.time - bursts[event.user]![last].last <= window {
            bursts[event.user]![last].add(event)
            return
        }

        var recent = recentFailures[event.user, default: []]
        recent.removeAll { event.time - $0.time > window }
        recent.append(event)
        if recent.count >= burstSize {
            var tally = EventTally()
            for failure in recent { tally.add(failure) }
            bursts[event.user, default: []].append(tally)
            recent.removeAll()
        }
        recentFailures[event.user] = recent
    }

    private mutating func observeSignIn(_ event: LogEvent) {
        let place = event.country >= 0 ? event.country : event.address
        guard place >= 0 else { return }
        let first = firstSignIn[event.user] ?? event.time
        firstSignIn[event.user] = first
        if event.time - first <= SignInRule.baselineSeconds {
            knownAddresses[event.user, default: []].insert(place)
        } else if knownAddresses[event.user]?.contains(place) != true {
            newAddresses[Int64(event.user) << 32 | Int64(place), default: EventTally()].add(event)
        }
    }
}
