import DariMemory

/// The kinds of memory store dari opens: one line per `MemoryStore` type.
public enum MemoryStores {
    /// In order of preference; the XLIFF file takes every path no other kind claims.
    static let kinds: [any MemoryStore.Type] = [
        XLIFFMemoryFile.self,
    ]

    /// The store at `path` (`SITE/memory.xlf`, a memory to check or export).
    public static func store(at path: String) -> any MemoryStore {
        let kind = kinds.first { $0.claims(path) } ?? XLIFFMemoryFile.self
        return kind.init(path: path)
    }
}
