import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("NmapXMLImporter")
struct ExportsNmapTests {
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE nmaprun>
        <?xml-stylesheet href="file:///usr/bin/../share/nmap/nmap.xsl" type="text/xsl"?>
        <nmaprun scanner="nmap" args="nmap -sV -oX scan.xml 10.20.0.0/29" start="1742300000" version="7.94" xmloutputversion="1.05">
        <host starttime="1742300001" endtime="1742300100"><status state="up" reason="arp-response" reason_ttl="0"/>
        <address addr="10.20.0.5" addrtype="ipv4"/>
        <address addr="fd00::5" addrtype="ipv6"/>
        <address addr="00:11:22:33:44:55" addrtype="mac" vendor="Example"/>
        <hostnames><hostname name="ehr-db01.riverside.local" type="PTR"/></hostnames>
        <ports><extraports state="closed" count="996"/>
        <port protocol="tcp" portid="22"><state state="open" reason="syn-ack" reason_ttl="64"/><service name="ssh" product="OpenSSH" method="probed" conf="10"/></port>
        <port protocol="tcp" portid="443"><state state="open" reason="syn-ack" reason_ttl="64"/><service name="http" product="nginx" tunnel="ssl" method="probed" conf="10"/></port>
        <port protocol="tcp" portid="1433"><state state="filtered" reason="no-response" reason_ttl="0"/><service name="ms-sql-s" method="table" conf="3"/></port>
        <port protocol="udp" portid="161"><state state="open" reason="udp-response" reason_ttl="64"/></port>
        </ports>
        </host>
        <host><status state="down" reason="no-response" reason_ttl="0"/><address addr="10.20.0.6" addrtype="ipv4"/></host>
        <host><status state="up" reason="echo-reply" reason_ttl="0"/><address addr="fd00::7" addrtype="ipv6"/></host>

        """
    static let footer = """
        <runstats><finished time="1742300200" timestr="Tue Mar 18 12:16:40 2025" elapsed="200" exit="success"/><hosts up="2" down="1" total="3"/></runstats>
        </nmaprun>

        """

    @Test("hosts up with open ports only")
    func hostsAndPorts() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(Self.header + Self.footer, to: "evidence/scan.xml")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/scan.xml", in: scan))
        #expect(file.error == nil)
        #expect(file.records == 3)
        try #require(scan.scannedHosts.map(\.address) == ["10.20.0.5", "fd00::7"])
        let database = scan.scannedHosts[0]
        #expect(database.macAddress == "00:11:22:33:44:55")
        #expect(database.hostnames == ["ehr-db01.riverside.local"])
        #expect(database.evidence.line == 5)
        #expect(
            database.services == [
                NetworkService(port: 22, transport: "tcp", name: "ssh", product: "OpenSSH", isTLS: false),
                NetworkService(port: 443, transport: "tcp", name: "http", product: "nginx", isTLS: true),
                NetworkService(port: 161, transport: "udp", name: nil, product: nil, isTLS: false),
            ])
        #expect(
            file.dateRange
                == DateRange(
                    earliest: Date(timeIntervalSince1970: 1_742_300_000),
                    latest: Date(timeIntervalSince1970: 1_742_300_200)))
    }

    @Test("file without closing root is an error")
    func truncatedFile() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(Self.header, to: "evidence/scan.xml")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/scan.xml", in: scan))
        #expect(file.format == .nmapXML)
        let error = try #require(file.error)
        #expect(error.hasPrefix("evidence/scan.xml:"))
        #expect(error.contains("truncated"))
        let location = error.split(separator: " ")[0].split(separator: ":")
        #expect(location.count == 3)
        #expect(Int(location[1]) ?? 0 >= 18)
        #expect(Int(location[2]) != nil)
        #expect(scan.scannedHosts.isEmpty)
        #expect(file.isUsable == false)
    }

    @Test("file cut inside an element is an error")
    func cutInsideElement() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = Self.header + Self.footer
        try workspace.writeUTF8(String(text.prefix(700)), to: "evidence/scan.xml")

        let scan = try workspace.scan()

        #expect(ExportsFixtureWorkspace.file("evidence/scan.xml", in: scan)?.error != nil)
        #expect(scan.scannedHosts.isEmpty)
    }

    @Test("external entity is not resolved")
    func externalEntityNotResolved() throws {
        let workspace = try ExportsFixtureWorkspace()
        let secretMarker = "SECRET-\(UUID().uuidString)"
        try workspace.writeUTF8(secretMarker, to: "secret.txt")
        let secretURL = workspace.folder.appendingPathComponent("secret.txt").absoluteString
        let prolog = """
            <?xml version="1.0"?>
            <!DOCTYPE nmaprun [<!ENTITY leak SYSTEM "\(secretURL)">]>
            <nmaprun scanner="nmap" start="1742300000">
            <host><status state="up"/><address addr="10.20.0.9" addrtype="ipv4"/>

            """
        let inContent =
            prolog + """
                <hostnames>&leak;<hostname name="pacs01" type="PTR"/></hostnames>
                <ports><port protocol="tcp" portid="80"><state state="open"/><service name="http">&leak;</service></port></ports>
                </host>
                </nmaprun>
                """
        let inAttribute =
            prolog + """
                <hostnames><hostname name="&leak;" type="PTR"/></hostnames>
                </host>
                </nmaprun>
                """
        try workspace.writeUTF8(inContent, to: "evidence/content.xml")
        try workspace.writeUTF8(inAttribute, to: "evidence/attribute.xml")

        let scan = try workspace.scan()

        let content = try #require(ExportsFixtureWorkspace.file("evidence/content.xml", in: scan))
        #expect(content.error == nil)
        #expect(scan.scannedHosts.map(\.hostnames) == [["pacs01"]])
        #expect(scan.scannedHosts.first?.services.map(\.name) == ["http"])
        let attribute = try #require(ExportsFixtureWorkspace.file("evidence/attribute.xml", in: scan))
        #expect(attribute.format == .nmapXML)
        #expect(attribute.error != nil)
        let everything = "\(scan.scannedHosts) \(scan.files)"
        #expect(!everything.contains(secretMarker))
    }
}
