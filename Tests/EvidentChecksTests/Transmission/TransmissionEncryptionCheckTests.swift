import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct TransmissionEncryptionCheckTests {
    typealias Build = InventoryBuilder
    let check = TransmissionEncryptionCheck()

    func system(_ channels: [String], hosts: [String] = []) -> InformationSystem {
        var system = Build.ephiSystem(hosts: hosts)
        system.transmission = channels
        return system
    }

    @Test func encryptedChannelsPass() {
        let result = evaluate(check, Inventory(systems: [system(["HTTPS", "sftp", "hl7-tls", "vpn"])]))

        #expect(result.status == .pass)
    }

    @Test(arguments: ["http", "ftp", "telnet", "smtp", "ldap", "vnc"])
    func cleartextChannelFails(channel: String) throws {
        let finding = try #require(evaluate(check, Inventory(systems: [system(["https", channel])])).findings.first)

        #expect(finding.kind == .violation)
        #expect(finding.severity == .high)
        #expect(finding.touchesEPHI)
        #expect(finding.message.contains("cleartext \(channel)"))
    }

    @Test func noChannelIsMissingEvidence() {
        let result = evaluate(check, Inventory(systems: [system([])]))

        #expect(result.status == .insufficientEvidence)
        #expect(!result.lifecycle.documented)
    }

    @Test func unknownChannelWarnsButPasses() {
        let result = evaluate(check, Inventory(systems: [system(["https", "carrier-pigeon"])]))

        #expect(result.status == .pass)
        #expect(result.findings(.warning).count == 1)
    }

    @Test func cleartextServiceOnSystemHostFails() {
        let services = [
            NetworkService(port: 23, transport: "tcp", name: "telnet"),
            NetworkService(port: 80, transport: "tcp", name: "http"),
            NetworkService(port: 443, transport: "tcp", name: "http", isTLS: true),
            NetworkService(port: 22, transport: "tcp", name: "ssh"),
        ]
        let inventory = Inventory(
            systems: [system(["https"], hosts: ["ehr-app"])],
            scannedHosts: [Build.host("10.0.0.20", hostnames: ["ehr-app.maple.local"], services: services)])

        let result = evaluate(check, inventory)

        #expect(result.findings.map(\.severity) == [.critical, .high])
        #expect(result.findings.allSatisfy { $0.subject == Subject(kind: .host, id: "10.0.0.20") })
        #expect(result.findings.last?.message.contains("http on 80/tcp") == true)
    }

    @Test func cleartextServiceOnOtherHostIsIgnored() {
        let telnet = NetworkService(port: 23, transport: "tcp", name: "telnet")
        let inventory = Inventory(
            systems: [system(["https"], hosts: ["10.0.0.20"])],
            scannedHosts: [Build.host("10.0.0.21", services: [telnet])])

        #expect(evaluate(check, inventory).status == .pass)
    }
}
