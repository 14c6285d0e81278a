import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("Entra ID importers")
struct ExportsEntraTests {
    @Test("Download users CSV with formula cells")
    func downloadUsers() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            userPrincipalName,displayName,surname,mail,givenName,id,userType,jobTitle,department,accountEnabled,usageLocation,streetAddress,state,country,officeLocation,city,postalCode,telephoneNumber,mobilePhone,alternateEmailAddress,ageGroup,consentProvidedForMinor,legalAgeGroupClassification,companyName,creationType,directorySynced,invitationState,identityIssuer,createdDateTime
            priya.nair@riverside.example,Priya Nair,Nair,priya.nair@riverside.example,Priya,0f9e8d7c-0001-4000-8000-000000000001,Member,=1+3,Billing,True,US,,,,,,,,,,,,,,,True,,riverside.example,8/19/2021 1:25:31 PM
            vendor_partner.example#EXT#@riverside.onmicrosoft.com,"Lee, Jordan (Vendor)",Lee,jordan@partner.example,Jordan,0f9e8d7c-0002-4000-8000-000000000002,Guest,,,False,,,,,,,,,,,,,,,Invitation,,Accepted,ExternalAzureAD,1/5/2023 10:00:00 AM
            broken@riverside.example,Broken Flag,,,,0f9e8d7c-0003-4000-8000-000000000003,Member,,,=1+3,,,,,,,,,,,,,,,,,,,
            """
        try workspace.writeUTF8(text, to: "evidence/exportUsers_2025-3-20.csv", byteOrderMark: true)

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/exportUsers_2025-3-20.csv", in: scan))
        #expect(file.format == .entraUsers)
        #expect(file.records == 3)
        try #require(scan.accounts.count == 2)
        let priya = scan.accounts[0]
        #expect(priya.source == .entraID)
        #expect(priya.username == "priya.nair@riverside.example")
        #expect(priya.isEnabled)
        #expect(priya.isGuest == false)
        #expect(priya.lastSignIn == .unknown)
        #expect(priya.evidence.line == 2)
        let guest = scan.accounts[1]
        #expect(guest.isGuest)
        #expect(guest.isEnabled == false)
        #expect(guest.displayName == "Lee, Jordan (Vendor)")
        #expect(
            file.warnings == ["line 4: skipped broken@riverside.example: accountEnabled '=1+3' is not True or False"])
        #expect(file.dateRange == nil)
    }

    @Test("Graph users with sign-in activity")
    func graphSignInActivity() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            userPrincipalName,accountEnabled,userType,signInActivity
            a@riverside.example,True,Member,"@{lastSignInDateTime=3/1/2025 10:00:00 AM; lastNonInteractiveSignInDateTime=}"
            b@riverside.example,True,Member,"{""lastSignInDateTime"":""2025-02-01T08:30:00Z""}"
            c@riverside.example,True,Member,
            d@riverside.example,True,Member,"{""lastSignInDateTime"":null}"
            """
        try workspace.writeUTF8(text, to: "evidence/graph-users.csv")

        let scan = try workspace.scan()

        #expect(
            scan.accounts.map(\.lastSignIn) == [
                .at(ExportsFixtureDate.utc(2025, 3, 1, 10)), .at(ExportsFixtureDate.utc(2025, 2, 1, 8, 30)), .never,
                .never,
            ])
        let file = try #require(ExportsFixtureWorkspace.file("evidence/graph-users.csv", in: scan))
        #expect(file.dateRange?.latest == ExportsFixtureDate.utc(2025, 3, 1, 10))
    }

    @Test("MFA registration CSV")
    func mfaCSV() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            id,userPrincipalName,userDisplayName,userType,isAdmin,isSsprRegistered,isMfaRegistered,isMfaCapable,methodsRegistered,defaultMfaMethod,lastUpdatedDateTime
            1,priya.nair@riverside.example,Priya Nair,member,False,True,True,True,"microsoftAuthenticatorPush, softwareOneTimePasscode",microsoftAuthenticatorPush,2025-03-19T04:10:11.1234567Z
            2,sam.lee@riverside.example,Sam Lee,member,True,False,false,false,,none,2025-03-19T04:10:11Z
            3,kim.ho@riverside.example,Kim Ho,member,False,True,True,True,System.Object[],mobilePhone,2025-03-18T04:10:11Z
            4,no.flag@riverside.example,No Flag,member,False,True,,True,,none,2025-03-18T04:10:11Z
            """
        try workspace.writeUTF8(text, to: "evidence/mfa.csv")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/mfa.csv", in: scan))
        #expect(file.format == .entraMFARegistrationCSV)
        #expect(file.records == 4)
        try #require(
            scan.mfaRegistrations.map(\.userPrincipalName) == [
                "priya.nair@riverside.example", "sam.lee@riverside.example", "kim.ho@riverside.example",
            ])
        #expect(scan.mfaRegistrations.map(\.isRegistered) == [true, false, true])
        #expect(scan.mfaRegistrations[0].methods == ["microsoftAuthenticatorPush", "softwareOneTimePasscode"])
        #expect(scan.mfaRegistrations[1].isAdmin == true)
        #expect(scan.mfaRegistrations[2].methods == [])
        #expect(file.warnings.contains { $0.hasPrefix("line 4:") && $0.contains("System.Object[]") })
        #expect(file.warnings.contains { $0.hasPrefix("line 5:") && $0.contains("skipped no.flag@riverside.example") })
        #expect(file.dateRange?.earliest == ExportsFixtureDate.utc(2025, 3, 18, 4, 10, 11))
    }

    @Test("MFA registration Graph JSON")
    func mfaJSON() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            {
              "@odata.context": "https://graph.microsoft.com/beta/$metadata#reports/authenticationMethods/userRegistrationDetails",
              "@odata.nextLink": "https://graph.microsoft.com/beta/reports/authenticationMethods/userRegistrationDetails?$skiptoken=abc",
              "value": [
                {
                  "id": "0f9e8d7c-0001-4000-8000-000000000001",
                  "userPrincipalName": "priya.nair@riverside.example",
                  "isAdmin": false,
                  "isMfaRegistered": true,
                  "methodsRegistered": ["microsoftAuthenticatorPush", "windowsHelloForBusiness"],
                  "lastUpdatedDateTime": "2025-03-19T04:10:11.123Z"
                },
                {
                  "id": "0f9e8d7c-0002-4000-8000-000000000002",
                  "userPrincipalName": "sam.lee@riverside.example",
                  "isAdmin": true,
                  "isMfaRegistered": false,
                  "methodsRegistered": [],
                  "lastUpdatedDateTime": "2025-03-18T04:10:11Z"
                }
              ]
            }
            """
        try workspace.writeUTF8(text, to: "evidence/registration.json")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/registration.json", in: scan))
        #expect(file.format == .entraMFARegistrationJSON)
        #expect(file.error == nil)
        #expect(file.records == 2)
        try #require(scan.mfaRegistrations.map(\.isRegistered) == [true, false])
        #expect(scan.mfaRegistrations[0].methods == ["microsoftAuthenticatorPush", "windowsHelloForBusiness"])
        #expect(scan.mfaRegistrations[1].isAdmin == true)
        #expect(scan.mfaRegistrations.map(\.evidence.line) == [5, 13])
        #expect(file.warnings.count == 1)
        #expect(file.warnings.first?.contains("@odata.nextLink") == true)
    }

    @Test("MFA bare array and invalid JSON")
    func mfaBareArrayAndInvalid() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            #"[{"userPrincipalName":"a@riverside.example","isMfaRegistered":"True","methodsRegistered":"email"}]"#,
            to: "evidence/a.json")
        try workspace.writeUTF8(
            #"{"value":[{"userPrincipalName":"a@riverside.example","isMfaRegistered":true},"#, to: "evidence/b.json")

        let scan = try workspace.scan()

        #expect(scan.mfaRegistrations.count == 1)
        #expect(scan.mfaRegistrations.first?.methods == ["email"])
        #expect(scan.mfaRegistrations.first?.evidence.line == 1)
        let broken = try #require(ExportsFixtureWorkspace.file("evidence/b.json", in: scan))
        #expect(broken.format == .entraMFARegistrationJSON)
        #expect(broken.error?.hasPrefix("evidence/b.json:1: the JSON stops inside an open array") == true)
        #expect(broken.isUsable == false)
    }
}
