/// Finds the records in a JSON document streamed in chunks: a single object, a FHIR Bundle (each
/// `resource` of its entries), an array of objects, or a Microsoft Graph page (each object of its
/// `value` array), pretty-printed or not.
///
/// Only the object being captured is held in memory, so a Bundle of many gigabytes costs one
/// resource's worth of memory.
struct JSONResourceSplitter {
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var line = 1
    private var containerIsArray: [Bool] = []
    /// Whether each open array is the value of a `value` key, whose objects are records.
    private var arrayIsValueList: [Bool] = []
    private var lastStringWasValueKey = false
    private var expectingValueList = false
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
                    lastStringWasValueKey = stringPrefix == JSONResourceSplitter.valueKey
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
                expectingValueList = lastStringWasValueKey
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                let parentIsArray = containerIsArray.last ?? false
                let parentIsValueList = arrayIsValueList.last ?? false
                if isObject && (expectingResource || depth == 0 || (depth == 1 && parentIsArray) || parentIsValueList) {
                    if captureDepth < 0 || captureIsRoot {
                        captureIsRoot = depth == 0
                        capture.removeAll(keepingCapacity: true)
                        captureDepth = depth
                        captureLine = line
                        segmentStart = index
                    }
                }
                arrayIsValueList.append(!isObject && expectingValueList)
                expectingResource = false
                expectingValueList = false
                containerIsArray.append(!isObject)
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                _ = containerIsArray.popLast()
                _ = arrayIsValueList.popLast()
                if depth == captureDepth && captureDepth >= 0 {
                    capture.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[segmentStart...index]))
                    capture.withUnsafeBufferPointer { body($0, captureLine) }
                    capture.removeAll(keepingCapacity: true)
                    captureDepth = -1
                    captureIsRoot = false
                }
            case UInt8(ascii: ","):
                expectingResource = false
                expectingValueList = false
            default:
                break
            }
        }
        if captureDepth >= 0 {
            capture.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[segmentStart...]))
        }
    }

    private static let resourceKey: [UInt8] = Array("resource".utf8)
    private static let valueKey: [UInt8] = Array("value".utf8)
}
