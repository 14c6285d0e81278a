#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds, with `memchr`, the byte pattern that UTF-8 text read as Windows-1252 and saved again as
/// UTF-8 always contains, so a large export is decoded and repaired only when it may need it.
///
/// Each lead byte 0xC2–0xF4 of the original text became a character U+00C2–U+00F4, written 0xC3
/// 0x82–0xB4. The continuation byte after it became U+0080–U+00BF or one of Windows-1252's characters
/// at 0x80–0x9F (`€`, `‚`, `Š`, `ˆ`...), whose UTF-8 starts with 0xC2, 0xC5, 0xC6, 0xCB or 0xE2. So
/// `JosÃ©` (0xC3 0x83 0xC2 0xA9) matches. Correct text matches only where a character of U+00C2–U+00F4
/// is followed by one such character, as in `é’`, and `MojibakeRepair` then rejects it.
enum MojibakeSignature {
    /// Returns whether the bytes contain the pattern anywhere.
    static func appears(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 3 else { return false }
        var position = 0
        while position < bytes.count - 2 {
            guard let found = memchr(base + position, 0xC3, bytes.count - 2 - position) else { return false }
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if (0x82...0xB4).contains(bytes[index + 1]) && isSecondLead(bytes[index + 2]) { return true }
            position = index + 1
        }
        return false
    }

    private static func isSecondLead(_ byte: UInt8) -> Bool {
        byte == 0xC2 || byte == 0xC5 || byte == 0xC6 || byte == 0xCB || byte == 0xE2
    }
}
