import DariGlossary

extension SentenceAligner {
    /// The glossary as a bilingual dictionary: each Korean term's words are
    /// partners of its English terms' words, except words many terms share
    /// ("team" in rescue team and support team), which would link every team
    /// to every other. `curated` holds the keys of those pairs.
    func glossaryPairs(keys: inout LexicalKeys) -> (known: [(Int32, Int32)], curated: Set<Int32>) {
        let concepts = (glossary?.concepts ?? []).map { concept in
            (Set((concept.terms[.korean] ?? []).flatMap { keys.keys(forText: $0.text, language: .korean) }),
             Set((concept.terms[.english] ?? []).flatMap { keys.keys(forText: $0.text, language: .english) }))
        }
        var conceptsUsing: [Int32: Int] = [:]
        for (korean, english) in concepts { for key in korean.union(english) { conceptsUsing[key, default: 0] += 1 } }
        var known: [(Int32, Int32)] = [], curated = Set<Int32>()
        for (korean, english) in concepts {
            for source in korean where conceptsUsing[source] == 1 {
                for target in english where conceptsUsing[target] == 1 {
                    known.append((source, target))
                    curated.formUnion([source, target])
                }
            }
        }
        return (known, curated)
    }
}
