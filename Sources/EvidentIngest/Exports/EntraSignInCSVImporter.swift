import EvidentCore
import FoundationEssentials

/// Reads an Entra ID sign-in log downloaded as CSV into one sign-in summary per user, streaming the
/// records so a log of millions of rows is never held as text.
///
/// The portal's download has 56 columns with a duplicated `Incoming token type`, space-padded
/// `Application ID ` and `Resource ID `, and a double space in `Autonomous system  number`; columns are
/// found by normalized name and the first of duplicates wins. The older export names the same facts
/// `CreatedDateTime`, `UserPrincipalName`, `Status` and `ErrorCode`, with culture-formatted dates.
struct EntraSignInCSVImporter {
    let context: ImportContext

    /// Reads the log from its bytes in any encoding `TextDecoder` sniffs, repairing mojibake anywhere.
    func read(_ bytes: [UInt8]) throws(EvidenceError) -> ImportedExport {
        try UTF8Input.withText(of: bytes, layout: context.textLayout) { buffer throws(EvidenceError) in
            try read(utf8: buffer)
        }
    }

    // MARK: - Private

    private func read(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(EvidenceError) -> ImportedExport {
        let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let headerText = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<headerEnd]), as: UTF8.self)
        var scanner = CSVRecordScanner(delimiter: CSVParser.detectDelimiter(headerLine: Substring(headerText)))
        var collector = ImportCollector(context: context)
        var aggregator = SignInAggregator()
        var columns: SignInColumns?
        var missing: [String] = []

        let outcome = scanner.scan(bytes, isFinal: true) { view in
            guard let columns else {
                let found = SignInColumns(header: view.strings)
                missing = found.missingNames
                columns = found
                return
            }
            guard missing.isEmpty else { return }
            collector.records += 1
            read(view, columns, into: &aggregator, &collector)
        }

        if case .unterminatedQuote(let line) = outcome {
            throw .malformed(
                path: context.path, line: line, column: nil,
                reason: "a quoted field that starts on this line never ends; the file is probably truncated, "
                    + "so export it again")
        }
        guard missing.isEmpty else { throw .missingColumns(path: context.path, columns: missing) }
        collector.facts.signInSummaries = aggregator.sortedSummaries
        return collector.finish()
    }

    private func read(
        _ view: CSVFieldView, _ columns: SignInColumns, into aggregator: inout SignInAggregator,
        _ collector: inout ImportCollector
    ) {
        let user = columns.value(view, columns.user)
        guard !user.isEmpty else {
            collector.skip(line: view.line, "skipped a sign-in without a user name")
            return
        }
        let dateText = columns.value(view, columns.date)
        guard let date = context.timestamps.parse(dateText).date else {
            collector.skip(line: view.line, "skipped a sign-in of \(user): date '\(dateText)' could not be read")
            return
        }

        collector.include(date)
        aggregator.add(
            userPrincipalName: user, at: date, succeeded: columns.succeeded(view),
            authentication: SignInAggregator.authentication(
                requirement: columns.value(view, columns.requirement), mfaResult: columns.value(view, columns.mfaResult)
            ),
            evidence: collector.reference(line: view.line))
    }
}

/// The positions of the sign-in columns an importer reads, found once from the header.
private struct SignInColumns {
    let date: Int?
    let user: Int?
    let status: Int?
    let errorCode: Int?
    let requirement: Int?
    let mfaResult: Int?

    init(header: [String]) {
        let columns = CSVColumns(header: header.map { $0.trimmingCharacters(in: .whitespaces) })
        func index(_ names: String...) -> Int? { names.lazy.compactMap(columns.index(of:)).first }
        date = index("Date (UTC)", "CreatedDateTime", "Date", "createdDateTime")
        user = index("Username", "UserPrincipalName", "User principal name", "Sign-in identifier")
        status = index("Status")
        errorCode = index("Sign-in error code", "ErrorCode", "Error code")
        requirement = index("Authentication requirement", "AuthenticationRequirement")
        mfaResult = index("Multifactor authentication result", "MfaResult")
    }

    var missingNames: [String] {
        var names: [String] = []
        if date == nil { names.append("Date (UTC)") }
        if user == nil { names.append("Username") }
        if status == nil && errorCode == nil { names.append("Status") }
        return names
    }

    func value(_ view: CSVFieldView, _ column: Int?) -> String {
        guard let column else { return "" }
        return FastText.trimmed(view.string(at: column))
    }

    /// A sign-in succeeded when its status says `Success` or, without a status, its error code is 0.
    func succeeded(_ view: CSVFieldView) -> Bool {
        let status = value(view, status)
        if status == "Success" { return true }
        // Some collectors write nested objects as `[object Object]` or a .NET type name; the error code
        // then decides.
        let isPlaceholder = status.hasPrefix("[object") || status.hasPrefix("System.")
        if !status.isEmpty && !isPlaceholder { return status.lowercased() == "success" }
        return value(view, errorCode) == "0"
    }
}
