import DariModel
import DariXML
import Foundation

/// Why a file could not be read as a translation memory.
public enum MemoryReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Well-formed XML that is not an XLIFF 2 document.
    case notXLIFF(file: String, found: String)
    /// An XLIFF document of a version this reader does not handle.
    case unsupportedVersion(file: String, version: String)
    /// Not well-formed XML; the message names the file, line and column.
    case malformed(String)
    /// The file is missing or cannot be read.
    case unreadable(file: String, reason: String)
    /// Something the memory needs is missing or wrong.
    case invalid(file: String, line: Int, problem: String)

    /// 74 when the file cannot be read, 65 when it is not a valid memory.
    public var exitCode: Int32 {
        if case .unreadable = self { return 74 }
        return 65
    }

    public var description: String {
        switch self {
        case let .notXLIFF(file, found):
            return "\(file): error: this is not an XLIFF 2 memory (the root element is <\(found)>); "
                + "name the .xlf file `dari align` wrote"
        case let .unsupportedVersion(file, version):
            return "\(file): error: XLIFF version \(version) cannot be read here; "
                + "give an XLIFF 2.x memory (run `dari align` to make one)"
        case let .malformed(message):
            return message
        case let .unreadable(file, reason):
            return "\(file): error: cannot read the memory (\(reason)); check the path, or run `dari align` to make one"
        case let .invalid(file, line, problem):
            return "\(file):\(line): error: \(problem); fix the memory or write it again with `dari align`"
        }
    }
}

/// Reads an XLIFF 2.x memory back into a `TranslationMemory`: what
/// `XLIFF21Writer` writes comes back unchanged (write → read → write gives
/// the same bytes), and foreign XLIFF 2 files are read for what they hold
/// (files, units, segments, inline codes; metadata dari does not know is left).
public enum XLIFF21Reader {
    public static func read(fileAt path: String) throws -> TranslationMemory {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MemoryReadError.unreadable(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw MemoryReadError.unreadable(file: path, reason: "it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MemoryReadError.unreadable(file: path, reason: "permission denied")
        }
        return try read(bytes: [UInt8](data), path: path)
    }

    public static func read(bytes: [UInt8], path: String) throws -> TranslationMemory {
        var state = ReaderState(path: path)
        do {
            _ = try MarkupParser.parseXML(bytes: bytes, path: path) { event in
                try state.handle(event)
            }
        } catch let error as MarkupError {
            // Not well-formed XML: the same message, as a memory error.
            throw MemoryReadError.malformed(error.description)
        }
        guard let memory = state.memory else {
            throw MemoryReadError.notXLIFF(file: path, found: state.rootName ?? "nothing")
        }
        return memory
    }
}

/// The reader's position in the document.
private struct ReaderState {
    let path: String
    var rootName: String?
    var memory: TranslationMemory?
    var file: MemoryFile?
    var unit: MemoryUnit?
    var unitLine = 0
    var unitMeta: [String: String] = [:]
    var segmentMeta: [String: [String: String]] = [:]
    var fileMeta: [String: String] = [:]
    var data: [String: String] = [:]
    var segment: MemorySegment?
    /// Element names open inside the unit, innermost last.
    var stack: [String] = []
    var metaGroupCategory: String?
    var metaGroupID: String?
    var metaType: String?
    var dataID: String?
    var textBuffer = ""
    /// Which side of the segment is being read: nil, "source" or "target".
    var side: String?
    var content: [InlineContent] = []
    /// Open `<pc>` codes of the current side: (numeric id, dataRefEnd).
    var openPaired: [(Int, String?)] = []

    init(path: String) { self.path = path }

    mutating func handle(_ event: MarkupEvent) throws {
        switch event {
        case let .start(name, attributes, line):
            try start(name, attributes, line: line)
        case let .end(name):
            try end(name)
        case let .text(value, _), let .cdata(value, _):
            if side != nil {
                append(text: value)
            } else if metaType != nil || dataID != nil {
                textBuffer += value
            }
        case .comment, .entityReference:
            break
        }
    }

    mutating func append(text value: String) {
        if case let .text(previous)? = content.last {
            content[content.count - 1] = .text(previous + value)
        } else {
            content.append(.text(value))
        }
    }

    mutating func start(_ name: String, _ attributes: [MarkupAttribute], line: Int) throws {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        if rootName == nil {
            rootName = name
            guard local == "xliff" else { throw MemoryReadError.notXLIFF(file: path, found: name) }
            let version = attributes[named: "version"] ?? "?"
            guard version.hasPrefix("2.") else { throw MemoryReadError.unsupportedVersion(file: path, version: version) }
            guard let source = attributes[named: "srcLang"].flatMap(Language.init(tag:)) else {
                throw MemoryReadError.invalid(file: path, line: line, problem: "srcLang must be ko or en")
            }
            let target = attributes[named: "trgLang"].flatMap(Language.init(tag:)) ?? (source == .korean ? .english : .korean)
            memory = TranslationMemory(sourceLanguage: source, targetLanguage: target, files: [])
            return
        }
        if side != nil {
            try startCode(local, attributes, line: line)
            return
        }
        switch local {
        case "file":
            guard let id = attributes[named: "id"] else {
                throw MemoryReadError.invalid(file: path, line: line, problem: "<file> has no id")
            }
            file = MemoryFile(id: id, original: attributes[named: "original"] ?? id, targetOriginal: nil, units: [])
            fileMeta = [:]
        case "unit":
            guard let id = attributes[named: "id"] else {
                throw MemoryReadError.invalid(file: path, line: line, problem: "<unit> has no id")
            }
            unit = MemoryUnit(id: id, kind: .paragraph, sourceLocation: nil, targetLocation: nil,
                              sourcePath: nil, targetPath: nil, segments: [])
            unitLine = line
            unitMeta = [:]
            segmentMeta = [:]
            data = [:]
        case "metaGroup":
            metaGroupCategory = attributes[named: "category"]
            metaGroupID = attributes[named: "id"]
        case "meta":
            metaType = attributes[named: "type"]
            textBuffer = ""
        case "data":
            dataID = attributes[named: "id"]
            textBuffer = ""
        case "segment":
            let state = attributes[named: "state"].flatMap(SegmentState.init(rawValue:)) ?? .initial
            let id = attributes[named: "id"] ?? "s\((unit?.segments.count ?? 0) + 1)"
            segment = MemorySegment(id: id, source: [], target: nil, state: state, shape: (1, 1))
        case "source", "target":
            guard segment != nil else { return }
            side = local
            content = []
            openPaired = []
        default:
            break
        }
    }

    mutating func startCode(_ local: String, _ attributes: [MarkupAttribute], line: Int) throws {
        func number(_ id: String?) -> Int {
            guard var id else { return 0 }
            if id.first == "s" || id.first == "t" { id.removeFirst() }
            if id.last == "p" { id.removeLast() }
            return Int(id) ?? abs(id.hashValue % 100_000)
        }
        func original(_ reference: String?) -> String { reference.flatMap { data[$0] } ?? "" }
        switch local {
        case "pc":
            let id = number(attributes[named: "id"])
            let start = original(attributes[named: "dataRefStart"])
            content.append(.start(id: id, element: Self.element(of: start, fallback: "pc"), original: start))
            openPaired.append((id, attributes[named: "dataRefEnd"]))
            stack.append("pc")
        case "sc":
            let start = original(attributes[named: "dataRef"])
            content.append(.start(id: number(attributes[named: "id"]), element: Self.element(of: start, fallback: "sc"),
                                  original: start))
            stack.append("sc")
        case "ec":
            let end = original(attributes[named: "dataRef"])
            content.append(.end(id: number(attributes[named: "startRef"] ?? attributes[named: "id"]),
                                element: Self.element(of: end, fallback: "ec"), original: end))
            stack.append("ec")
        case "ph":
            let markup = original(attributes[named: "dataRef"])
            content.append(.standalone(id: number(attributes[named: "id"]), element: Self.element(of: markup, fallback: "ph"),
                                       original: markup))
            stack.append("ph")
        default:
            // <mrk>, <sm>, <em> and anything else: their text is kept, the markup is not.
            stack.append(local)
        }
    }

    mutating func end(_ name: String) throws {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        if side != nil, local != side {
            guard let open = stack.popLast() else { return }
            if open == "pc", let (id, reference) = openPaired.popLast() {
                let end = reference.flatMap { data[$0] } ?? ""
                content.append(.end(id: id, element: Self.element(of: end, fallback: "pc"), original: end))
            }
            return
        }
        switch local {
        case "source", "target":
            if local == "source" { segment?.source = content } else { segment?.target = content }
            side = nil
        case "segment":
            guard var finished = segment else { return }
            if let meta = segmentMeta["m-" + finished.id] {
                if let bead = meta["bead"] {
                    let parts = bead.split(separator: "-").compactMap { Int($0) }
                    if parts.count == 2 { finished.shape = (parts[0], parts[1]) }
                }
                finished.score = meta["score"].flatMap(Double.init)
            } else {
                finished.shape = (finished.source.isEmpty ? 0 : 1, finished.target == nil ? 0 : 1)
            }
            unit?.segments.append(finished)
            segment = nil
        case "meta":
            if let type = metaType {
                switch metaGroupCategory {
                case "dari" where unit != nil: unitMeta[type] = textBuffer
                case "dari": fileMeta[type] = textBuffer
                case "dari-segment": segmentMeta[metaGroupID ?? "", default: [:]][type] = textBuffer
                default: break
                }
            }
            metaType = nil
        case "metaGroup":
            metaGroupCategory = nil
            metaGroupID = nil
        case "data":
            if let id = dataID { data[id] = textBuffer }
            dataID = nil
        case "unit":
            guard var finished = unit else { return }
            let original = file?.original ?? ""
            if let kind = unitMeta["kind"].flatMap(BlockKind.init(description:)) { finished.kind = kind }
            if let line = unitMeta["source-line"].flatMap(Int.init) {
                finished.sourceLocation = SourceLocation(file: original, line: line)
            }
            if let line = unitMeta["target-line"].flatMap(Int.init) {
                finished.targetLocation = SourceLocation(file: fileMeta["target-original"] ?? original, line: line)
            }
            finished.sourcePath = unitMeta["source-path"]
            finished.targetPath = unitMeta["target-path"]
            finished.suppressedChecks = unitMeta["suppress"].map { $0.split(separator: " ").map(String.init) } ?? []
            if unitMeta.isEmpty {
                // A foreign unit: its place in the file is what a user can find.
                finished.sourceLocation = SourceLocation(file: original, line: unitLine)
            }
            file?.units.append(finished)
            unit = nil
        case "file":
            guard var finished = file else { return }
            finished.targetOriginal = fileMeta["target-page"] == "no" ? nil : (fileMeta["target-original"] ?? finished.original)
            finished.sourceOriginalExists = fileMeta["source-page"] != "no"
            memory?.files.append(finished)
            file = nil
        default:
            break
        }
    }

    /// `<a href="…">` → `a`; `</em>` → `em`.
    static func element(of markup: String, fallback: String) -> String {
        var name = ""
        for character in markup.dropFirst(markup.hasPrefix("</") ? 2 : 1) {
            guard character.isLetter || character.isNumber || character == "-" else { break }
            name.append(character)
        }
        return name.isEmpty ? fallback : name.lowercased()
    }
}
