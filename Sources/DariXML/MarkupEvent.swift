/// One step of a depth-first walk over a parsed document.
///
/// DariXML hands documents to the rest of dari as a stream of events instead of
/// a tree of C pointers: no libxml2 pointer leaves this module, and a large
/// page is never held twice in memory (once by libxml2, once as Swift values).
public enum MarkupEvent: Sendable, Equatable {
    /// An element opens. `line` is 1-based (libxml2's line of the start tag).
    case start(name: String, attributes: [MarkupAttribute], line: Int)
    /// The element opened by the matching `.start` closes.
    case end(name: String)
    /// Character data (entities already decoded, NFC not yet applied).
    case text(String, line: Int)
    /// A `<![CDATA[ ]]>` section (XML only).
    case cdata(String, line: Int)
    /// A comment's text, without `<!--` and `-->`.
    case comment(String, line: Int)
    /// An entity reference libxml2 did not expand (e.g. an external entity
    /// in untrusted input, which dari never fetches).
    case entityReference(name: String, line: Int)
}

/// An attribute in document order. Namespaced attributes keep their prefix
/// (`xml:lang`) so callers can match them the way they appear in files.
public struct MarkupAttribute: Sendable, Equatable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == MarkupAttribute {
    /// The value of the first attribute called `name` (exact match), if any.
    public subscript(named name: String) -> String? {
        first(where: { $0.name == name })?.value
    }
}
