import DariTestSupport
import Foundation
import Testing

/// Runs the built `dari extract` and checks stdout, stderr and the exit status.
@Suite struct ExtractCommandTests {
    /// A scratch folder holding `files` (name → bytes).
    private static func folder(with files: [String: [UInt8]]) throws -> ScratchFolder {
        let folder = try ScratchFolder("dari-extract")
        for (name, bytes) in files {
            try folder.write(name, bytes)
        }
        return folder
    }

    private static func run(_ arguments: [String], in folder: ScratchFolder) throws -> CommandResult {
        try CommandRunner.run(arguments, directory: folder.path)
    }

    private static let goodPage = Array("""
        <!DOCTYPE html>
        <html lang="ko">
        <head><title>소개</title></head>
        <body>
        <h1>우리의 이야기</h1>
        <p>2000년에 <a href="/ko/history.html">시작</a>했습니다.</p>
        </body>
        </html>

        """.utf8)

    private static let invalidPage = Array("<html>\n<body>\n<p>bad \u{FF}".utf8.map { $0 == 0xC3 ? 0xFF : $0 })

    @Test func goodPageAsText() throws {
        let folder = try Self.folder(with: ["about.html": Self.goodPage])
        let run = try Self.run(["extract", "about.html"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
            # about.html  lang=ko
            about.html:3  title  html/head/title[1]  소개
            about.html:5  h1  html/body/h1[1]  우리의 이야기
            about.html:6  p  html/body/p[1]  2000년에 {1}시작{/1}했습니다.

            """)
    }

    @Test func goodPageAsJSONLines() throws {
        let folder = try Self.folder(with: ["about.html": Self.goodPage])
        let run = try Self.run(["extract", "--format", "jsonl", "about.html"], in: folder)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["file"] as? String == "about.html")
        }
    }

    @Test func severalPagesInArgumentOrder() throws {
        let folder = try Self.folder(with: ["a.html": Array("<p>A</p>".utf8), "b.html": Array("<p>B</p>".utf8)])
        let run = try Self.run(["extract", "b.html", "a.html"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "# b.html  lang=none\nb.html:1  p  html/body/p[1]  B\n# a.html  lang=none\na.html:1  p  html/body/p[1]  A\n")
    }

    @Test func malformedPageWarnsOnStderrWithLineAndColumn() throws {
        let page = Array("<html>\n<body>\n<p>Stray</i> end</p>\n</body>\n</html>\n".utf8)
        let folder = try Self.folder(with: ["page.html": page])
        let run = try Self.run(["extract", "page.html"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("page.html:3:"))
        #expect(run.stderr.contains(": warning: Unexpected end tag : i"))
        #expect(run.stdout.contains("page.html:3  p  html/body/p[1]  Stray end"))
    }

    @Test func missingFileExits74AndPrintsNothingOnStdout() throws {
        let folder = try Self.folder(with: ["about.html": Self.goodPage])
        let run = try Self.run(["extract", "about.html", "missing.html"], in: folder)
        #expect(run.status == 74)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("missing.html: error: no such file; "))
    }

    @Test func folderExits74() throws {
        let folder = try Self.folder(with: [:])
        try FileManager.default.createDirectory(atPath: folder.path + "/site", withIntermediateDirectories: true)
        let run = try Self.run(["extract", "site"], in: folder)
        #expect(run.status == 74)
        #expect(run.stderr.hasPrefix("site: error: this is a folder"))
    }

    @Test func invalidUTF8Exits65WithTheLine() throws {
        let folder = try Self.folder(with: ["bad.html": Self.invalidPage, "about.html": Self.goodPage])
        let run = try Self.run(["extract", "about.html", "bad.html"], in: folder)
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("bad.html:3: error: the bytes on this line are not valid UTF-8; "))
    }

    @Test func noPageIsAUsageError() throws {
        let run = try Self.run(["extract"], in: Self.folder(with: [:]))
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("Name at least one HTML page"))
    }
}
