extension Script {
    /// `text` without the square brackets that mark a letter inside a word
    /// (`[t]imeouts`, `g[z]ipped`, `[z]eros`, `IPv[4]`: the letter an option is
    /// named after, as command references write it): the word is the word without
    /// them. A bracket that holds more than three letters, or letters
    /// standing alone (`[a]`, `[abc]`), stays.
    public static func withoutLetterMarks(_ text: String) -> String {
        // On the contiguous bytes: `utf8.contains`, a byte at a time through the
        // view's iterator, was a fortieth of `dari check`'s time on a large memory,
        // for texts nearly all without `[`.
        let hasBracket = text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "[")) }
            ?? text.utf8.contains(UInt8(ascii: "["))
        guard hasBracket else { return text }
        let characters = Array(text)
        var result = "", index = 0
        func isLetter(_ at: Int) -> Bool { characters.indices.contains(at) && characters[at].isASCII && characters[at].isLetter }
        func isDigit(_ at: Int) -> Bool { characters.indices.contains(at) && characters[at].isASCII && characters[at].isNumber }
        while index < characters.count {
            // One to three letters (`[t]`, `[eq]ual`) glued to a word, or a digit
            // that ends one (`IPv[4]`).
            if characters[index] == "[" {
                var close = index + 1
                while close < characters.count, close - index <= 4, isLetter(close) { close += 1 }
                let letters = close - index - 1
                let marksLetters = close < characters.count && characters[close] == "]" && (1...3).contains(letters)
                    && (isLetter(index - 1) || isLetter(close + 1))
                let marksDigit = letters == 0 && isDigit(index + 1) && index + 2 < characters.count
                    && characters[index + 2] == "]" && isLetter(index - 1)
                if marksLetters || marksDigit {
                    let end = letters == 0 ? index + 2 : close
                    result += String(characters[(index + 1)..<end])
                    index = end + 1
                    continue
                }
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }
}
