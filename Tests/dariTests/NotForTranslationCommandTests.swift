import DariTestSupport
import Foundation
import Testing

/// `dari check` on a page pair full of what is not for translation (issue 17,
/// noise patterns 1, 2 and 6): code blocks with numbers, URLs, brackets and
/// doubled spaces, inline code and keys with different numbers, menus,
/// search forms, footers and a `translate="no"` line that differ in their
/// years, a section number on one side only. The two real problems, a code
/// block and an inline command changed on the English page, are the only
/// findings, each once and as a changed code, never as numbers or URLs.
@Suite struct NotForTranslationCommandTests {
    private static let korean = """
        <!DOCTYPE html>
        <html lang="ko">
        <head><meta charset="utf-8"><title>설치 안내</title></head>
        <body>
        <div role="navigation"><p>처음으로 · 설치 · 2023년 소식</p></div>
        <div role="search"><p>설명서 검색</p></div>
        <h2>14.20.3.4. 소스에서 설치하기</h2>
        <p>먼저 <code>./configure --prefix=/usr/local 2.10</code> 명령을 실행합니다.</p>
        <pre>
        tar xf gimp-2.10.34.tar.bz2   # unpack it
        cd gimp-2.10.34 && make -j4 (see https://gimp.org/  docs)
        </pre>
        <pre>
        make install
        gimp --version
        </pre>
        <p>설치가 끝나면 <kbd>Ctrl</kbd>+<kbd>Q</kbd>로 종료합니다.</p>
        <p translate="no">GIMP 2.10.34 (ko-2023-11)</p>
        <div role="contentinfo"><p>© 2023 GIMP 문서 팀</p></div>
        </body>
        </html>
        """

    private static let english = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Installation guide</title></head>
        <body>
        <div role="navigation"><p>Home · Install · News of 2024</p></div>
        <div role="search"><p>Search the manual</p></div>
        <h2>Installing from source</h2>
        <p>First run the command <code>./configure --prefix=/opt 2.99</code>.</p>
        <pre>
        tar xf gimp-2.10.34.tar.bz2   # unpack it
        cd gimp-2.10.34 &amp;&amp; make -j4 (see https://gimp.org/  docs)
        </pre>
        <pre>
        make install
        gimp-2.99 --version
        </pre>
        <p>When it is installed, quit with <kbd>Ctrl</kbd>+<kbd>Q</kbd>.</p>
        <p translate="no">GIMP 2.10.34 (en-2024-01)</p>
        <div role="contentinfo"><p>© 2024 GIMP documentation team</p></div>
        </body>
        </html>
        """

    @Test func onlyTheChangedCodesAreFound() throws {
        let scratch = try ScratchFolder("dari-not-for-translation",
                                        files: ["site/ko/index.html": Self.korean, "site/en/index.html": Self.english])
        let run = try CommandRunner.run(["check", "site"], directory: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        let findings = run.stdout.split(separator: "\n").filter { $0.contains(": warning: ") || $0.contains(": error: ")
            || $0.contains(": info: ") }
        #expect(findings.count == 2, "\(run.stdout)")
        #expect(findings.first?.hasPrefix("site/en/index.html:8: warning: [code-mismatch] the English has the code "
            + "'./configure --prefix=/opt 2.99' where the Korean has './configure --prefix=/usr/local 2.10'; update the code") == true,
            "\(run.stdout)")
        // On the changed line of the block, its second.
        #expect(findings.last?.hasPrefix("site/en/index.html:15: warning: [code-mismatch] the English code block differs "
            + "from the Korean one from 'gimp-2.99 --version'") == true, "\(run.stdout)")
    }
}
