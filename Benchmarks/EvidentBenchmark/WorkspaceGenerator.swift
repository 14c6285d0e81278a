import Foundation

/// Writes a large synthetic workspace in the shapes of real exports: 100,000 Intune devices, 50,000
/// Entra ID accounts and workforce members, 3,000 vendors and an Entra sign-in log of a given size.
///
/// Every name is made up, and the output depends only on the seed, so two runs write identical bytes.
struct WorkspaceGenerator {
    let folder: URL
    let signInBytes: Int
    var deviceCount = 100_000
    var accountCount = 50_000
    var vendorCount = 3_000

    func write() throws {
        for sub in ["inventory", "evidence"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        var random = SplitMix64(seed: 20_261_130)

        try write("evident.yaml", settings)
        try write("inventory/systems.yaml", systems)
        try writeLines(
            "inventory/vendors.csv", header: "vendor,service,ephi_access,baa_signed,baa_expires,baa_document,contact"
        ) { out in
            for index in 0..<vendorCount {
                let signed = random.next() % 10 != 0
                out.append(
                    "Vendor \(index) LLC,Service \(index % 40),\(index % 3 == 0),\(signed),2027-06-30,,v\(index)@vendor.example\n"
                )
            }
        }
        try writeLines(
            "inventory/workforce.csv",
            header: "employee_id,name,email,username,role,department,status,start_date,end_date"
        ) { out in
            for index in 0..<accountCount {
                let terminated = random.next() % 50 == 0
                out.append(
                    "E\(index),Person \(index),\(upn(index)),user\(index),medical-assistant,Clinical,"
                        + (terminated ? "terminated,2019-01-07,2026-06-30\n" : "active,2019-01-07,\n"))
            }
        }
        try writeDevices(&random)
        try writeAccounts(&random)
        try writeSignIns(&random)
    }

    // MARK: - Files

    private var settings: String {
        """
        organization:
          id: benchmark-clinic
          name: Benchmark Clinic
          kind: covered-entity
        profile: hipaa-security-rule
        as_of: 2026-11-30
        export_locale: en-US

        """
    }

    private var systems: String {
        """
        systems:
          - id: ehr
            name: Benchmark EHR
            ephi: true
            mfa: enforced
            session_timeout_seconds: 900
            audit_logging: true
            transmission: [https]
            encryption_at_rest: true

        """
    }

    private func writeDevices(_ random: inout SplitMix64) throws {
        let header =
            "\"Device ID\",\"Device name\",\"Enrollment date\",\"Last check-in\",\"OS version\",\"Serial number\","
            + "\"Primary user UPN\",\"Compliance\",\"Ownership\",\"Encrypted\",\"OS\""
        try writeLines("evidence/DevicesWithInventory_benchmark.csv", header: header) { out in
            for index in 0..<deviceCount {
                let day = 1 + Int(random.next() % 28)
                let encrypted = random.next() % 20 != 0
                out.append(
                    "\"\(uuid(&random))\",\"WS-\(index)\",\"2025-06-26 09:16:56.4610431\","
                        + "\"2026-11-\(pad(day)) 08:25:59.9485388\",\"10.0.26100.7171\",\"SN\(index)\","
                        + "\"\(upn(index % accountCount))\",\"Compliant\",\"Corporate\",\"\(encrypted ? "True" : "False")\","
                        + "\"Windows\"\n")
            }
        }
    }

    private func writeAccounts(_ random: inout SplitMix64) throws {
        try writeLines(
            "evidence/exportUsers_benchmark.csv",
            header: "userPrincipalName,displayName,id,userType,department,accountEnabled,createdDateTime"
        ) { out in
            for index in 0..<accountCount {
                out.append(
                    "\(upn(index)),Person \(index),\(uuid(&random)),Member,Clinical,True,6/3/2019 8:37:00 PM\n")
            }
        }
    }

    /// Writes the portal's interactive sign-in CSV, with its duplicated and space-padded headers, until
    /// the file reaches `signInBytes`.
    private func writeSignIns(_ random: inout SplitMix64) throws {
        let header =
            "Date (UTC),Request ID,User agent,Correlation ID,User ID,User,Username,User type,Cross tenant access type,"
            + "Incoming token type,Authentication Protocol,Unique token identifier,Original transfer method,"
            + "Client credential type,Token Protection - Sign In Session,Token Protection - Sign In Session StatusCode,"
            + "Application,Application ID ,App owner tenant ID,Resource,Resource ID ,Resource tenant ID,"
            + "Resource owner tenant ID,Home tenant ID,Home tenant name,IP address,Location,Status,Sign-in error code,"
            + "Failure reason,Client app,Device ID,Browser,Operating System,Compliant,Managed,Join Type,"
            + "Multifactor authentication result,Multifactor authentication auth method,"
            + "Multifactor authentication auth detail,Authentication requirement,Sign-in identifier,Session ID,"
            + "IP address (seen by resource),Through Global Secure Access,Global Secure Access IP address,"
            + "Autonomous system  number,Flagged for review,Token issuer type,Incoming token type,Token issuer name,"
            + "Latency,Conditional Access,Managed Identity type,Associated Resource Id,Federated Token Id,"
            + "Federated Token Issuer"
        let tenant = uuid(&random)
        let exchange = "00000002-0000-0ff1-ce00-000000000000"
        try writeLines("evidence/InteractiveSignIns_benchmark.csv", header: header, limit: signInBytes) { out in
            let user = Int(random.next() % UInt64(accountCount))
            let day = 1 + Int(random.next() % 30)
            let second = Int(random.next() % 86_400)
            let failed = random.next() % 12 == 0
            let multifactor = random.next() % 4 != 0
            let date =
                "2026-11-\(pad(day))T\(pad(second / 3600)):\(pad(second / 60 % 60)):\(pad(second % 60))Z"
            let status = failed ? "Failure,50126,Invalid username or password." : "Success,0,Other."
            let mfa =
                multifactor
                ? "MFA successfully completed,Mobile app notification,MFA completed in Azure AD,Multifactor authentication"
                : ",,,Single-factor authentication"
            let fields: [String] = [
                date, uuid(&random), "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36\"",
                uuid(&random), uuid(&random), "Person \(user)", upn(user), "Member", "None", "None", "None", "",
                "None", "None", "", "", "Office 365 Exchange Online", exchange, tenant, "Office 365 Exchange Online",
                exchange, tenant, tenant, tenant, "Benchmark Clinic", "203.0.113.\(user % 250)",
                "\"Millbrook, OR, US\"", status, "Browser", "", "Edge 131.0.0", "Windows10", "false", "false", "",
                mfa, upn(user), uuid(&random), "", "", "", "64500", "false", "AzureAD", "None", "",
                String(random.next() % 400), "Success", "", "", "", "",
            ]
            out.append(fields.joined(separator: ","))
            out.append("\n")
        }
    }

    // MARK: - Writing

    private func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(path))
    }

    /// Writes a header and then the lines `body` appends, flushing every 4 MiB. With a `limit`, calls
    /// `body` until the file reaches that many bytes; without one, calls it once.
    private func writeLines(
        _ path: String, header: String, limit: Int? = nil, _ body: (inout String) throws -> Void
    ) throws {
        let url = folder.appendingPathComponent(path)
        // A file that cannot be created makes the FileHandle below throw, which names the path.
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }

        var out = header + "\n"
        var written = 0
        repeat {
            try body(&out)
            let pending = out.utf8.count
            let isLast = limit.map { written + pending >= $0 } ?? true
            if pending >= 4 << 20 || isLast {
                written += pending
                try handle.write(contentsOf: Data(out.utf8))
                out = ""
            }
        } while written < (limit ?? 0)
    }

    private func upn(_ index: Int) -> String {
        "person\(index)@benchmark-clinic.example"
    }

    private func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    private func uuid(_ random: inout SplitMix64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        var high = random.next()
        var low = random.next()
        for index in 0..<32 {
            if [8, 12, 16, 20].contains(index) { bytes.append(UInt8(ascii: "-")) }
            let nibble: UInt64
            if index < 16 {
                nibble = high & 0xF
                high >>= 4
            } else {
                nibble = low & 0xF
                low >>= 4
            }
            bytes.append(digits[Int(nibble)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
