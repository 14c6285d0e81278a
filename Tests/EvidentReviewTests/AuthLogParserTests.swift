import EvidentCore
import Testing

@testable import EvidentReview

@Suite("auth.log parser")
struct AuthLogParserTests {
    static let lines = """
        Nov  3 10:15:22 ehr-db sshd[812]: Failed password for invalid user root from 203.0.113.7 port 52114 ssh2
        Nov  3 10:15:25 ehr-db sshd[812]: Failed password for root from 203.0.113.7 port 52116 ssh2
        Nov  3 10:16:01 ehr-db sshd[830]: Accepted publickey for tbecker from 10.0.4.21 port 50022 ssh2: RSA SHA256:abc
        Nov  3 10:20:44 ehr-db useradd[901]: new user: name=temp1, UID=1005, GID=1005, home=/home/temp1
        Nov  3 10:21:02 ehr-db usermod[915]: add 'temp1' to group 'sudo'
        Nov  3 10:22:00 ehr-db pam_faillock(sshd:auth): Consecutive login failures for user jkim account temporarily locked

        """

    @Test("sign-ins, lockouts and account changes")
    func kindsOfEvents() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write("auth.log", Self.lines)
        var settings = ReviewSettings()
        settings.failedSignInBurst = 2
        let now = ReviewFixture.instant("2026-12-04T00:00:00Z")

        let result = try LogReviewer.review(ReviewRequest(paths: [path], settings: settings, referenceTime: now))

        #expect(result.sources.first?.format == "auth-log")
        #expect(result.eventCount == 6)
        #expect(result.firstEvent == ReviewFixture.instant("2026-11-03T10:15:22Z"))
        let rules = Dictionary(grouping: result.findings, by: \.rule)
        #expect(rules["failed-sign-in-burst"]?.map(\.user) == ["root"])
        #expect(rules["lockout"]?.map(\.user) == ["jkim"])
        #expect(rules["account-change"]?.map(\.subject) == ["temp1"])
        #expect(rules["account-change"]?.first?.message == "An unknown account created temp1 once.")
        #expect(rules["privilege-change"]?.first?.citations.map(\.line) == [5])
    }

    @Test("account change names each action")
    func accountChangeActions() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write(
            "auth.log",
            """
            Nov  3 10:20:44 ehr-db useradd[901]: new user: name=temp1, UID=1005, GID=1005, home=/home/temp1
            Nov  3 11:02:10 ehr-db userdel[940]: delete user 'temp1'

            """)

        let result = try LogReviewer.review(
            ReviewRequest(paths: [path], referenceTime: ReviewFixture.instant("2026-12-04T00:00:00Z")))

        let change = try #require(result.findings.first { $0.rule == "account-change" })
        #expect(change.message == "An unknown account created and deleted temp1 2 times.")
    }

    @Test("syslog dates after now belong to last year")
    func yearInference() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write(
            "secure", "Dec 30 23:00:00 host sshd[1]: Accepted password for jkim from 10.0.0.1 port 1 ssh2\n")

        let result = try LogReviewer.review(
            ReviewRequest(paths: [path], referenceTime: ReviewFixture.instant("2027-01-02T00:00:00Z")))

        #expect(result.firstEvent == ReviewFixture.instant("2026-12-30T23:00:00Z"))
    }

    @Test("real auth.log sample with RFC 3339 times")
    func realSample() throws {
        let path = ReviewFixture.samples.appendingPathComponent("linux/beats_auth_timestamp.log").path

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.sources.first?.format == "auth-log")
        #expect(result.eventCount == 2)
        #expect(result.sources.first?.skipped == 0)
        #expect(result.lastEvent == ReviewFixture.instant("2019-06-14T11:31:15Z"))
    }
}
