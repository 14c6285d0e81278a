import EvidentCore
import Testing

@testable import EvidentRisk

@Suite struct RiskMatrixTests {
    /// NIST SP 800-30 Rev. 1 Table I-2, written out cell by cell: likelihood, impact, level of risk.
    static let tableI2: [(RiskLevel, RiskLevel, RiskLevel)] = [
        (.veryHigh, .veryLow, .veryLow), (.veryHigh, .low, .low), (.veryHigh, .moderate, .moderate),
        (.veryHigh, .high, .high), (.veryHigh, .veryHigh, .veryHigh),
        (.high, .veryLow, .veryLow), (.high, .low, .low), (.high, .moderate, .moderate), (.high, .high, .high),
        (.high, .veryHigh, .veryHigh),
        (.moderate, .veryLow, .veryLow), (.moderate, .low, .low), (.moderate, .moderate, .moderate),
        (.moderate, .high, .moderate), (.moderate, .veryHigh, .high),
        (.low, .veryLow, .veryLow), (.low, .low, .low), (.low, .moderate, .low), (.low, .high, .low),
        (.low, .veryHigh, .moderate),
        (.veryLow, .veryLow, .veryLow), (.veryLow, .low, .veryLow), (.veryLow, .moderate, .veryLow),
        (.veryLow, .high, .low), (.veryLow, .veryHigh, .low),
    ]

    @Test(arguments: tableI2)
    func cellMatchesTableI2(_ cell: (RiskLevel, RiskLevel, RiskLevel)) {
        #expect(RiskMatrix.level(likelihood: cell.0, impact: cell.1) == cell.2)
    }

    @Test func tableCoversEveryCell() {
        let pairs = Set(Self.tableI2.map { "\($0.0.rawValue)/\($0.1.rawValue)" })

        #expect(pairs.count == 25)
    }

    @Test func moderateTimesHighIsNotAProduct() {
        #expect(RiskMatrix.level(likelihood: .moderate, impact: .high) == .moderate)
    }

    @Test func levelsClampAtTheEnds() {
        #expect(RiskLevel.veryHigh.raised(by: 3) == .veryHigh)
        #expect(RiskLevel.low.raised(by: -4) == .veryLow)
        #expect(RiskLevel.moderate.raised(by: 1) == .high)
    }
}
