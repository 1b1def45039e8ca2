import DariTestSupport
import Foundation
import Testing

/// Runs the built `dari export` on copies of the QA memory and checks the
/// files, stdout, stderr and exit status.
@Suite struct ExportCommandTests {
    /// A scratch folder holding `files` (name → bytes).
    private static func folder(with files: [String: [UInt8]]) throws -> ScratchFolder {
        let folder = try ScratchFolder("dari-export")
        for (name, bytes) in files {
            try folder.write(name, bytes)
        }
        return folder
    }

    private static func qaMemory() throws -> [UInt8] {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: shared + "/data/qa/news-dev.xlf21.xlf")))
    }

    private static func contents(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func tmxNextToTheMemory() throws {
        let folder = try Self.folder(with: ["site.xlf": Self.qaMemory()])
        let run = try CommandRunner.run(["export", "site.xlf", "--tmx"], directory: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "site.tmx: wrote 990 translation units; skipped 10 untranslated (TMX has no place for them)\n")
        let tmx = try String(contentsOfFile: folder.path + "/site.tmx", encoding: .utf8)
        #expect(tmx.components(separatedBy: "<tu ").count - 1 == 990)
        #expect(try Self.contents(folder.path) == ["site.tmx", "site.xlf"])
    }

    @Test func xliff12ToANamedFile() throws {
        let folder = try Self.folder(with: ["site.xlf": Self.qaMemory()])
        let run = try CommandRunner.run(["export", "--xliff12", "site.xlf", "-o", "out.xlf"], directory: folder.path)
        #expect(run.status == 0)
        #expect(run.stderr == "out.xlf: wrote 1000 trans-units\n")
        let xml = try String(contentsOfFile: folder.path + "/out.xlf", encoding: .utf8)
        #expect(xml.contains(#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">"#))
        #expect(xml.components(separatedBy: "<trans-unit ").count - 1 == 1000)
    }

    @Test func defaultXLIFF12Name() throws {
        let folder = try Self.folder(with: ["site.xlf": Self.qaMemory()])
        let run = try CommandRunner.run(["export", "--xliff12", "site.xlf"], directory: folder.path)
        #expect(run.status == 0)
        #expect(try Self.contents(folder.path) == ["site.xlf", "site.xlf12.xlf"])
    }

    @Test func standardOutput() throws {
        let folder = try Self.folder(with: ["site.xlf": Self.qaMemory()])
        let run = try CommandRunner.run(["export", "site.xlf", "--tmx", "-o", "-"], directory: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx"))
        #expect(run.stderr.hasPrefix("<stdout>: wrote 990 translation units"))
        #expect(try Self.contents(folder.path) == ["site.xlf"])
    }

    @Test func missingMemoryExits74AndWritesNothing() throws {
        let folder = try Self.folder(with: [:])
        let run = try CommandRunner.run(["export", "gone.xlf", "--tmx"], directory: folder.path)
        #expect(run.status == 74)
        #expect(run.stdout == "")
        #expect(run.stderr == "gone.xlf: error: no such file; check the path and run again\n")
        #expect(try Self.contents(folder.path) == [])
    }

    @Test func malformedMemoryExits65WithItsLine() throws {
        let bytes = Array("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"ko\">\n<file id=\"f\">\n</xliff>\n".utf8)
        let folder = try Self.folder(with: ["bad.xlf": bytes])
        let run = try CommandRunner.run(["export", "bad.xlf", "--xliff12"], directory: folder.path)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("bad.xlf:4:"))
        #expect(run.stderr.contains("Opening and ending tag mismatch: file line 3 and xliff"))
        #expect(try Self.contents(folder.path) == ["bad.xlf"])
    }

    @Test func notXLIFFExits65() throws {
        let folder = try Self.folder(with: ["page.html": Array("<?xml version=\"1.0\"?>\n<html><body/></html>\n".utf8)])
        let run = try CommandRunner.run(["export", "page.html", "--tmx", "-o", "out.tmx"], directory: folder.path)
        #expect(run.status == 65)
        #expect(run.stderr == "page.html:2: error: the root element is <html>, not an XLIFF <xliff>; give dari an XLIFF 2.x or 1.2 file\n")
        #expect(try Self.contents(folder.path) == ["page.html"])
    }

    @Test func formatIsRequiredAndExclusive() throws {
        let folder = try Self.folder(with: ["site.xlf": Self.qaMemory()])
        #expect(try CommandRunner.run(["export", "site.xlf"], directory: folder.path).status == 64)
        #expect(try CommandRunner.run(["export", "site.xlf", "--tmx", "--xliff12"], directory: folder.path).status == 64)
        #expect(try CommandRunner.run(["export", "site.xlf", "--tmx", "-o", "site.xlf"], directory: folder.path).status == 64)
        #expect(try Self.contents(folder.path) == ["site.xlf"])
    }

    @Test func unwritableOutputExits74() throws {
        let folder = try Self.folder(with: ["site.xlf": Self.qaMemory()])
        let run = try CommandRunner.run(["export", "site.xlf", "--tmx", "-o", "no/such/dir/out.tmx"], directory: folder.path)
        #expect(run.status == 74)
        #expect(run.stderr.hasPrefix("no/such/dir/out.tmx: error: cannot write the file"))
    }
}

/// Writing to a FIFO (as to /dev/null or /dev/stdout) must write through it,
/// never rename a temporary file over it.
@Suite struct ExportToSpecialFileTests {
    @Test func fifoStaysAFifo() throws {
        let folder = try ScratchFolder("dari-export-fifo")
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        try folder.copy(shared + "/data/qa/news-dev.xlf21.xlf", to: "site.xlf")
        #expect(mkfifo(folder.path + "/pipe", 0o600) == 0)
        // A reader on the FIFO, so the writer's open does not block.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "wc -c < \"$0\" > \"$0.count\"", folder.path + "/pipe"]
        try reader.run()
        let run = try CommandRunner.run(["export", "site.xlf", "--tmx", "-o", "pipe"], directory: folder.path)
        reader.waitUntilExit()
        #expect(run.status == 0, "\(run.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/pipe")
        #expect(attributes[.type] as? FileAttributeType != .typeRegular)
        let count = try String(contentsOfFile: folder.path + "/pipe.count", encoding: .utf8)
        #expect((Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 100_000)
    }
}
