import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct PhraseTests {
    @Test func timestampIsISO8601InUTC() {
        #expect(Phrase.timestamp(InventoryBuilder.instant("2026-09-02T07:05:09Z")) == "2026-09-02T07:05:09Z")
        #expect(Phrase.timestamp(InventoryBuilder.instant("1969-12-31T23:59:59Z")) == "1969-12-31T23:59:59Z")
    }

    @Test func countUsesSingularForOne() {
        #expect(Phrase.count(1, "day") == "1 day")
        #expect(Phrase.count(0, "day") == "0 days")
    }

    @Test func listJoinsWithAnd() {
        #expect(Phrase.list([]) == "")
        #expect(Phrase.list(["a"]) == "a")
        #expect(Phrase.list(["a", "b", "c"]) == "a, b and c")
    }

    @Test func ageOverLimitNeverLooksWithin() {
        #expect(Phrase.age(35.5 * 86_400, overLimit: 35) == "more than 35 days")
        #expect(Phrase.age(36.2 * 86_400, overLimit: 35) == "36 days")
    }

    @Test func trimmingRemovesSurroundingWhitespace() {
        #expect("  a b \n".trimmedWhitespace == "a b")
        #expect("   ".trimmedWhitespace == "")
    }
}
