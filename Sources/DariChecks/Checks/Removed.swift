import DariGlossary
import DariMemory
import DariModel

/// `removed`: text the previous memory had and the site no longer has, one
/// finding per section of a page.
public struct Removed: Check {
    public static let id = "removed"
    public static let defaultSeverity = Severity.info
    public static let summary = "Text was removed from a page since the previous memory (one finding per section)."
    public static let example = "ko/about.html:30: info: [removed] 3 sentence(s) removed since the previous memory, "
        + "in the section '연혁', first '선교회는 2001년에 시작되었습니다.'; nothing to do if that was meant"
    public static let details = """
        Found by comparing a run with the site's previous memory: the removed segments are reported, \
        not kept in the new memory. The line is where the text was in the previous version of the page.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for removed in input.removed {
            let section = removed.heading.map { " in the section '\($0.excerpt(40))'," } ?? ""
            findings.report(at: removed.location, fileID: removed.fileID,
                            message: "\(removed.segmentCount) sentence(s) removed since the previous memory,\(section) "
                                + "first '\(removed.firstSource.excerpt())'; nothing to do if that was meant")
        }
    }
}
