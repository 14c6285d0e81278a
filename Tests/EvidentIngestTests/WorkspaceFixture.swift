import EvidentCore
import EvidentIngest
import Foundation

/// A workspace folder created in the temporary directory for one test and removed when the fixture
/// is released.
final class WorkspaceFixture {
    /// The folder.
    let url: URL

    /// The day passed as `today` to the reader.
    static let today = CalendarDay(year: 2026, month: 3, day: 15)!

    /// Returns the day an ISO 8601 literal names; the literal must be valid.
    static func day(_ iso8601: String) -> CalendarDay {
        CalendarDay(iso8601: iso8601)!
    }

    /// Creates an empty folder.
    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-workspace-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Creates a folder holding a valid workspace: the four required files, an attestations file and
    /// the documents they name.
    static func valid() throws -> WorkspaceFixture {
        let fixture = try WorkspaceFixture()
        try fixture.write("evident.yaml", WorkspaceSamples.settings)
        try fixture.write("inventory/systems.yaml", WorkspaceSamples.systems)
        try fixture.write("inventory/vendors.csv", WorkspaceSamples.vendors)
        try fixture.write("inventory/workforce.csv", WorkspaceSamples.workforce)
        try fixture.write("attestations.yaml", WorkspaceSamples.attestations)
        try fixture.write("documents/baa/cloudchart.pdf", "%PDF-1.4 synthetic")
        try fixture.write("documents/risk-analysis-2025.pdf", "%PDF-1.4 synthetic")
        try fixture.write("documents/policies/access-control.md", "# Access control")
        return fixture
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes UTF-8 text to a path relative to the folder, creating folders on the way.
    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    /// Writes bytes to a path relative to the folder, creating folders on the way.
    func write(_ path: String, bytes: [UInt8]) throws {
        let fileURL = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: fileURL)
    }

    /// Deletes a file.
    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(path))
    }

    /// Reads the workspace with the fixture's `today`.
    func read() throws(WorkspaceError) -> WorkspaceDeclarations {
        try WorkspaceReader.readDeclarations(at: url, today: WorkspaceFixture.today)
    }
}
