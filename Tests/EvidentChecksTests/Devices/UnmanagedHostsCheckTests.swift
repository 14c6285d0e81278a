import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct UnmanagedHostsCheckTests {
    typealias Build = InventoryBuilder
    let check = UnmanagedHostsCheck()

    @Test func hostsKnownByNameOrAddressPass() {
        let inventory = Inventory(
            systems: [Build.ephiSystem(hosts: ["10.0.0.20", "ehr-db01.maple.local"])],
            devices: [Build.device("EXAM-01")],
            scannedHosts: [
                Build.host("10.0.0.11", hostnames: ["exam-01.maple.local"]), Build.host("10.0.0.20"),
                Build.host("10.0.0.21", hostnames: ["EHR-DB01"]), Build.host("10.0.0.99", isUp: false),
            ])

        let result = evaluate(check, inventory)

        #expect(result.status == .pass)
        #expect(result.summary == "Evaluated 3 hosts found up: no findings.")
    }

    @Test func unknownHostFails() throws {
        let inventory = Inventory(
            devices: [Build.device("EXAM-01")],
            scannedHosts: [Build.host("10.0.0.50", hostnames: ["printer.maple.local"], line: 42)])

        let finding = try #require(evaluate(check, inventory).findings.first)

        #expect(finding.severity == .medium)
        #expect(finding.subject == Subject(kind: .host, id: "10.0.0.50"))
        #expect(finding.evidence == [EvidenceReference(path: "evidence/network-scan.xml", line: 42)])
    }

    @Test func hostReportingItsOwnSystemPasses() {
        let report = OperatingSystemReport(
            device: "LAB-PC3", operatingSystem: "Windows", osVersion: "10.0.22631", productName: "Windows 11 Pro",
            evidence: EvidenceReference(path: "evidence/osqueryd.results.log", line: 3))
        let inventory = Inventory(
            devices: [Build.device("EXAM-01")],
            scannedHosts: [Build.host("10.0.0.31", hostnames: ["lab-pc3.maple.local"])])
        var reported = inventory
        reported.operatingSystems = [report]

        #expect(evaluate(check, inventory).status == .fail)
        #expect(evaluate(check, reported).status == .pass)
    }

    @Test func addressPrefixDoesNotMatchAnotherAddress() {
        let inventory = Inventory(
            systems: [Build.ephiSystem(hosts: ["10.0.0.2"])], devices: [Build.device("EXAM-01")],
            scannedHosts: [Build.host("10.0.0.20")])

        #expect(evaluate(check, inventory).status == .fail)
    }

    @Test func unknownHostWithCleartextServiceIsHigh() throws {
        let telnet = NetworkService(port: 23, transport: "tcp", name: "telnet")
        let inventory = Inventory(
            devices: [Build.device("EXAM-01")], scannedHosts: [Build.host("10.0.0.50", services: [telnet])])

        let finding = try #require(evaluate(check, inventory).findings.first)

        #expect(finding.kind == .violation)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("telnet on 23/tcp"))
    }

    @Test func noScanIsMissingEvidence() {
        let result = evaluate(check, Inventory(devices: [Build.device("EXAM-01")]))

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.first?.subject == Subject(kind: .evidence, id: "nmap-xml"))
    }

    @Test func unreadableScanIsMissingEvidence() {
        let inventory = Inventory(
            evidenceFiles: [Build.evidenceFile("evidence/scan.xml", .nmapXML, error: "truncated XML at line 9")])

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.subjectIDs.contains("evidence/scan.xml"))
    }
}
