import DariExtraction
import DariModel
import DariSite

/// What `dari extract` was asked to do.
public struct ExtractRequest: Sendable {
    /// The pages, in the order to list them.
    public var pages: [String]
    public var format: BlockDumpFormat
    /// `--sentences`: list each block's sentences instead of whole blocks.
    public var sentences: Bool
    /// With `sentences`: the language of pages without `<html lang>`.
    public var fallbackLanguage: Language?

    public init(pages: [String], format: BlockDumpFormat = .text, sentences: Bool = false,
                fallbackLanguage: Language? = nil) {
        self.pages = pages
        self.format = format
        self.sentences = sentences
        self.fallbackLanguage = fallbackLanguage
    }
}

/// What reading the pages gave.
public struct ExtractOutcome: Sendable {
    /// The pages that could be read, in request order.
    public var pages: [Page]
    /// Warnings and errors for standard error, page by page in request order.
    public var messages: [String]
    /// The first page that could not be read: the run then prints no dump.
    /// Its exit status is `ExitStatus.of(failure)`.
    public var failure: (any Error)?
}

/// `dari extract`: each page read by the reader its format names
/// (`PageReaders`), then dumped block by block or sentence by sentence.
public enum ExtractRun {
    /// Reads every page; a page that cannot be read is reported and the
    /// others are still read, so one run names every bad page.
    public static func read(_ request: ExtractRequest) -> ExtractOutcome {
        var outcome = ExtractOutcome(pages: [], messages: [], failure: nil)
        for path in request.pages {
            do {
                let (page, diagnostics) = try PageReaders.reader(forNamedPage: path).readPage(fileAt: path)
                outcome.messages += diagnostics.map(\.description)
                outcome.pages.append(page)
            } catch {
                outcome.messages.append(ErrorMessage.line(for: error))
                if outcome.failure == nil { outcome.failure = error }
            }
        }
        return outcome
    }

    /// Writes the dump of `pages` to `target`.
    /// - Throws: `SentenceListing.UnknownLanguage` (exit 64) when a page's
    ///   sentences are asked for and its language is not known.
    public static func write<Target: TextOutputStream>(_ pages: [Page], for request: ExtractRequest,
                                                       to target: inout Target) throws {
        if request.sentences {
            var listing = SentenceListing(fallbackLanguage: request.fallbackLanguage)
            for page in pages { try listing.write(page, format: request.format, to: &target) }
        } else {
            for page in pages { page.write(request.format, to: &target) }
        }
    }
}
