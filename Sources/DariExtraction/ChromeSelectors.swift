import DariModel
import DariXML

/// The site's own chrome, named by CSS selectors in `dari.json`'s `"skip"`:
/// `"skip": ["#menu", ".breadcrumb", "div.sidebar a"]`. Blocks inside a
/// matching element are marked `isBoilerplate`, like those inside `<nav>`,
/// and stay out of the memory.
///
/// Sites build menus, breadcrumbs and footers from plain `div`s that no
/// element name or ARIA role gives away (issue 17, noise pattern 2), so the
/// site names them. The selectors are a small subset of CSS, enough to name
/// an element of a template: a tag (`div`), an id (`#menu`), a class
/// (`.breadcrumb`), an attribute (`[role]`, `[data-region=footer]`), these
/// combined (`ul.nav[id=top]`), descendants (`div.header a`) and comma lists.
/// Anything else (`>`, `+`, `~`, `*`, pseudo-classes, `^=`…) is refused with
/// the list of what is read, rather than matched approximately.
public struct ChromeSelectors: Sendable, Equatable {
    /// `[name]` or `[name=value]`: lower-case attribute name, the exact value when given.
    struct AttributeTest: Sendable, Equatable {
        var name: String
        var value: String?
    }

    /// One step of a selector: every part must hold for the element.
    struct Compound: Sendable, Equatable {
        /// Lower-case tag name, nil for any element.
        var tag: String?
        var id: String?
        var classes: [String] = []
        var attributes: [AttributeTest] = []

        func matches(element name: String, attributes elementAttributes: [MarkupAttribute]) -> Bool {
            if let tag, tag != name { return false }
            if let id, elementAttributes[named: "id"] != id { return false }
            if !classes.isEmpty {
                let own = (elementAttributes[named: "class"] ?? "")
                    .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
                for wanted in classes where !own.contains(where: { $0 == wanted }) { return false }
            }
            for test in attributes {
                guard let actual = elementAttributes.first(where: { $0.name.lowercased() == test.name })?.value
                else { return false }
                if let value = test.value, actual != value { return false }
            }
            return true
        }
    }

    /// Each selector as its compounds, outermost first (`div .menu` → [div, .menu]).
    let selectors: [[Compound]]

    /// No selectors: nothing beyond the built-in chrome is skipped.
    public static let none = ChromeSelectors(selectors: [])

    public var isEmpty: Bool { selectors.isEmpty }

    init(selectors: [[Compound]]) {
        self.selectors = selectors
    }

    /// Parses selectors, each possibly a comma list (`"#menu, .breadcrumb"`).
    /// - Throws: `ChromeSelectors.Unsupported` naming the selector and what
    ///   dari reads instead.
    public init(_ texts: [String]) throws(Unsupported) {
        var selectors: [[Compound]] = []
        for text in texts {
            for part in text.split(separator: ",", omittingEmptySubsequences: false) {
                selectors.append(try Self.parse(selector: String(part), in: text))
            }
        }
        self.selectors = selectors
    }

    /// A selector dari does not read.
    public struct Unsupported: Error, Equatable, Sendable {
        /// The selector as written in the configuration.
        public var selector: String
        /// What is wrong, e.g. `">" (child combinator)`.
        public var reason: String

        public init(selector: String, reason: String) {
            self.selector = selector
            self.reason = reason
        }

        /// What dari reads, for the message.
        public static let supported =
            "a tag (div), #id, .class, [attr], [attr=value], these combined (ul.nav), "
            + "descendants (div.header a) and comma lists"

        public var message: String {
            "\"skip\" selector \"\(selector)\" is not supported: \(reason); dari reads \(Self.supported)"
        }
    }

    /// The selectors of `dari.json`'s `"skip"` (a string or a list of strings),
    /// none when the file or the key is absent.
    /// - Throws: `ConfigurationError.malformed` at the key's line.
    public init(configuration: ConfigurationFile?) throws(ConfigurationError) {
        guard let configuration, let value = configuration["skip"] else {
            self = .none
            return
        }
        let line = configuration.document.line(ofKey: "skip")
        let texts: [String]
        if let text = value.string {
            texts = [text]
        } else if let list = value.array, list.allSatisfy({ $0.string != nil }) {
            texts = list.compactMap(\.string)
        } else {
            throw .malformed(file: configuration.path, line: line,
                             message: "\"skip\" must be a list of CSS selectors, e.g. [\"#menu\", \".breadcrumb\"]")
        }
        do {
            try self.init(texts)
        } catch {
            throw .malformed(file: configuration.path, line: line, message: error.message)
        }
    }

    // MARK: - Matching

    /// Where matching stands inside an element: for each selector, how many
    /// of its compounds the element and its ancestors have matched so far.
    /// A descendant combinator lets any number of elements come between, so
    /// every prefix reached by some ancestor stays reached below it.
    struct State: Sendable, Equatable {
        /// Pairs (selector index, compounds matched), sorted, no duplicates.
        var reached: [Progress] = []
    }

    struct Progress: Sendable, Equatable, Comparable {
        var selector: Int
        var matched: Int

        static func < (lhs: Progress, rhs: Progress) -> Bool {
            (lhs.selector, lhs.matched) < (rhs.selector, rhs.matched)
        }
    }

    /// Whether the element matches a whole selector, and the state its
    /// children start from.
    func enter(element name: String, attributes: [MarkupAttribute], parent: State) -> (matches: Bool, state: State) {
        var reached = parent.reached
        var matches = false
        var candidates = parent.reached
        for index in selectors.indices { candidates.append(Progress(selector: index, matched: 0)) }
        for progress in candidates {
            let compounds = selectors[progress.selector]
            guard progress.matched < compounds.count,
                  compounds[progress.matched].matches(element: name, attributes: attributes) else { continue }
            if progress.matched + 1 == compounds.count {
                matches = true
            } else {
                let next = Progress(selector: progress.selector, matched: progress.matched + 1)
                if !reached.contains(next) { reached.append(next) }
            }
        }
        reached.sort()
        return (matches, State(reached: reached))
    }

    // MARK: - Parsing

    private static func parse(selector raw: String, in text: String) throws(Unsupported) -> [Compound] {
        let selector = raw.trimmingHTMLWhitespace()
        func fail(_ reason: String) -> Unsupported {
            Unsupported(selector: selector.isEmpty ? text : selector, reason: reason)
        }
        if selector.isEmpty { throw fail("it is empty") }
        var compounds: [Compound] = []
        var scalars = Array(selector.unicodeScalars)[...]
        while !scalars.isEmpty {
            var compound = Compound()
            var hasPart = false
            while let next = scalars.first, !Self.isSpace(next) {
                switch next {
                case "#":
                    scalars.removeFirst()
                    let name = Self.identifier(&scalars)
                    if name.isEmpty { throw fail("\"#\" needs an id after it") }
                    if compound.id != nil { throw fail("two ids in one step") }
                    compound.id = name
                case ".":
                    scalars.removeFirst()
                    let name = Self.identifier(&scalars)
                    if name.isEmpty { throw fail("\".\" needs a class name after it") }
                    compound.classes.append(name)
                case "[":
                    scalars.removeFirst()
                    let name = Self.identifier(&scalars).lowercased()
                    if name.isEmpty { throw fail("\"[\" needs an attribute name after it") }
                    var value: String?
                    if scalars.first == "=" {
                        scalars.removeFirst()
                        value = try Self.attributeValue(&scalars, fail: fail)
                    }
                    guard scalars.first == "]" else {
                        let found = scalars.first.map { "\"\(Character($0))\"" } ?? "the end"
                        throw fail("\(found) in an attribute selector (only [attr] and [attr=value])")
                    }
                    scalars.removeFirst()
                    compound.attributes.append(AttributeTest(name: name, value: value))
                case ">": throw fail("\">\" (child combinator)")
                case "+": throw fail("\"+\" (sibling combinator)")
                case "~": throw fail("\"~\" (sibling combinator)")
                case "*": throw fail("\"*\" (universal selector)")
                case ":": throw fail("\"\(String(String.UnicodeScalarView(scalars.prefix(while: { !Self.isSpace($0) }))))\" (pseudo-class)")
                default:
                    guard !hasPart else { throw fail("\"\(Character(next))\" where a #, . or [ was expected") }
                    let name = Self.identifier(&scalars)
                    if name.isEmpty { throw fail("\"\(Character(next))\" is not part of a selector") }
                    compound.tag = name.lowercased()
                }
                hasPart = true
            }
            compounds.append(compound)
            while let next = scalars.first, Self.isSpace(next) { scalars.removeFirst() }
            if let next = scalars.first, next == ">" || next == "+" || next == "~" {
                throw fail("\"\(Character(next))\" (\(next == ">" ? "child" : "sibling") combinator)")
            }
        }
        return compounds
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    /// CSS identifier characters (escapes not read): letters, digits, `-`, `_`, non-ASCII.
    private static func identifier(_ scalars: inout ArraySlice<Unicode.Scalar>) -> String {
        var name = String.UnicodeScalarView()
        while let next = scalars.first,
              next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "-" || next == "_"
                || next.value > 0x7F {
            name.append(next)
            scalars.removeFirst()
        }
        return String(name)
    }

    private static func attributeValue(
        _ scalars: inout ArraySlice<Unicode.Scalar>, fail: (String) -> Unsupported
    ) throws(Unsupported) -> String {
        guard let quote = scalars.first, quote == "\"" || quote == "'" else {
            let value = identifier(&scalars)
            if value.isEmpty { throw fail("an attribute value must be a name or quoted") }
            return value
        }
        scalars.removeFirst()
        var value = String.UnicodeScalarView()
        while let next = scalars.first, next != quote {
            value.append(next)
            scalars.removeFirst()
        }
        guard !scalars.isEmpty else { throw fail("an attribute value's quote is not closed") }
        scalars.removeFirst()
        return String(value)
    }
}
