#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DariModel

/// Reads TBX and CSV glossaries into a `Glossary`.
///
/// Errors that make the glossary unusable are thrown as `GlossaryError`;
/// problems worth a look that leave it usable come back as warnings.
public enum GlossaryReader {
    /// Reads a glossary file, or every .tbx, .csv and .tsv file in a folder.
    ///
    /// A file's format comes from its extension (see `GlossaryFormat(path:)`).
    /// A folder's files (not its subfolders or hidden files) are read in
    /// sorted name order and their concepts merged into one glossary whose
    /// `source` is the folder; .xml files in a folder are left alone, since
    /// other XML may live beside the glossary.
    ///
    /// - Parameter path: the file or folder as the user named it; it is
    ///   repeated in every location.
    /// - Returns: the glossary and its warnings, in file order.
    /// - Throws: `GlossaryError` for an unreadable path, an unknown
    ///   extension, and every error `read(bytes:path:format:)` throws.
    public static func read(fileAt path: String) throws(GlossaryError) -> (Glossary, [Diagnostic]) {
        if try isDirectory(path) {
            return try readDirectory(path)
        }
        guard let format = GlossaryFormat(path: path) else { throw .unknownFormat(file: path) }
        return try read(bytes: contents(of: path), path: path, format: format)
    }

    /// Reads a glossary from bytes already in memory.
    ///
    /// - Parameters:
    ///   - bytes: the file's raw bytes (UTF-8, with or without BOM, for CSV;
    ///     any encoding the XML declaration names for TBX).
    ///   - path: the file name used in locations, errors and `Glossary.source`.
    ///   - format: how to parse the bytes.
    /// - Returns: the glossary and its warnings (concepts missing Korean or
    ///   English, unknown CSV columns, libxml2 warnings), in file order.
    /// - Throws: `GlossaryError` with the file and 1-based line.
    public static func read(
        bytes: [UInt8], path: String, format: GlossaryFormat
    ) throws(GlossaryError) -> (Glossary, [Diagnostic]) {
        switch format {
        case .tbx: return try TBXReader.read(bytes: bytes, path: path)
        case .csv: return try CSVGlossaryReader.read(bytes: bytes, path: path, separator: ",")
        case .tsv: return try CSVGlossaryReader.read(bytes: bytes, path: path, separator: "\t")
        }
    }

    private static func readDirectory(_ directory: String) throws(GlossaryError) -> (Glossary, [Diagnostic]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadable(file: directory, reason: reason(for: error))
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let files = names.sorted().filter { name in
            guard !name.hasPrefix("."), let format = GlossaryFormat(path: name) else { return false }
            return format != .tbx || name.lowercased().hasSuffix(".tbx")
        }.map { prefix + $0 }
        var concepts: [Concept] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard try !isDirectory(file), let format = GlossaryFormat(path: file) else { continue }
            let (glossary, warnings) = try read(bytes: contents(of: file), path: file, format: format)
            concepts += glossary.concepts
            diagnostics += warnings
        }
        guard !concepts.isEmpty else { throw .noGlossaryFiles(directory: directory) }
        return (Glossary(source: directory, concepts: concepts), diagnostics)
    }

    private static func isDirectory(_ path: String) throws(GlossaryError) -> Bool {
        guard InputFile.exists(path) else { throw .unreadable(file: path, reason: FileReadError.notFound(path: path).reason) }
        return InputFile.isFolder(path)
    }

    private static func contents(of path: String) throws(GlossaryError) -> [UInt8] {
        do {
            return try InputFile.bytes(at: path)
        } catch {
            throw .unreadable(file: path, reason: error.reason)
        }
    }

    /// A short reason for a file-system error, without Foundation's userInfo dump.
    private static func reason(for error: any Error) -> String {
        guard let error = error as? CocoaError else { return "\(error)" }
        switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: return FileReadError.notFound(path: "").reason
        case .fileReadNoPermission: return FileReadError.permissionDenied(path: "").reason
        default:
            if let underlying = error.userInfo["NSUnderlyingError"] as? POSIXError {
                return "\(underlying.code)"
            }
            return "file system error \(error.code.rawValue)"
        }
    }
}
