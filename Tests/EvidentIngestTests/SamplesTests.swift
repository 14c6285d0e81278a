import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

/// Reads the real public sample exports in place, from the `shared/samples` folder beside the package.
@Suite("real sample exports")
struct SamplesTests {
    /// The `shared/samples` folder: the package root is three levels above this file, and its parent
    /// folder holds `shared/`.
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/samples")

    /// Reads a sample where it lies, as the scanner reads a file found at `evidence/<name>`.
    private func read(_ sample: String, as name: String) -> (file: EvidenceFile, facts: EvidenceFacts) {
        let context = ImportContext(
            path: "evidence/" + name, timestamps: TimestampParser(locale: .enUS), asOf: nil)
        let reader = EvidenceFileReader(context: context, accessListOwners: nil)
        let (file, facts) = reader.read(from: Self.samples.appendingPathComponent(sample))
        return (file, facts)
    }

    @Test("Veeam Enterprise Manager sample")
    func veeamEnterpriseManager() throws {
        let (file, facts) = read(
            "veeam/API_Backup_Session_Report_SampleOutput.csv", as: "API_Backup_Session_Report_SampleOutput.csv")

        #expect(file.format == .veeamEnterpriseManagerSessions)
        #expect(file.error == nil)
        #expect(file.warnings == [])
        #expect(file.records == 178)
        #expect(facts.backupSessions.count == 178)
        #expect(facts.backupSessions.allSatisfy { $0.result == .success })
        #expect(facts.backupSessions.allSatisfy { $0.jobName == "VeeamOneTest" || !$0.jobName.isEmpty })
        let first = try #require(facts.backupSessions.first)
        #expect(first.machine == "ausdev01")
        #expect(first.jobName == "VeeamOneTest")
        #expect(first.evidence.line == 2)
        #expect(
            abs((first.endedAt ?? .distantPast).timeIntervalSince(ExportsFixtureDate.utc(2019, 4, 18, 17, 27, 47.74)))
                < 1e-6)
        let range = try #require(file.dateRange)
        #expect(abs(range.earliest.timeIntervalSince(ExportsFixtureDate.utc(2019, 1, 8, 15, 44, 18.75))) < 1e-6)
        #expect(range.latest == ExportsFixtureDate.utc(2019, 5, 29, 17, 18, 16))
    }

    @Test("nmap full scan sample")
    func nmapFullScan() throws {
        let (file, facts) = read("nmap/fullscan.xml", as: "fullscan.xml")

        #expect(file.format == .nmapXML)
        #expect(file.error == nil)
        #expect(file.records == 256)
        try #require(facts.scannedHosts.map(\.address) == ["192.168.1.1", "192.168.1.4"])
        let router = facts.scannedHosts[0]
        #expect(router.services.map(\.port) == [23, 80, 443, 992, 8080, 8443])
        #expect(router.services.filter(\.isTLS).map(\.port) == [443, 992, 8443])
        #expect(router.services[0].name == "telnet")
        #expect(router.services[0].product == "Sagem router telnetd")
        #expect(router.services.allSatisfy { $0.transport == "tcp" })
        #expect(router.evidence == EvidenceReference(path: "evidence/fullscan.xml", line: 780))
        #expect(facts.scannedHosts[1].services.map(\.name) == ["ssh", "http", "rpcbind"])
        #expect(facts.scannedHosts[1].services[0].product == "OpenSSH")
        #expect(
            file.dateRange
                == DateRange(
                    earliest: Date(timeIntervalSince1970: 1_399_584_985),
                    latest: Date(timeIntervalSince1970: 1_399_585_050)))
    }

    @Test("nmap OS scan sample with MAC addresses")
    func nmapOSScan() throws {
        let (file, facts) = read("nmap/os_scan6.xml", as: "os_scan6.xml")

        #expect(file.error == nil)
        #expect(file.sha256.count == 64)
        try #require(facts.scannedHosts.map(\.address) == ["192.168.1.1", "192.168.1.5", "192.168.1.3"])
        #expect(facts.scannedHosts.map(\.macAddress) == ["6C:2E:85:19:AF:00", "00:1F:3C:87:66:50", nil])
        #expect(facts.scannedHosts[2].services.map(\.port) == [88, 3389, 5900])
        #expect(facts.scannedHosts.allSatisfy { $0.isUp })
    }

    @Test("truncated copy of a real scan")
    func truncatedRealScan() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent("nmap/fullscan.xml")))
        let workspace = try ExportsFixtureWorkspace()
        try workspace.write(Array(bytes.prefix(bytes.count * 2 / 3)), to: "evidence/fullscan.xml")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .nmapXML)
        #expect(file.error?.hasPrefix("evidence/fullscan.xml:") == true)
        #expect(file.error?.contains("truncated") == true)
        #expect(scan.scannedHosts.isEmpty)
    }
}
