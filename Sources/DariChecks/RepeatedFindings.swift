import DariMemory
import DariModel

/// The pages of a site, as `RepeatedFindings` counts them: the page pairs,
/// and how many pages of either side each folder holds, its subfolders'
/// included.
public struct PageFolders: Sendable, Equatable {
    /// Page pairs (memory files): the site's size for template text.
    public var pairCount: Int
    /// Pages under each folder (a path up to one of its `/`), at any depth.
    var pagesUnder: [String: Int]

    public init(_ files: [MemoryFile]) {
        pairCount = files.count
        var paths = Set<String>()
        for file in files {
            if file.sourceOriginalExists || file.targetOriginal == nil { paths.insert(file.original) }
            if let target = file.targetOriginal { paths.insert(target) }
        }
        var counts: [String: Int] = [:]
        for path in paths {
            for index in path.indices where path[index] == "/" { counts[String(path[..<index]), default: 0] += 1 }
        }
        pagesUnder = counts
    }

    /// The deepest folder that holds all of `paths`, nil when only the
    /// site's root does.
    static func commonFolder(of paths: some Collection<String>) -> String? {
        func folders(_ path: String) -> ArraySlice<Substring> {
            path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        }
        guard let first = paths.first else { return nil }
        var common = folders(first)
        for path in paths.dropFirst() {
            common = common.prefix(zip(common, folders(path)).prefix { $0 == $1 }.count)
        }
        let folder = common.joined(separator: "/")
        return folder.isEmpty ? nil : folder
    }
}

/// Text that repeats on many pages (a footer, a menu, a "Report a bug" link
/// that site chrome put on every page) gives the same finding on each. An
/// editor fixes it once, in the template, so it is reported once: at its
/// first page, with the page count in the message and the other pages as
/// related locations.
enum RepeatedFindings {
    /// A finding is template text when it repeats on this many pages, and
    /// on most of the site's pages: a sentence two or three pages share is
    /// not a template, nor is a caption a tenth of the pages share ("Original
    /// image" on 69 of the GIMP manual's 685 filter pages), which is content
    /// to fix on each page and must be found on each. A template is on
    /// nearly every page, far from the threshold, so the fold does not come
    /// and go when a page is added or removed; at a tenth, one page removed
    /// unfolded 69 findings (docs/benchmarks/real-sites.md).
    static let minimumPages = 5
    static let minimumShare = 0.5
    /// A folder's template is on nearly all of its pages (the sidebar of a
    /// manual's module pages, 44 of the 49 in `mod/`). The same English
    /// sentence left on half of a folder's pages is each page's to fix, and
    /// a folder holds all the pages under it: a page per folder
    /// (`every/index.md`) is no folder of one.
    static let folderShare = 0.8

    /// On how many pages of a site of `pageCount` the same finding is template text.
    static func threshold(pageCount: Int) -> Int {
        max(minimumPages, Int((Double(pageCount) * minimumShare).rounded(.up)))
    }

    /// `findings` (sorted) with every group of identical findings on
    /// enough of the site's pages (see `minimumPages`), or on most pages of
    /// the folders it is in, folded into its first member. A folder's own
    /// template (the sidebar of a manual's module pages, 44 of the 49 in
    /// `mod/`, none elsewhere) is as much one fix as the site's.
    static func folded(_ findings: [Finding], pages site: PageFolders) -> [Finding] {
        let threshold = threshold(pageCount: site.pairCount)
        // Findings on fewer than `minimumPages` pages cannot fold: a memory of one file
        // (a CAT tool's XLIFF, one page pair) has one. Counted as changes of
        // file between neighbours (at least the number of pages, and exactly
        // that when sorted), which skips grouping every finding by its texts:
        // hashing them was most of this function's time on 36,000 findings.
        var pages = 0
        for index in findings.indices
            where index == 0 || findings[index].location.file != findings[index - 1].location.file {
            pages += 1
            if pages >= minimumPages { break }
        }
        guard pages >= minimumPages else { return findings }
        struct Key: Hashable {
            var checkID: String, message: String, source: String?, target: String?
        }
        var groups: [Key: [Int]] = [:]
        for (index, finding) in findings.enumerated() where !(finding.source ?? "").isEmpty || !(finding.target ?? "").isEmpty {
            groups[Key(checkID: finding.checkID, message: withoutDigits(finding.message), source: finding.source,
                       target: finding.target), default: []].append(index)
        }
        var dropped = Set<Int>()
        var result = findings
        for members in groups.values {
            // By the page's path in the site, as `PageFolders` counts them: a site
            // named by its full path (`/work/site`) names its pages so too.
            let pages = Set(members.map { findings[$0].siteRelativeFile ?? findings[$0].location.file })
            guard pages.count >= minimumPages, let first = members.first else { continue }
            if pages.count >= threshold {
                result[first].message += " (the same on \(pages.count) pages: fix it once, in the template they share)"
            } else {
                guard let folder = PageFolders.commonFolder(of: pages), let total = site.pagesUnder[folder],
                      Double(pages.count) >= Double(total) * folderShare else { continue }
                result[first].message += " (the same on \(pages.count) of the \(total) pages in \(folder)/: fix it once, "
                    + "in the template they share)"
            }
            result[first].related += members.dropFirst().map { findings[$0].location }
            dropped.formUnion(members.dropFirst())
        }
        return result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// `message` with its digits as `#`: the same text on two pages is the
    /// same finding wherever on the page it sits ("… (to line 55)" on one,
    /// "… (to line 75)" on the other); the texts themselves are compared whole.
    static func withoutDigits(_ message: String) -> String {
        String(String.UnicodeScalarView(message.unicodeScalars.map { ("0"..."9").contains($0) ? "#" : $0 }))
    }
}
