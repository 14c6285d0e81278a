import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct HostIndexTests {
    typealias Build = InventoryBuilder

    @Test func namesCompareByFirstLabelAndAddressesWhole() {
        #expect(HostIndex.key("EHR-DB01.maple.local") == "ehr-db01")
        #expect(HostIndex.key("10.0.0.20") == "10.0.0.20")
        #expect(HostIndex.key("fe80::1") == "fe80::1")
        #expect(HostIndex.key("  ") == nil)
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
}
