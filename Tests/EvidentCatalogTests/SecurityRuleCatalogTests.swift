import EvidentCatalog
import EvidentCore
import Foundation
import Testing

@Suite struct SecurityRuleCatalogTests {
    private let catalog = SecurityRuleCatalog.shipped

    @Test func hasEveryStandardAndSpecification() {
        let designations = Dictionary(grouping: catalog.requirements, by: \.designation).mapValues(\.count)

        #expect(designations[.required] == 24)
        #expect(designations[.addressable] == 22)
        #expect(designations[.standard] == 23)
    }

    @Test func specificationsNameAnExistingStandard() throws {
        for requirement in catalog.requirements where requirement.designation != .standard {
            let standard = try #require(requirement.standard, "\(requirement.citation) has no standard")
            #expect(catalog.requirement(citation: standard)?.designation == .standard)
        }
    }

    @Test(arguments: ["164.312(a)(2)(iv)", "45 CFR 164.312(a)(2)(iv)", "§ 164.312(a)(2)(iv)", " 164.312 (a)(2)(iv) "])
    func lookupAcceptsWrittenForms(citation: String) throws {
        let requirement = try #require(catalog.requirement(citation: citation))

        #expect(requirement.title == "Encryption and decryption")
        #expect(requirement.designation == .addressable)
        #expect(requirement.category == .technical)
        #expect(requirement.nistSP80053r5 == ["SC-13"])
    }

    @Test(arguments: [
        ("164.312(a)", "164.312(a)(1)"), ("45 CFR 164.308(a)(1)", "164.308(a)(1)(i)"),
        ("164.308(b)(4)", "164.308(b)(3)"), ("45 C.F.R. § 164.308(b)(4)", "164.308(b)(3)"),
        ("Sec. 164.316(b)(2)(i)", "164.316(b)(2)(i)"), ("164.314(b)", "164.314(b)(1)"),
    ])
    func lookupMapsShortAndLegacyForms(written: String, citation: String) {
        #expect(catalog.canonicalCitation(written) == citation)
        #expect(catalog.requirement(citation: written)?.citation == citation)
    }

    @Test(arguments: ["164.312(z)", "164.308(a)(1)(ii)(a)", "164.500", ""])
    func lookupRejectsUnknownCitations(written: String) {
        #expect(catalog.requirement(citation: written) == nil)
    }

    @Test func countsSixtyEightAssessedRequirements() {
        let assessed = catalog.assessedRequirements

        #expect(assessed.count == 68)
        #expect(assessed.filter { $0.designation == .standard }.count == 22)
        #expect(!assessed.contains { $0.citation == "164.308(b)(2)" })
        #expect(catalog.requirement(citation: "164.308(b)(2)")?.partOf == "164.308(b)(1)")
    }

    @Test func everyRequirementSaysHowItIsMetAndEvidenced() {
        #expect(catalog.resourceVersion == 2)
        for requirement in catalog.requirements {
            #expect(!requirement.keyActivities.isEmpty, "\(requirement.citation) has no key activities")
            #expect(!requirement.evidencedBy.documents.isEmpty, "\(requirement.citation) names no document")
            let sources = requirement.evidencedBy.checks.count + requirement.evidencedBy.attestations.count
            #expect(sources > 0, "\(requirement.citation) has no source of evidence")
        }
    }

    @Test func rejectsDuplicateCitations() {
        let json = """
            {"name": "t", "version": "1", "requirements": [
              {"citation": "164.312(d)", "title": "a", "designation": "standard", "category": "technical",
               "standard": null, "nist_sp800_53r5": [], "nist_csf_1_1": []},
              {"citation": "164.312(d)", "title": "b", "designation": "standard", "category": "technical",
               "standard": null, "nist_sp800_53r5": [], "nist_csf_1_1": []}]}
            """

        #expect(throws: CatalogError.duplicateCitation("test", "164.312(d)")) {
            try SecurityRuleCatalog(json: Data(json.utf8), source: "test")
        }
    }

    /// The reference file of NIST's mapping, beside the package when the shared folder is present.
    @Test func matchesTheNISTReferenceMapping() throws {
        let reference = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/reference/hipaa-security-rule-elements.json")
        try #require(FileManager.default.fileExists(atPath: reference.path), "reference file not found")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: reference)) as? [String: Any])
        let elements = try #require(document["elements"] as? [[String: Any]])

        #expect(elements.count == catalog.requirements.count)
        for element in elements {
            let citation = try #require(element["id"] as? String)
            let requirement = try #require(catalog.requirement(citation: citation), "missing \(citation)")
            let designation = element["designation"] as? String ?? ""
            var expected = Requirement.Designation.addressable
            if designation.hasPrefix("Standard") {
                expected = .standard
            } else if designation == "R" {
                expected = .required
            }
            #expect(requirement.designation == expected, "\(citation)")
            #expect(requirement.nistSP80053r5 == element["sp800_53r5"] as? [String], "\(citation)")
        }
    }
}
