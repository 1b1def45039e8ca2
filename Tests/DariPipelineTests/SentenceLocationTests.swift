import DariPipeline
import DariMemory
import DariModel
import DariTestSupport
import Foundation
import Testing

/// A finding points at its sentence's line in the page file, not at the
/// paragraph's opening tag, and the memory keeps that line between runs.
@Suite struct SentenceLocationTests {
    private static let korean = """
        <!DOCTYPE html>
        <html lang="ko"><body>
        <p>우리는 작년에 우물 다섯 개를 팠습니다.
        올해는 학교 두 곳을 지었습니다.</p>
        </body></html>
        """
    private static let english = """
        <!DOCTYPE html>
        <html lang="en"><body>
        <p>Last year we dug five wells.
        This year we built two schools.
        We also opened a small clinic in the village.</p>
        </body></html>
        """

    @Test func anUntranslatedSentenceIsReportedAtItsOwnLine() throws {
        let scratch = try ScratchFolder("sentence-lines", files: [
            "site/ko/index.html": Self.korean, "site/en/index.html": Self.english,
        ])
        let outcome = try CheckRun.run(CheckRequest(path: scratch.path + "/site"))
        let untranslated = outcome.findings.filter { $0.checkID == "untranslated" }
        #expect(untranslated.map(\.location.line) == [5])
        #expect(untranslated.first?.location.file.hasSuffix("en/index.html") == true)
    }

    @Test func segmentLinesSurviveTheXLIFFRoundTrip() throws {
        let scratch = try ScratchFolder("sentence-lines", files: [
            "site/ko/index.html": Self.korean, "site/en/index.html": Self.english,
        ])
        let path = scratch.path + "/memory.xlf"
        let memory = try AlignRun.run(AlignRequest(site: scratch.path + "/site", output: path)).memory
        let segments = memory.units.flatMap(\.segments)
        #expect(segments.compactMap(\.targetLine).contains(5))
        let read = try MemoryReader.read(fileAt: path)
        #expect(read.units.flatMap(\.segments).map(\.targetLine) == segments.map(\.targetLine))
        #expect(read.units.flatMap(\.segments).map(\.sourceLine) == segments.map(\.sourceLine))
    }

    @Test(arguments: [("ko", "en/index.html", 4), ("en", "ko/index.html", 5)])
    func aChangedNumberIsReportedAtTheLineOfTheNumberNotOfItsSentence(
        original: String, page: String, line: Int
    ) throws {
        let korean = """
            <!DOCTYPE html>
            <html lang="ko"><body>
            <p>우리는 작년에 마을의
            가장 큰 들판 옆에
            우물 25개를 팠습니다.</p>
            </body></html>
            """
        let english = """
            <!DOCTYPE html>
            <html lang="en"><body>
            <p>Last year, next to the largest field
            of the village, we dug 26
            wells.</p>
            </body></html>
            """
        let scratch = try ScratchFolder("number-lines", files: [
            "site/ko/index.html": korean, "site/en/index.html": english,
            "site/dari.json": #"{"source": "\#(original)"}"#,
        ])
        let outcome = try CheckRun.run(CheckRequest(path: scratch.path + "/site"))
        let numbers = outcome.findings.filter { $0.checkID == "number-mismatch" }
        #expect(numbers.map(\.location.line) == [line])
        #expect(numbers.first?.location.file.hasSuffix(page) == true)
    }

    /// English left deep in a Korean paragraph, and Korean left in an
    /// English one, are reported at the line where they are, not where the
    /// segment that carries them starts.
    @Test func textInTheWrongLanguageIsReportedAtItsOwnLine() throws {
        let korean = """
            <!DOCTYPE html>
            <html lang="ko"><body>
            <p>우리는 작년에 마을의 가장 큰 들판 옆에서
            우물 다섯 개를 파고
            펌프를 설치했습니다.
            The new pump also serves the school next to the field.</p>
            </body></html>
            """
        let english = """
            <!DOCTYPE html>
            <html lang="en"><body>
            <p>Last year we dug five wells next to the largest field
            of the village and installed
            a pump which also serves the school
            자주 묻는 질문</p>
            </body></html>
            """
        let scratch = try ScratchFolder("language-lines", files: [
            "site/ko/index.html": korean, "site/en/index.html": english,
            "site/dari.json": #"{"source": "en"}"#,
        ])
        let outcome = try CheckRun.run(CheckRequest(path: scratch.path + "/site"))
        let leftInEnglish = outcome.findings.filter {
            $0.checkID == "untranslated" && $0.location.file.hasSuffix("ko/index.html")
        }
        #expect(leftInEnglish.map(\.location.line) == [6], "\(outcome.findings.map(\.message))")
        let hangul = outcome.findings.filter { $0.checkID == "hangul-in-target" }
        #expect(hangul.map(\.location.line) == [6], "\(outcome.findings.map(\.message))")
    }
}
