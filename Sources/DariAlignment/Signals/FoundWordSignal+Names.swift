extension FoundWordSignal {
    /// A name keeps its sound in translation: each English capitalised word
    /// whose consonant skeleton (`NameSkeleton`) a Korean word of the bead has.
    static func names(configuration: AlignmentConfiguration, source: [SentenceFeatures],
                      target: [SentenceFeatures]) -> FoundWordSignal {
        FoundWordSignal(sought: .target, words: InternedFeature(\.names, source: source, target: target),
                        bonus: configuration.nameBonus, maximum: configuration.maximumWordMatches)
    }
}
