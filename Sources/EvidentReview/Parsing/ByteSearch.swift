#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring search over bytes, for the text logs whose events are sentences.
enum ByteSearch {
    /// Returns the index just past the first occurrence of `needle`, or `nil`.
    static func end(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let length = needle.utf8CodeUnitCount
        guard let base = bytes.baseAddress, length > 0 else { return nil }
        var index = start
        // memchr finds each candidate first byte; memcmp checks the rest.
        while index + length <= bytes.count,
            let found = memchr(base + index, Int32(needle.utf8Start[0]), bytes.count - index - length + 1)
        {
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, needle.utf8Start, length) == 0 { return position + length }
            index = position + 1
        }
        return nil
    }

    /// Returns the bytes from `start` up to the next space, quote or comma.
    static func word(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UnsafeBufferPointer<UInt8> {
        var stop = start
        while stop < bytes.count, bytes[stop] != 0x20, bytes[stop] != 0x27, bytes[stop] != 0x2C { stop += 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<stop])
    }
}
