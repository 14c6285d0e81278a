import Foundation
import Testing

@testable import EvidentReview

@Suite("FHIR AuditEvent parser")
struct FHIRAuditEventParserTests {
    private func parse(_ json: String) -> (LogEvent, TimestampBytes.Parsed?, ReviewSymbols) {
        var symbols = ReviewSymbols()
        var event = LogEvent()
        var json = json
        let time = json.withUTF8 { FHIRAuditEventParser.parse($0, symbols: &symbols, event: &event) }
        return (event, time, symbols)
    }

    @Test("R4 record access")
    func recordAccessR4() throws {
        let line = ReviewFixture.fhirLine(user: "MChen", patient: "P77", recorded: "2026-11-03T14:00:00Z")

        let (event, time, symbols) = parse(line)

        #expect(try #require(time).utc == ReviewFixture.instant("2026-11-03T14:00:00Z"))
        #expect(event.kind == .recordAccess)
        #expect(symbols.users.string(event.user) == "mchen")
        #expect(symbols.patients.string(event.patient) == "P77")
        #expect(event.address == SymbolTable.none, "only sign-ins keep their address")
    }

    @Test("R5 outcome object and networkString")
    func failedSignInR5() throws {
        let json = """
            {"resourceType":"AuditEvent","category":[{"coding":[{"code":"110114"}]}],
             "recorded":"2026-11-03T14:00:00+01:00",
             "outcome":{"code":{"system":"http://terminology.hl7.org/CodeSystem/audit-event-outcome","code":"4"}},
             "agent":[{"who":{"display":"Ana Ruiz"},"networkString":"203.0.113.9","requestor":true}]}
            """

        let (event, time, symbols) = parse(json)

        #expect(try #require(time).utc == ReviewFixture.instant("2026-11-03T13:00:00Z"))
        #expect(event.kind == .signInFailure)
        #expect(symbols.users.string(event.user) == "ana ruiz")
        #expect(symbols.addresses.string(event.address) == "203.0.113.9")
    }

    @Test("requestor wins over earlier agents")
    func requestorAgent() {
        let json = """
            {"resourceType":"AuditEvent","recorded":"2026-11-03T14:00:00Z",
             "agent":[{"who":{"identifier":{"value":"ehr-server"}},"requestor":false},
                      {"who":{"identifier":{"value":"jkim"}},"requestor":true},
                      {"who":{"identifier":{"value":"printer"}}}],
             "entity":[{"what":{"reference":"https://fhir.example/Patient/42/_history/3","display":"Ruiz, Ana"}}]}
            """

        let (event, _, symbols) = parse(json)

        #expect(symbols.users.string(event.user) == "jkim")
        #expect(symbols.patients.string(event.patient) == "42")
        #expect(symbols.names.string(event.patientName) == "Ruiz, Ana")
    }

    @Test("escaped strings are decoded")
    func escapedStrings() {
        let json =
            #"{"resourceType":"AuditEvent","recorded":"2026-11-03T14:00:00Z","agent":[{"who":{"identifier":{"value":"CLINIC\\jkim"}}}]}"#

        let (event, _, symbols) = parse(json)

        #expect(symbols.users.string(event.user) == "clinic\\jkim")
    }

    @Test("other resources and broken JSON are rejected")
    func rejectsOtherInput() {
        #expect(parse(#"{"resourceType":"Patient","id":"1"}"#).1 == nil)
        #expect(parse(#"{"resourceType":"AuditEvent","recorded":"2026-11-03T14:00:00Z","agent":[{"#).1 == nil)
        #expect(parse(#"{"resourceType":"AuditEvent"}"#).1 == nil)
    }

    @Test("real ATNA2FHIR samples")
    func realSamples() throws {
        for name in ["ITI-8-fhir.json", "ITI-43-fhir.json", "basic-fhir.json", "basic-fhir-bundle.json"] {
            let path = ReviewFixture.samples.appendingPathComponent("atna_fhir/\(name)").path

            let result = try LogReviewer.review(ReviewRequest(paths: [path]))

            #expect(result.sources.first?.format == "fhir-json", "\(name)")
            #expect(result.eventCount == 1, "\(name)")
            #expect(result.sources.first?.skipped == 0, "\(name)")
        }
    }
}
