import Testing

@testable import EvidentReview

@Suite("symbol table")
struct SymbolTableTests {
    @Test("case folding and growth")
    func caseFoldingAndGrowth() {
        var table = SymbolTable(foldsCase: true)

        let ids = (0..<5000).map { table.intern("User\($0)") }
        let again = (0..<5000).map { table.intern("USER\($0)") }

        #expect(ids == again)
        #expect(Set(ids).count == 5000)
        #expect(table.string(ids[42]) == "user42")
        #expect(table.intern("") == SymbolTable.none)
    }

    @Test("exact table keeps case")
    func exactCase() {
        var table = SymbolTable(foldsCase: false)

        #expect(table.intern("P1") != table.intern("p1"))
    }
}
