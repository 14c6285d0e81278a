/// Normalizes postal addresses so the roster's and the patient file's spellings of one home compare
/// equal: case, punctuation and spacing are ignored, and the common USPS street suffix and unit words
/// are abbreviated (`Street` and `St.` match, `Apartment 4` and `Apt #4` match).
enum PostalAddress {
    /// Returns the comparison key of an address, or `nil` when it has fewer than two words, which is
    /// too little to say two people share a home.
    static func key(_ text: String) -> String? {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(abbreviations[word] ?? word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(abbreviations[word] ?? word) }
        return words.count >= 2 ? words.joined(separator: " ") : nil
    }

    /// USPS Publication 28 abbreviations of the most common street suffixes, directions and unit words.
    private static let abbreviations: [String: String] = [
        "street": "st", "avenue": "ave", "road": "rd", "drive": "dr", "lane": "ln", "boulevard": "blvd",
        "court": "ct", "place": "pl", "terrace": "ter", "circle": "cir", "highway": "hwy", "parkway": "pkwy",
        "north": "n", "south": "s", "east": "e", "west": "w", "apartment": "apt", "suite": "ste", "unit": "unit",
    ]
}
