@testable import DariAlignment
import Testing

@Suite struct AlignmentSignalTests {
    @Test(arguments: AlignmentSignal.allCases)
    func eachSignalSwitchesOffItsOwnSettingAndNoOther(signal: AlignmentSignal) {
        let configuration = AlignmentConfiguration().without([signal])
        for other in AlignmentSignal.allCases {
            #expect(configuration[keyPath: other.setting] == (other != signal), "\(other) after --without \(signal)")
        }
    }

    @Test func theNamesAreWhatUsersTypeAfterWithout() {
        #expect(AlignmentSignal.allNames == "length, numbers, latin, names, punctuation, lexical or dictionary")
    }

    @Test func withoutTheDictionaryAndAssociationsThereIsNoLexicon() {
        let configuration = AlignmentConfiguration().without([.dictionary])
        #expect(BilingualLexicon.aligning(associations: nil, configuration: configuration) == nil)
        let associations = BilingualLexicon(pairs: [("학교", "school")])
        #expect(BilingualLexicon.aligning(associations: associations, configuration: configuration)?.pairs.count == 1)
        #expect(BilingualLexicon.aligning(associations: associations, configuration: .default)?.pairs.count ?? 0 > 1)
    }
}
