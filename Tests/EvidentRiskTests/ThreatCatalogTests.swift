import EvidentChecks
import EvidentCore
import Foundation
import Testing

@testable import EvidentRisk

@Suite struct ThreatCatalogTests {
    @Test func shippedCatalogLoads() throws {
        let catalog = try ThreatCatalog(resource: "threat-catalog")

        #expect(catalog.threats.count >= 13)
        #expect(catalog.version >= 1)
    }

    @Test func everyCheckIDIsAShippedCheck() {
        let shipped = Set(Assessor.standardChecks.map(\.id))

        for checkID in ThreatCatalog.shipped.checkIDs {
            #expect(shipped.contains(checkID), "unknown check id \(checkID) in the threat catalog")
        }
    }

    @Test func expectedThreatsArePresent() {
        let ids = Set(ThreatCatalog.shipped.threats.map(\.id))
        let expected = [
            "ransomware", "phishing-credential-theft", "lost-stolen-device", "insider-snooping", "misconfiguration",
            "vendor-breach", "unpatched-vulnerability", "power-loss-disaster", "former-workforce-access",
            "eavesdropping", "backup-failure", "undetected-tampering",
        ]

        for id in expected {
            #expect(ids.contains(id), "missing threat \(id)")
        }
    }

    @Test func everyThreatStatesItsReasons() {
        for threat in ThreatCatalog.shipped.threats {
            #expect(!threat.likelihoodReason.isEmpty, "\(threat.id) has no likelihood reason")
            #expect(!threat.impactReason.isEmpty, "\(threat.id) has no impact reason")
        }
    }

    @Test func repeatedThreatIDIsRejected() {
        let threat = Self.threatJSON(id: "ransomware", impact: #"{"system": "high"}"#)
        let json = Self.catalogJSON(threats: [threat, threat])

        #expect(throws: RiskError.invalidCatalog("test", "threat id 'ransomware' appears twice")) {
            try ThreatCatalog(json: Data(json.utf8), source: "test")
        }
    }

    @Test func assetKindWithoutImpactIsRejected() {
        let json = Self.catalogJSON(threats: [Self.threatJSON(id: "flood", impact: #"{"vendor": "high"}"#)])

        #expect(throws: RiskError.invalidCatalog("test", "threat 'flood' has no impact for 'system'")) {
            try ThreatCatalog(json: Data(json.utf8), source: "test")
        }
    }

    static func threatJSON(id: String, impact: String) -> String {
        """
        {"id": "\(id)", "title": "T", "description": "D", "source": "adversarial", "properties": ["availability"],
         "asset_kinds": ["system"], "inherent_likelihood": "high", "likelihood_reason": "R",
         "impact": \(impact), "impact_reason": "R", "vulnerabilities": ["backup.job-success"]}
        """
    }

    static func catalogJSON(threats: [String]) -> String {
        """
        {"name": "test", "version": 1, "method": "m", "rating_note": "n", "threats": [\(threats.joined(separator: ","))]}
        """
    }
}
