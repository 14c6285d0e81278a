/// Readers for the FHIR data types an AuditEvent nests: Coding, CodeableConcept and Reference.
enum FHIRCodes {
    /// The parts of a FHIR Reference the review uses.
    struct Reference {
        /// `reference`, such as `Patient/123`.
        var reference: UnsafeBufferPointer<UInt8>?
        /// `display`, a human-readable name.
        var display: UnsafeBufferPointer<UInt8>?
        /// `identifier.value`.
        var identifier: UnsafeBufferPointer<UInt8>?
    }

    /// Returns the first `code` string in a Coding, a CodeableConcept, or an array of either.
    static func firstCode(_ cursor: inout JSONCursor) -> UnsafeBufferPointer<UInt8>? {
        switch cursor.peek() {
        case UInt8(ascii: "["):
            _ = cursor.enterArray()
            var found: UnsafeBufferPointer<UInt8>?
            while cursor.nextElement() {
                let code = firstCode(&cursor)
                found = found ?? code
            }
            return found
        case UInt8(ascii: "{"):
            _ = cursor.enterObject()
            var found: UnsafeBufferPointer<UInt8>?
            while let key = cursor.nextKey() {
                if JSONCursor.equals(key, "code") && cursor.peek() == UInt8(ascii: "\"") {
                    let code = cursor.stringValue()
                    found = found ?? code
                } else if JSONCursor.equals(key, "code") || JSONCursor.equals(key, "coding") {
                    let code = firstCode(&cursor)
                    found = found ?? code
                } else {
                    cursor.skipValue()
                }
            }
            return found
        default:
            cursor.skipValue()
            return nil
        }
    }

    /// Reads a Reference object; any other value is skipped and gives an empty reference.
    static func reference(_ cursor: inout JSONCursor) -> Reference {
        var result = Reference()
        guard cursor.enterObject() else {
            cursor.skipValue()
            return result
        }
        while let key = cursor.nextKey() {
            if JSONCursor.equals(key, "reference") {
                result.reference = cursor.stringValue()
            } else if JSONCursor.equals(key, "display") {
                result.display = cursor.stringValue()
            } else if JSONCursor.equals(key, "identifier") {
                result.identifier = identifierValue(&cursor)
            } else {
                cursor.skipValue()
            }
        }
        return result
    }

    /// Reads `source.site`: a string in R4, a Reference in R5 (its display, else its reference).
    static func site(_ cursor: inout JSONCursor) -> UnsafeBufferPointer<UInt8>? {
        guard cursor.enterObject() else {
            cursor.skipValue()
            return nil
        }
        var site: UnsafeBufferPointer<UInt8>?
        while let key = cursor.nextKey() {
            guard JSONCursor.equals(key, "site") else {
                cursor.skipValue()
                continue
            }
            if cursor.peek() == UInt8(ascii: "\"") {
                site = cursor.stringValue()
            } else {
                let reference = reference(&cursor)
                site = reference.display ?? reference.reference
            }
        }
        return site
    }

    /// Returns whether a reference points at a Patient, as `Patient/ID` or a URL ending in it.
    static func isPatient(_ reference: UnsafeBufferPointer<UInt8>) -> Bool {
        patientID(in: reference) != nil
    }

    /// Returns the id in `Patient/ID`, `Patient/ID/_history/N` or `https://host/fhir/Patient/ID`.
    static func patientID(in reference: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let marker: [UInt8] = Array("Patient/".utf8)
        guard reference.count > marker.count else { return nil }
        var start = -1
        for index in 0...(reference.count - marker.count) where index == 0 || reference[index - 1] == 0x2F {
            if (0..<marker.count).allSatisfy({ reference[index + $0] == marker[$0] }) {
                start = index + marker.count
                break
            }
        }
        guard start >= 0, let base = reference.baseAddress else { return nil }
        var end = start
        while end < reference.count && reference[end] != 0x2F { end += 1 }
        return end > start ? UnsafeBufferPointer(start: base + start, count: end - start) : nil
    }

    // MARK: - Private

    private static func identifierValue(_ cursor: inout JSONCursor) -> UnsafeBufferPointer<UInt8>? {
        guard cursor.enterObject() else {
            cursor.skipValue()
            return nil
        }
        var value: UnsafeBufferPointer<UInt8>?
        while let key = cursor.nextKey() {
            if JSONCursor.equals(key, "value") {
                value = cursor.stringValue()
            } else {
                cursor.skipValue()
            }
        }
        return value
    }
}
