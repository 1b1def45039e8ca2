import DariMemory
import DariModel
import DariTestSupport
import DariXML
import Foundation
import Testing
@testable import DariPipeline

/// The translator's loop: `dari todo` writes what needs work with what the
/// translator needs; `dari import` takes the translations back, never
/// replacing a different one without saying so.
@Suite struct TodoImportTests {
    /// A page with a heading, a translated sentence, an untranslated one, an
    /// outdated one (states set as `dari align` would) and a target-only one.
    static func memory() -> TranslationMemory {
        func segment(_ id: String, _ source: String, _ target: String?, change: SegmentChange? = nil,
                     previous: String? = nil) -> MemorySegment {
            MemorySegment(id: id, source: source.isEmpty ? [] : [.text(source)], target: target.map { [.text($0)] },
                          state: target == nil ? .initial : .translated,
                          shape: (source.isEmpty ? 0 : 1, target == nil ? 0 : 1), change: change,
                          previousSource: previous)
        }
        let heading = MemoryUnit(
            id: "u1", kind: .heading(level: 1), sourceLocation: SourceLocation(file: "ko/about.html", line: 5),
            targetLocation: SourceLocation(file: "en/about.html", line: 5), sourcePath: "h1[1]", targetPath: "h1[1]",
            segments: [segment("s1", "선교회 소개", "About the mission")])
        let body = MemoryUnit(
            id: "u2", kind: .paragraph, sourceLocation: SourceLocation(file: "ko/about.html", line: 7),
            targetLocation: SourceLocation(file: "en/about.html", line: 7), sourcePath: "p[1]", targetPath: "p[1]",
            segments: [
                segment("s1", "선교회는 2001년에 시작되었습니다.", "The mission began in 2001."),
                segment("s2", "선교회는 2005년에 시작되었습니다.", nil),
                segment("s3", "매주 금요일에 기도 모임이 있습니다.", "There is a prayer meeting every Sunday.",
                        change: .sourceChanged, previous: "매주 일요일에 기도 모임이 있습니다."),
                segment("s4", "", "Only in English."),
            ])
        let done = MemoryUnit(
            id: "u1", kind: .paragraph, sourceLocation: SourceLocation(file: "ko/done.html", line: 3),
            targetLocation: SourceLocation(file: "en/done.html", line: 3), sourcePath: "p[1]", targetPath: "p[1]",
            segments: [segment("s1", "다 번역되었습니다.", "All translated.", change: .unchanged)])
        return TranslationMemory(files: [
            MemoryFile(id: "f1", original: "ko/about.html", targetOriginal: "en/about.html", units: [heading, body]),
            MemoryFile(id: "f2", original: "ko/done.html", targetOriginal: "en/done.html", units: [done]),
        ])
    }

    /// A scratch site folder with the memory, a glossary and dari.json's urls.
    private func site() throws -> (ScratchFolder, String) {
        let scratch = try ScratchFolder("dari-todo", files: [
            "dari.json": #"{"urls": {"ko": "https://example.org/ko/", "en": "https://example.org/en/"}}"#,
            "Glossary/terms.csv": "ko,en\n선교회,mission\n",
        ])
        let memory = try scratch.write("memory.xlf", XLIFF21Writer.render(Self.memory()))
        return (scratch, memory)
    }

    private func job(_ memory: String, in scratch: ScratchFolder, format: TodoFormat = .xliff) throws -> (TodoOutcome, String) {
        let output = scratch.path + (format == .markdown ? "/job.md" : "/job.xlf")
        let outcome = try TodoRun.run(TodoRequest(path: memory, format: format, output: output))
        return (outcome, String(decoding: outcome.bytes, as: UTF8.self))
    }

    @Test func theWorkFileHoldsOnlyWhatNeedsWork() throws {
        let (scratch, memory) = try site()
        let (outcome, _) = try job(memory, in: scratch)
        #expect(outcome.segmentCount == 3)
        let read = try XLIFF21Reader.read(fileAt: scratch.path + "/job.xlf")
        #expect(read.files.map(\.original) == ["ko/about.html"])
        #expect(read.files[0].units.map(\.id) == ["u2"])
        #expect(read.files[0].units[0].segments.map(\.id) == ["s2", "s3", "s4"])
        #expect(read.files[0].units[0].segments[1].isOutdated)
    }

    @Test func eachUnitCarriesNotesGlossaryAndMatches() throws {
        let (scratch, memory) = try site()
        let (_, xml) = try job(memory, in: scratch)
        #expect(xml.contains(#"<note category="page">ko/about.html → en/about.html</note>"#))
        #expect(xml.contains(#"<note category="url">https://example.org/ko/about.html</note>"#))
        #expect(xml.contains(#"<note category="headings">선교회 소개</note>"#))
        #expect(xml.contains(#"<note category="context">s2: before: 선교회는 2001년에 시작되었습니다.</note>"#))
        #expect(xml.contains(#"<note category="previous-source">s3: 매주 일요일에 기도 모임이 있습니다.</note>"#))
        #expect(xml.contains(#"<gls:term source="#))
        #expect(xml.contains(#"<gls:translation>mission</gls:translation>"#))
        // The number-only difference: 99 %, its translation with the new number.
        #expect(xml.contains(##"<mtc:match ref="#s2" similarity="99.0" origin="ko/about.html#u2/s1" type="tm">"##))
        #expect(xml.contains(#"<target xml:lang="en">The mission began in 2005.</target>"#))
    }

    @Test func theWorkFileIsValidXLIFF21WithEveryModule() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let (scratch, memory) = try site()
        _ = try job(memory, in: scratch)
        let problems = try SchemaValidator.validate(
            fileAt: scratch.path + "/job.xlf", against: .xsd(path: shared + "/schemas/drivers/xliff-2.1-all-modules.xsd"))
        #expect(problems.isEmpty, "\(problems.map(\.description))")
    }

    @Test(.requires(.translateToolkit)) func translateToolkitReadsTheWorkFile() throws {
        let (scratch, memory) = try site()
        _ = try job(memory, in: scratch)
        let script = """
            import json, sys
            from translate.storage import xliff2
            store = xliff2.Xliff2File.parsefile(sys.argv[1])
            json.dump([str(u.source) for u in store.units if not u.isheader()], sys.stdout, ensure_ascii=False)
            """
        let run = try Oracle.translateToolkit.run(["-c", script, scratch.path + "/job.xlf"])
        try #require(run.status == 0, "python3 failed: \(run.stderr)")
        #expect(run.stdout.contains("선교회는 2005년에 시작되었습니다."))
        #expect(run.stdout.contains("매주 금요일에 기도 모임이 있습니다."))
    }

    @Test func xliff12ForOlderTools() throws {
        let (scratch, memory) = try site()
        let (_, xml) = try job(memory, in: scratch, format: .xliff12)
        #expect(xml.contains(#"version="1.2""#))
        #expect(xml.contains("선교회는 2005년에 시작되었습니다."))
        #expect(!xml.contains("다 번역되었습니다."))
    }

    @Test func markdownIsAChecklistPerPage() throws {
        let (scratch, memory) = try site()
        let (_, text) = try job(memory, in: scratch, format: .markdown)
        #expect(text.hasPrefix("### ko/about.html → en/about.html (https://example.org/ko/about.html)\n\n"))
        #expect(text.contains("- [ ] 선교회는 2005년에 시작되었습니다. — *untranslated* (`u2/s2`:7)"))
        #expect(text.contains("  - was: 매주 일요일에 기도 모임이 있습니다."))
        #expect(text.contains("  - match 99 %: The mission began in 2005."))
        #expect(!text.contains("done.html"))
    }

    /// The work file as a CAT tool gives it back: `translations` by segment id.
    private func translated(_ jobPath: String, _ translations: [String: String], in scratch: ScratchFolder) throws
        -> String {
        var job = try XLIFF21Reader.read(fileAt: jobPath)
        for f in job.files.indices {
            for u in job.files[f].units.indices {
                for s in job.files[f].units[u].segments.indices {
                    if let text = translations[job.files[f].units[u].segments[s].id] {
                        job.files[f].units[u].segments[s].target = [.text(text)]
                    }
                }
            }
        }
        return try scratch.write("done.xlf", XLIFF21Writer.render(job))
    }

    @Test func importPutsTranslationsIntoTheMemory() throws {
        let (scratch, memory) = try site()
        _ = try job(memory, in: scratch)
        let done = try translated(scratch.path + "/job.xlf", ["s2": "The mission began in 2005.",
                                                               "s3": "There is a prayer meeting every Friday."], in: scratch)
        let outcome = try ImportRun.run(ImportRequest(jobPath: done, memoryPath: memory))
        #expect(outcome.imported == 2)
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.pagesToUpdate == ["en/about.html"])
        let after = try XLIFF21Reader.read(fileAt: memory)
        let segments = after.files[0].units[1].segments
        #expect(segments[1].targetText == "The mission began in 2005.")
        #expect(segments[1].state == .translated)
        #expect(segments[2].targetText == "There is a prayer meeting every Friday.")
        #expect(!segments[2].isOutdated)
        // Nothing left to do but the target-only sentence.
        let (again, _) = try job(memory, in: scratch)
        #expect(again.segmentCount == 1)
    }

    @Test func aDifferentTranslationIsAConflictAndNothingIsWritten() throws {
        let (scratch, memory) = try site()
        _ = try job(memory, in: scratch)
        let done = try translated(scratch.path + "/job.xlf", ["s2": "Founded in 2005."], in: scratch)
        // Meanwhile someone translated s2 in the memory.
        var changed = Self.memory()
        changed.files[0].units[1].segments[1].target = [.text("The mission started in 2005.")]
        _ = try scratch.write("memory.xlf", XLIFF21Writer.render(changed))
        let before = try InputFile.bytes(at: memory)
        #expect(throws: ImportError.self) { try ImportRun.run(ImportRequest(jobPath: done, memoryPath: memory)) }
        do {
            _ = try ImportRun.run(ImportRequest(jobPath: done, memoryPath: memory))
        } catch let error as ImportError {
            #expect(error.exitStatus == 1)
            #expect(error.description.contains(
                #"ko/about.html#u2/s2: conflict: the memory has "The mission started in 2005.", the work file "Founded in 2005.""#))
        }
        #expect(try InputFile.bytes(at: memory) == before)
        let forced = try ImportRun.run(ImportRequest(jobPath: done, memoryPath: memory, force: true))
        #expect(forced.imported == 1 && forced.conflicts.count == 1)
        #expect(try XLIFF21Reader.read(fileAt: memory).files[0].units[1].segments[1].targetText == "Founded in 2005.")
    }

    @Test func aChangedOriginalOrAMissingSegmentIsNeverImported() throws {
        let (scratch, memory) = try site()
        _ = try job(memory, in: scratch)
        let done = try translated(scratch.path + "/job.xlf", ["s2": "Founded in 2005.", "s3": "Friday."], in: scratch)
        var changed = Self.memory()
        changed.files[0].units[1].segments[1].source = [.text("선교회는 2006년에 시작되었습니다.")]
        changed.files[0].units[1].segments.remove(at: 2)
        _ = try scratch.write("memory.xlf", XLIFF21Writer.render(changed))
        let forced = try ImportRun.run(ImportRequest(jobPath: done, memoryPath: memory, force: true))
        #expect(forced.imported == 0)
        #expect(forced.conflicts.map(\.kind) == [.sourceChanged, .missing])
    }

    @Test func anUnchangedTranslationIsNoConflict() throws {
        let (scratch, memory) = try site()
        _ = try job(memory, in: scratch)
        let done = try translated(scratch.path + "/job.xlf", ["s4": "Only in English."], in: scratch)
        let outcome = try ImportRun.run(ImportRequest(jobPath: done, memoryPath: memory))
        #expect(outcome.imported == 0 && outcome.conflicts.isEmpty)
    }

    /// An English-original page whose Korean page still has English: a
    /// sentence, a heading copied as it is, and a product name that rightly
    /// stays in Latin letters.
    static func englishLeftOnTheKoreanPage() -> TranslationMemory {
        func segment(_ id: String, _ source: String, _ target: String) -> MemorySegment {
            MemorySegment(id: id, source: [.text(source)], target: [.text(target)], state: .translated, shape: (1, 1))
        }
        let english = "Select the layer you want to move and drag it with the mouse."
        let heading = MemoryUnit(
            id: "u1", kind: .heading(level: 2), sourceLocation: SourceLocation(file: "en/layers.html", line: 4),
            targetLocation: SourceLocation(file: "ko/layers.html", line: 4), sourcePath: "h2[1]", targetPath: "h2[1]",
            segments: [segment("s1", "Moving a layer", "Moving a layer")])
        let body = MemoryUnit(
            id: "u2", kind: .paragraph, sourceLocation: SourceLocation(file: "en/layers.html", line: 6),
            targetLocation: SourceLocation(file: "ko/layers.html", line: 6), sourcePath: "p[1]", targetPath: "p[1]",
            segments: [segment("s1", "Layers are like sheets of glass.", "레이어는 유리판과 같습니다."),
                       segment("s2", english, english),
                       segment("s3", "GIMP", "GIMP")])
        return TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
            MemoryFile(id: "f1", original: "en/layers.html", targetOriginal: "ko/layers.html", units: [heading, body]),
        ])
    }

    @Test func textLeftInTheOriginalLanguageIsWorkWithAnEmptyTarget() throws {
        let scratch = try ScratchFolder("dari-todo-wrong")
        let memory = try scratch.write("memory.xlf", XLIFF21Writer.render(Self.englishLeftOnTheKoreanPage()))
        let (outcome, xml) = try job(memory, in: scratch)
        #expect(outcome.segmentCount == 2)
        let read = try XLIFF21Reader.read(fileAt: scratch.path + "/job.xlf")
        let segments = read.files[0].units.flatMap { unit in unit.segments.map { unit.id + "/" + $0.id } }
        #expect(segments == ["u1/s1", "u2/s2"])
        #expect(read.files[0].units.allSatisfy { $0.segments.allSatisfy { $0.target == nil } })
        #expect(xml.contains(#"<note category="reason">wrong-language: the translated page has this text in the original's "#
                             + "language; translate it</note>"))
        #expect(xml.contains(#"<note category="on-page">Select the layer you want to move and drag it with the mouse.</note>"#))
        let (_, text) = try job(memory, in: scratch, format: .markdown)
        #expect(text.contains("- [ ] Moving a layer — *wrong-language* (`u1/s1`:4)"))
        #expect(text.contains("  - on the page: Select the layer you want to move and drag it with the mouse."))
        #expect(!text.contains("GIMP"))
    }

    @Test func importReplacesTextLeftInTheOriginalLanguageWithoutAConflict() throws {
        let scratch = try ScratchFolder("dari-todo-wrong")
        let memory = try scratch.write("memory.xlf", XLIFF21Writer.render(Self.englishLeftOnTheKoreanPage()))
        _ = try job(memory, in: scratch)
        let done = try translated(scratch.path + "/job.xlf", ["s2": "이동할 레이어를 선택하고 마우스로 끌어 옮깁니다."],
                                  in: scratch)
        let outcome = try ImportRun.run(ImportRequest(jobPath: done, memoryPath: memory))
        #expect(outcome.imported == 1 && outcome.conflicts.isEmpty)
        #expect(try XLIFF21Reader.read(fileAt: memory).files[0].units[1].segments[1].targetText
                == "이동할 레이어를 선택하고 마우스로 끌어 옮깁니다.")
        // A Korean translation is someone's work: replacing it is still a conflict.
        let other = try translated(scratch.path + "/job.xlf", ["s2": "레이어를 골라 끌어서 옮깁니다."], in: scratch)
        #expect(throws: ImportError.self) { try ImportRun.run(ImportRequest(jobPath: other, memoryPath: memory)) }
    }
}
