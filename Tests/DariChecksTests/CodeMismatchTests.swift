@testable import DariChecks
import Foundation
import DariMemory
import DariModel
import Testing

/// Code is not for translation (issue 17, noise pattern 1): a code block is
/// compared whole with its counterpart and reported once when they differ;
/// the prose checks never read code, nor the text of inline code.
@Suite struct CodeMismatchTests {
    private func unit(_ id: String, _ kind: BlockKind, _ source: [InlineContent], _ target: [InlineContent]?) -> MemoryUnit {
        MemoryUnit(id: id, kind: kind, sourceLocation: SourceLocation(file: "ko/page.html", line: 10),
                   targetLocation: SourceLocation(file: "en/page.html", line: 12), sourcePath: nil, targetPath: nil,
                   segments: [MemorySegment(id: "s1", source: source, target: target,
                                            state: target == nil ? .initial : .translated, shape: (1, target == nil ? 0 : 1))])
    }

    private func findings(_ units: [MemoryUnit], checks: [any Check.Type] = CheckRegistry.all) -> [Finding] {
        let memory = TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/page.html",
                                                          targetOriginal: "en/page.html", units: units)])
        return Checker(checks: checks).run(memory)
    }

    @Test func aRealDifferenceInACodeBlockIsFoundOnce() {
        let source = "# 설치\nmake -j4 install\ncp gimp-2.10 /usr/bin/  # 복사\n(echo \"done\""
        let target = "# install\nmake -j8 install\ncp gimp-2.10 /usr/bin/  # copy\n(echo \"done\""
        let found = findings([unit("u1", .code, [.text(source)], [.text(target)])])
        #expect(found.map(\.checkID) == ["code-mismatch"])
        #expect(found.first?.location == SourceLocation(file: "en/page.html", line: 12))
        #expect(found.first?.message.contains("from '-j8 install") == true)
    }

    /// Shiki Twoslash hides what comes before `// ---cut---` (and after
    /// `// ---cut-after---`): set-up one page added to an example is not code
    /// a reader sees differ; a change below the cut still is.
    @Test func setUpHiddenAboveATwoslashCutIsNotCompared() {
        let korean = "function createZoo(): Animal[] {\n  return [new Rhino(), new Elephant()];\n}"
        let english = "// @strict: false\nclass Animal {}\nclass Rhino extends Animal {}\n// ---cut---\n" + korean
            + "\n// ---cut-after---\nexport {}"
        #expect(findings([unit("u1", .code, [.text(korean)], [.text(english)])]).isEmpty)
        let changed = english.replacingOccurrences(of: "new Elephant()", with: "new Snake()")
        #expect(findings([unit("u1", .code, [.text(korean)], [.text(changed)])]).map(\.checkID) == ["code-mismatch"])
        #expect(CodeMismatch.visibleLines("a\n  // ---cut---\nb") == "b")
    }

    /// A block over several lines is reported on the line that changed, as
    /// the page file numbers it, not on the block's first line.
    @Test(arguments: [
        // The third line changed.
        ("retreat:\n  name: 수련회\n  days: 2", "retreat:\n  name: retreat\n  days: 3", 14),
        // A comment translated over two lines, then a changed line.
        ("/* 설정을\n   읽습니다 */\nload()\nrun(1)", "/* reads the\n   settings */\nload()\nrun(2)", 15),
        // Re-wrapped code is no change: the line after it is.
        ("call(a, b)\nnext(1)", "call(a,\n     b)\nnext(2)", 14),
        // The first line changed: the block's line.
        ("make -j4\ninstall", "make -j8\ninstall", 12),
        // Code cut at its end: the block's line.
        ("one()\ntwo()\nthree()", "one()\ntwo()", 12),
    ])
    func aChangedCodeBlockIsFoundOnItsFirstChangedLine(source: String, target: String, line: Int) throws {
        var code = unit("u1", .code, [.text(source)], [.text(target)])
        // The page's line of each line of the code after the first (`MemorySegment.targetLineMarks`).
        var offset = 0
        for (index, piece) in target.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
            offset += piece.utf16.count + 1
            code.segments[0].targetLineMarks.append(LineMark(offset: offset, line: 12 + index + 1))
        }
        let found = findings([code], checks: [CodeMismatch.self])
        #expect(found.map(\.location) == [SourceLocation(file: "en/page.html", line: line)])
    }

    /// Translators rightly translate placeholders and comments in examples.
    @Test(arguments: [
        ("service 패키지 status", "service package status"),
        ("systemctl status 패키지.service", "systemctl status package.service"),
        ("# 패키지를 설치합니다\napt install foo", "# install the package\napt install foo"),
        ("return []\n}\n\n// 다음과 같이 마이그레이션:\n\nhotUpdate()", "return []\n}\n\n// Migrate to...\n\nhotUpdate()"),
        ("/* 설정 파일 */\nexport default {}", "/* the config file,\n   read at start */\nexport default {}"),
        ("<!-- 머리글 -->\n<h1>Vite</h1>", "<!-- the heading -->\n<h1>Vite</h1>"),
        // BASIC comments, with one marker written for the other (LibreOffice help).
        ("Print Exp(23) REM 로그로 거듭제곱합니다\nEnd Sub", "Print Exp(23) ' Raises by forming a logarithm\nEnd Sub"),
        ("REM 시컨트 및 각도를 입력합니다\nSub Example", "' The following example allows the input of\n' secant and angle\nSub Example"),
        // A string the program shows its user, translated with its punctuation.
        ("Print #iNumber,\"다른 줄 텍스트입니다.\"\nClose", "Print #iNumber, \"This is another line of text\"\nClose"),
        ("d1 = InputBox$(\"각도 맞은편 변 길이 입력: \",\"각도\")", "d1 = InputBox$(\"Enter the length of the side: \",\"Angle\")"),
        // Placeholders whose words the translator joined differently (tldr pages).
        ("ROPgadget --binary {{경로/대상/바이너리}} --depth {{바이트_수}}", "ROPgadget --binary {{path/to/binary}} --depth {{nbyte}}"),
        ("surge {{경로/대상/내_프로젝트}} {{내_사용자_도메인.com}}", "surge {{path/to/project}} {{example.com}}"),
        ("erl -pa {{경로/대상/beam파일에_관한_디렉토리}}", "erl -pa {{path/to/directory_with_beam_files}}"),
        // Case: BASIC's and SQL's keywords ignore it.
        ("For i% = 1 to 10 REM 오류\nOn Error Goto Handler", "For i% = 1 To 10 ' an error\nOn Error GoTo Handler"),
    ])
    func codeThatDiffersOnlyInTranslatedWordsIsTheSame(source: String, target: String) {
        #expect(findings([unit("u1", .code, [.text(source)], [.text(target)])]).isEmpty)
    }

    /// A command's help is a table of options whose descriptions the
    /// translator writes freely, with English glosses in brackets and words
    /// kept in English at the column's start (Helm's reference pages): the
    /// options and their defaults are the code.
    @Test(arguments: [
        ("--burst-limit int   클라이언트 측 기본 제한 (기본값 100)\n    --debug           장황한(verbose) 출력 활성화",
         "--burst-limit int   client-side default throttling limit (default 100)\n    --debug           enable verbose output"),
        ("-h, --help             verify 명령어에 대한 도움말\n      --keyring string   공개 키가 들어 있는 키링",
         "-h, --help             help for verify\n      --keyring string   keyring containing public keys"),
        ("Usage:\n  helm verify PATH [flags]\n설명은 아래와 같다(see below)",
         "Usage:\n  helm verify PATH [flags]\nThe description (see below) follows"),
    ])
    func aTableOfOptionsWithTranslatedDescriptionsIsTheSame(source: String, target: String) {
        #expect(findings([unit("u1", .code, [.text(source)], [.text(target)])]).isEmpty)
    }

    /// What the descriptions leave is still compared: a changed option, a
    /// changed default, a line added.
    @Test(arguments: [
        ("--burst-limit int   클라이언트 측 기본 제한 (기본값 50)", "--burst-limit int   client-side default throttling limit (default 100)"),
        ("--burst int   클라이언트 측 기본 제한", "--burst-limit int   client-side default throttling limit"),
        ("--debug   자세한 출력", "--burst-limit int   client-side limit\n--debug   enable verbose output"),
        // Indentation is no column: the code around a translated string still counts.
        ("f(x)\n    show(roomId + '에 오신 것을 환영합니다', theme);", "f(x)\n    show('Welcome to ' + roomId, theme);"),
    ])
    func anOptionsTableStillComparesItsOptions(source: String, target: String) {
        #expect(findings([unit("u1", .code, [.text(source)], [.text(target)])]).map(\.checkID) == ["code-mismatch"])
    }

    /// `//` after a colon (`https://`) and `#` without a space (`#app`) are code.
    @Test(arguments: [
        ("fetch('https://example.org/a')", "fetch('https://example.org/b')"),
        ("document.querySelector('#app')", "document.querySelector('#root')"),
        ("build: { rollupOptions: {} } // 옵션", "build: { rolldownOptions: {} } // options"),
        // A quoted string and a changed type before a BASIC comment are code.
        ("Print 'a' + x", "Print 'b' + x"),
        ("Dim n As Long REM 개수", "Dim n As Integer ' the count"),
        // A string without Korean is code, and so is what surrounds a translated one.
        ("MsgBox \"Done\"", "MsgBox \"Finished\""),
        ("InputBox(\"각도 입력: \", 90)", "InputBox(\"Enter the angle: \", 45)"),
    ])
    func commentsLeftOutDoNotHideCode(source: String, target: String) {
        #expect(findings([unit("u1", .code, [.text(source)], [.text(target)])]).map(\.checkID) == ["code-mismatch"])
    }

    @Test(arguments: [
        ("service 패키지 stop", "service package restart"),
        // The English adopted long options since; the placeholder is translated.
        ("sha224sum --check {{경로/대상/파일.sha224}}", "sha224sum {{[-c|--check]}} {{path/to/file.sha224}}"),
        ("surge {{경로/대상/프로젝트}} {{도메인}}.org", "surge {{path/to/project}} {{example}}.com"),
    ])
    func aTranslatedPlaceholderDoesNotHideAChangedCommand(source: String, target: String) {
        let found = findings([unit("u1", .code, [.text(source)], [.text(target)])])
        #expect(found.map(\.checkID) == ["code-mismatch"])
    }

    /// The message quotes the code from its first difference as written,
    /// spaces kept, so the editor can find it.
    @Test func theMessageQuotesTheCodeAsWritten() {
        let found = findings([unit("u1", .code, [.text("sudo chage --maxdays {{10}} {{사용자명}}")],
                                   [.text("sudo chage {{[-M|--maxdays]}} {{10}} {{username}}")])])
        #expect(found.map(\.message) == ["the English code block differs from the Korean one from "
            + "'{{[-M|--maxdays]}} {{10}} {{u…'; make them the same, or mark a deliberate change with data-dari-ignore"])
    }

    /// A page whose code blocks mostly differ (the original rewritten, the
    /// translation of an older version) is one finding, the other blocks related;
    /// a page where fewer than half differ keeps one finding per block.
    @Test func aPageWhoseCodeMostlyDiffersIsOneFinding() throws {
        let same = (1...2).map { unit("s\($0)", .code, [.text("ls -l \($0)")], [.text("ls -l \($0)")]) }
        let changed = (1...3).map { unit("c\($0)", .code, [.text("ng new \($0)")], [.text("ng {{[n|new]}} \($0)")]) }
        let found = findings(changed + same)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.message.hasPrefix("3 of the 5 code blocks on this page differ from the Korean ones"))
        #expect(finding.relatedLocations.map(\.unitID) == ["c2", "c3"])
        let fewer = (1...4).map { unit("s\($0)", .code, [.text("ls -l \($0)")], [.text("ls -l \($0)")]) }
        #expect(findings(changed + fewer).count == 3)
    }

    /// A formatter's trailing commas and line breaks around brackets are no change.
    @Test func codeThatDiffersOnlyInTrailingCommasIsTheSame() {
        let source = "mergeConfig(\n  defaults,\n  isRoot = true,\n): Record<string, any>\nallow: [\n  a,\n],"
        let same = "mergeConfig(\n  defaults,\n  isRoot = true\n): Record<string, any>\nallow: [\n  a\n],"
        #expect(findings([unit("u1", .code, [.text(source)], [.text(same)])]).isEmpty)
        let changed = "mergeConfig(\n  defaults,\n  isRoot = false\n): Record<string, any>\nallow: [\n  a\n],"
        #expect(findings([unit("u1", .code, [.text(source)], [.text(changed)])]).map(\.checkID) == ["code-mismatch"])
    }

    /// What a formatter changes between two copies of one example
    /// (parentheses around one parameter or a JSX branch, semicolons,
    /// trailing commas, wrapping) is no change a reader acts on.
    @Test(arguments: [
        ("return tasks.filter((t) => t.id !== action.id);", "return tasks.filter(t => t.id !== action.id)"),
        ("{contacts.map((contact) => (\n  <li>{contact.name}</li>\n))}", "{contacts.map(contact =>\n  <li>{contact.name}</li>\n)}"),
        ("{selected ? <b>{name}</b> : name}", "{selected ? (\n  <b>{name}</b>\n) : (\n  name\n)}"),
        ("const data = use(fetchItem(id))", "const data = use(fetchItem(id));"),
        ("Object.getOwnPropertyNames(\"foo\");", "Object.getOwnPropertyNames('foo');"),
        // A configuration file's word quoted or not (the httpd manual's newer English quotes every path).
        ("Alias \"/docs\" \"/var/web\"", "Alias /docs /var/web"),
        ("<Location \"/server-status\">\n  SetHandler server-status\n</Location>",
         "<Location /server-status>\n  SetHandler server-status\n</Location>"),
        // An example brought up to date declares with const or let (MDN's English since 2022).
        ("var myFish = ['angel', 'clown'];\nvar popped = myFish.pop();",
         "const myFish = [\"angel\", \"clown\"];\nconst popped = myFish.pop();"),
    ])
    func codeThatDiffersOnlyInFormattingIsTheSame(source: String, target: String) {
        #expect(findings([unit("u1", .code, [.text(source)], [.text(target)])]).isEmpty)
    }

    /// A translated example: the text its user sees is translated, in the
    /// order Korean puts its words, in markup and in strings alike.
    @Test(arguments: [
        ("return <h1>{roomId} 방에 오신 것을 환영합니다!</h1>;", "return <h1>Welcome to the {roomId} room!</h1>;"),
        ("<button onClick={handleClick}>\n  input에 포커스\n</button>", "<button onClick={handleClick}>\n  Focus the input\n</button>"),
        ("<option value=\"일반\">일반</option>\n{show ? '대화 닫기' : '대화 열기'}",
         "<option value=\"general\">general</option>\n{show ? 'Close chat' : 'Open chat'}"),
        ("<label>\n  대화방 선택하기:{' '}\n  <select value={roomId}>", "<label>\n  Choose the chat room:{' '}\n  <select value={roomId}>"),
    ])
    func translatedTextInMarkupOrStringsIsTheSameCode(source: String, target: String) {
        #expect(findings([unit("u1", .code, [.text(source)], [.text(target)])]).isEmpty)
    }

    /// What the translation leaves out is the text; the code around it still counts,
    /// and a block with no Korean in it was not translated at all.
    @Test(arguments: [
        ("return <h1>{roomId} 방에 오신 것을 환영합니다!</h1>;", "return <h1>Welcome to the {roomName} room!</h1>;"),
        ("<button onClick={handleClick}>포커스</button>", "<button onClick={handleFocus}>Focus</button>"),
        ("if (a > b) { setCount(count + 1); } // 증가", "if (a > c) { setCount(count + 1); } // increase"),
        ("\"react\": \"canary\",\n\"react-dom\": \"canary\"", "\"react\": \"19.3.0\",\n\"react-dom\": \"19.3.0\""),
        ("<h1>Welcome</h1>", "<h1>Welcome back</h1>"),
        // A name that only holds a declaration word is still a name.
        ("const variable = letter;", "const variable = let;"),
        // A comma between parameters is code a formatter does not drop.
        ("command: 'build' | 'serve',\n  defaultMode = 'development'\n  isPreview = false,\n): Promise",
         "command: 'build' | 'serve',\n  defaultMode = 'development',\n  isPreview = false,\n): Promise"),
    ])
    func translatedTextDoesNotHideChangedCode(source: String, target: String) {
        #expect(findings([unit("u1", .code, [.text(source)], [.text(target)])]).map(\.checkID) == ["code-mismatch"])
    }

    @Test func codeThatDiffersOnlyInWhiteSpaceIsTheSame() {
        let found = findings([unit("u1", .code, [.text("if x {\n    y()\n}")], [.text("if x {\n  y()\n}\n")])])
        #expect(found.isEmpty)
    }

    /// Untranslatable-looking text, numbers, URLs, brackets and doubled
    /// spaces that are the same code on both sides give nothing.
    @Test func theProseChecksLeaveIdenticalCodeAlone() {
        let code = "for i in range(3):  print(\"https://example.org/a\", i  # 3.5 MB\nend."
        #expect(findings([unit("u1", .code, [.text(code)], [.text(code)])]).isEmpty)
    }

    @Test func aCodeBlockOnOneSideOnlyIsNoProseFinding() {
        #expect(findings([unit("u1", .code, [.text("gimp --version")], nil)]).isEmpty)
    }

    /// `<code>` inside prose stays an inline code; its text is not a number,
    /// a URL or an English phrase the prose checks compare.
    @Test func inlineCodeTextIsLeftOutOfTheProseChecks() {
        let korean: [InlineContent] = [
            .text("설정 파일은 "),
            .start(id: 1, element: "code", original: "<code>"), .text("tile-cache-size 2,048"),
            .end(id: 1, element: "code", original: "</code>"),
            .text("에 있습니다."),
        ]
        let english: [InlineContent] = [
            .text("The configuration file is "),
            .start(id: 1, element: "code", original: "<code>"), .text("tile-cache-size 4,096"),
            .end(id: 1, element: "code", original: "</code>"),
            .text("."),
        ]
        // The code itself is compared as code, once: no number or prose finding.
        let found = findings([unit("u1", .paragraph, korean, english)])
        #expect(found.map(\.checkID) == ["code-mismatch"], "\(found.map(\.message))")
    }

    /// A number or address one side writes as inline code and the other as
    /// text is on both sides (tldr's `` `alice@example.com` `` and a Korean
    /// alice@example.com); one written in neither as the other has it is still
    /// a difference.
    @Test func whatOneSideWritesAsInlineCodeIsThereForTheOther() {
        func code(_ text: String) -> [InlineContent] {
            [.start(id: 1, element: "code", original: "`"), .text(text), .end(id: 1, element: "code", original: "`")]
        }
        let english: [InlineContent] = [.text("Encrypt it for ")] + code("alice@example.com")
            + [.text(" on port ")] + code(":8080") + [.text(".")]
        let korean: [InlineContent] = [.text("alice@example.com에 대해 포트 :8080에서 암호화합니다.")]
        #expect(findings([unit("u1", .paragraph, korean, english)]).isEmpty)
        let changed: [InlineContent] = [.text("bob@example.com에 대해 포트 :9090에서 암호화합니다.")]
        #expect(Set(findings([unit("u1", .paragraph, changed, english)]).map(\.checkID))
                == ["url-mismatch", "number-mismatch"])
    }

    /// Inline code the original changed and the translation still shows as it
    /// was (the Vite docs' `string | true` for `string[] | true`, and
    /// `defaultClientConditions` for `defaultServerConditions`) is one finding
    /// for the paragraph, at the first changed code.
    @Test func inlineCodeInAnotherVersionIsFoundOnceForItsParagraph() {
        func code(_ text: String, _ id: Int) -> [InlineContent] {
            [.start(id: id, element: "code", original: "`"), .text(text), .end(id: id, element: "code", original: "`")]
        }
        let english: [InlineContent] = [.text("Use ")] + code("defaultServerConditions", 1) + [.text(" with ")]
            + code("string[] | true", 2) + [.text(" values.")]
        let korean: [InlineContent] = code("string | true", 1) + [.text(" 값에는 ")]
            + code("defaultClientConditions", 2) + [.text("를 사용하세요.")]
        // The memory's original is Korean: the English is the translation that fell behind.
        let found = findings([unit("u1", .paragraph, korean, english)])
        #expect(found.map(\.checkID) == ["code-mismatch"])
        #expect(found.first?.message == "the English has the code 'defaultServerConditions' where the Korean has "
                    + "'defaultClientConditions', and 'string[] | true' where it has 'string | true'; update the code")
    }

    /// Code a translation leaves out, adds, writes in Korean, or writes with
    /// other spacing or brackets is the translator's wording, not a change.
    @Test func inlineCodeDroppedAddedTranslatedOrReformattedIsNoFinding() {
        func code(_ text: String, _ id: Int) -> [InlineContent] {
            [.start(id: id, element: "code", original: "`"), .text(text), .end(id: id, element: "code", original: "`")]
        }
        let english: [InlineContent] = [.text("Run ")] + code("npm run build", 1) + [.text(" or call ")]
            + code("build()", 2) + [.text(" with a ")] + code("<path>", 3) + [.text(".")]
        let korean: [InlineContent] = code("npm  run build", 1) + [.text("을 실행하거나 ")] + code("build", 2)
            + [.text("를 ")] + code("<경로>", 3) + [.text("와 함께 호출하고 ")] + code("dist", 4) + [.text("를 확인하세요.")]
        #expect(findings([unit("u1", .paragraph, korean, english)]).isEmpty)
        // A code only one side has, with no other version of it on the other side: no finding.
        #expect(CodeMismatch.changedCodes(["vite build", "esbuild"], ["vite build"]).isEmpty)
        // Two unrelated codes are not versions of one another.
        #expect(CodeMismatch.changedCodes(["esbuild"], ["Rolldown"]).isEmpty)
        #expect(CodeMismatch.changedCodes(["optimizeDeps.esbuildOptions"], ["optimizeDeps.rolldownOptions"]).count == 1)
        // The same union in another order, and a JSX element closed or not, are the same code.
        #expect(CodeMismatch.changedCodes(["boolean | 'lightningcss' | 'esbuild'"], ["boolean | 'esbuild' | 'lightningcss'"])
                    .isEmpty)
        #expect(CodeMismatch.changedCodes(["<select />"], ["<select>"]).isEmpty)
        #expect(CodeMismatch.changedCodes(["mode: \"auto\""], ["mode: 'auto'"]).isEmpty)
        #expect(CodeMismatch.changedCodes(["String|Number"], ["String\\|Number"]).isEmpty)
        // A setting in each reader's language is the same code.
        #expect(CodeMismatch.changedCodes(["locale=en_US"], ["locale=ko_KR"]).isEmpty)
        #expect(CodeMismatch.changedCodes(["locale=en_US"], ["locale=fr_FR"]).count == 1)
    }

    /// A block whose prose the translator translated, rewrapped and
    /// reordered around the same code lines is the same block (the Debian
    /// installation guide's report template, its preseed example); a code
    /// line changed, or a Korean line bringing a word of its own, is not.
    @Test func proseTranslatedInsideABlockIsNoDifference() {
        let english = """
            Package: installation-reports
            Boot method: <How did you boot the installer? CD/DVD? USB stick? Network?>
            <Description of the install, in prose, and any thoughts, comments
                  and ideas you had during the initial install.>
            Please make sure that any installation logs that you think would
            be useful are attached to this report. (You can find them in /var/log/)
            """
        let korean = """
            Package: installation-reports
            Boot method: <설치 프로그램을 어떻게 부팅했는지? CD/DVD? USB 메모리? 네트워크?>
            유용하다고 생각하는 모든 설치 로그 파일을 이 보고서에 첨부하십시오. (로그
            파일은 /var/log/ 안에 있습니다.)
            <설치 과정을 문장으로 설명하십시오. 그리고 처음에 설치했을 때
                  들었던 생각, 평가, 아이디어 따위도 써 주십시오.>
            """
        #expect(CodeMismatch.differsOnlyInTranslatedProse(english, korean))
        #expect(!CodeMismatch.differsOnlyInTranslatedProse(english, korean.replacingOccurrences(
            of: "Package: installation-reports", with: "Package: install-reports")))
        #expect(!CodeMismatch.differsOnlyInTranslatedProse(english, korean.replacingOccurrences(
            of: "파일은 /var/log/ 안에", with: "파일은 /var/tmp/ 안에")))
        // A command whose literal argument became a placeholder is still a difference.
        #expect(!CodeMismatch.differsOnlyInTranslatedProse("xdg-settings set default-web-browser {{firefox.desktop}}",
                                                          "xdg-settings set {{기본-웹-브라우저}} {{firefox.desktop}}"))
        // A Korean comment written without a space after `#` is a comment.
        #expect(CodeMismatch.withoutComments("#d-i partman/method string raid\n#하므로, 크기가 같을 때만") == "#d-i partman/method string raid\n")
    }

    /// A shell transcript with the root prompt on one page and without it
    /// on the other is the same block (the Debian installation guide's
    /// `# apt clean`, which alone reads as a comment).
    @Test func aPromptOnOneSideOnlyIsNoDifference() {
        #expect(CodeMismatch.differsOnlyInPrompts("# apt clean", "apt clean"))
        #expect(CodeMismatch.differsOnlyInPrompts("$ make\n$ make install", "make\nmake install"))
        #expect(!CodeMismatch.differsOnlyInPrompts("# apt clean", "apt autoclean"))
        #expect(!CodeMismatch.differsOnlyInPrompts("#", ""))
    }

    /// Each page points its readers to a mirror near them (the Debian
    /// installation guide's `ftp.kr.debian.org` for `http.us.debian.org`):
    /// in a code block and in inline code, the same code.
    @Test func aCountryMirrorOfTheSameDomainIsNoDifference() {
        #expect(CodeMismatch.isSameCode("d-i mirror/http/hostname string http.us.debian.org\nd-i mirror/http/directory string /debian",
                                      "d-i mirror/http/hostname string ftp.kr.debian.org\nd-i mirror/http/directory string /debian"))
        #expect(!CodeMismatch.isSameCode("string http.us.debian.org", "string deb.debian.org"))
        #expect(!CodeMismatch.isSameCode("string http.us.debian.org", "string ftp.kr.ubuntu.com"))
        #expect(CodeMismatch.changedCodes(["http.us.debian.org/debian"], ["ftp.kr.debian.org/debian"]).isEmpty)
        #expect(CodeMismatch.changedCodes(["http.us.debian.org/debian"], ["ftp.kr.debian.org/ubuntu"]).count == 1)
    }

    /// The same memory without the code elements: the checks do read prose.
    @Test func theSameTextAsProseIsChecked() {
        let korean: [InlineContent] = [.text("설정 파일은 tile-cache-size 2,048에 있습니다.")]
        let english: [InlineContent] = [.text("The configuration file is tile-cache-size 4,096.")]
        #expect(findings([unit("u1", .paragraph, korean, english)]).map(\.checkID).contains("number-mismatch"))
    }
}
