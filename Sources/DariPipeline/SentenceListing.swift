import DariExtraction
import DariModel
import DariSegmentation

/// The sentences of extracted pages, as `dari extract --sentences` prints them.
///
/// Each block is segmented on its own (a block boundary is a sentence
/// boundary) with the segmenter for the page's language.
struct SentenceListing {
    private var segmenters: [Language: Segmenter] = [:]
    /// The language for pages whose `<html lang>` is missing or unknown.
    public var fallbackLanguage: Language?

    public init(fallbackLanguage: Language? = nil) {
        self.fallbackLanguage = fallbackLanguage
    }

    /// Why a page's sentences cannot be listed.
    public struct UnknownLanguage: DariError, Equatable {
        public var file: String
        public var description: String {
            "\(file): error: the page has no <html lang=\"ko\"> or lang=\"en\"; add one, or pass --lang ko|en"
        }

        /// A usage mistake: the command line must name the language.
        public var exitStatus: Int32 { ExitStatus.usage }
    }

    /// Writes one line per sentence: `file:line  kind  path  #n  sentence`
    /// (text) or one JSON object per sentence (jsonl), `n` counting from 1 in its block.
    public mutating func write<Target: TextOutputStream>(
        _ page: Page, format: BlockDumpFormat, to target: inout Target
    ) throws {
        guard let language = page.language ?? fallbackLanguage else { throw UnknownLanguage(file: page.path) }
        let segmenter = try segmenter(for: language)
        if format == .text {
            target.write(page.dumpHeader)
            target.write("\n")
        }
        var numberInBlock = 0
        var previousBlock = -1
        for sentence in try segmenter.sentences(of: page) {
            numberInBlock = sentence.blockIndex == previousBlock ? numberInBlock + 1 : 1
            previousBlock = sentence.blockIndex
            let block = page.blocks[sentence.blockIndex]
            switch format {
            case .text:
                target.write("\(block.location)  \(block.kind)  \(block.path)  #\(numberInBlock)  \(sentence.text)\n")
            case .jsonl:
                var json = "{\"file\":"
                JSONText.appendString(block.location.file, to: &json)
                json += ",\"line\":\(block.location.line),\"lang\":\"\(language.tag)\",\"kind\":"
                JSONText.appendString(block.kind.description, to: &json)
                json += ",\"path\":"
                JSONText.appendString(block.path, to: &json)
                json += ",\"sentence\":\(numberInBlock),\"start\":\(sentence.range.lowerBound)"
                json += ",\"end\":\(sentence.range.upperBound),\"text\":"
                JSONText.appendString(sentence.text, to: &json)
                json += "}\n"
                target.write(json)
            }
        }
    }

    private mutating func segmenter(for language: Language) throws -> Segmenter {
        if let existing = segmenters[language] { return existing }
        let created = try Segmenter(language: language)
        segmenters[language] = created
        return created
    }
}
