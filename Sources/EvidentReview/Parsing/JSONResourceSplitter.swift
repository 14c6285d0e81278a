/// Finds the AuditEvent objects in a JSON document streamed in chunks: a single resource, a Bundle
/// (each `resource` of its entries), or an array of resources, pretty-printed or not.
///
/// Only the object being captured is held in memory, so a Bundle of many gigabytes costs one
/// resource's worth of memory.
struct JSONResourceSplitter {
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var line = 1
    private var containerIsArray: [Bool] = []
    private var stringPrefix: [UInt8] = []
    private var lastStringWasResourceKey = false
    private var expectingResource = false
    private var capture: [UInt8] = []
    private var captureDepth = -1
    private var captureLine = 0
    private var captureIsRoot = false

    /// Feeds a chunk and calls `body` with each complete resource object and the line it starts on.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        var segmentStart = 0
        for index in 0..<chunk.count {
            let byte = chunk[index]
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                    lastStringWasResourceKey = stringPrefix == JSONResourceSplitter.resourceKey
                } else if stringPrefix.count <= JSONResourceSplitter.resourceKey.count {
                    stringPrefix.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22:
                inString = true
                stringPrefix.removeAll(keepingCapacity: true)
            case UInt8(ascii: ":"):
                expectingResource = lastStringWasResourceKey
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                let parentIsArray = containerIsArray.last ?? false
                if isObject && (expectingResource || depth == 0 || (depth == 1 && parentIsArray)) {
                    if captureDepth < 0 || captureIsRoot {
                        captureIsRoot = depth == 0
                        capture.removeAll(keepingCapacity: true)
                        captureDepth = depth
                        captureLine = line
                        segmentStart = index
                    }
                }
                expectingResource = false
                containerIsArray.append(!isObject)
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                _ = containerIsArray.popLast()
                if depth == captureDepth && captureDepth >= 0 {
                    capture.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[segmentStart...index]))
                    capture.withUnsafeBufferPointer { body($0, captureLine) }
                    capture.removeAll(keepingCapacity: true)
                    captureDepth = -1
                    captureIsRoot = false
                }
            case UInt8(ascii: ","):
                expectingResource = false
            default:
                break
            }
        }
        if captureDepth >= 0 {
            capture.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[segmentStart...]))
        }
    }

    private static let resourceKey: [UInt8] = Array("resource".utf8)
}
