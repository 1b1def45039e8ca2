import DariModel

/// The check cache as a file (`CacheBytesWriter`): the fields in
/// declaration order, each pair's findings per check.
extension CheckCache {
    /// The file's first bytes; a file of another kind fails here.
    static let magic = "dari check cache\n"

    /// The cache's file bytes.
    func bytes() -> [UInt8] {
        var writer = CacheBytesWriter(magic: Self.magic)
        writer.int(format)
        // The format first: a reader of another format stops after it.
        writer.string(key)
        writer.int(memoryHead)
        writer.int(memoryTail)
        writer.string(memoryHash)
        writer.bool(memoryStamp != nil)
        for number in memoryStamp?.numbers ?? [] { writer.int(Int(number)) }
        writer.uint64(unitsChecksum)
        writer.int(pairs.count)
        for pair in pairs {
            writer.string(pair.original)
            writer.string(pair.targetOriginal)
            writer.bool(pair.sourceOriginalExists)
            writer.int(pair.hashes.count)
            for hash in pair.hashes { writer.string(hash) }
            writer.int(pair.findings.count)
            for findings in pair.findings {
                writer.int(findings.count)
                for finding in findings { finding.write(to: &writer) }
            }
            writer.int(pair.blocks)
            writer.int(pair.translatedUnitIDs.count)
            for id in pair.translatedUnitIDs { writer.string(id) }
            writer.int(pair.unitCount)
            writer.int(pair.singletonKeys.count)
            for key in pair.singletonKeys { writer.uint64(key) }
            writer.bool(pair.memoryRange != nil)
            if let range = pair.memoryRange {
                writer.int(range.count)
                for bound in range { writer.int(bound) }
            }
        }
        return writer.finished()
    }

    /// The cache `bytes()` gave; nil for bytes it did not give (truncated,
    /// edited, of another kind) and for a cache of another format.
    init?(bytes: [UInt8]) {
        guard var reader = CacheBytesReader(bytes, magic: Self.magic),
              let format = try? reader.int(), format == Self.format,
              let cache = try? Self.read(&reader, format: format), reader.isAtEnd
        else { return nil }
        self = cache
    }

    private static func read(_ reader: inout CacheBytesReader, format: Int) throws(CacheBytesReader.Malformed) -> CheckCache {
        let key = try reader.string()
        let (memoryHead, memoryTail) = (try reader.int(), try reader.int())
        let memoryHash = try reader.string()
        var memoryStamp: FileStamp?
        if try reader.bool() {
            var numbers: [Int64] = []
            for _ in 0..<7 { numbers.append(Int64(try reader.int())) }
            memoryStamp = FileStamp(numbers: numbers)
        }
        let unitsChecksum = try reader.uint64()
        let pairs = try reader.array { reader throws(CacheBytesReader.Malformed) in
            Pair(original: try reader.string(), targetOriginal: try reader.optionalString(),
                 sourceOriginalExists: try reader.bool(),
                 hashes: try reader.array { reader throws(CacheBytesReader.Malformed) in try reader.string() },
                 findings: try reader.array { reader throws(CacheBytesReader.Malformed) in
                     try reader.array { reader throws(CacheBytesReader.Malformed) in try StoredFinding(&reader) }
                 },
                 blocks: try reader.int(),
                 translatedUnitIDs: try reader.array { reader throws(CacheBytesReader.Malformed) in try reader.string() },
                 unitCount: try reader.int(),
                 singletonKeys: try reader.array { reader throws(CacheBytesReader.Malformed) in try reader.uint64() },
                 memoryRange: try reader.bool()
                     ? try reader.array { reader throws(CacheBytesReader.Malformed) in try reader.int() } : nil)
        }
        return CheckCache(format: format, key: key, pairs: pairs, memoryHead: memoryHead, memoryTail: memoryTail,
                          memoryHash: memoryHash, memoryStamp: memoryStamp, unitsChecksum: unitsChecksum)
    }
}

extension CheckCache.StoredFinding {
    fileprivate func write(to writer: inout CacheBytesWriter) {
        writer.string(checkID)
        writer.string(severity)
        location.write(to: &writer)
        writer.string(unitID)
        writer.string(fileID)
        writer.string(message)
        writer.string(source)
        writer.string(target)
        writer.int(related.count)
        for place in related {
            place.location.write(to: &writer)
            writer.string(place.unitID)
            writer.string(place.text)
        }
    }

    fileprivate init(_ reader: inout CacheBytesReader) throws(CacheBytesReader.Malformed) {
        checkID = try reader.string()
        severity = try reader.string()
        location = try CheckCache.Location(&reader)
        unitID = try reader.optionalString()
        fileID = try reader.optionalString()
        message = try reader.string()
        source = try reader.optionalString()
        target = try reader.optionalString()
        related = try reader.array { reader throws(CacheBytesReader.Malformed) in
            CheckCache.Related(location: try CheckCache.Location(&reader), unitID: try reader.optionalString(),
                               text: try reader.optionalString())
        }
    }
}

extension CheckCache.Location {
    fileprivate func write(to writer: inout CacheBytesWriter) {
        writer.string(file)
        writer.int(line)
        writer.int(column)
    }

    fileprivate init(_ reader: inout CacheBytesReader) throws(CacheBytesReader.Malformed) {
        file = try reader.string()
        line = try reader.int()
        column = try reader.int()
    }
}
