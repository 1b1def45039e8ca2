extension BilingualLexicon {
    /// The word pairs a sentence aligner starts from: `associations` and,
    /// unless `configuration` switches it off, the bundled dictionary.
    public static func aligning(associations: BilingualLexicon?, configuration: AlignmentConfiguration) -> BilingualLexicon? {
        let dictionary = configuration.useDictionary ? bundledDictionary : nil
        return associations?.merging(dictionary) ?? dictionary
    }
}
