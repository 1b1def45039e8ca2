import DariChecks
import DariMemory
import DariModel
import Testing

/// Section numbers (issue 17, noise pattern 6) are numbering, not prose: a
/// heading one version numbers and the other does not gives no finding,
/// while two different numbers are still compared.
@Suite struct SectionNumberTests {
    private func findings(_ kind: BlockKind, _ source: String, _ target: String) -> [Finding] {
        Checker().run(onePairMemory(kind, korean: source, english: target))
    }

    @Test(arguments: [
        (BlockKind.heading(level: 6), "8.11.3.1.1. 곡선 도구의 원리", "How the Curves tool works"),
        (.attribute(name: "title"), "곡선 도구의 원리", "1.1. How the Curves tool works"),
        (.title, "14.20.3.4. 소용돌이와 집기", "Whirl and Pinch"),
        (.heading(level: 2), "F.2. 전문", "Preamble"),
    ])
    func aSectionNumberOnOneSideOnlyIsNoFinding(kind: BlockKind, source: String, target: String) {
        #expect(findings(kind, source, target).isEmpty)
    }

    /// A step heading numbered in each page's own style is the same number.
    @Test(arguments: [("1) 하드포크에 적합한 블록 번호 선택", "1. Pick an appropriate block number for the hard fork"),
                      ("(2) 바이너리 업그레이드", "2. Upgrade the binary")])
    func aStepNumberInAnotherStyleIsTheSameNumber(source: String, target: String) {
        #expect(findings(.heading(level: 3), source, target).isEmpty)
    }

    @Test func aStepNumberInAnotherStyleIsStillCompared() {
        let found = findings(.heading(level: 3), "1) 블록 번호 선택", "3. Set the hard fork block number")
        #expect(found.map(\.checkID) == ["number-mismatch"])
    }

    /// An appendix numbers its sections after its letter (the Debian
    /// installation guide's `F.2.`); a letter alone is an initial.
    @Test func anAppendixSectionNumberHasItsLetter() {
        #expect(["F.2.", "A.1.3.", "F.2", "14.20.3.4."].allSatisfy(SectionNumber.isSectionNumber))
        #expect(!["F.", "J. Smith", "F.x.", "f.2.", "1"].contains(where: SectionNumber.isSectionNumber))
    }

    @Test func differentSectionNumbersAreStillCompared() {
        let found = findings(.heading(level: 3), "14.20.3.4. 소용돌이와 집기", "14.20.3.5. Whirl and Pinch")
        #expect(found.map(\.checkID) == ["number-mismatch"])
    }

    @Test func aNumberAtTheStartOfAParagraphIsNotASectionNumber() {
        let found = findings(.paragraph, "2.5. 버전에서 바뀌었습니다", "This changed in version 2.6.")
        #expect(found.map(\.checkID) == ["number-mismatch"])
    }
}
