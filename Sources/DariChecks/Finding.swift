import DariGlossary
import DariMemory
import DariModel
import DariText

/// One problem a check found in a translation memory. Findings are data, not
/// errors: a run that finds problems still succeeds, and the CLI decides the
/// exit status from `--fail-on`.
public struct Finding: Sendable, Hashable {
    /// The check's stable kebab-case id, e.g. `number-mismatch`.
    public var checkID: String
    public var severity: Severity
    /// Where an editor fixes it: the target page's line for target-side
    /// problems, the source page's line for source-side ones, else the memory file.
    public var location: SourceLocation
    /// The memory unit's id (`u12`), nil for page-level findings such as `missing-page`.
    public var unitID: String?
    /// The memory file (page pair) id the unit belongs to.
    public var fileID: String?
    /// What is wrong and what to do next.
    public var message: String
    /// The segment's source and target plain text, when the finding is about one.
    public var source: String?
    public var target: String?
    /// Other places that belong to the same problem, e.g. every other member
    /// of an `inconsistent-target` group, in memory order. A group is one
    /// finding, so an editor fixes it once and a baseline accepts it once.
    public var relatedLocations: [RelatedLocation]
    /// `location.file` relative to the site root (`ko/about.html`, or
    /// `memory.xlf` for a memory's own lines), when the run knows the root
    /// (`relative(toSite:)`). The fingerprint uses it, so a baseline matches
    /// however the site path was spelled (`site`, `./site`, `/abs/site`).
    public var siteRelativeFile: String?

    public init(checkID: String, severity: Severity, location: SourceLocation, unitID: String? = nil,
                fileID: String? = nil, message: String, source: String? = nil, target: String? = nil,
                relatedLocations: [RelatedLocation] = []) {
        self.checkID = checkID
        self.severity = severity
        self.location = location
        self.unitID = unitID
        self.fileID = fileID
        self.message = message
        self.source = source
        self.target = target
        self.relatedLocations = relatedLocations
    }

    /// The related places' locations alone. Kept for code written before
    /// `relatedLocations`; setting it keeps the unit and text of the places
    /// it leaves where they were.
    public var related: [SourceLocation] {
        get { relatedLocations.map(\.location) }
        set {
            let kept = zip(relatedLocations, newValue).prefix { $0.0.location == $0.1 }.map(\.0)
            relatedLocations = kept + newValue.dropFirst(kept.count).map { RelatedLocation(location: $0) }
        }
    }

    /// A finding whose related places are known by location only.
    public init(checkID: String, severity: Severity, location: SourceLocation, unitID: String? = nil,
                fileID: String? = nil, message: String, source: String? = nil, target: String? = nil,
                related: [SourceLocation]) {
        self.init(checkID: checkID, severity: severity, location: location, unitID: unitID, fileID: fileID,
                  message: message, source: source, target: target,
                  relatedLocations: related.map { RelatedLocation(location: $0) })
    }

    /// A stable identity that survives line shifts and path spellings: FNV-1a
    /// 64 of the check id, the file (`siteRelativeFile` when known) and the
    /// whitespace-collapsed source and target text (never the line), as 16
    /// lower-case hex digits. Baselines store it.
    public var fingerprint: String {
        var hash = FNV1a()
        // Each field ends with a unit separator, so "ab" + "c" and "a" + "bc" differ.
        func mix(_ text: String) {
            hash.combine(text.utf8)
            hash.combine(0x1f)
        }
        /// Mixes `text` with each run of ASCII white space as one space and
        /// the ends trimmed. Only ASCII: baselines keep these values, and
        /// folding no-break spaces too would change every stored one.
        func mixCollapsed(_ text: String) {
            var pendingSpace = false, started = false
            for byte in text.utf8 {
                if Script.isASCIIWhitespace(byte) {
                    pendingSpace = started
                    continue
                }
                if pendingSpace {
                    hash.combine(0x20)
                    pendingSpace = false
                }
                started = true
                hash.combine(byte)
            }
            hash.combine(0x1f)
        }
        mix(checkID)
        mix(siteRelativeFile ?? location.file)
        mixCollapsed(source ?? "")
        mixCollapsed(target ?? "")
        if source == nil && target == nil { mix(message) }
        return hash.hex
    }

    /// This finding with `siteRelativeFile` set when its file lies under
    /// `root` (the site folder as the user spelled it); `.` and empty
    /// components are ignored, so `Corpus/ko/a.html` under `./Corpus/` is `ko/a.html`.
    public func relative(toSite root: String) -> Finding {
        var finding = self
        finding.siteRelativeFile = Self.path(location.file, under: root)
        return finding
    }

    /// `path` relative to `root`, nil when it is not under it.
    static func path(_ path: String, under root: String) -> String? {
        if let rest = plainRest(of: path, under: root) { return rest }
        func components(_ path: String) -> [Substring] {
            let names = path.split(separator: "/").filter { $0 != "." }
            return path.hasPrefix("/") ? ["/"] + names : names
        }
        let pathComponents = components(path), rootComponents = components(root)
        guard pathComponents.count > rootComponents.count, pathComponents.starts(with: rootComponents) else { return nil }
        return pathComponents.dropFirst(rootComponents.count).joined(separator: "/")
    }

    /// `path` relative to `root` when it is spelled `root/rest` and neither
    /// has an empty or `.` component: then `rest` is what splitting both
    /// into components gives, without splitting them. Nil otherwise (and
    /// `path(_:under:)` splits). Every finding of a site run goes through
    /// here: the splitting was 5 % of an incremental `dari check` on
    /// LibreOffice help (docs/benchmarks/incremental.md).
    private static func plainRest(of path: String, under root: String) -> String? {
        let (path, root) = (path.utf8, root.utf8)
        let slash = UInt8(ascii: "/")
        guard !root.isEmpty, path.count > root.count + 1, path.starts(with: root) else { return nil }
        let separator = path.index(path.startIndex, offsetBy: root.count)
        guard path[separator] == slash else { return nil }
        let rest = path[path.index(after: separator)...]
        func isPlain(_ text: some Collection<UInt8>, leadingSlash: Bool) -> Bool {
            let names = text.split(separator: slash, omittingEmptySubsequences: false)
            return names.enumerated().allSatisfy { index, name in
                (index == 0 && leadingSlash && name.isEmpty) || !(name.isEmpty || name.elementsEqual(".".utf8))
            }
        }
        guard isPlain(root, leadingSlash: true), isPlain(rest, leadingSlash: false) else { return nil }
        return String(Substring(rest))
    }

    /// The order reports use: file, line, column, check id, unit id, message.
    public static func sortedOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
        if lhs.location.line != rhs.location.line { return lhs.location.line < rhs.location.line }
        if lhs.location.column != rhs.location.column { return lhs.location.column < rhs.location.column }
        if lhs.checkID != rhs.checkID { return lhs.checkID < rhs.checkID }
        let lhsUnit = lhs.unitID ?? "", rhsUnit = rhs.unitID ?? ""
        if lhsUnit != rhsUnit { return lhsUnit.compare(numerically: rhsUnit) }
        return lhs.message < rhs.message
    }
}

/// Another place that belongs to a finding's problem: where it is, which
/// unit it is, and that unit's text there (one variant of an inconsistency).
public struct RelatedLocation: Sendable, Hashable {
    public var location: SourceLocation
    /// The memory unit's id, when the place is a unit.
    public var unitID: String?
    /// The text at that place, e.g. the other translation of the same source.
    public var text: String?

    public init(location: SourceLocation, unitID: String? = nil, text: String? = nil) {
        self.location = location
        self.unitID = unitID
        self.text = text
    }
}

extension String {
    /// "u2" before "u10": digit runs compare by value, the rest by code point.
    func compare(numerically other: String) -> Bool {
        var lhs = unicodeScalars.makeIterator(), rhs = other.unicodeScalars.makeIterator()
        var left = lhs.next(), right = rhs.next()
        while let l = left, let r = right {
            if l.properties.numericType == .decimal && r.properties.numericType == .decimal {
                var ln = "", rn = ""
                while let c = left, c.properties.numericType == .decimal { ln.unicodeScalars.append(c); left = lhs.next() }
                while let c = right, c.properties.numericType == .decimal { rn.unicodeScalars.append(c); right = rhs.next() }
                let lt = ln.drop { $0 == "0" }, rt = rn.drop { $0 == "0" }
                if lt.count != rt.count { return lt.count < rt.count }
                if lt != rt { return lt < rt }
                continue
            }
            if l != r { return l.value < r.value }
            left = lhs.next()
            right = rhs.next()
        }
        return left == nil && right != nil
    }
}
