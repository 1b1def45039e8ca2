import DariModel
import DariXML

/// Reads a memory in whichever XLIFF version it is: the entry point for
/// anything that consumes memories (checks, export, reports).
///
/// The root element decides, in one streaming pass: `<xliff>` in the
/// XLIFF 2.0 namespace (2.0, 2.1, 2.2) goes to `XLIFF21Reader`; in the 1.2
/// namespace, or with `version="1.x"` and a 1.x or no namespace, to
/// `XLIFF12Reader`. Anything else is `MemoryReadError.notXLIFF`.
public enum MemoryReader {
    /// The formats `MemoryReader` tells apart.
    public enum Format: String, Sendable, Equatable {
        case xliff2 = "XLIFF 2"
        case xliff12 = "XLIFF 1.2"
    }

    /// Reads the memory at `path`, streaming.
    /// - Throws: `MemoryReadError`: `.notFound`/`.unreadable` (exit 74 in
    ///   the CLI), `.malformed` with line and column, `.notXLIFF`,
    ///   `.unsupportedLanguage`, `.unexpandedEntity`, `.invalid` (exit 65).
    public static func read(fileAt path: String) throws -> TranslationMemory {
        try read(try MemoryInput.cursor(path))
    }

    /// Reads a memory from `bytes`; `path` names it in errors.
    public static func read(bytes: [UInt8], path: String) throws -> TranslationMemory {
        try read(try MemoryInput.cursor(bytes: bytes, path: path))
    }

    /// The format of the root element `root`, or nil when it is not XLIFF.
    static func format(of root: MarkupElement) -> Format? {
        guard root.localName == "xliff" else { return nil }
        if root.namespaceURI == XLIFF21Reader.namespace { return .xliff2 }
        if XLIFF12Reader.accepts(root) { return .xliff12 }
        return nil
    }

    private static func read(_ cursor: MemoryCursor) throws -> TranslationMemory {
        let root = try cursor.root()
        switch format(of: root) {
        case .xliff2: return try XLIFF21Reader.read(cursor, root: root)
        case .xliff12: return try XLIFF12Reader.read(cursor, root: root)
        case nil: throw MemoryReadError.notXLIFF(file: cursor.path, line: root.line, found: XLIFF21Reader.describe(root))
        }
    }
}
