import EvidentCore

/// Pairs the findings of two runs, so `evident diff` lists each one as new, resolved or changed.
///
/// A finding keeps its identity across runs through its check and subject. A BAA that was about to
/// expire (a low warning) and has since expired (a high violation) is one finding that changed,
/// not one resolved and one new.
enum FindingMatcher {
    /// The findings sorted by what happened to them. Findings identical in both runs are left out.
    struct Matches {
        /// Findings of the later run with no counterpart in the earlier run, in the later run's order.
        var new: [Finding] = []
        /// Findings of the earlier run with no counterpart in the later run, in the earlier run's order.
        var resolved: [Finding] = []
        /// Findings whose severity, kind or message changed, in the later run's order.
        var changed: [FindingChange] = []
    }

    /// Pairs findings in three passes, each only over what the previous passes left unpaired.
    ///
    /// 1. Identical check, kind, subject, severity and message: unchanged, not listed.
    /// 2. Identical check, kind and subject: changed severity or message.
    /// 3. Identical check and subject: changed kind, for example from warning to violation.
    ///
    /// Within a pass, findings with the same key pair in run order, so a check that raises two
    /// findings about one subject pairs the first with the first.
    static func match(before: [Finding], after: [Finding]) -> Matches {
        var pairing = Pairing(before: before, after: after)

        pairing.pair {
            Key(checkID: $0.checkID, kind: $0.kind, subject: $0.subject, severity: $0.severity, message: $0.message)
        }
        let unchangedPairs = pairing.pairs.count
        pairing.pair { Key(checkID: $0.checkID, kind: $0.kind, subject: $0.subject) }
        pairing.pair { Key(checkID: $0.checkID, subject: $0.subject) }

        let changedPairs = pairing.pairs.dropFirst(unchangedPairs).sorted { $0.after < $1.after }
        return Matches(
            new: after.indices.filter { !pairing.pairedAfter.contains($0) }.map { after[$0] },
            resolved: before.indices.filter { !pairing.pairedBefore.contains($0) }.map { before[$0] },
            changed: changedPairs.map { FindingChange(before: before[$0.before], after: after[$0.after]) })
    }

    // MARK: - Private

    /// The fields two findings must share to pair in one pass. A `nil` field is not compared.
    private struct Key: Hashable {
        let checkID: String
        var kind: Finding.Kind? = nil
        let subject: Subject
        var severity: Severity? = nil
        var message: String? = nil
    }

    /// The pairs found so far, as indices into both runs' findings.
    private struct Pairing {
        let before: [Finding]
        let after: [Finding]
        var pairs: [(before: Int, after: Int)] = []
        var pairedBefore: Set<Int> = []
        var pairedAfter: Set<Int> = []

        init(before: [Finding], after: [Finding]) {
            self.before = before
            self.after = after
        }

        mutating func pair(by key: (Finding) -> Key) {
            var unpairedBefore: [Key: [Int]] = [:]
            for index in before.indices where !pairedBefore.contains(index) {
                unpairedBefore[key(before[index]), default: []].append(index)
            }

            for index in after.indices where !pairedAfter.contains(index) {
                let afterKey = key(after[index])
                guard let match = unpairedBefore[afterKey]?.first else { continue }

                unpairedBefore[afterKey]?.removeFirst()
                pairs.append((before: match, after: index))
                pairedBefore.insert(match)
                pairedAfter.insert(index)
            }
        }
    }
}
