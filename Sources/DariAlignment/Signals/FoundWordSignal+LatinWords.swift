extension FoundWordSignal {
    /// Latin words in Korean text (ASCI, IBM, CNN) reappear in the English:
    /// each word of the Korean side found in the English.
    static func latinWords(configuration: AlignmentConfiguration, source: [SentenceFeatures],
                           target: [SentenceFeatures]) -> FoundWordSignal {
        FoundWordSignal(sought: .source, words: InternedFeature(\.latinWords, source: source, target: target),
                        bonus: configuration.latinWordBonus, maximum: configuration.maximumWordMatches)
    }
}
