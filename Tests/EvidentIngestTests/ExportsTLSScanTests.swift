import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("TLS scan importers")
struct ExportsTLSScanTests {
    private static func finding(_ id: String, _ finding: String, severity: String = "OK") -> String {
        #"{"id": "\#(id)", "ip": "mail.clinic.example/192.0.2.7", "port": "443", "severity": "\#(severity)", "finding": "\#(finding)"}"#
    }

    @Test("testssl.sh flat JSON")
    func testsslFlat() throws {
        let workspace = try ExportsFixtureWorkspace()
        let rows = [
            Self.finding("TLS1", "offered (deprecated)", severity: "LOW"),
            Self.finding("TLS1_1", "not offered"),
            Self.finding("TLS1_2", "offered"),
            Self.finding("cipherlist_3DES_IDEA", "offered", severity: "MEDIUM"),
            Self.finding("RC4", "VULNERABLE (NOT ok): ECDHE-RSA-RC4-SHA", severity: "HIGH"),
            Self.finding("cert_notAfter", "2026-12-10 08:00"),
        ]
        try workspace.writeUTF8("[\n" + rows.joined(separator: ",\n") + "\n]\n", to: "evidence/testssl.json")

        let scan = try workspace.scan()

        #expect(ExportsFixtureWorkspace.file("evidence/testssl.json", in: scan)?.format == .testsslJSON)
        let endpoint = try #require(scan.facts.tlsEndpoints.first)
        #expect(endpoint.host == "mail.clinic.example")
        #expect(endpoint.port == 443)
        #expect(endpoint.protocols == [.tls10, .tls12])
        #expect(endpoint.weakCiphers == ["3DES_IDEA", "RC4"])
        #expect(endpoint.certificateNotAfter == ExportsFixtureDate.utc(2026, 12, 10, 8))
        #expect(endpoint.evidence.line == 2)
    }

    @Test("testssl.sh JSON cut short keeps the findings before the cut")
    func testsslTruncated() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text =
            "[\n" + Self.finding("TLS1", "offered") + ",\n" + Self.finding("TLS1_2", "offered")
            + ",\n{\"id\": \"TLS1_3\", \"ip"
        try workspace.writeUTF8(text, to: "evidence/testssl.json")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.error == nil)
        #expect(file.warnings.first?.contains("not valid JSON after this finding") == true)
        #expect(scan.facts.tlsEndpoints.first?.protocols == [.tls10, .tls12])
    }

    @Test("testssl.sh pretty JSON and CSV")
    func testsslPrettyAndCSV() throws {
        let workspace = try ExportsFixtureWorkspace()
        let pretty = """
            {"Invocation": "testssl.sh --jsonfile-pretty x.json portal.clinic.example", "at": "scanner:/usr/bin/openssl",
             "version": "3.2.0 ", "openssl": "OpenSSL 3.0.13", "startTime": "1795000000",
             "scanResult": [{"targetHost": "portal.clinic.example", "ip": "192.0.2.8", "port": "8443", "rDNS": "",
               "service": "HTTP",
               "protocols": [{"id": "SSLv3", "severity": "HIGH", "finding": "offered (NOT ok)"},
                             {"id": "TLS1_3", "severity": "OK", "finding": "offered with final"}],
               "ciphers": [{"id": "cipherlist_NULL", "severity": "OK", "finding": "not offered"}]}],
             "scanTime": "Scan interrupted"}
            """
        let csv = """
            "id","fqdn/ip","port","severity","finding","cve","cwe"
            "TLS1_2","[2001:db8::5]/2001:db8::5","443","OK","offered","",""
            "scanProblem","/2001:db8::5","443","FATAL","Client problem, no server response","",""
            """
        try workspace.writeUTF8(pretty, to: "evidence/pretty.json")
        try workspace.writeUTF8(csv, to: "evidence/testssl.csv")

        let scan = try workspace.scan()

        #expect(scan.files.map(\.format) == [.testsslJSON, .testsslCSV])
        try #require(scan.facts.tlsEndpoints.count == 2)
        #expect(scan.facts.tlsEndpoints[0].host == "portal.clinic.example")
        #expect(scan.facts.tlsEndpoints[0].port == 8443)
        #expect(scan.facts.tlsEndpoints[0].protocols == [.ssl3, .tls13])
        #expect(scan.facts.tlsEndpoints[1].host == "2001:db8::5")
        #expect(scan.facts.tlsEndpoints[1].scanProblem == "Client problem, no server response")
    }

    @Test("testssl.sh CSV keeps the row of each fact")
    func testsslCSVRowLines() throws {
        let workspace = try ExportsFixtureWorkspace()
        let csv = """
            "id","fqdn/ip","port","severity","finding","cve","cwe"
            "TLS1_2","portal.clinic.example/192.0.2.8","443","OK","offered","",""
            "TLS1","portal.clinic.example/192.0.2.8","443","LOW","offered (deprecated)","",""
            "cipherlist_LOW","portal.clinic.example/192.0.2.8","443","HIGH","offered (NOT ok)","",""
            "RC4","portal.clinic.example/192.0.2.8","443","HIGH","VULNERABLE (NOT ok)","",""
            "cert_notAfter","portal.clinic.example/192.0.2.8","443","OK","2026-12-10 08:00","",""
            "scanProblem","portal.clinic.example/192.0.2.8","443","FATAL","Client problem","",""
            """
        try workspace.writeUTF8(csv, to: "evidence/testssl.csv")

        let scan = try workspace.scan()

        let endpoint = try #require(scan.facts.tlsEndpoints.first)
        #expect(endpoint.evidence.line == 2)
        #expect(endpoint.protocolEvidence[.tls12]?.line == 2)
        #expect(endpoint.protocolEvidence[.tls10]?.line == 3)
        #expect(endpoint.weakCipherEvidence["LOW"]?.line == 4)
        #expect(endpoint.weakCipherEvidence["RC4"]?.line == 5)
        #expect(endpoint.certificateEvidence?.line == 6)
        #expect(endpoint.scanProblemEvidence?.line == 7)
    }

    @Test("sslyze JSON with a 128-bit serial and an unreachable server")
    func sslyze() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            {"date_scans_started": "2026-11-29T10:00:00", "invalid_server_strings": [],
             "server_scan_results": [
              {"uuid": "1", "server_location": {"hostname": "ehr.clinic.example", "port": 443, "connection_type": "DIRECT",
                 "ip_address": "192.0.2.9"},
               "connectivity_status": "COMPLETED", "scan_status": "COMPLETED",
               "scan_result": {
                 "certificate_info": {"status": "COMPLETED", "result": {"certificate_deployments": [
                   {"received_certificate_chain": [{"serial_number": 340282366920938463463374607431768211455,
                     "not_valid_before": "2026-01-01T00:00:00", "not_valid_after": "2026-11-15T23:59:59"}]}]}},
                 "tls_1_0_cipher_suites": {"status": "COMPLETED", "result": {"accepted_cipher_suites": []}},
                 "tls_1_2_cipher_suites": {"status": "COMPLETED", "result": {"accepted_cipher_suites": [
                   {"cipher_suite": {"name": "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "key_size": 168}},
                   {"cipher_suite": {"name": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "key_size": 128}}]}},
                 "tls_1_3_cipher_suites": {"status": "ERROR", "result": null}}},
              {"uuid": "2", "server_location": {"hostname": "localhost", "port": "8443"},
               "connectivity_status": "ERROR", "connectivity_error_trace": "Connection rejected",
               "scan_status": "ERROR_NO_CONNECTIVITY", "scan_result": null}]}
            """
        try workspace.writeUTF8(text, to: "evidence/sslyze.json")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .sslyzeJSON)
        try #require(scan.facts.tlsEndpoints.count == 2)
        let ehr = scan.facts.tlsEndpoints[0]
        #expect(ehr.protocols == [.tls12])
        #expect(ehr.weakCiphers == ["TLS_RSA_WITH_3DES_EDE_CBC_SHA"])
        #expect(ehr.certificateNotAfter == ExportsFixtureDate.utc(2026, 11, 15, 23, 59, 59))
        #expect(scan.facts.tlsEndpoints[1].port == 8443)
        #expect(scan.facts.tlsEndpoints[1].scanProblem == "Connection rejected")
    }

    @Test("integers beyond 64 bits stay text")
    func largeIntegers() throws {
        let root = try JSONSerialization.jsonObject(
            with: Data(#"{"serial": 340282366920938463463374607431768211455, "ok": true, "n": 7}"#.utf8))
        let object = try #require(root as? [String: Any])

        #expect(LenientJSON.text(object["serial"]) == "340282366920938463463374607431768211455")
        #expect(LenientJSON.text(object["ok"]) == "true")
        #expect(LenientJSON.integer(object["n"]) == 7)
    }
}
