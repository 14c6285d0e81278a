import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct HostIndexTests {
    typealias Build = InventoryBuilder

    @Test func normalizesNamesAndAddresses() {
        #expect(HostIndex.normalize(" EHR-DB01.maple.local ") == "ehr-db01.maple.local")
        #expect(HostIndex.normalize("  ") == nil)
        #expect(HostIndex.isIPAddress("10.0.0.20"))
        #expect(HostIndex.isIPAddress("fe80::1"))
        #expect(!HostIndex.isIPAddress("ehr-db01"))
    }

    @Test func hostBelongsOnlyToItsSystem() {
        let ehr = Build.ephiSystem(hosts: ["ehr-app"])
        let pacs = Build.ephiSystem("pacs", hosts: ["10.0.0.30"])
        let index = HostIndex(devices: [], systems: [ehr, pacs])

        let host = Build.host("10.0.0.20", hostnames: ["EHR-APP.maple.local"])

        #expect(index.host(host, belongsTo: ehr))
        #expect(!index.host(host, belongsTo: pacs))
        #expect(index.isKnown(host))
    }

    @Test func addressesMatchWhole() {
        let pacs = Build.ephiSystem("pacs", hosts: ["10.0.0.30"])
        let index = HostIndex(devices: [], systems: [pacs])

        #expect(index.host(Build.host("10.0.0.30"), belongsTo: pacs))
        #expect(!index.host(Build.host("10.0.0.3"), belongsTo: pacs))
        #expect(!index.isKnown(Build.host("10.0.0.300")))
    }

    @Test func qualifiedNameMatchesBareScannedName() {
        let files = Build.ephiSystem("files", hosts: ["nas01.maple.local"])
        let index = HostIndex(devices: [], systems: [files])

        #expect(index.host(Build.host("10.0.0.9", hostnames: ["NAS01"]), belongsTo: files))
        #expect(index.host(Build.host("10.0.0.9", hostnames: ["nas01.maple.local"]), belongsTo: files))
    }

    @Test func qualifiedNamesInOtherDomainsDoNotMatch() {
        let fax = Build.ephiSystem("efax", hosts: ["app.clearfax.example"])
        let index = HostIndex(devices: [], systems: [fax])

        let host = Build.host("10.0.0.40", hostnames: ["app.maple.local"])

        #expect(!index.host(host, belongsTo: fax))
        #expect(!index.isKnown(host))
    }

    @Test func deviceNameMatchesQualifiedScannedName() {
        let index = HostIndex(devices: [Build.device("RFP-LT-01")], systems: [])

        #expect(index.isKnown(Build.host("10.0.0.50", hostnames: ["rfp-lt-01.maple.local"])))
        #expect(!index.isKnown(Build.host("10.0.0.51", hostnames: ["rfp-lt-02.maple.local"])))
    }
}
