import DariChecks
import DariModel
import DariPipeline
import DariTestSupport
import Foundation
import Testing

/// Paragraphs a translation has in another order (issue 20): paired by
/// their words across the in-order pairs, with a note on the order, never
/// untranslated text on both pages; on an HTML site as on a Markdown one.
@Suite struct MovedBlockSiteTests {
    static let korean = """
        <h1>설치</h1>
        <p>dari는 한국어와 영어로 된 웹사이트를 위한 번역 메모리 도구입니다. 이 안내서는 설치 과정을 차례로 설명합니다.</p>
        <p>설치하려면 <em>터미널</em>을 열고 <a href="/ko/download/">다운로드 페이지</a>에서 파일을 받으세요.</p>
        <h2>설정</h2>
        <p>설정 파일은 사이트 폴더에 있습니다. 이 파일의 크기는 보통 12킬로바이트입니다.</p>
        """
    static let installation = """
        <p>To install it, open a <em>terminal</em> and get the file from the <a href="/en/download/">download page</a>.</p>
        """
    static let introduction = """
        <p>dari is a translation memory tool for websites in Korean and English. \
        This guide describes the installation step by step.</p>
        """
    static let configuration = """
        <h2>Configuration</h2>
        <p>The configuration file is in the site folder. This file is usually 12 kilobytes in size.</p>
        """
    /// The two paragraphs swapped.
    static let english = "<h1>Installation</h1>\n" + installation + "\n" + introduction + "\n" + configuration

    /// `side:line [check]` of every finding, info included, sorted.
    static func findings(korean: String = korean, english: String = english) throws -> [String] {
        let folder = try ScratchFolder("dari-moved-block", files: [
            "site/ko/guide.html": RunTests.page(lang: "ko", body: korean),
            "site/en/guide.html": RunTests.page(lang: "en", body: english),
        ])
        return try withExtendedLifetime(folder) {
            try CheckRun.run(CheckRequest(path: folder.path + "/site")).findings
                .filter { $0.checkID != "latin-in-korean" }
                .map { "\($0.location.file.hasSuffix("ko/guide.html") ? "ko" : "en"):\($0.location.line) [\($0.checkID)]" }
                .sorted()
        }
    }

    @Test func twoParagraphsSwappedAreOneNoteOnTheOrder() throws {
        #expect(try Self.findings() == ["en:3 [moved-block]"])
    }

    @Test func theSamePagesInOneOrderGiveNoNote() throws {
        let english = "<h1>Installation</h1>\n" + Self.introduction + "\n" + Self.installation + "\n" + Self.configuration
        #expect(try Self.findings(english: english) == [])
    }

    @Test func aRemovedSectionAndADifferentAddedOneAreNotPairedAsMoved() throws {
        let list = "<ul><li>리눅스에서는 패키지 관리자를 씁니다.</li><li>맥에서는 홈브루를 씁니다.</li></ul>\n"
        let korean = Self.korean.replacingOccurrences(of: "<h2>설정</h2>", with: list + "<h2>설정</h2>")
        // The English lost the configuration section after the list and gained another before it.
        let english = "<h1>Installation</h1>\n" + Self.introduction + "\n" + Self.installation + "\n<h2>Updating</h2>\n"
            + "<p>To update, download the newest release and run the installer again; your settings are kept.</p>\n"
            + "<ul><li>On Linux, use the package manager.</li><li>On a Mac, use Homebrew.</li></ul>\n"
        let found = try Self.findings(korean: korean, english: english)
        #expect(found == ["en:4 [untranslated]", "ko:5 [untranslated]"], "\(found)")
    }
}
