import DariChecks
import DariModel
import DariPipeline
import DariTestSupport
import Foundation
import Testing

/// Drift between a Markdown page and its translation (issue 20, "How to
/// measure"): each edit to an untouched, finding-free pair must be found,
/// or must not be, as a translator expects.
@Suite struct MarkdownDriftTests {
    static let korean = #"""
---
title: 설치 안내
description: dari를 설치하고 처음 실행하는 방법입니다.
---

# 설치 {#install}

dari는 한국어와 영어로 된 웹사이트를 위한 번역 메모리 도구입니다.
이 안내서는 설치 과정을 차례로 설명합니다.

설치하려면 *터미널*을 열고 [다운로드 페이지](/ko/download/)에서 파일을 받으세요.

- 리눅스에서는 패키지 관리자를 씁니다.
- 맥에서는 홈브루를 씁니다.

```sh
make install
```

## 설정 {#configure}

설정 파일은 사이트 폴더에 있습니다. 이 파일의 크기는 보통 12킬로바이트입니다.

{{< note >}}
설정을 바꾼 뒤에는 사이트를 다시 정렬하세요.
{{< /note >}}
"""#

    static let english = #"""
---
title: Installation guide
description: How to install dari and run it for the first time.
---

# Installation {#install}

dari is a translation memory tool for websites in Korean and English.
This guide describes the installation step by step.

To install it, open a _terminal_ and get the file from the [download page](/en/download/).

- On Linux, use the package manager.
- On a Mac, use Homebrew.

```sh
make install
```

## Configuration {#configure}

The configuration file is in the site folder. This file is usually 12 kilobytes in size.

{{< note >}}
Align the site again after you change the configuration.
{{< /note >}}
"""#

    /// The findings above info of the site `ko/guide.md`, `en/guide.md`,
    /// as `side:line [check]` (side `ko` or `en`), sorted.
    static func findings(korean: String = korean, english: String = english) throws -> [String] {
        let folder = try ScratchFolder("dari-markdown-drift", files: [
            "site/ko/guide.md": korean, "site/en/guide.md": english,
        ])
        return try withExtendedLifetime(folder) {
            try CheckRun.run(CheckRequest(path: folder.path + "/site")).findings
                .filter { $0.severity > .info }
                .map { finding in
                    let side = finding.location.file.hasSuffix("ko/guide.md") ? "ko" : "en"
                    return "\(side):\(finding.location.line) [\(finding.checkID)]"
                }
                .sorted()
        }
    }

    static let firstParagraph = "dari is a translation memory tool for websites in Korean and English.\n"
        + "This guide describes the installation step by step."
    static let secondParagraph = "To install it, open a _terminal_ and get the file from the [download page](/en/download/)."

    /// The info findings, as `findings` gives the others.
    static func notes(korean: String = korean, english: String = english) throws -> [String] {
        let folder = try ScratchFolder("dari-markdown-drift", files: [
            "site/ko/guide.md": korean, "site/en/guide.md": english,
        ])
        return try withExtendedLifetime(folder) {
            try CheckRun.run(CheckRequest(path: folder.path + "/site")).findings
                .filter { $0.severity == .info && $0.checkID != "latin-in-korean" }
                .map { "\($0.location.file.hasSuffix("ko/guide.md") ? "ko" : "en"):\($0.location.line) [\($0.checkID)]" }
                .sorted()
        }
    }

    static func edited(_ text: String, _ old: String, _ new: String) throws -> String {
        try #require(text.contains(old), "the fixture has no '\(old)'")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func theMemoryRecordsTheFormatAndMarkdownLines() throws {
        let folder = try ScratchFolder("dari-markdown-memory", files: [
            "site/ko/guide.md": Self.korean, "site/en/guide.md": Self.english,
        ])
        try withExtendedLifetime(folder) {
            let memory = try AlignRun.run(AlignRequest(site: folder.path + "/site")).memory
            let file = try #require(memory.files.first)
            #expect(file.format == "markdown")
            let code = try #require(file.units.first { $0.kind == .code })
            #expect(code.sourceLocation?.line == 17 && code.targetLocation?.line == 17)
            let written = try String(contentsOfFile: folder.path + "/site/memory.xlf", encoding: .utf8)
            #expect(written.contains(#"<mda:meta type="format">markdown</mda:meta>"#))
        }
    }

    /// Hugo's `translationKey` pairs pages whose paths differ between languages.
    @Test func pagesWithOneTranslationKeyArePairedWhateverTheirNames() throws {
        let korean = "---\ntitle: 소개\ntranslationKey: about\n---\n\n선교회를 소개합니다.\n"
        let english = "---\ntitle: About\ntranslationKey: about\n---\n\nAbout the mission.\n"
        let folder = try ScratchFolder("dari-markdown-key", files: [
            "site/content/ko/소개.md": korean, "site/content/en/about-us.md": english,
        ])
        try withExtendedLifetime(folder) {
            let memory = try AlignRun.run(AlignRequest(site: folder.path + "/site")).memory
            #expect(memory.files.map(\.original) == ["content/ko/소개.md"])
            #expect(memory.files.map(\.targetOriginal) == ["content/en/about-us.md"])
        }
    }

    @Test func theUntouchedPairHasNoFindings() throws {
        #expect(try Self.findings() == [])
    }

    // MARK: Found

    @Test func aParagraphAddedToTheOriginalIsUntranslatedOnItsLine() throws {
        let korean = try Self.edited(Self.korean, "- 리눅스에서는", "이 도구는 누구나 무료로 쓸 수 있습니다.\n\n- 리눅스에서는")
        #expect(try Self.findings(korean: korean) == ["ko:13 [untranslated]"])
    }

    @Test func aSentenceAppendedToAParagraphIsItsOwnOneSidedSegment() throws {
        let korean = try Self.edited(Self.korean, "차례로 설명합니다.", "차례로 설명합니다.\n새 판은 매달 나옵니다.")
        #expect(try Self.findings(korean: korean) == ["ko:10 [untranslated]"])
    }

    @Test func aListItemAddedIsOneSided() throws {
        let korean = try Self.edited(Self.korean, "- 맥에서는 홈브루를 씁니다.",
                                     "- 맥에서는 홈브루를 씁니다.\n- 윈도에서는 설치 프로그램을 내려받습니다.")
        #expect(try Self.findings(korean: korean) == ["ko:15 [untranslated]"])
    }

    @Test func aSectionRemovedFromTheTranslationIsOneUntranslatedFinding() throws {
        let cut = try #require(Self.english.range(of: "## Configuration"))
        let english = String(Self.english[..<cut.lowerBound])
        let found = try Self.findings(english: english)
        // The section is one untranslated finding (its blocks are related
        // locations); the anchor its heading takes with it is part of it.
        #expect(found == ["ko:20 [untranslated]"], "\(found)")
    }

    /// One anchor renamed on one side is one problem: one finding, on the
    /// translation's heading, naming both anchors.
    @Test func aRenamedAnchorIsOneFindingOnTheTranslation() throws {
        let english = try Self.edited(Self.english, "{#configure}", "{#settings}")
        #expect(try Self.findings(english: english) == ["en:20 [anchor-mismatch]"])
    }

    @Test func anExplicitAnchorMatchesTheAnchorGeneratedFromTheOtherHeading() throws {
        // docs-ko style: the Korean heading names the anchor the English text generates.
        let english = try Self.edited(Self.english, "## Configuration {#configure}", "## Configure")
        #expect(try Self.findings(english: english) == [])
    }

    @Test func aChangedCodeBlockIsFound() throws {
        let english = try Self.edited(Self.english, "make install\n", "make install PREFIX=/usr\n")
        #expect(try Self.findings(english: english) == ["en:17 [code-mismatch]"])
    }

    @Test func aRemovedCodeBlockIsFound() throws {
        let english = try Self.edited(Self.english, "```sh\nmake install\n```\n", "")
        #expect(try Self.findings(english: english) == ["ko:17 [code-mismatch]"])
    }

    @Test func aChangedNumberIsFound() throws {
        let english = try Self.edited(Self.english, "12 kilobytes", "15 kilobytes")
        #expect(try Self.findings(english: english) == ["en:22 [number-mismatch]"])
    }

    // MARK: Not found

    @Test func emphasisStyleIsNotADifference() throws {
        let english = try Self.edited(Self.english, "_terminal_", "*terminal*")
        #expect(try Self.findings(english: english) == [])
    }

    @Test func aLinkMadeAbsoluteToTheSameTargetIsNotADifference() throws {
        let english = try Self.edited(Self.english, "(/en/download/)", "(https://dari.example.org/en/download/)")
        #expect(try Self.findings(english: english) == [])
    }

    @Test func aLinkToAnotherPageIsADifference() throws {
        let english = try Self.edited(Self.english, "(/en/download/)", "(/en/releases/)")
        #expect(try Self.findings(english: english) == ["en:11 [tag-mismatch]"])
    }

    @Test func shortcodeDelimitersAreNotADifference() throws {
        let english = try Self.edited(Self.english, "{{< note >}}", "{{% note %}}")
        #expect(try Self.findings(english: try Self.edited(english, "{{< /note >}}", "{{% /note %}}")) == [])
    }

    @Test func aShortcodeChangedIsADifference() throws {
        let english = try Self.edited(Self.english, "{{< note >}}", "{{< warning >}}")
        // On the line of the paragraph's first words, after the shortcode's own line.
        #expect(try Self.findings(english: english) == ["en:25 [tag-mismatch]"])
    }

    /// A glossary tooltip shows its `text` in the sentence, which the
    /// translation translates (or gives where the original shows the
    /// glossary's term); the term it points to must still match. A tab's
    /// name is translated too.
    @Test func aShortcodesVisibleTextIsTranslatedNotADifference() throws {
        let korean = try Self.edited(Self.korean, "설정 파일은 사이트 폴더에",
            #"{{< glossary_tooltip text="설정 파일" term_id="config" >}}은 {{< tab name="사이트" >}}폴더에"#)
        let english = try Self.edited(Self.english, "The configuration file is in the site folder.",
            #"The {{< glossary_tooltip text="configuration file" term_id="config" >}} is in the {{< tab name="site" >}}folder."#)
        #expect(try Self.findings(korean: korean, english: english) == [])
        let otherTerm = try Self.edited(english, #"term_id="config""#, #"term_id="site""#)
        #expect(try Self.findings(korean: korean, english: otherTerm) == ["en:22 [tag-mismatch]"])
        // The English shows the glossary's own term; the Korean names it in Korean.
        let defaultText = try Self.edited(english, #"text="configuration file" "#, "")
        #expect(try Self.findings(korean: korean, english: defaultText) == [])
        // A shortcode's address points at the page in the reader's language.
        let linkedKorean = try Self.edited(korean, #"{{< tab name="사이트" >}}"#, #"{{< link text="사이트" url="/ko/site/" >}}"#)
        let linkedEnglish = try Self.edited(english, #"{{< tab name="site" >}}"#, #"{{< link text="site" url="/en/site/" >}}"#)
        #expect(try Self.findings(korean: linkedKorean, english: linkedEnglish) == [])
    }

    @Test func reWrappedParagraphsAreNotADifference() throws {
        let english = try Self.edited(Self.english, "websites in Korean and English.\nThis guide",
                                      "websites\nin Korean and English. This guide")
        #expect(try Self.findings(english: english) == [])
    }

    @Test func twoParagraphsSwappedInTheTranslationLeaveNothingUntranslated() throws {
        let english = try Self.edited(Self.english, Self.firstParagraph + "\n\n" + Self.secondParagraph,
                                      Self.secondParagraph + "\n\n" + Self.firstParagraph)
        #expect(try Self.findings(english: english) == [])
        // At most a note on the order, at the paragraph that moved.
        #expect(try Self.notes(english: english) == ["en:10 [moved-block]"])
    }

    @Test func aRemovedSectionAndADifferentAddedOneStayOneSided() throws {
        // The English lost the configuration section at the end and gained another after the first paragraphs.
        let removed = try Self.edited(Self.english, "\n## Configuration {#configure}", "\n")
            .components(separatedBy: "\nThe configuration file")[0]
        let english = try Self.edited(removed, "\n- On Linux", """

            ## Updating {#update}

            To update, download the newest release and run the installer again; your settings are kept.

            - On Linux
            """)
        let found = try Self.findings(english: english)
        #expect(found.contains("ko:20 [untranslated]") && found.contains("en:13 [untranslated]"), "\(found)")
        #expect(try Self.notes(english: english).isEmpty)
    }

    @Test func aTranslatorsExtraClauseIsNotADifference() throws {
        let english = try Self.edited(Self.english, "is in the site folder.", "is in the site folder, next to the pages.")
        #expect(try Self.findings(english: english) == [])
    }
}
