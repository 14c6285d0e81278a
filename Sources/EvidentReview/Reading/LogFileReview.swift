import EvidentCore

/// Streams one log file through the parser of its format into a review session.
enum LogFileReview {
    /// Reads every event of a file.
    ///
    /// - Returns: The lines or records that were not events.
    static func read(
        _ reader: LogFileReader, format: LogFormat, source: Int32, settings: ReviewSettings, referenceTime: Int64,
        session: inout ReviewSession, progress: (Int, Int) -> Void
    ) throws(ReviewError) -> SkippedLines {
        var skipped = SkippedLines()
        var events = 0
        let report = { (bytes: Int) in progress(bytes, events) }
        switch format {
        case .fhirNDJSON:
            try reader.forEachLine(progress: report) { line, number in
                guard !line.isEmpty else { return }
                var event = LogEvent(source: source, line: Int32(truncatingIfNeeded: number))
                if let time = FHIRAuditEventParser.parse(line, symbols: &session.symbols, event: &event) {
                    events += session.observe(&event, time: time) ? 1 : 0
                } else {
                    skipped.add(line: number)
                }
            }
        case .fhirJSON:
            var splitter = JSONResourceSplitter()
            try reader.forEachChunk(progress: report) { chunk in
                splitter.feed(chunk) { object, line in
                    var event = LogEvent(source: source, line: Int32(truncatingIfNeeded: line))
                    if let time = FHIRAuditEventParser.parse(object, symbols: &session.symbols, event: &event) {
                        _ = session.observe(&event, time: time)
                    } else {
                        skipped.add(line: line)
                    }
                }
            }
        case .authLog:
            skipped = try readLines(
                reader, parser: AuthLogParser(now: referenceTime), source: source, session: &session, progress: progress
            )
        case .windowsEventJSON:
            skipped = try readLines(
                reader, parser: WindowsEventJSONParser(), source: source, session: &session, progress: progress)
        case .auditdLog:
            skipped = try readLines(
                reader, parser: AuditdLogParser(), source: source, session: &session, progress: progress)
        case .entraSignInCSV:
            skipped = try readCSV(reader, source: source, session: &session, progress: progress) {
                (header) throws(ReviewError) in try EntraSignInCSVReader(header: header, path: reader.path)
            }
        case .microsoft365AuditCSV:
            skipped = try readCSV(reader, source: source, session: &session, progress: progress) {
                (header) throws(ReviewError) in try UnifiedAuditLogCSVReader(header: header, path: reader.path)
            }
        case .windowsEventXML:
            let parser = WindowsEventXMLParser()
            skipped = try readElements(
                reader, opening: "<Event", closing: "</Event>", source: source, session: &session, progress: progress
            ) { element, symbols, event in parser.parse(element, symbols: &symbols, event: &event) }
        case .atnaXML:
            let parser = ATNAMessageParser()
            skipped = try readElements(
                reader, opening: "<AuditMessage", closing: "</AuditMessage>", source: source, session: &session,
                progress: progress
            ) { element, symbols, event in parser.parse(element, symbols: &symbols, event: &event) }
        case .microsoft365AuditJSON:
            var splitter = JSONResourceSplitter()
            try reader.forEachChunk(progress: report) { chunk in
                splitter.feed(chunk) { object, line in
                    var event = LogEvent(source: source, line: Int32(truncatingIfNeeded: line))
                    if let time = UnifiedAuditRecordParser.parse(object, symbols: &session.symbols, event: &event) {
                        events += session.observe(&event, time: time) ? 1 : 0
                    } else {
                        skipped.add(line: line)
                    }
                }
            }
        case .entraSignInJSON:
            let parser = EntraSignInJSONParser()
            var splitter = JSONResourceSplitter()
            try reader.forEachChunk(progress: report) { chunk in
                splitter.feed(chunk) { object, line in
                    var event = LogEvent(source: source, line: Int32(truncatingIfNeeded: line))
                    if let time = parser.parse(object, symbols: &session.symbols, event: &event) {
                        events += session.observe(&event, time: time) ? 1 : 0
                    } else {
                        skipped.add(line: line)
                    }
                }
            }
        case .ehrCSV:
            skipped = try readCSV(reader, source: source, session: &session, progress: progress) {
                (header) throws(ReviewError) in
                try EHRAccessCSVReader(header: header, mapping: settings.ehrColumns, path: reader.path)
            }
        }
        return skipped
    }

    // MARK: - Private

    /// Reads a CSV log whose first line is its header, joining the lines of records whose quoted
    /// fields hold line breaks.
    private static func readCSV<Reader: CSVLogReader>(
        _ reader: LogFileReader, source: Int32, session: inout ReviewSession, progress: (Int, Int) -> Void,
        makeReader: (UnsafeBufferPointer<UInt8>) throws(ReviewError) -> Reader
    ) throws(ReviewError) -> SkippedLines {
        var csv: Reader?
        var records = 0
        var skipped = SkippedLines()
        var pending: [UInt8] = []
        var pendingLine = 0

        let report = { (bytes: Int) in progress(bytes, records) }
        try reader.forEachLine(progress: report) { (line, number) throws(ReviewError) in
            guard csv != nil else {
                csv = try makeReader(line)
                return
            }

            // A quoted field with a line break continues the record on the next line.
            if !pending.isEmpty || CSVFields.leavesQuoteOpen(line, startingOpen: false) {
                if pending.isEmpty { pendingLine = number } else { pending.append(0x0A) }
                pending.append(contentsOf: line)
                let open = pending.withUnsafeBufferPointer { CSVFields.leavesQuoteOpen($0, startingOpen: false) }
                if open { return }
                let record = pending
                pending.removeAll(keepingCapacity: true)
                let isEvent = record.withUnsafeBufferPointer { buffer in
                    observe(buffer, line: pendingLine, source: source, parser: &csv!, session: &session)
                }
                if !isEvent { skipped.add(line: pendingLine) }
                records += 1
                return
            }
            guard !line.isEmpty else { return }
            if !observe(line, line: number, source: source, parser: &csv!, session: &session) {
                skipped.add(line: number)
            }
            records += 1
        }
        // A quote left open to the end of the file, as in a malformed or cut record, leaves every line
        // from that record on unread, and each counts as skipped.
        if !pending.isEmpty {
            for offset in 0...pending.count(where: { $0 == 0x0A }) { skipped.add(line: pendingLine + offset) }
        }
        return skipped
    }

    /// Reads one CSV record into the session, returning whether it was an event.
    private static func observe(
        _ record: UnsafeBufferPointer<UInt8>, line: Int, source: Int32, parser: inout some CSVLogReader,
        session: inout ReviewSession
    ) -> Bool {
        var event = LogEvent(source: source, line: Int32(truncatingIfNeeded: line))
        guard let time = parser.read(record, symbols: &session.symbols, event: &event) else { return false }
        _ = session.observe(&event, time: time)
        return true
    }

    /// Collects each XML element from `opening` to `closing` over as many lines as it spans (several
    /// may share a line), parses it, and cites the line it starts on.
    private static func readElements(
        _ reader: LogFileReader, opening: StaticString, closing: StaticString, source: Int32,
        session: inout ReviewSession, progress: (Int, Int) -> Void,
        parse: (UnsafeBufferPointer<UInt8>, inout ReviewSymbols, inout LogEvent) -> TimestampBytes.Parsed?
    ) throws(ReviewError) -> SkippedLines {
        var pending: [UInt8] = []
        var startLine = 0
        var skipped = SkippedLines()
        var events = 0
        let report = { (bytes: Int) in progress(bytes, events) }

        try reader.forEachLine(progress: report) { line, number in
            if pending.isEmpty { startLine = number }
            pending.append(contentsOf: line)
            pending.append(0x0A)
            let consumed = pending.withUnsafeBufferPointer { buffer in
                var consumed = 0
                while let start = ByteSearch.end(of: opening, in: buffer, from: consumed),
                    let end = ByteSearch.end(of: closing, in: buffer, from: start)
                {
                    // A longer name, such as the `<Events>` that wraps `<Event>` elements, is not one.
                    if start < buffer.count && buffer[start] != 0x20 && buffer[start] != 0x3E && buffer[start] != 0x0A {
                        consumed = start
                        continue
                    }
                    var event = LogEvent(source: source, line: Int32(truncatingIfNeeded: startLine))
                    let element = UnsafeBufferPointer(rebasing: buffer[(start - opening.utf8CodeUnitCount)..<end])
                    if let time = parse(element, &session.symbols, &event) {
                        events += session.observe(&event, time: time) ? 1 : 0
                    } else {
                        skipped.add(line: startLine)
                    }
                    consumed = end
                }
                return consumed
            }
            if consumed > 0 {
                // What is left starts on this line at the earliest.
                pending.removeFirst(consumed)
                startLine = number
            }
            if !pending.contains(UInt8(ascii: "<")) { pending.removeAll(keepingCapacity: true) }
        }
        return skipped
    }

    /// Reads a log whose events are one per line, counting lines that are not events.
    private static func readLines(
        _ reader: LogFileReader, parser: some LineEventParser, source: Int32, session: inout ReviewSession,
        progress: (Int, Int) -> Void
    ) throws(ReviewError) -> SkippedLines {
        var skipped = SkippedLines()
        var events = 0
        let report = { (bytes: Int) in progress(bytes, events) }
        try reader.forEachLine(progress: report) { line, number in
            guard !line.isEmpty else { return }
            var event = LogEvent(source: source, line: Int32(truncatingIfNeeded: number))
            if let time = parser.parse(line, symbols: &session.symbols, event: &event) {
                events += session.observe(&event, time: time) ? 1 : 0
            } else {
                skipped.add(line: number)
            }
        }
        return skipped
    }
}
