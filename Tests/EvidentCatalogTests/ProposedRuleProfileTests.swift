import EvidentCatalog
import EvidentCore
import Testing

@Suite struct ProposedRuleProfileTests {
    private let profile = ProposedRuleProfile.nprm2025

    @Test func loadsEveryProposedRequirement() {
        #expect(profile.profile == "hipaa-nprm-2025")
        #expect(profile.requirements.count == 18)
        #expect(Set(profile.requirements.map(\.id)).count == 18)
        #expect(profile.requirements.allSatisfy { $0.id.hasPrefix("nprm.") })
        #expect(profile.note.contains("not in force"))
    }

    @Test func onlyQuotedTextConfirmsACitation() {
        for requirement in profile.requirements {
            switch requirement.citationStatus {
            case .quoted:
                #expect(requirement.proposedCitation?.hasPrefix("164.312(h)") == true, "\(requirement.id)")
            case .reported:
                #expect(requirement.proposedCitation != nil, "\(requirement.id)")
                #expect(requirement.citationLabel.hasSuffix("reported, not confirmed"))
            case .unconfirmed:
                #expect(requirement.citationLabel.contains("not confirmed"), "\(requirement.id)")
            }
        }
    }

    @Test func publishedNumbersAreTheCadences() throws {
        #expect(profile.requirement(id: "nprm.vulnerability-scanning")?.cadenceMonths == 6)
        #expect(profile.requirement(id: "nprm.penetration-testing")?.cadenceMonths == 12)
        #expect(profile.requirement(id: "nprm.asset-inventory")?.cadenceMonths == 12)
        #expect(profile.requirement(id: "nprm.compliance-audit")?.cadenceMonths == 12)
        #expect(profile.requirement(id: "nprm.business-associate-verification")?.cadenceMonths == 12)
    }

    @Test func currentCitationsExistInTheCatalog() {
        let catalog = SecurityRuleCatalog.shipped
        for requirement in profile.requirements {
            for citation in requirement.currentCitations where !citation.hasPrefix("164.306") {
                #expect(catalog.requirement(citation: citation) != nil, "\(requirement.id) cites \(citation)")
            }
        }
    }
}
