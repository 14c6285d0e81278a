import EvidentIngest
import Testing

@Suite("CSVTable")
struct CSVTableTests {
    @Test func quotedNewlinesKeepLineNumbers() throws {
        let text = "TimeCreated,Message\n2026-01-05,\"An account was\nlocked out.\n\"\n2026-01-06,Logon\n"

        let table = try CSVTable(text: text)

        #expect(table.records.count == 2)
        #expect(table.records[0]["Message"] == "An account was\nlocked out.\n")
        #expect(table.records[0].line == 2)
        #expect(table.records[1].line == 5)
        #expect(table.records[1]["message"] == "Logon")
    }

    @Test func quotedJSONWithDoubledQuotes() throws {
        let text = "CreationDate,AuditData\n2026-02-01,\"{\"\"Operation\"\":\"\"FileAccessed\"\",\"\"Count\"\":2}\"\n"

        let table = try CSVTable(text: text)

        #expect(table.records.first?["AuditData"] == #"{"Operation":"FileAccessed","Count":2}"#)
    }

    @Test func typeLineWithCRLFIsSkipped() throws {
        let text =
            "#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser\r\n\"SamAccountName\",\"Enabled\"\r\n"
            + "\"jdoe\",\"True\"\r\n\"asmith\",\"False\"\r\n"

        let table = try CSVTable(text: text)

        #expect(table.hadTypeLine)
        #expect(table.header == ["SamAccountName", "Enabled"])
        #expect(table.headerLine == 2)
        #expect(table.records.map(\.line) == [3, 4])
        #expect(table.records.map { $0["enabled"] } == ["True", "False"])
    }

    @Test func duplicatedAndPaddedHeaders() throws {
        let text = "Date (UTC), User  name ,Date (UTC),Status\n2026-01-01,ann,2026-01-02,Success\n"

        let table = try CSVTable(text: text)
        let record = try #require(table.records.first)

        #expect(table.header == ["Date (UTC)", "User  name", "Date (UTC)", "Status"])
        #expect(record["date (utc)"] == "2026-01-01")
        #expect(record["User name"] == "ann")
        #expect(record.fields[2] == "2026-01-02")
        #expect(table.hasColumns(["user name", "STATUS"]))
        #expect(!table.hasColumns(["user"]))
    }

    @Test func byteOrderMarkOnFirstHeader() throws {
        let table = try CSVTable(text: "\u{FEFF}vendor,service\nCloudChart Inc,EHR\n")

        #expect(table.header.first == "vendor")
        #expect(table.records.first?["vendor"] == "CloudChart Inc")
    }

    @Test func semicolonDelimiter() throws {
        let text = "UserPrincipalName;DisplayName;MFA Status\nann@clinic.example;Ann, RN;Enforced\n"

        let table = try CSVTable(text: text)

        #expect(table.header == ["UserPrincipalName", "DisplayName", "MFA Status"])
        #expect(table.records.first?["displayname"] == "Ann, RN")
        #expect(table.records.first?["MFA Status"] == "Enforced")
    }

    @Test func unterminatedQuoteNamesItsLine() {
        let text = "name,note\nann,fine\nbob,\"starts here\nand never ends\n"

        #expect(throws: CSVParseError.unterminatedQuote(line: 3)) {
            try CSVTable(text: text)
        }
    }

    @Test func unterminatedQuoteAfterTypeLineCountsSkippedLine() {
        let text = "#TYPE System.Management.Automation.PSCustomObject\n\"Name\",\"Note\"\n\"ann\",\"open\n"

        #expect(throws: CSVParseError.unterminatedQuote(line: 3)) {
            try CSVTable(text: text)
        }
    }

    @Test func shortRowsArePadded() throws {
        let table = try CSVTable(text: "a,b,c\n1\n4,5,6,7\n")

        #expect(table.records[0].fields == ["1", "", ""])
        #expect(table.records[0]["c"] == "")
        #expect(table.records[0].value("c") == nil)
        #expect(table.recordsWithExtraFields.map(\.line) == [3])
    }

    @Test func blankLinesAreSkipped() throws {
        let table = try CSVTable(text: "a,b\n\n1,2\n\n")

        #expect(table.records.count == 1)
        #expect(table.records[0].line == 3)
    }

    @Test func valueTriesSpellingsInOrder() throws {
        let table = try CSVTable(text: "Last Sign In,UPN\n  2026-01-01 ,ann@x.example\n")
        let record = try #require(table.records.first)

        #expect(record.value("lastSignInDateTime", "Last Sign In") == "2026-01-01")
        #expect(record.value("missing") == nil)
    }

    @Test func excelSeparatorLineIsSkipped() throws {
        let table = try CSVTable(text: "sep=;\nname;role\nann;nurse\n")

        #expect(table.header == ["name", "role"])
        #expect(table.records.first?.line == 3)
        #expect(!table.hadTypeLine)
    }
}
