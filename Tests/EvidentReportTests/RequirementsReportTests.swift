import EvidentCore
import Foundation
import Testing

@testable import EvidentReport

@Suite struct RequirementsReportTests {
    /// The fixture assessment with three requirements of the rule in force and one proposed.
    private func assessment() -> Assessment {
        var assessment = ReportFixtures.assessment()
        assessment.requirements = RequirementsPosture(
            profile: "hipaa-security-rule",
            requirements: [
                RequirementPosture(
                    citation: "164.310(b)", title: "Workstation use", designation: "standard", category: .physical,
                    status: .pass, reason: "Shown by the attestation at attestations.yaml:4.", lifecycle: Lifecycle()),
                RequirementPosture(
                    citation: "164.310(a)(2)(ii)", title: "Facility security plan", designation: "addressable",
                    category: .physical, status: .insufficientEvidence, reason: "Not shown: missing <a policy>.",
                    lifecycle: Lifecycle(implemented: false), missing: ["<a policy>"], decision: "alternative",
                    rationale: "The landlord's plan covers the entrances."),
                RequirementPosture(
                    citation: "164.312(d)", title: "Person or entity authentication", designation: "standard",
                    category: .technical, status: .fail, reason: "Fails: check auth.mfa-coverage fails.",
                    lifecycle: Lifecycle(implemented: false), checks: ["auth.mfa-coverage"]),
            ])
        assessment.readiness = RequirementsPosture(
            profile: "hipaa-nprm-2025", proposed: true,
            requirements: [
                RequirementPosture(
                    citation: "nprm.mfa", title: "Multi-factor authentication", designation: "proposed",
                    category: .technical, status: .fail, reason: "Not ready.", lifecycle: Lifecycle(), proposed: true)
            ])
        return assessment
    }

    @Test func jsonHasScoresAndEveryRequirement() throws {
        let text = try AssessmentJSON.render(assessment())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let requirements = try #require(object["requirements"] as? [String: Any])
        let overall = try #require(requirements["overall"] as? [String: Any])
        let items = try #require(requirements["requirements"] as? [[String: Any]])

        #expect(overall["score"] as? Int == 33)
        #expect(overall["category"] is NSNull)
        #expect((requirements["categories"] as? [[String: Any]])?.map { $0["score"] as? Int } == [50, 0])
        #expect(items.count == 3)
        #expect(items[1]["rationale"] as? String == "The landlord's plan covers the entrances.")
        #expect(items[0]["decision"] is NSNull)
        #expect(((object["readiness"] as? [String: Any])?["proposed"]) as? Bool == true)
    }

    @Test func textCountsRequirementsByDefault() {
        let text = TextReport.render(assessment())

        #expect(text.contains("Posture by requirement (hipaa-security-rule)"))
        #expect(text.contains("  All requirements                           33%       1       1             1      0"))
        #expect(text.contains("1 requirements fail and 1 lack evidence. Add --requirements to list each"))
        #expect(!text.contains("  FAIL         164.312(d) Person or entity authentication\n"))
    }

    @Test func textShowsScoresReasonsAndProposedLabel() {
        let text = TextReport.render(assessment(), listRequirements: true)

        #expect(text.contains("Posture by requirement (hipaa-security-rule)"))
        #expect(text.contains("  All requirements                           33%       1       1             1      0"))
        #expect(text.contains("  FAIL         164.312(d) Person or entity authentication\n"))
        #expect(text.contains("Fails: check auth.mfa-coverage fails."))
        #expect(!text.contains("Shown by the attestation at attestations.yaml:4."))
        #expect(text.contains("Readiness for the proposed rule (hipaa-nprm-2025)"))
        #expect(text.contains("nprm.mfa Multi-factor authentication [proposed]"))
    }

    @Test func htmlShowsAlternativeMeasureEscaped() {
        let html = HTMLReport.render(assessment())

        #expect(html.contains("<h2>Posture by requirement (hipaa-security-rule)</h2>"))
        #expect(html.contains("Decision <code>alternative</code>: The landlord&#39;s plan covers the entrances."))
        #expect(html.contains("<li>&lt;a policy&gt;</li>"))
        #expect(html.contains("<h2>Readiness for the proposed rule (hipaa-nprm-2025)</h2>"))
        #expect(html.contains(">proposed</span>"))
    }
}
