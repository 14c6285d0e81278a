#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A forward-only reader over the bytes of one JSON value, for pulling a few fields out of each log
/// record without building a document tree.
///
/// Callers walk objects with `enterObject()` and `nextKey()`, arrays with `enterArray()` and
/// `nextElement()`, and call `skipValue()` for every value they do not read. Malformed input sets
/// `failed` and makes every later call return `nil` or `false`, so a broken record is dropped whole.
struct JSONCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Whether the input turned out not to be valid JSON.
    private(set) var failed = false

    /// Creates a cursor at the start of the bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Returns the first byte of the next value without consuming it.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return index < bytes.count && !failed ? bytes[index] : nil
    }

    /// Consumes `{`; returns `false` when the next value is not an object.
    mutating func enterObject() -> Bool {
        guard peek() == UInt8(ascii: "{") else { return false }
        index += 1
        return true
    }

    /// Consumes `[`; returns `false` when the next value is not an array.
    mutating func enterArray() -> Bool {
        guard peek() == UInt8(ascii: "[") else { return false }
        index += 1
        return true
    }

    /// Reads the next key of the object being walked and the `:` after it, or consumes the closing `}`
    /// and returns `nil`.
    mutating func nextKey() -> UnsafeBufferPointer<UInt8>? {
        guard let byte = peek() else { return fail() }
        if byte == UInt8(ascii: "}") {
            index += 1
            return nil
        }
        if byte == UInt8(ascii: ",") { index += 1 }
        guard peek() == UInt8(ascii: "\"") else { return fail() }
        guard let key = readString() else { return nil }
        guard peek() == UInt8(ascii: ":") else { return fail() }
        index += 1
        return key
    }

    /// Moves to the next element of the array being walked, or consumes the closing `]` and returns
    /// `false`.
    mutating func nextElement() -> Bool {
        guard let byte = peek() else {
            failed = true
            return false
        }
        if byte == UInt8(ascii: "]") {
            index += 1
            return false
        }
        if byte == UInt8(ascii: ",") { index += 1 }
        return peek() != nil
    }

    /// Reads a string value's raw bytes (escapes left in place), or skips a value of another type and
    /// returns `nil`.
    mutating func stringValue() -> UnsafeBufferPointer<UInt8>? {
        guard peek() == UInt8(ascii: "\"") else {
            skipValue()
            return nil
        }
        return readString()
    }

    /// Reads a number or literal's raw bytes, a string's bytes without quotes, or skips an object or
    /// array and returns `nil`.
    mutating func scalarValue() -> UnsafeBufferPointer<UInt8>? {
        guard let byte = peek() else { return nil }
        if byte == UInt8(ascii: "\"") { return readString() }
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            skipValue()
            return nil
        }
        let start = index
        skipValue()
        guard let base = bytes.baseAddress else { return nil }
        return UnsafeBufferPointer(start: base + start, count: index - start)
    }

    /// Returns the bytes of the next value of any type, as written, and moves past it.
    mutating func rawValue() -> UnsafeBufferPointer<UInt8>? {
        guard peek() != nil, let base = bytes.baseAddress else { return nil }
        let start = index
        skipValue()
        guard !failed else { return nil }
        return UnsafeBufferPointer(start: base + start, count: index - start)
    }

    /// Reads `true` or `false`, or skips a value of another type and returns `nil`.
    mutating func boolValue() -> Bool? {
        let byte = peek()
        skipValue()
        if byte == UInt8(ascii: "t") { return true }
        if byte == UInt8(ascii: "f") { return false }
        return nil
    }

    /// Skips one value of any type, including nested objects and arrays.
    mutating func skipValue() {
        guard let byte = peek() else { return }
        switch byte {
        case UInt8(ascii: "\""):
            _ = readString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            skipContainer()
        default:
            let start = index
            while index < bytes.count {
                let next = bytes[index]
                if next == UInt8(ascii: ",") || next == UInt8(ascii: "}") || next == UInt8(ascii: "]") || next <= 0x20 {
                    break
                }
                index += 1
            }
            // A `}`, `]` or `,` where a value belongs is malformed; without this the caller's loop
            // would ask for the same value forever.
            if index == start { failed = true }
        }
    }

    /// Returns whether raw string bytes equal an ASCII literal.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount, let base = bytes.baseAddress else {
            return bytes.isEmpty && literal.utf8CodeUnitCount == 0
        }
        return memcmp(base, literal.utf8Start, bytes.count) == 0
    }

    // MARK: - Private

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    /// Reads a string starting at its opening quote and returns the bytes between the quotes.
    private mutating func readString() -> UnsafeBufferPointer<UInt8>? {
        guard let base = bytes.baseAddress else { return fail() }
        let start = index + 1
        var search = start
        while search < bytes.count {
            guard let found = memchr(base + search, 0x22, bytes.count - search) else { break }
            let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var backslashes = 0
            while quote - backslashes - 1 >= start && base[quote - backslashes - 1] == 0x5C { backslashes += 1 }
            if backslashes % 2 == 0 {
                index = quote + 1
                return UnsafeBufferPointer(start: base + start, count: quote - start)
            }
            search = quote + 1
        }
        return fail()
    }

    private mutating func skipContainer() {
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                guard readString() != nil else { return }
                continue
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 {
                    index += 1
                    return
                }
            }
            index += 1
        }
        failed = true
    }

    private mutating func fail<Value>() -> Value? {
        failed = true
        return nil
    }
}
