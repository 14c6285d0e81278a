import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentReview

@Suite("review rules")
struct ReviewRulesTests {
    private let workforce = [
        InventoryBuilder.member("Maria Chen", email: "maria.chen@clinic.example", username: "mchen", line: 2),
        InventoryBuilder.member("Tanya Reyes", username: "treyes", line: 3),
        InventoryBuilder.member(
            "Derek Holloway", username: "dholloway", status: .terminated, endDate: "2026-09-12", line: 4),
    ]

    private func review(_ lines: [String], settings: ReviewSettings = ReviewSettings(timeZone: "America/Chicago"))
        throws -> ReviewResult
    {
        let fixture = try ReviewFixture()
        let path = try fixture.write("audit.ndjson", lines.joined(separator: "\n") + "\n")
        return try LogReviewer.review(ReviewRequest(paths: [path], settings: settings, workforce: workforce))
    }

    private func findings(_ result: ReviewResult, _ rule: String) -> [ReviewFinding] {
        result.findings.filter { $0.rule == rule }
    }

    @Test("after hours in the site's time zone")
    func afterHours() throws {
        let result = try review([
            ReviewFixture.fhirLine(user: "mchen", patient: "P1", recorded: "2026-11-03T14:00:00Z"),
            ReviewFixture.fhirLine(user: "mchen", patient: "P2", recorded: "2026-11-04T02:30:00Z"),
            ReviewFixture.fhirLine(user: "mchen", patient: "P3", recorded: "2026-11-07T16:00:00Z"),
        ])

        let finding = try #require(findings(result, "after-hours").first)
        #expect(finding.eventCount == 2)
        #expect(finding.citations.map(\.line) == [2, 3])
        #expect(finding.severity == .low)
    }

    @Test("after hours with one patient is singular")
    func afterHoursOnePatient() throws {
        let result = try review([
            ReviewFixture.fhirLine(user: "mchen", patient: "P2", recorded: "2026-11-04T02:30:00Z"),
            ReviewFixture.fhirLine(user: "mchen", patient: "P2", recorded: "2026-11-04T03:10:00Z"),
        ])

        let finding = try #require(findings(result, "after-hours").first)
        #expect(finding.message.hasSuffix("(1 distinct patient)."))
    }

    @Test("account action phrases")
    func accountActionPhrases() {
        #expect(AccountAction.phrase([.created]) == "created")
        #expect(AccountAction.phrase([.deleted, .created]) == "created and deleted")
        #expect(
            AccountAction.phrase([.disabled, .passwordChanged, .enabled])
                == "enabled, disabled and changed the password of")
        #expect(AccountAction.phrase([]) == "changed")
    }

    @Test("site with its own hours")
    func siteHours() throws {
        var settings = ReviewSettings(timeZone: "America/Chicago")
        settings.sites = [
            ReviewSite(
                id: "er", timeZone: "America/Chicago",
                workingHours: WorkingHours(startMinute: 0, endMinute: 1440, days: Set(1...7)))
        ]
        let line =
            #"{"resourceType":"AuditEvent","recorded":"2026-11-04T02:30:00Z","source":{"site":"ER"},"#
            + #""agent":[{"who":{"identifier":{"value":"mchen"}}}],"entity":[{"what":{"reference":"Patient/P2"}}]}"#

        let result = try review([line], settings: settings)

        #expect(findings(result, "after-hours").isEmpty)
        #expect(result.eventCount == 1)
    }

    @Test("terminated user after end date")
    func terminatedUser() throws {
        let result = try review([
            ReviewFixture.fhirLine(user: "dholloway", patient: "P1", recorded: "2026-09-12T20:00:00Z"),
            ReviewFixture.fhirLine(user: "dholloway", patient: "P1", recorded: "2026-09-13T15:00:00Z"),
        ])

        let finding = try #require(findings(result, "terminated-user").first)
        #expect(finding.severity == .critical)
        #expect(finding.eventCount == 1)
        #expect(finding.citations.map(\.line) == [2])
    }

    @Test("bulk access above own median and floor")
    func bulkAccess() throws {
        var lines: [String] = []
        for day in 2...6 {
            for patient in 0..<5 {
                lines.append(
                    ReviewFixture.fhirLine(
                        user: "treyes", patient: "D\(day)-\(patient)", recorded: "2026-11-0\(day)T15:0\(patient):00Z"))
            }
        }
        for patient in 0..<40 {
            let minute = patient < 10 ? "0\(patient)" : "\(patient)"
            lines.append(
                ReviewFixture.fhirLine(user: "treyes", patient: "B\(patient)", recorded: "2026-11-09T16:\(minute):00Z"))
        }
        var settings = ReviewSettings(timeZone: "America/Chicago")
        settings.bulkAccessFloor = 20

        let result = try review(lines, settings: settings)

        let bulk = findings(result, "bulk-access")
        #expect(bulk.count == 1)
        #expect(bulk.first?.eventCount == 40)
        #expect(bulk.first?.message.contains("40 distinct patients") == true)
    }

    @Test("own, co-worker and same-surname records")
    func relationships() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write(
            "ehr.csv",
            """
            time,user,patient_id,patient_name
            2026-11-03 10:00:00,mchen,P1,"CHEN, MARIA"
            2026-11-03 10:01:00,mchen,P2,Tanya Reyes
            2026-11-03 10:02:00,treyes,P3,"Reyes, Carlos J"
            2026-11-03 10:03:00,treyes,P4,"Lopez, Ana"
            """)

        let result = try LogReviewer.review(
            ReviewRequest(paths: [path], settings: ReviewSettings(timeZone: "America/Chicago"), workforce: workforce))

        #expect(findings(result, "own-record").map(\.user) == ["mchen"])
        #expect(findings(result, "coworker-record").map(\.subject) == ["P2"])
        #expect(findings(result, "same-surname").map(\.subject) == ["P3"])
        #expect(result.findings.allSatisfy { $0.subject != "P4" })
    }

    @Test("patient living at a member's address")
    func sameAddress() throws {
        let fixture = try ReviewFixture()
        var chen = InventoryBuilder.member("Maria Chen", username: "mchen", line: 2)
        chen.address = "12 Willow Street, Apt. 4, Riverside"
        let patients = try fixture.write(
            "patients.csv",
            "patient_id,name,address,flag\nP7,Sam Ortiz,\"12 willow st apt #4, Riverside\",\nP8,Lee Bo,14 Willow St,\n")
        let path = try fixture.write(
            "ehr.csv",
            """
            time,user,patient_id
            2026-11-03 10:00:00,mchen,P7
            2026-11-03 10:05:00,mchen,P8
            """)

        let result = try LogReviewer.review(
            ReviewRequest(
                paths: [path], settings: ReviewSettings(timeZone: "America/Chicago"), workforce: [chen],
                patientsPath: patients))

        let found = findings(result, "same-address")
        #expect(found.map(\.subject) == ["P7"])
        #expect(found.first?.severity == .high)
        #expect(found.first?.message.contains("Sam Ortiz") == true)
    }

    @Test("address keys ignore case, punctuation and suffix spelling")
    func addressKeys() {
        #expect(PostalAddress.key("12 Willow Street, Apt. 4") == PostalAddress.key("12 WILLOW ST APT #4"))
        #expect(PostalAddress.key("12 Willow St") != PostalAddress.key("14 Willow St"))
        #expect(PostalAddress.key("Riverside") == nil)
    }

    @Test("flagged patient from demographics")
    func flaggedPatient() throws {
        let fixture = try ReviewFixture()
        let patients = try fixture.write(
            "patients.csv", "patient_id,name,address,flag\nP9,Lee Bo,1 Elm St,VIP\nP1,Ana Ruiz,,\n")
        let log = try fixture.write(
            "audit.ndjson",
            ReviewFixture.fhirLine(user: "treyes", patient: "P9", recorded: "2026-11-03T15:00:00Z") + "\n")

        let result = try LogReviewer.review(
            ReviewRequest(
                paths: [log], settings: ReviewSettings(timeZone: "America/Chicago"), workforce: workforce,
                patientsPath: patients))

        let finding = try #require(findings(result, "flagged-patient").first)
        #expect(finding.subject == "P9")
        #expect(finding.message.contains("VIP"))
    }

    @Test("failed sign-in burst")
    func failedSignInBurst() throws {
        var lines = (0..<6).map {
            ReviewFixture.fhirLine(
                user: "treyes", patient: nil, recorded: "2026-11-03T15:0\($0):00Z", outcome: "4", type: "110114")
        }
        lines.append(
            ReviewFixture.fhirLine(
                user: "mchen", patient: nil, recorded: "2026-11-03T15:00:00Z", outcome: "4", type: "110114"))

        let result = try review(lines)

        let bursts = findings(result, "failed-sign-in-burst")
        #expect(bursts.map(\.user) == ["treyes"])
        #expect(bursts.first?.eventCount == 6)
    }

    @Test("period bounds")
    func periodBounds() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write(
            "audit.ndjson",
            [
                ReviewFixture.fhirLine(user: "mchen", patient: "P1", recorded: "2026-10-31T23:59:59Z"),
                ReviewFixture.fhirLine(user: "mchen", patient: "P1", recorded: "2026-11-01T00:00:00Z"),
                ReviewFixture.fhirLine(user: "mchen", patient: "P1", recorded: "2026-11-30T23:59:59Z"),
                ReviewFixture.fhirLine(user: "mchen", patient: "P1", recorded: "2026-12-01T00:00:00Z"),
            ].joined(separator: "\n"))
        let request = ReviewRequest(
            paths: [path], since: ReviewPeriod.bound("2026-11-01", isEnd: false),
            until: ReviewPeriod.bound("2026-11-30", isEnd: true))

        let result = try LogReviewer.review(request)

        #expect(result.eventCount == 2)
    }
}
