import EvidentCore
import Testing

@testable import EvidentReview

@Suite("IHE ATNA audit messages")
struct ATNAMessageParserTests {
    @Test("real ATNA2FHIR samples")
    func realSamples() throws {
        let names = ["ITI-8-atna.xml", "ITI-43-atna.xml", "basic-atna.xml", "empty-atna.xml"]
        let paths = names.map { ReviewFixture.samples.appendingPathComponent("atna_fhir/\($0)").path }

        let result = try LogReviewer.review(ReviewRequest(paths: paths))

        #expect(result.sources.map(\.format) == Array(repeating: "atna-xml", count: 4))
        #expect(result.sources.map(\.events) == [1, 1, 1, 0])
        #expect(result.sources.map(\.skipped) == [0, 0, 0, 1], "the empty message has no EventDateTime")
        #expect(result.firstEvent == ReviewFixture.instant("2014-11-10T20:00:00Z"))
    }

    @Test("requestor, patient and failed sign-in")
    func fields() throws {
        let messages = """
            <13>1 2026-11-03T03:00:00Z ehr audit - - - <AuditMessage>
              <EventIdentification EventActionCode="R" EventDateTime="2026-11-03T03:00:00Z" EventOutcomeIndicator="0">
                <EventID code="110110" displayName="Patient Record"/>
              </EventIdentification>
              <ActiveParticipant UserID="ehr-server" UserIsRequestor="false"/>
              <ActiveParticipant UserID="JKIM" UserIsRequestor="true" NetworkAccessPointID="10.0.0.9"/>
              <ParticipantObjectIdentification ParticipantObjectID="P77" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1"/>
            </AuditMessage>
            <AuditMessage><EventIdentification EventActionCode="E" EventDateTime="2026-11-03T03:05:00Z" EventOutcomeIndicator="4"><EventID csd-code="110114"/></EventIdentification><ActiveParticipant UserID="jkim" UserIsRequestor="true" NetworkAccessPointID="203.0.113.7"/></AuditMessage>

            """
        let fixture = try ReviewFixture()
        let path = try fixture.write("audit.xml", messages)
        var settings = ReviewSettings()
        settings.failedSignInBurst = 1

        let result = try LogReviewer.review(ReviewRequest(paths: [path], settings: settings))

        #expect(result.eventCount == 2)
        let afterHours = try #require(result.findings.first { $0.rule == "after-hours" })
        #expect(afterHours.user == "jkim")
        #expect(afterHours.citations.map(\.line) == [1])
        let burst = try #require(result.findings.first { $0.rule == "failed-sign-in-burst" })
        #expect(burst.citations.map(\.line) == [9])
    }
}
