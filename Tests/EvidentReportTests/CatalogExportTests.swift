import EvidentCatalog
import EvidentReport
import FoundationEssentials
import Testing

@Suite struct CatalogExportTests {
    private let catalog = SecurityRuleCatalog.shipped

    @Test func jsonExportLoadsBackAsTheSameCatalog() throws {
        let json = try CatalogExport.renderJSON(catalog)

        let loaded = try SecurityRuleCatalog(json: Data(json.utf8), source: "export")
        #expect(loaded.requirements == catalog.requirements)
        #expect(loaded.legacyCitations == catalog.legacyCitations)
        #expect(loaded.resourceVersion == catalog.resourceVersion)
    }

    @Test func csvHasOneRowPerRequirement() throws {
        let rows = CatalogExport.renderCSV(catalog).components(separatedBy: "\r\n").dropLast()

        #expect(rows.count == catalog.requirements.count + 1)
        #expect(rows.first == CatalogExport.columns.joined(separator: ","))
        let encryption = try #require(rows.first { $0.hasPrefix("164.312(a)(2)(iv),") })
        #expect(
            encryption.contains(
                ",addressable,technical,164.312(a)(1),,access-control,encryption.at-rest-devices; encryption.backup-media,"
            ))
    }

    @Test func listingGroupsByCategory() {
        let text = CatalogListing.renderText(catalog)

        #expect(text.contains("\nTechnical safeguards (164.312)\n  164.312(a)(1)         S  Access control\n"))
    }
}
