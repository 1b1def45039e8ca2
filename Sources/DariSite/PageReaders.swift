import DariAlignment
import DariExtraction
import DariMarkdown
import DariMemory
import DariModel
import DariSegmentation

/// The page formats dari reads: one line per `PageReader`.
public enum PageReaders {
    /// Every reader, the first being the one for pages without a known extension.
    /// An HTML page of a Hugo or Jekyll site opens with the front matter its
    /// Markdown pages have, read as theirs is (the same keys).
    public static let all: [any PageReader] = [
        Extractor(frontMatter: frontMatter(read: MarkdownReader())),
        MarkdownReader(),
    ]

    /// Every reader with a site's settings (`PageReader.configured(by:)`).
    /// - Throws: `ConfigurationError` at the line of a setting a reader cannot use.
    public static func configured(by configuration: ConfigurationFile?) throws(ConfigurationError) -> [any PageReader] {
        guard let configuration else { return all }
        var readers: [any PageReader] = []
        for reader in all { readers.append(try reader.configured(by: configuration)) }
        if let markdown = readers.lazy.compactMap({ $0 as? MarkdownReader }).first,
           let index = readers.firstIndex(where: { $0 is Extractor }), var html = readers[index] as? Extractor {
            html.frontMatter = frontMatter(read: markdown)
            readers[index] = html
        }
        return readers
    }

    private static func frontMatter(read reader: MarkdownReader) -> FrontMatterBlocks.Reading {
        { text, path throws(ExtractionError) in try reader.frontMatter(of: text, path: path) }
    }

    /// The reader among `readers` for `path`'s extension, nil when no format claims it.
    public static func reader(for path: String, among readers: [any PageReader] = all) -> (any PageReader)? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let fileExtension = path[path.index(after: dot)...].lowercased()
        return readers.first { $0.fileExtensions.contains(fileExtension) }
    }

    /// The page format a memory records for `path` (`markdown`), nil for
    /// HTML, the format a memory assumes when it records none.
    public static func formatTag(of path: String) -> String? {
        guard let reader = reader(for: path), !(reader is Extractor) else { return nil }
        return reader.formatName.lowercased()
    }

    /// The reader for a page the user named: by its extension, else HTML,
    /// as a browser reads a file it is given (`dari extract page.txt`).
    public static func reader(forNamedPage path: String, among readers: [any PageReader] = all) -> any PageReader {
        reader(for: path, among: readers) ?? readers[0]
    }
}
