internal import CLibXML2
import DariModel

/// Collects libxml2's structured errors for one synchronous parse call.
///
/// libxml2 2.9 has no per-context error handler (`xmlCtxtSetErrorHandler`
/// arrived in 2.13), so the collector installs a thread-local structured error
/// function just around the parse call and removes it afterwards. It is never
/// held across an `await`.
final class ErrorCollector {
    struct Entry {
        var level: UInt32
        var domain: Int32
        var code: Int32
        var line: Int
        var column: Int
        var message: String
    }

    let path: String
    private(set) var errors: [Entry] = []

    init(path: String) {
        self.path = path
    }

    /// Runs `body` (one libxml2 parse call) with this collector installed.
    func capturing<T>(_ body: () throws -> T) rethrows -> T {
        let context = Unmanaged.passUnretained(self).toOpaque()
        dari_xml_silence_generic_errors()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
            collector.record(error)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }

    /// Records one libxml2 error (called from C error handlers).
    func record(_ error: xmlErrorPtr) {
        let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        let message = raw.trimmingTrailingNewlines()
        errors.append(Entry(
            level: error.pointee.level.rawValue,
            domain: error.pointee.domain,
            code: error.pointee.code,
            line: Int(error.pointee.line),
            column: Int(dari_xml_error_column(error)),
            message: message))
    }

    /// The first error that means the bytes could not be decoded, if any.
    func encodingFailure(encoding: String) -> MarkupError? {
        for entry in errors {
            switch entry.code {
            case Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue):
                return .unsupportedEncoding(file: path, encoding: encoding)
            case Int32(XML_ERR_INVALID_ENCODING.rawValue), Int32(XML_I18N_CONV_FAILED.rawValue),
                 Int32(XML_ERR_INVALID_CHAR.rawValue):
                return .undecodable(file: path, line: max(entry.line, 1), encoding: encoding)
            default:
                continue
            }
        }
        return nil
    }

    /// HTML problems worth telling an editor, as warnings. libxml2 2.9's HTML
    /// parser knows only HTML4, so it calls `<header>`, `<nav>`, `<figure>`…
    /// "invalid"; those are dropped, other unknown tags are kept.
    func htmlWarnings() -> [Diagnostic] {
        errors.compactMap { entry in
            if entry.code == Int32(XML_HTML_UNKNOWN_TAG.rawValue),
               let tag = Self.unknownTagName(in: entry.message),
               HTML5Elements.names.contains(tag.lowercased()) {
                return nil
            }
            return Diagnostic(
                severity: .warning,
                location: SourceLocation(file: path, line: entry.line, column: entry.column),
                message: entry.message + " (parsed best-effort; check the markup)")
        }
    }

    /// Every problem below error level, as warnings.
    func warnings() -> [Diagnostic] {
        errors.filter { $0.level < XML_ERR_ERROR.rawValue }.map { entry in
            Diagnostic(severity: .warning,
                       location: SourceLocation(file: path, line: entry.line, column: entry.column),
                       message: entry.message)
        }
    }

    /// "Tag header invalid" -> "header".
    private static func unknownTagName(in message: String) -> String? {
        let words = message.split(separator: " ")
        guard words.count >= 3, words.first == "Tag" else { return nil }
        return String(words[1])
    }
}

/// Elements HTML5 added after HTML4, which libxml2 2.9 reports as unknown.
enum HTML5Elements {
    static let names: Set<String> = [
        "article", "aside", "audio", "bdi", "canvas", "data", "datalist", "details", "dialog",
        "embed", "figcaption", "figure", "footer", "header", "hgroup", "main", "mark", "meter",
        "nav", "output", "picture", "progress", "rp", "rt", "ruby", "search", "section", "slot",
        "source", "summary", "template", "time", "track", "video", "wbr", "svg", "math",
    ]
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var result = self
        while let last = result.last, last.isNewline || last == " " { result.removeLast() }
        return result
    }
}
