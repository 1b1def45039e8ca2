import DariModel
import Testing
@testable import DariGlossary

@Suite struct GlossaryTests {
    /// Two concepts: 탈북민/탈북자 ~ "North Korean defector"/"defector" and 이라크 ~ "Iraq".
    private let glossary: Glossary = {
        let at = SourceLocation(file: "g.csv", line: 2)
        func term(_ text: String, _ language: Language, _ status: TermStatus = .unspecified) -> Term {
            Term(text: text, language: language, status: status, location: at)
        }
        return Glossary(source: "g.csv", concepts: [
            Concept(id: "c1", terms: [
                .korean: [term("탈북자", .korean, .deprecated), term("탈북민", .korean, .preferred)],
                .english: [term("defector", .english, .deprecated), term("North Korean defector", .english)],
            ], location: at),
            Concept(id: "c2", terms: [.korean: [term("이라크", .korean)], .english: [term("Iraq", .english)]],
                    location: at),
        ])
    }()

    @Test func matchKeysIgnoreEnglishCaseAndExtraWhitespace() {
        #expect(Glossary.matchKey(for: "  North\tKorean\n Defector ", in: .english) == "north korean defector")
        #expect(Glossary.matchKey(for: "G7  정상회의", in: .korean) == "G7 정상회의")
        #expect(Glossary.matchKey(for: "\u{1112}\u{1161}\u{11AB}", in: .korean) == "\u{D55C}")  // jamo -> 한
    }

    @Test func findsConceptsByExactTerm() {
        #expect(glossary.concepts(withTerm: "NORTH KOREAN  defector", in: .english).map(\.id) == ["c1"])
        #expect(glossary.concepts(withTerm: "탈북자", in: .korean).map(\.id) == ["c1"])
        #expect(glossary.concepts(withTerm: "defector", in: .korean).isEmpty)
        #expect(glossary.termIndex(.english)["iraq"] == [1])
    }

    @Test func koreanTermsMatchWithParticlesButNotInsideLongerWords() {
        #expect(glossary.concepts(containingKorean: "이라크의 탈북민들은").map(\.id) == ["c1", "c2"])
        #expect(glossary.concepts(containingKorean: "구출팀").isEmpty)
        #expect(glossary.concepts(containingKorean: "이라크전 당시 탈북자촌").isEmpty)
    }

    /// The same matcher as the checks' (`GlossaryTerms`): whole words with
    /// plural and derived endings, so a lookup and a check never disagree.
    @Test(arguments: [
        ("The Iraq war", ["c2"]), ("Iraq's army", ["c2"]), ("iraq-based", ["c2"]), ("Iraqi officials", ["c2"]),
        ("Iraqgate", []), ("a North Korean defector", ["c1"]), ("Defectors", ["c1"]), ("defection", []),
    ])
    func englishTermsMatchWholeWordsWithEndingsIgnoringCase(_ text: String, _ ids: [String]) {
        #expect(glossary.concepts(containingEnglish: text).map(\.id) == ids)
    }

    @Test func preferredTermSkipsDeprecatedOnes() throws {
        let concept = glossary.concepts[0]
        #expect(glossary.preferredTerm(for: concept, language: .korean)?.text == "탈북민")
        // No English term is marked preferred: the first that is not deprecated.
        #expect(glossary.preferredTerm(for: concept, language: .english)?.text == "North Korean defector")
        #expect(glossary.deprecatedTerms(.korean).map(\.text) == ["탈북자"])
        #expect(glossary.deprecatedTerms(.english).map(\.text) == ["defector"])
    }

    @Test func indexFollowsChangesToConcepts() {
        var changed = glossary
        changed.concepts.removeFirst()
        #expect(changed.concepts(withTerm: "Iraq", in: .english).map(\.id) == ["c2"])
        #expect(changed.termIndex(.english)["iraq"] == [0])
        #expect(changed != glossary)
    }
}

@Suite struct TermStatusTests {
    @Test(arguments: [
        ("preferredTerm-admn-sts", TermStatus.preferred), ("admittedTerm-admn-sts", .admitted),
        ("deprecatedTerm-admn-sts", .deprecated), ("supersededTerm-admn-sts", .deprecated),
        ("preferredTerm", .preferred), ("standardizedTerm", .preferred), ("admittedTerm", .admitted),
        ("supersededTerm", .deprecated), ("PreferredTerm-Admn-Sts", .preferred),
    ])
    func readsTBXValues(_ value: String, _ status: TermStatus) {
        #expect(TermStatus(tbxValue: value) == status)
    }

    @Test(arguments: ["", "preferred", "bestTerm-admn-sts"])
    func rejectsOtherTBXValues(_ value: String) {
        #expect(TermStatus(tbxValue: value) == nil)
    }

    @Test(arguments: [
        ("", TermStatus.unspecified), ("preferred", .preferred), ("Admitted", .admitted), ("DEPRECATED", .deprecated),
    ])
    func readsCSVWords(_ word: String, _ status: TermStatus) {
        #expect(TermStatus(csvWord: word) == status)
    }
}
