import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

@Suite struct RiskAnalysisStoreTests {
    let organization = Organization(id: "riverside", name: "Riverside", kind: .coveredEntity)

    func analysis(on day: String, complete: Bool) -> StoredRiskAnalysis {
        StoredRiskAnalysis(
            performed: CalendarDay(iso8601: day)!, isComplete: complete,
            missingElements: complete ? [] : ["periodic-review"], catalogVersion: 1,
            risks: [
                StoredRisk(
                    asset: "system:ehr", threat: "ransomware", inherentLikelihood: .veryHigh,
                    residualLikelihood: .high, impact: .veryHigh, inherentLevel: .veryHigh, residualLevel: .veryHigh,
                    treatment: "mitigate"),
                StoredRisk(
                    asset: "vendor:ClearFax", threat: "vendor-breach", inherentLikelihood: .moderate,
                    residualLikelihood: .veryLow, impact: .high, inherentLevel: .moderate, residualLevel: .low,
                    treatment: nil),
            ])
    }

    /// Opens a risk analysis store on a new database of a backend.
    private func open(_ backend: StoreBackend) throws -> (database: TestDatabase, store: any RiskAnalysisStore) {
        let database = try TestDatabase(backend)
        let store = try #require(try database.open() as? any RiskAnalysisStore)
        return (database, store)
    }

    @Test(arguments: StoreBackend.all)
    func recordedAnalysesReadBackNewestFirst(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }
        let older = analysis(on: "2026-10-31", complete: false)
        let newer = analysis(on: "2026-11-30", complete: true)

        let olderID = try store.record(
            older, organization: organization, recordedAt: Date(timeIntervalSince1970: 1_793_000_000))
        let newerID = try store.record(
            newer, organization: organization, recordedAt: Date(timeIntervalSince1970: 1_795_000_000))
        let readBack = try store.riskAnalyses(organizationID: "riverside")

        var expectedNewer = newer
        expectedNewer.id = newerID
        var expectedOlder = older
        expectedOlder.id = olderID
        #expect(readBack == [expectedNewer, expectedOlder])
    }

    @Test(arguments: StoreBackend.all)
    func risksAreKeptAsRows(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }

        _ = try store.record(analysis(on: "2026-11-30", complete: true), organization: organization, recordedAt: Date())

        #expect(try database.rowCount("risk_analyses") == 1)
        #expect(try database.rowCount("risk_analysis_risks") == 2)
    }

    @Test(arguments: StoreBackend.all)
    func otherOrganizationsAnalysesAreSeparate(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }

        _ = try store.record(analysis(on: "2026-11-30", complete: true), organization: organization, recordedAt: Date())

        #expect(try store.riskAnalyses(organizationID: "lakeside").isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func invalidStoredLevelIsReported(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }
        let id = try store.record(
            analysis(on: "2026-11-30", complete: true), organization: organization, recordedAt: Date())

        try database.connect().run(
            "UPDATE risk_analysis_risks SET impact = 'severe' WHERE analysis_id = ?", [.integer(id)])

        #expect(throws: StoreError.self) { try store.riskAnalyses(organizationID: "riverside") }
    }
}
