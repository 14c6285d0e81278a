import EvidentCore
import Testing

@testable import EvidentReport

@Suite struct FindingsCSVTests {
    @Test func headerAndOneRowPerFinding() {
        let csv = FindingsCSV.render(ReportFixtures.assessment())

        let rows = csv.components(separatedBy: "\r\n")
        #expect(
            rows[0]
                == "severity,kind,check,citations,subject_kind,subject_id,message,remediation,evidence,state,exception")
        #expect(rows.count == 1 + 9 + 1)
        #expect(rows.last == "")
    }

    @Test func rowsFollowPriorityOrder() {
        let rows = FindingsCSV.render(ReportFixtures.assessment()).components(separatedBy: "\r\n")

        #expect(
            rows[1] == "critical,violation,auth.mfa-coverage,164.312(d),user,user1@example.org,"
                + "user1@example.org has no MFA method registered.,Require MFA registration in Entra ID.,evidence/mfa.csv:2,"
                + "open,"
        )
        #expect(rows[2].hasPrefix("critical,missing-evidence,device.encryption,164.312(a)(2)(iv); 164.310(d)(1),"))
        #expect(rows[9].hasPrefix("low,warning,vendor.baa-current,"))
        #expect(rows[9].hasSuffix(",Renew the agreement before it lapses.,,open,"))
    }

    @Test func formulaCellsAreNeutralized() {
        let rows = FindingsCSV.render(ReportFixtures.hostile()).components(separatedBy: "\r\n")

        #expect(rows[1].contains(#","'=HYPERLINK(""http://example.invalid"",""click"")","#))
        #expect(rows[1].contains(#","'+1 call the ""help desk"", then fix","#))
    }

    @Test(arguments: ["=1+2", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "\r\ncmd"])
    func triggerGetsApostrophe(_ value: String) {
        let field = CSVField.encode(value)

        #expect(field.hasPrefix("'") || field.hasPrefix("\"'"), "\(field.debugDescription)")
    }

    @Test func plainCellsStayUnchanged() {
        #expect(CSVField.encode("user@example.org") == "user@example.org")
        #expect(CSVField.encode("164.312(d)") == "164.312(d)")
        #expect(CSVField.encode("") == "")
    }

    @Test func specialCharactersAreQuoted() {
        #expect(CSVField.encode("a,b") == "\"a,b\"")
        #expect(CSVField.encode("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.encode("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.encode("two\r\nlines") == "\"two\r\nlines\"")
    }

    @Test func outputIsDeterministic() {
        #expect(FindingsCSV.render(ReportFixtures.assessment()) == FindingsCSV.render(ReportFixtures.assessment()))
    }
}
