import EvidentCore
import Testing

@testable import EvidentReview

@Suite("auditd log parser")
struct AuditdLogParserTests {
    /// Made-up records in auditd's layout.
    static let records = """
        type=USER_AUTH msg=audit(1793714400.178:595): pid=3101 uid=0 auid=1000 ses=14 msg='op=PAM:authentication acct="jkim" exe="/usr/sbin/sshd" hostname=? addr=203.0.113.7 terminal=ssh res=failed'
        type=USER_AUTH msg=audit(1793714410.002:596): pid=3101 uid=0 auid=1000 ses=14 msg='op=PAM:authentication acct="jkim" exe="/usr/sbin/sshd" hostname=? addr=203.0.113.7 terminal=ssh res=failed'
        type=ADD_USER msg=audit(1793714500.000:610): pid=3200 uid=0 auid=1000 ses=15 msg='op=add-user id=1005 exe="/usr/sbin/useradd" acct="temp1" res=success'
        type=SYSCALL msg=audit(1793714501.000:611): arch=c000003e syscall=59 success=yes exit=0
        not an audit record

        """

    @Test("failed sign-ins and account changes")
    func records() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write("audit.log", Self.records)
        var settings = ReviewSettings()
        settings.failedSignInBurst = 2

        let result = try LogReviewer.review(ReviewRequest(paths: [path], settings: settings))

        #expect(result.sources.first?.format == "auditd-log")
        #expect(result.eventCount == 4)
        #expect(result.sources.first?.skipped == 1)
        #expect(result.firstEvent == 1_793_714_400)
        let rules = Dictionary(grouping: result.findings, by: \.rule)
        #expect(rules["failed-sign-in-burst"]?.map(\.user) == ["jkim"])
        #expect(rules["account-change"]?.map(\.subject) == ["temp1"])
        #expect(rules["account-change"]?.first?.citations.map(\.line) == [3])
        #expect(rules["account-change"]?.first?.message.hasSuffix(" created temp1 once.") == true)
    }
}
