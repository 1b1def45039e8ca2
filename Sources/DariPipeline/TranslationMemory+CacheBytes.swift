import DariMemory
import DariModel

/// A memory in a cache file (`CacheBytesWriter`): every stored property of
/// its files, units and segments, so it reads back equal to the value
/// written, `memoryLine` and line marks included.
///
/// Why: the check cache's kept units (14 MB of XLIFF on LibreOffice help)
/// took a fifth of an incremental `dari check`'s CPU to parse
/// (docs/benchmarks/incremental.md); these bytes decode in a fraction of that.
extension TranslationMemory {
    func write(to writer: inout CacheBytesWriter) {
        writer.string(sourceLanguage.rawValue)
        writer.string(targetLanguage.rawValue)
        writer.int(files.count)
        for file in files {
            writer.string(file.id)
            writer.string(file.original)
            writer.string(file.targetOriginal)
            writer.bool(file.sourceOriginalExists)
            writer.string(file.format)
            writer.int(file.units.count)
            for unit in file.units { unit.write(to: &writer) }
        }
    }

    init(_ reader: inout CacheBytesReader) throws(CacheBytesReader.Malformed) {
        guard let source = Language(rawValue: try reader.string()), let target = Language(rawValue: try reader.string())
        else { throw CacheBytesReader.Malformed() }
        let files = try reader.array { reader throws(CacheBytesReader.Malformed) in
            var file = MemoryFile(id: try reader.string(), original: try reader.string(),
                                  targetOriginal: try reader.optionalString(), sourceOriginalExists: try reader.bool(),
                                  units: [])
            file.format = try reader.optionalString()
            file.units = try reader.array { reader throws(CacheBytesReader.Malformed) in try MemoryUnit(&reader) }
            return file
        }
        self.init(sourceLanguage: source, targetLanguage: target, files: files)
    }
}

extension MemoryUnit {
    fileprivate func write(to writer: inout CacheBytesWriter) {
        writer.string(id)
        kind.write(to: &writer)
        sourceLocation.write(to: &writer)
        targetLocation.write(to: &writer)
        writer.string(sourcePath)
        writer.string(targetPath)
        writer.int(segments.count)
        for segment in segments { segment.write(to: &writer) }
        writer.int(suppressedChecks.count)
        for id in suppressedChecks { writer.string(id) }
        writer.int(memoryLine)
    }

    fileprivate init(_ reader: inout CacheBytesReader) throws(CacheBytesReader.Malformed) {
        self.init(id: try reader.string(), kind: try BlockKind(&reader), sourceLocation: try SourceLocation.read(&reader),
                  targetLocation: try SourceLocation.read(&reader), sourcePath: try reader.optionalString(),
                  targetPath: try reader.optionalString(),
                  segments: try reader.array { reader throws(CacheBytesReader.Malformed) in try MemorySegment(&reader) },
                  suppressedChecks: try reader.array { reader throws(CacheBytesReader.Malformed) in try reader.string() })
        memoryLine = try reader.int()
    }
}

extension MemorySegment {
    fileprivate func write(to writer: inout CacheBytesWriter) {
        writer.string(id)
        source.write(to: &writer)
        writer.bool(target != nil)
        target?.write(to: &writer)
        writer.string(state.rawValue)
        writer.bool(score != nil)
        if let score { writer.uint64(score.bitPattern) }
        writer.int(shape.source)
        writer.int(shape.target)
        for line in [sourceLine, targetLine] {
            writer.bool(line != nil)
            if let line { writer.int(line) }
        }
        writer.string(change?.rawValue)
        writer.string(previousSource)
        for marks in [sourceLineMarks, targetLineMarks] {
            writer.int(marks.count)
            for mark in marks {
                writer.int(mark.offset)
                writer.int(mark.line)
            }
        }
    }

    fileprivate init(_ reader: inout CacheBytesReader) throws(CacheBytesReader.Malformed) {
        let id = try reader.string()
        let source = try [InlineContent](&reader)
        let target = try reader.bool() ? try [InlineContent](&reader) : nil
        guard let state = SegmentState(rawValue: try reader.string()) else { throw CacheBytesReader.Malformed() }
        let score = try reader.bool() ? Double(bitPattern: try reader.uint64()) : nil
        let shape = (source: try reader.int(), target: try reader.int())
        let sourceLine = try reader.bool() ? try reader.int() : nil
        let targetLine = try reader.bool() ? try reader.int() : nil
        var change: SegmentChange?
        if let raw = try reader.optionalString() {
            guard let value = SegmentChange(rawValue: raw) else { throw CacheBytesReader.Malformed() }
            change = value
        }
        self.init(id: id, source: source, target: target, state: state, score: score, shape: shape,
                  sourceLine: sourceLine, targetLine: targetLine, change: change,
                  previousSource: try reader.optionalString())
        let mark = { (reader: inout CacheBytesReader) throws(CacheBytesReader.Malformed) -> LineMark in
            LineMark(offset: try reader.int(), line: try reader.int())
        }
        sourceLineMarks = try reader.array(mark)
        targetLineMarks = try reader.array(mark)
    }
}

extension [InlineContent] {
    fileprivate func write(to writer: inout CacheBytesWriter) {
        writer.int(count)
        for piece in self {
            switch piece {
            case let .text(text):
                writer.int(0)
                writer.string(text)
            case let .start(id, element, original), let .end(id, element, original),
                 let .standalone(id, element, original):
                writer.int(piece.codeTag)
                writer.int(id)
                writer.string(element)
                writer.string(original)
            }
        }
    }

    fileprivate init(_ reader: inout CacheBytesReader) throws(CacheBytesReader.Malformed) {
        self = try reader.array { reader throws(CacheBytesReader.Malformed) in
            let tag = try reader.int()
            if tag == 0 { return .text(try reader.string()) }
            let (id, element, original) = (try reader.int(), try reader.string(), try reader.string())
            switch tag {
            case 1: return .start(id: id, element: element, original: original)
            case 2: return .end(id: id, element: element, original: original)
            case 3: return .standalone(id: id, element: element, original: original)
            default: throw CacheBytesReader.Malformed()
            }
        }
    }
}

extension InlineContent {
    /// The number a code is written with (0 is text).
    fileprivate var codeTag: Int {
        switch self {
        case .text: return 0
        case .start: return 1
        case .end: return 2
        case .standalone: return 3
        }
    }
}

extension BlockKind {
    fileprivate func write(to writer: inout CacheBytesWriter) {
        switch self {
        case .title: writer.int(0)
        case .metaDescription: writer.int(1)
        case let .heading(level):
            writer.int(2)
            writer.int(level)
        case .paragraph: writer.int(3)
        case .listItem: writer.int(4)
        case .tableCell: writer.int(5)
        case .blockquote: writer.int(6)
        case .figcaption: writer.int(7)
        case let .attribute(name):
            writer.int(8)
            writer.string(name)
        case .code: writer.int(9)
        case let .other(element):
            writer.int(10)
            writer.string(element)
        }
    }

    fileprivate init(_ reader: inout CacheBytesReader) throws(CacheBytesReader.Malformed) {
        switch try reader.int() {
        case 0: self = .title
        case 1: self = .metaDescription
        case 2: self = .heading(level: try reader.int())
        case 3: self = .paragraph
        case 4: self = .listItem
        case 5: self = .tableCell
        case 6: self = .blockquote
        case 7: self = .figcaption
        case 8: self = .attribute(name: try reader.string())
        case 9: self = .code
        case 10: self = .other(element: try reader.string())
        default: throw CacheBytesReader.Malformed()
        }
    }
}

extension SourceLocation? {
    fileprivate func write(to writer: inout CacheBytesWriter) {
        writer.bool(self != nil)
        if let location = self {
            writer.string(location.file)
            writer.int(location.line)
            writer.int(location.column)
        }
    }
}

extension SourceLocation {
    fileprivate static func read(_ reader: inout CacheBytesReader) throws(CacheBytesReader.Malformed) -> SourceLocation? {
        guard try reader.bool() else { return nil }
        return SourceLocation(file: try reader.string(), line: try reader.int(), column: try reader.int())
    }
}
