extension Script {
    /// `text` without the square brackets that mark a letter inside a word
    /// (`[t]imeouts`, `g[z]ipped`, `[z]eros`, `IPv[4]`: the letter an option is
    /// named after, as command references write it): the word is the word without
    /// them. A bracket that holds more than one character, or a letter
    /// standing alone (`[a]`), stays.
    public static func withoutLetterMarks(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        let characters = Array(text)
        var result = "", index = 0
        func isLetter(_ at: Int) -> Bool { characters.indices.contains(at) && characters[at].isASCII && characters[at].isLetter }
        while index < characters.count {
            // A digit is marked too when it ends a word (`IPv[4]`).
            if characters[index] == "[", index + 2 < characters.count, characters[index + 2] == "]",
               isLetter(index + 1) && (isLetter(index - 1) || isLetter(index + 3))
                || characters[index + 1].isASCII && characters[index + 1].isNumber && isLetter(index - 1) {
                result.append(characters[index + 1])
                index += 3
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }
}
