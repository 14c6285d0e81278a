/// A person's name reduced to what matching needs, as bytes: `first last` and the surname, with ASCII
/// letters lowercased, from either `First Middle Last` or `Last, First Middle`.
///
/// Built from bytes without `String`, because a review meets every distinct patient name once.
struct PersonName {
    /// The first and last name joined by one space.
    var key: [UInt8]
    /// The last name, without punctuation such as `.`.
    var surname: [UInt8]

    /// Normalizes a name, or returns `nil` when it has no first and last part.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let comma = bytes.firstIndex(of: UInt8(ascii: ","))
        let first: ArraySlice<UInt8>
        let last: ArraySlice<UInt8>
        if let comma {
            guard let lastWord = PersonName.words(bytes[..<comma]).last,
                let firstWord = PersonName.words(bytes[(comma + 1)...]).first
            else { return nil }
            (first, last) = (firstWord, lastWord)
        } else {
            let words = PersonName.words(bytes[...])
            guard words.count >= 2, let head = words.first, let tail = words.last else { return nil }
            (first, last) = (head, tail)
        }

        let surname = last.compactMap(PersonName.nameByte)
        guard !surname.isEmpty, !first.isEmpty else { return nil }
        self.surname = surname
        self.key = first.compactMap(PersonName.nameByte) + [0x20] + surname
    }

    /// Normalizes a name given as a `String`.
    init?(_ text: String) {
        var text = text
        guard let name = text.withUTF8({ PersonName($0) }) else { return nil }
        self = name
    }

    // MARK: - Private

    private static func words(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [ArraySlice<UInt8>] {
        Array(bytes).split { $0 == 0x20 || $0 == 0x09 }
    }

    /// Lowercases ASCII letters, keeps `-`, `'` and non-ASCII bytes, and drops other punctuation.
    private static func nameByte(_ byte: UInt8) -> UInt8? {
        if byte &- 0x41 < 26 { return byte | 0x20 }
        if byte &- 0x61 < 26 || byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") {
            return byte
        }
        return nil
    }
}
