import DariChecks
import DariModel
import DariReports

/// The review page as HTML: one self-contained file (the overview and every
/// page pair, a page shown when its anchor is the target), or a folder with
/// an index and one file per page pair. Every piece of text goes through
/// `HTMLNode`, so it is escaped; the style sheet and script are this
/// module's own (`ReviewAssets`), inside the file: no network, no fonts.
/// Landmarks are ARIA roles on `div`s rather than HTML5's `main`, `section`
/// and `output`, so libxml2's HTML 4 parser (`xmllint --html`) validates it.
public enum ReviewDocument {
    /// How a single file holds its page views.
    public enum PageViews: Sendable {
        /// As HTML after the overview: readable with scripts off, but the
        /// browser parses every page before the filters' script runs.
        case html
        /// As data (`PageData`) after the script, each page view built when
        /// opened: the overview and filters are ready as soon as the overview
        /// is parsed, however many pages follow. Needs scripts.
        case onDemand
        /// HTML up to `inlineSegmentLimit` segments, on demand above.
        case automatic
    }

    /// Above this many segments a single file's page views are built on
    /// demand: at about 900 bytes of HTML a segment, 5,000 segments are a
    /// 4–5 MB file, which a browser parses in a second or two.
    public static let inlineSegmentLimit = 5_000

    /// The whole review in one file.
    public static func singleFile(_ site: ReviewSite, title: String, pageViews: PageViews = .automatic) -> String {
        let links = Links(overview: "#overview", page: { "#" + $0.slug })
        let segments = site.pages.reduce(0) { $0 + $1.rows.count }
        var body = [header(title: title), filterForm(site, pageView: false), overviewSection(site, title: title, links: links)]
        switch pageViews {
        case .html,
             .automatic where segments <= inlineSegmentLimit:
            body += site.pages.map { pageSection($0, site: site, links: links, single: false) }
            return HTMLNode.document(html(title: "dari review: " + title, body: body))
        case .onDemand, .automatic:
            body.append(.el("noscript", [:], [.el("p", ["class": "noscript"], text:
                "This review holds \(site.pages.count) page pairs and \(segments) segments, too many to write as one "
                    + "HTML page: its page views are built by its script when opened, and scripts are off. "
                    + "Write it as a folder instead (dari report SITE -o review/): an index and one file per page pair, "
                    + "readable without scripts.")]))
            var data = PageData()
            var pages: [HTMLNode] = []
            for page in site.pages {
                pages.append(.data(id: "data-" + page.slug, data.encode(pageSection(page, site: site, links: links, single: false))))
            }
            return HTMLNode.document(html(title: "dari review: " + title, body: body,
                                          data: [.data(id: "dari-openings", data.table)] + pages))
        }
    }

    /// The review as files: `index.html` (the overview) and one file per page pair, in page order.
    public static func folder(_ site: ReviewSite, title: String) -> [(name: String, html: String)] {
        let links = Links(overview: "index.html", page: { $0.slug + ".html" })
        var files = [(name: "index.html", html: HTMLNode.document(html(
            title: "dari review: " + title,
            body: [header(title: title), filterForm(site, pageView: false), overviewSection(site, title: title, links: links)])))]
        for page in site.pages {
            files.append((name: page.slug + ".html", html: HTMLNode.document(html(
                title: page.work.name + " — dari review: " + title,
                body: [header(title: title), filterForm(site, pageView: true), pageSection(page, site: site, links: links, single: true)]))))
        }
        return files
    }

    /// Where the overview and each page are, in one file (anchors) or in a folder (files).
    struct Links {
        var overview: String
        var page: (ReviewPage) -> String
    }

    // MARK: The frame

    /// - Parameter data: page data, after the script so that the filters work before it is parsed.
    static func html(title: String, body: [HTMLNode], data: [HTMLNode] = []) -> HTMLNode {
        .el("html", ["lang": "en"], [
            .el("head", [:], [
                .el("meta", ["charset": "utf-8"]),
                .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .el("title", text: title),
                .style(ReviewAssets.css),
            ]),
            .el("body", [:], [.el("a", ["class": "skip", "href": "#main"], text: "Skip to the report")]
                + [.el("div", ["id": "main", "role": "main"], body)] + [.script(ReviewAssets.javascript)] + data),
        ])
    }

    static func header(title: String) -> HTMLNode {
        .el("div", ["class": "banner", "role": "banner"], [
            .el("h1", [:], [.text("dari review: "), .el("span", ["class": "site"], text: title)]),
        ])
    }

    /// The filters, hidden until the script shows them (with scripts off the page reads unfiltered).
    static func filterForm(_ site: ReviewSite, pageView: Bool) -> HTMLNode {
        func select(_ id: String, _ label: String, _ options: [(String, String)]) -> HTMLNode {
            .el("div", ["class": "control"], [
                .el("label", ["for": id], text: label),
                .el("select", ["id": id, "name": id], options.map { value, text in .el("option", ["value": value], text: text) }),
            ])
        }
        let checks = [("", "any check")] + site.checkCounts.map { ($0.checkID, "\($0.checkID) (\($0.count))") }
        let severities = [("", "any severity")] + Severity.allCases.reversed().map { ($0.rawValue, $0.rawValue) }
        let states = [("", "any state")] + RowState.allCases.map { ($0.rawValue, $0.label) }
        return .el("form", ["id": "filters", "class": "filters", "hidden": nil, "role": "search",
                            "aria-label": "Filter the rows"], [
            .el("div", ["class": "control"], [
                .el("label", ["for": "f-search"], text: "Search"),
                .el("input", ["id": "f-search", "name": "f-search", "type": "search",
                              "placeholder": pageView ? "text in either language" : "page or text"]),
            ]),
            select("f-check", "Check", checks),
            select("f-severity", "Severity", severities),
            select("f-state", "State", states),
            .el("span", ["id": "f-count", "role": "status", "aria-live": "polite"]),
        ])
    }

    // MARK: Overview

    static func overviewSection(_ site: ReviewSite, title: String, links: Links) -> HTMLNode {
        let totals = site.summary.totals
        let source = site.sourceLanguage.name, target = site.targetLanguage.name
        var children: [HTMLNode] = [
            .el("h2", ["id": "overview-title"], text: "Overview"),
            .el("p", [:], text: "\(source) is the original (left), \(target) the translation (right). "
                + "Pages are sorted by the work they need: missing and wrong-language blocks, errors and warnings."),
        ]
        var terms: [(String, String)] = [
            ("Page pairs", "\(totals.pages)"), ("Needing work", "\(totals.pagesNeedingWork)"),
            ("Blocks", "\(totals.blocks)"), ("Translated", "\(totals.translated)"),
            ("Missing in \(target)", "\(totals.missingInTarget)"), ("Missing in \(source)", "\(totals.missingInSource)"),
            ("Wrong language", "\(totals.wrongLanguage)"),
            ("Outdated segments", site.knowsChanges ? "\(site.outdated)" : "not known"),
            ("Errors", "\(totals.errors)"), ("Warnings", "\(totals.warnings)"),
        ]
        if !site.knowsChanges { terms[7].1 = "not known (no earlier memory)" }
        children.append(.el("ul", ["class": "totals"], terms.map { term, value in
            .el("li", [:], [.el("span", ["class": "term"], text: term), .el("span", ["class": "value"], text: value)])
        }))
        children.append(legend(source: source, target: target))
        if !site.checkCounts.isEmpty {
            children.append(.el("h3", text: "Findings by check"))
            children.append(.el("table", ["class": "checks"], [
                .el("thead", [:], [.el("tr", [:], [
                    .el("th", ["scope": "col"], text: "Check"), .el("th", ["scope": "col"], text: "Highest severity"),
                    .el("th", ["scope": "col"], text: "Findings"),
                ])]),
                .el("tbody", [:], site.checkCounts.map { count in
                    .el("tr", [:], [
                        .el("td", [:], [.el("code", text: count.checkID)]),
                        .el("td", [:], [severityBadge(count.severity)]),
                        .el("td", ["class": "number"], text: "\(count.count)"),
                    ])
                }),
            ]))
        }
        children.append(.el("h3", text: "Page pairs"))
        children.append(.el("table", ["class": "pages"], [
            .el("thead", [:], [.el("tr", [:], [
                .el("th", ["scope": "col"], text: "#"), .el("th", ["scope": "col"], text: "Page"),
                .el("th", ["scope": "col"], text: "Blocks"), .el("th", ["scope": "col"], text: "Work"),
                .el("th", ["scope": "col"], text: "Findings by check"),
            ])]),
            .el("tbody", [:], site.pages.map { overviewRow($0, links: links) }),
        ]))
        let oneSided = site.pages.filter { !$0.work.isPaired && !$0.work.fileID.isEmpty }
        if !oneSided.isEmpty {
            children.append(.el("h3", text: "Pages in one language only"))
            children.append(.el("ul", ["class": "one-sided"], oneSided.map { page in
                let language = page.work.sourcePage != nil ? source : target
                return .el("li", [:], [.el("a", ["href": links.page(page)], text: page.work.name),
                                       .text(" (\(language) only, \(page.work.blocks) blocks)")])
            }))
        }
        if !site.otherFindings.isEmpty {
            children.append(.el("h3", text: "Findings outside the pages"))
            children.append(findingList(site.otherFindings))
        }
        return .el("div", ["id": "overview", "role": "region", "aria-labelledby": "overview-title"], children)
    }

    static func legend(source: String, target: String) -> HTMLNode {
        let kinds: [(String, String)] = [("b-translated", "translated"), ("b-outdated", "outdated"),
                                         ("b-untranslated", "untranslated or missing"), ("b-wrong", "wrong language")]
        var children: [HTMLNode] = [.text("Bars: ")]
        for (cls, label) in kinds {
            children.append(.el("span", ["class": "swatch " + cls, "aria-hidden": "true"]))
            children.append(.text(" " + label + " "))
        }
        return .el("p", ["class": "legend"], children)
    }

    static func overviewRow(_ page: ReviewPage, links: Links) -> HTMLNode {
        let work = page.work
        let missing = work.missingInTarget + work.missingInSource
        let translated = max(0, work.translated - page.outdatedBlocks)
        let parts = [("b-translated", translated, "translated"), ("b-outdated", page.outdatedBlocks, "outdated"),
                     ("b-untranslated", missing, "missing"), ("b-wrong", work.wrongLanguage, "wrong language")]
        let whole = max(1, parts.reduce(0) { $0 + $1.1 })
        let description = parts.filter { $0.1 > 0 }.map { "\($0.1) \($0.2)" }.joined(separator: ", ")
        let bar: [HTMLNode] = parts.filter { $0.1 > 0 }.map { cls, count, _ in
            // Percentages with one decimal, from integers: the same bytes on every machine.
            let tenths = count * 1000 / whole
            return .el("span", ["class": "seg " + cls, "style": "width:\(tenths / 10).\(tenths % 10)%"])
        }
        var name: [HTMLNode] = [.el("a", ["href": links.page(page)], text: work.name)]
        if work.isPaired, let target = work.targetPage, target != work.name {
            name.append(.el("span", ["class": "counterpart"], text: target))
        } else if !work.isPaired && !work.fileID.isEmpty {
            name.append(.el("span", ["class": "counterpart"], text: "one language only"))
        }
        return .element("tr", rowAttributes(class: "row", checks: page.checkCounts.map(\.checkID),
                                            severities: Set(page.checkCounts.map(\.severity)),
                                            states: page.states.sorted().map(\.rawValue)), [
            .el("td", ["class": "number"], text: "\(page.number)"),
            .el("th", ["scope": "row", "class": "name"], name),
            .el("td", ["class": "blocks"], [
                .el("span", ["class": "bar", "role": "img", "aria-label": description.isEmpty ? "no text" : description], bar),
                .el("span", ["class": "bar-text"], text: "\(work.blocks) blocks" + (description.isEmpty ? "" : ": " + description)),
            ]),
            .el("td", ["class": "number"], text: "\(work.work)"),
            .el("td", ["class": "by-check"], page.checkCounts.isEmpty ? [.text("none")] : [
                .el("ul", [:], page.checkCounts.map { .el("li", [:], [.el("code", text: $0.checkID), .text(" \($0.count)")]) }),
            ]),
        ])
    }

    static func rowAttributes(class cls: String, checks: [String], severities: Set<Severity>, states: [String],
                              id: String? = nil) -> [HTMLAttribute] {
        var attributes = [HTMLAttribute(name: "class", value: cls)]
        if let id { attributes.append(HTMLAttribute(name: "id", value: id)) }
        attributes.append(HTMLAttribute(name: "data-check", value: Set(checks).sorted().joined(separator: " ")))
        attributes.append(HTMLAttribute(name: "data-severity",
                                        value: severities.sorted().map(\.rawValue).joined(separator: " ")))
        attributes.append(HTMLAttribute(name: "data-state", value: states.joined(separator: " ")))
        return attributes
    }

    // MARK: Page view

    static func pageSection(_ page: ReviewPage, site: ReviewSite, links: Links, single: Bool) -> HTMLNode {
        let work = page.work
        let source = site.sourceLanguage, target = site.targetLanguage
        var heading: [HTMLNode] = [.text(work.sourcePage ?? "(no \(source.name) page)")]
        heading += [.el("span", ["class": "arrow", "aria-label": "and"], text: " ↔ "),
                    .text(work.targetPage ?? "(no \(target.name) page)")]
        var navigation: [HTMLNode] = [.el("a", ["href": links.overview], text: "← Overview")]
        for (language, url) in [(source, page.sourceURL), (target, page.targetURL)] {
            if let url {
                navigation += [.text(" · "), .el("a", ["href": url, "hreflang": language.tag], text: "live \(language.name) page")]
            }
        }
        var children: [HTMLNode] = [
            .el("h2", ["id": page.slug + "-title"], heading),
            .el("p", ["class": "nav"], navigation),
            .el("p", [:], text: "\(work.blocks) blocks, \(work.translated) translated; work: \(work.work)."),
        ]
        if !page.pageFindings.isEmpty { children.append(findingList(page.pageFindings)) }
        if page.rows.isEmpty {
            children.append(.el("p", [:], text: "No text in the memory for this page."))
        } else {
            children.append(.el("table", ["class": "pair"], [
                .el("caption", [:], text: "\(source.name) original and \(target.name) translation, one row per aligned segment"),
                .el("thead", [:], [.el("tr", [:], [
                    .el("th", ["scope": "col"], text: "\(source.name) (original)"),
                    .el("th", ["scope": "col"], text: "\(target.name) (translation)"),
                ])]),
                .el("tbody", [:], page.rows.map { segmentRow($0, page: page, source: source, target: target) }),
            ]))
        }
        return .el("div", ["class": single ? "page single" : "page", "id": page.slug, "role": "region",
                           "aria-labelledby": page.slug + "-title"], children)
    }

    static func segmentRow(_ row: ReviewRow, page: ReviewPage, source: Language, target: Language) -> HTMLNode {
        var attributes = rowAttributes(
            class: "row st-\(row.state.rawValue)" + (row.startsUnit ? " unit-start" : ""),
            checks: row.findings.map(\.checkID), severities: Set(row.findings.map(\.severity)),
            states: [row.state.rawValue], id: "\(page.slug)-\(row.unitID)-\(row.segmentID)")
        attributes.append(HTMLAttribute(name: "data-unit", value: row.unitID))

        var sourceMeta: [HTMLNode] = []
        if row.startsUnit { sourceMeta.append(.el("span", ["class": "kind", "title": "block kind"], text: row.kind)) }
        if let line = row.sourceLine, row.hasSource { sourceMeta.append(.el("span", ["class": "line"], text: "line \(line)")) }
        if row.state != .translated { sourceMeta.append(.el("span", ["class": "state"], text: row.state.label)) }
        if let score = row.lowScore {
            let hundredths = Int((score * 100).rounded())
            sourceMeta.append(.el("span", ["class": "score", "title": "the aligner's confidence in this pair"],
                                  text: "score 0.\(hundredths < 10 ? "0" : "")\(hundredths)"))
        }
        var sourceCell: [HTMLNode] = [.el("div", ["class": "meta"], sourceMeta)]
        sourceCell.append(row.hasSource ? .el("div", ["class": "text"], inline(row.source))
                                        : .el("div", ["class": "empty"], text: "no \(source.name) text"))
        if let diff = row.diff {
            sourceCell.append(.el("div", ["class": "diff"], [.el("span", ["class": "diff-label"], text: "Changed since translated: ")]
                + diff.map { piece in
                    switch piece.change {
                    case .same: return .text(piece.text)
                    case .removed: return .el("del", [:], text: piece.text)
                    case .added: return .el("ins", [:], text: piece.text)
                    }
                }))
        }

        var targetMeta: [HTMLNode] = []
        if let line = row.targetLine, row.hasTarget { targetMeta.append(.el("span", ["class": "line"], text: "line \(line)")) }
        var targetCell: [HTMLNode] = [.el("div", ["class": "meta"], targetMeta)]
        targetCell.append(row.hasTarget ? .el("div", ["class": "text"], inline(row.target ?? []))
                                        : .el("div", ["class": "empty"], text: "no \(target.name) text"))
        if !row.findings.isEmpty { targetCell.append(findingList(row.findings)) }
        if !row.matches.isEmpty { targetCell.append(matchList(row.matches, source: source, target: target)) }

        return .element("tr", attributes, [
            .el("td", ["class": "src", "lang": source.tag, "data-label": "\(source.name) (original)"], sourceCell),
            .el("td", ["class": "tgt", "lang": target.tag, "data-label": "\(target.name) (translation)"], targetCell),
        ])
    }

    /// Text with each inline code as a small marker: the element's name, its markup in the tooltip.
    static func inline(_ content: [InlineContent]) -> [HTMLNode] {
        content.map { piece in
            switch piece {
            case let .text(text): return .text(text)
            case let .start(_, element, original):
                return .el("span", ["class": "code", "title": original, "aria-label": "start of \(element)"], text: element)
            case let .end(_, element, original):
                return .el("span", ["class": "code", "title": original, "aria-label": "end of \(element)"], text: "/" + element)
            case let .standalone(_, element, original):
                return .el("span", ["class": "code", "title": original, "aria-label": element], text: element + "/")
            }
        }
    }

    /// The memory's sentences like an untranslated one: similarity, the
    /// sentence and its translation (each in its language), and where it is.
    static func matchList(_ matches: [ReviewMatch], source: Language, target: Language) -> HTMLNode {
        .el("div", ["class": "matches"], [
            .el("p", ["class": "matches-label"], text: "Like this in the memory:"),
            .el("ul", [:], matches.map { match in
                .el("li", ["class": "match"], [
                    .el("span", ["class": "pct"], text: "\(match.percent) %"), .text(" "),
                    .el("span", ["lang": source.tag], text: match.text),
                    .el("span", ["class": "arrow", "aria-label": "translated as"], text: " → "),
                    .el("span", ["class": "translation", "lang": target.tag], text: match.translation),
                    .el("span", ["class": "where"], text: " (" + match.origin + ")"),
                ])
            }),
        ])
    }

    static func findingList(_ findings: [ReviewFinding]) -> HTMLNode {
        .el("ul", ["class": "findings"], findings.map { finding in
            .el("li", ["class": "finding sev-" + finding.severity.rawValue], [
                severityBadge(finding.severity), .text(" "), .el("code", text: finding.checkID), .text(" "),
                .el("span", ["class": "message"], text: finding.message),
                .el("span", ["class": "where"], text: " (" + finding.location + ")"),
            ])
        })
    }

    static func severityBadge(_ severity: Severity) -> HTMLNode {
        .el("span", ["class": "sev sev-" + severity.rawValue], text: severity.rawValue)
    }
}
