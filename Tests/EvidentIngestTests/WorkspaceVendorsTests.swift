import EvidentCore
import EvidentIngest
import Testing

@Suite("Workspace vendors")
struct WorkspaceVendorsTests {
    private let header = "vendor,service,ephi_access,baa_signed,baa_expires,baa_document,contact\n"

    private func read(_ vendors: String) throws -> [Vendor] {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("inventory/vendors.csv", vendors)
        return try fixture.read().vendors
    }

    private func readError(_ vendors: String) -> WorkspaceError? {
        #expect(throws: WorkspaceError.self) {
            try read(vendors)
        }
    }

    @Test func validVendors() throws {
        let vendors = try read(WorkspaceSamples.vendors)

        let path = "inventory/vendors.csv"
        #expect(
            vendors == [
                Vendor(
                    name: "CloudChart Inc", service: "EHR hosting", hasEPHIAccess: true, isBAASigned: true,
                    baaExpires: CalendarDay(year: 2027, month: 1, day: 31), baaDocument: "documents/baa/cloudchart.pdf",
                    baaDocumentExists: true, contact: "support@cloudchart.example",
                    evidence: EvidenceReference(path: path, line: 2)),
                Vendor(
                    name: "Paper Shred Co", service: "Shredding, on site", hasEPHIAccess: true, isBAASigned: true,
                    baaDocument: "documents/baa/shred.pdf", baaDocumentExists: false,
                    evidence: EvidenceReference(path: path, line: 3)),
                Vendor(
                    name: "Lunch Club", service: "Catering", hasEPHIAccess: false, isBAASigned: false,
                    evidence: EvidenceReference(path: path, line: 4)),
            ])
    }

    @Test(arguments: [
        ("true", true), ("FALSE", false), ("Yes", true), ("no", false), ("y", true), ("N", false), ("1", true),
        ("0", false),
    ])
    func booleanSpellings(text: String, value: Bool) throws {
        let vendors = try read(header + "Acme,IT,yes,\(text),,,\n")

        #expect(vendors.first?.isBAASigned == value)
    }

    @Test func invalidBooleanNamesLineAndValue() {
        let error = readError(header + "Acme,IT,yes,true,,,\nBeta,IT,yes,pending,,,\n")

        #expect(
            error?.description
                == "inventory/vendors.csv:3: baa_signed is \"pending\"; expected true, false, yes, no, y, n, 1 or 0.")
    }

    @Test func nonISODateIsInvalid() {
        let error = readError(header + "Acme,IT,yes,yes,1/31/2027,,\n")

        guard case .invalidValue(let path, 2, "baa_expires", "\"1/31/2027\"", let expected) = error else {
            Issue.record("expected an invalid date, got \(String(describing: error))")
            return
        }
        #expect(path == "inventory/vendors.csv")
        #expect(expected.hasPrefix("a date as YYYY-MM-DD"))
    }

    @Test func dayOutsideCalendarSaysSo() {
        let error = readError(header + "Acme,IT,yes,yes,2028-02-30,,\n")

        guard case .invalidValue(_, 2, "baa_expires", "\"2028-02-30\"", let expected) = error else {
            Issue.record("expected an invalid date, got \(String(describing: error))")
            return
        }
        #expect(expected.hasPrefix("a day that exists in the calendar"))
    }

    @Test func emptyBAASignedIsInvalid() {
        let error = readError(header + "Acme,IT,no,,,,\n")

        #expect(error?.description == "inventory/vendors.csv:2: baa_signed is empty; expected true or false.")
    }

    @Test func emptyEPHIAccessIsInvalid() {
        let error = readError(header + "Acme,IT,,yes,,,\n")

        #expect(
            error
                == .invalidValue(
                    path: "inventory/vendors.csv", line: 2, field: "ephi_access", found: "empty",
                    expected: "true or false"))
    }

    @Test func emptyServiceIsInvalid() {
        let error = readError(header + "Acme,,no,no,,,\n")

        #expect(
            error?.description
                == "inventory/vendors.csv:2: service is empty; expected what the vendor does for the organization.")
    }

    @Test func emptyVendorNameIsInvalid() {
        let error = readError(header + " ,IT,no,no,,,\n")

        #expect(error?.description == "inventory/vendors.csv:2: vendor is empty; expected the vendor's name.")
    }

    @Test func missingColumnsShowHeader() {
        let error = readError("vendor,service,contact\nAcme,IT,a@b.example\n")

        #expect(
            error?.description
                == "inventory/vendors.csv:1: the header lacks the columns ephi_access, baa_signed; "
                + "make the first line vendor,service,ephi_access,baa_signed,baa_expires,baa_document,contact")
    }

    @Test func optionalColumnsMayBeAbsent() throws {
        let vendors = try read("Vendor,Service,EPHI_Access,BAA_Signed\nAcme,IT,no,no\n")

        #expect(vendors.first?.service == "IT")
        #expect(vendors.first?.baaExpires == nil)
        #expect(vendors.first?.contact == nil)
    }

    @Test func unterminatedQuoteNamesLine() {
        let error = readError(header + "Acme,\"IT services,yes,yes,,,\n")

        #expect(error == .unterminatedQuote(path: "inventory/vendors.csv", line: 2))
    }

    @Test func headerOnlyMeansNoVendors() throws {
        #expect(try read(header).isEmpty)
    }
}
