import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

@Suite struct LogReviewStoreTests {
    let organization = Organization(id: "riverside", name: "Riverside", kind: .coveredEntity)

    func review(on day: String, systems: [String]) -> LogReviewRecord {
        LogReviewRecord(
            performed: CalendarDay(iso8601: day)!, reviewer: "Carol Jensen", systems: systems,
            periodStart: "2026-11-01T00:00:00Z", periodEnd: "2026-11-30T23:59:59Z", events: 5000,
            findings: ["critical": 1, "high": 2, "medium": 0, "low": 4],
            sources: [
                LogReviewSource(
                    path: "logs/ehr.csv", sha256: String(repeating: "a", count: 64), bytes: 900, format: "ehr-csv",
                    events: 4000),
                LogReviewSource(
                    path: "logs/audit.ndjson", sha256: String(repeating: "b", count: 64), bytes: 700,
                    format: "fhir-ndjson", events: 1000),
            ])
    }

    /// Opens a log review store on a new database of a backend.
    private func open(_ backend: StoreBackend) throws -> (database: TestDatabase, store: any LogReviewStore) {
        let database = try TestDatabase(backend)
        let store = try #require(try database.open() as? any LogReviewStore)
        return (database, store)
    }

    @Test(arguments: StoreBackend.all)
    func recordedReviewsReadBackNewestFirst(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }
        let older = review(on: "2026-10-31", systems: ["ehr"])
        let newer = review(on: "2026-11-30", systems: ["ehr", "pacs"])

        let olderID = try store.record(
            older, organization: organization, recordedAt: Date(timeIntervalSince1970: 1_793_000_000))
        let newerID = try store.record(
            newer, organization: organization, recordedAt: Date(timeIntervalSince1970: 1_795_000_000))
        let readBack = try store.logReviews(organizationID: "riverside")

        var expectedNewer = newer
        expectedNewer.id = newerID
        var expectedOlder = older
        expectedOlder.id = olderID
        #expect(readBack == [expectedNewer, expectedOlder])
    }

    @Test(arguments: StoreBackend.all)
    func otherOrganizationsReviewsAreSeparate(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }

        _ = try store.record(review(on: "2026-11-30", systems: ["ehr"]), organization: organization, recordedAt: Date())

        #expect(try store.logReviews(organizationID: "lakeside").isEmpty)
    }
}
