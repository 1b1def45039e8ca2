/// English words that say nothing about what a sentence is about: articles,
/// pronouns, auxiliaries, common prepositions and conjunctions. Two
/// sentences that share only these share nothing, so they are never
/// evidence that one translates the other, nor a word a Korean one translates.
public enum EnglishFunctionWords {
    /// Of three letters or more.
    public static let long: Set<String> = [
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had",
        "been", "but", "not", "its", "his", "her", "their", "they", "them", "she", "who", "which", "will",
        "would", "said", "says", "also", "than", "more", "about", "into", "after", "over", "such", "other",
        "there", "these", "those", "when", "where", "what", "can", "could", "may", "might", "all", "any",
        "one", "out", "our", "your", "you", "him", "did", "does", "being", "because", "while", "some",
        "use", "then", "most", "only", "each", "how", "why", "should", "must", "here", "under", "very", "just",
    ]

    /// Of two letters. "it", "us" and "no" are left out: in Korean text they
    /// are as often IT, US or No. as the words.
    public static let short: Set<String> = [
        "of", "to", "in", "on", "at", "by", "as", "is", "be", "an", "or", "if", "so", "do", "we", "he",
        "my", "me", "up", "am",
    ]

    /// Whether `word`, in lower case, is a function word.
    public static func contains(_ word: String) -> Bool {
        word.utf8.count <= 2 ? short.contains(word) : long.contains(word)
    }
}
