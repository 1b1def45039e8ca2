/// A signal of the sentence aligner that can be switched off, to measure
/// what it adds (`dari align --without numbers,lexical`).
public enum AlignmentSignal: String, CaseIterable, Sendable {
    case length, numbers, latin, names, punctuation, lexical
    /// The bundled dictionary's word pairs, apart from the learned associations.
    case dictionary

    /// The configuration switch the signal is.
    public var setting: WritableKeyPath<AlignmentConfiguration, Bool> {
        switch self {
        case .length: \.useLength
        case .numbers: \.useNumbers
        case .latin: \.useLatinWords
        case .names: \.useNames
        case .punctuation: \.usePunctuation
        case .lexical: \.useLexicalModel
        case .dictionary: \.useDictionary
        }
    }

    /// The names, for a message: "length, numbers, …, lexical or dictionary".
    public static var allNames: String {
        let all = allCases.map(\.rawValue)
        return all.dropLast().joined(separator: ", ") + " or " + all[all.count - 1]
    }
}

extension AlignmentConfiguration {
    /// This configuration with `signals` switched off.
    public func without(_ signals: some Sequence<AlignmentSignal>) -> AlignmentConfiguration {
        var configuration = self
        for signal in signals { configuration[keyPath: signal.setting] = false }
        return configuration
    }
}
