// Writes the synthetic logs and workspace that Benchmarks/run-review-benchmark reviews.
//
// Usage: generate OUTPUT_DIR [FHIR_MEGABYTES] [CSV_MEGABYTES]
//
// The output depends only on the sizes: a fixed-seed SplitMix64 generator draws every value, so two
// runs write byte-identical files. Every name is made up.
import Foundation

/// A SplitMix64 pseudo-random generator with a fixed seed, so the files are reproducible.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}

/// Buffers output and writes it in large blocks.
final class BlockWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private(set) var written = 0

    init(path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        handle = FileHandle(forWritingAtPath: path)!
        buffer.reserveCapacity(1 << 22)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        written += text.utf8.count
        if buffer.count >= 1 << 22 { flush() }
    }

    func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        try? handle.close()
    }
}

let firstNames = [
    "Ana", "Bo", "Carla", "Dev", "Elif", "Femi", "Gita", "Hugo", "Ines", "Jon", "Kaia", "Lior", "Mira", "Nils",
    "Oona", "Pavel", "Quinn", "Rhea", "Soren", "Tova", "Umar", "Vera", "Wes", "Xin", "Yara", "Zeno",
]
let surnameStarts = [
    "Ab", "Bre", "Cas", "Dun", "Es", "Far", "Gal", "Hart", "Iv", "Jes", "Ket", "Low", "Mar", "Nor",
    "Oak", "Pry", "Quar", "Red", "Sal", "Thor", "Und", "Van", "Whit", "Yard", "Zel",
]
let surnameMiddles = ["a", "e", "i", "o", "u", "ar", "el", "in", "om", "ur", "an", "er", "is", "ol", "un", "ev"]
let surnameEnds = [
    "ra", "vik", "tell", "more", "kola", "row", "way", "well", "ers", "sup", "ring", "ry", "sh",
    "cross", "kes",
]
/// 6,000 made-up surnames, so that sharing one is rare, as in a real patient population.
let lastNames = surnameStarts.flatMap { start in
    surnameMiddles.flatMap { middle in surnameEnds.map { start + middle + $0 } }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: generate OUTPUT_DIR [FHIR_MEGABYTES] [CSV_MEGABYTES]\n".utf8))
    exit(2)
}
let output = arguments[1]
let fhirBytes = (arguments.count > 2 ? Int(arguments[2]) ?? 500 : 500) * 1_000_000
let csvBytes = (arguments.count > 3 ? Int(arguments[3]) ?? 400 : 400) * 1_000_000

let userCount = 3000
let patientCount = 500_000
let start = 1_790_812_800  // 2026-10-01T00:00:00Z
let users = (0..<userCount).map { String(format: "user%04d", $0) }
var random = SplitMix64(seed: 2026)
let userNames = (0..<userCount).map { _ in
    "\(firstNames[random.below(firstNames.count)]) \(lastNames[random.below(lastNames.count)])"
}
let patientNames = (0..<patientCount).map { _ in
    "\(lastNames[random.below(lastNames.count)]), \(firstNames[random.below(firstNames.count)])"
}

/// Writes the workspace: every user on the roster, every 300th terminated on 2026-10-15.
func writeWorkspace() throws {
    let folder = output + "/workspace"
    try FileManager.default.createDirectory(atPath: folder + "/inventory", withIntermediateDirectories: true)
    var roster = "employee_id,name,email,username,role,department,status,start_date,end_date\n"
    for (index, user) in users.enumerated() {
        let terminated = index % 300 == 7
        roster += "E\(index),\(userNames[index]),\(user)@clinic.example,\(user),clinician,Clinical,"
        roster += terminated ? "terminated,2020-01-01,2026-10-15\n" : "active,2020-01-01,\n"
    }
    try roster.write(toFile: folder + "/inventory/workforce.csv", atomically: true, encoding: .utf8)
    // The same end dates as a JSON object from account to day, for the jq program.
    let ends = users.indices.filter { $0 % 300 == 7 }.map { "\"\(users[$0])\":\"2026-10-15\"" }
    try ("{" + ends.joined(separator: ",") + "}\n").write(
        toFile: folder + "/end-dates.json", atomically: true, encoding: .utf8)
    try "vendor,service,ephi_access,baa_signed,baa_expires,baa_document,contact\n".write(
        toFile: folder + "/inventory/vendors.csv", atomically: true, encoding: .utf8)
    try """
    systems:
      - id: ehr
        name: Benchmark EHR
        ephi: true
    """.write(toFile: folder + "/inventory/systems.yaml", atomically: true, encoding: .utf8)
    try """
    organization:
      name: Benchmark Clinic
      kind: covered-entity
    review:
      time_zone: UTC
      systems: [ehr]
      # The benchmark times the three rules jq and sqlite3 also run.
      disabled_rules: [own-record, coworker-record, same-surname, same-address, flagged-patient, failed-sign-in-burst, lockout,
        new-sign-in-address, account-change, privilege-change, audit-log-cleared]
      ehr_csv:
        columns:
          time: Access Time
          user: User ID
          patient_id: MRN
          patient_name: Patient Name
          action: Action
          workstation: Workstation
          site: Department
    """.write(toFile: folder + "/evident.yaml", atomically: true, encoding: .utf8)
}

/// Advances an event time in milliseconds: short gaps in office hours, long ones at night and at weekends.
func advance(_ time: inout Int, busyGap: Int) {
    let seconds = time / 1000
    let hour = seconds % 86_400 / 3600
    let weekday = (seconds / 86_400 + 3) % 7  // 0 Monday
    let busy = hour >= 7 && hour < 19 && weekday < 5
    time += random.below(busy ? busyGap : busyGap * 12)
}

/// Picks the user and patient of an event; every 40,000 events one user opens 120 charts in a row.
struct Picker {
    var burstLeft = 0
    var burstUser = 0
    var counter = 0

    mutating func next() -> (user: Int, patient: Int) {
        counter += 1
        if counter % 40_000 == 0 {
            burstLeft = 120
            burstUser = random.below(userCount)
        }
        if burstLeft > 0 {
            burstLeft -= 1
            return (burstUser, random.below(patientCount))
        }
        // Each user sees a small panel of patients most of the time.
        let user = random.below(userCount)
        let patient = random.below(10) < 8 ? (user * 397 + random.below(40)) % patientCount : random.below(patientCount)
        return (user, patient)
    }
}

func timestamp(_ seconds: Int, separator: String, zone: String) -> String {
    let days = seconds / 86_400
    var (year, month, day) = (1970, 1, 1)
    var remaining = days
    while true {
        let length = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 366 : 365
        if remaining < length { break }
        remaining -= length
        year += 1
    }
    let monthLengths = [
        31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]
    while remaining >= monthLengths[month - 1] {
        remaining -= monthLengths[month - 1]
        month += 1
    }
    day += remaining
    let clock = seconds % 86_400
    return String(
        format: "%04d-%02d-%02d%@%02d:%02d:%02d%@", year, month, day, separator, clock / 3600, clock / 60 % 60,
        clock % 60,
        zone)
}

func writeFHIR() {
    let writer = BlockWriter(path: output + "/audit-events.ndjson")
    var time = start * 1000
    var picker = Picker()
    var index = 0
    while writer.written < fhirBytes {
        advance(&time, busyGap: 6000)
        let (user, patient) = picker.next()
        let recorded = timestamp(time / 1000, separator: "T", zone: ".000Z")
        let mrn = String(format: "MRN%07d", patient)
        let address = "10.\(user / 200).\(user % 200).\(user % 7 + 10)"
        index += 1
        writer.write(
            #"{"resourceType":"AuditEvent","id":"ae-\#(index)","meta":{"lastUpdated":"\#(recorded)"},"#
                + #""type":{"system":"http://terminology.hl7.org/CodeSystem/audit-event-type","code":"rest","display":"Restful Operation"},"#
                + #""subtype":[{"system":"http://hl7.org/fhir/restful-interaction","code":"read","display":"read"}],"#
                + #""action":"R","period":{"start":"\#(recorded)","end":"\#(recorded)"},"recorded":"\#(recorded)","outcome":"0","#
                + #""agent":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ParticipationType","code":"IRCP","display":"information recipient"}]},"#
                + #""who":{"identifier":{"system":"https://clinic.example/users","value":"\#(users[user])"},"display":"\#(userNames[user])"},"#
                + #""requestor":true,"network":{"address":"\#(address)","type":"2"}},"#
                + #"{"type":{"coding":[{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110153","display":"Source Role ID"}]},"#
                + #""who":{"display":"EHR application server"},"requestor":false}],"#
                + #""source":{"site":"Main Clinic","observer":{"display":"EHR"},"type":[{"system":"http://terminology.hl7.org/CodeSystem/security-source-type","code":"4","display":"Application Server"}]},"#
                + #""entity":[{"what":{"reference":"Patient/\#(mrn)","display":"\#(patientNames[patient])"},"#
                + #""type":{"system":"http://terminology.hl7.org/CodeSystem/audit-entity-type","code":"1","display":"Person"},"#
                + #""role":{"system":"http://terminology.hl7.org/CodeSystem/object-role","code":"1","display":"Patient"}}]}"#
                + "\n")
    }
    writer.close()
}

func writeCSV() {
    let writer = BlockWriter(path: output + "/ehr-access.csv")
    writer.write("Access Time,User ID,MRN,Patient Name,Action,Workstation,Department\n")
    var time = start * 1000
    var picker = Picker()
    let actions = ["view", "view", "view", "view", "edit", "print"]
    while writer.written < csvBytes {
        advance(&time, busyGap: 450)
        let (user, patient) = picker.next()
        writer.write(
            "\(timestamp(time / 1000, separator: " ", zone: "")),\(users[user]),\(String(format: "MRN%07d", patient)),"
                + "\"\(patientNames[patient])\",\(actions[random.below(actions.count)]),WS-\(user % 90),Main Clinic\n")
    }
    writer.close()
}

try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
try writeWorkspace()
writeFHIR()
writeCSV()
