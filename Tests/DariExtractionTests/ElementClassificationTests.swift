@testable import DariExtraction
import DariModel
import DariXML
import Testing

@Suite struct ElementClassificationTests {
    @Test(arguments: [
        ("p", ElementRole.block(.paragraph)),
        ("h3", .block(.heading(level: 3))),
        ("th", .block(.tableCell)),
        ("dd", .block(.other(element: "dd"))),
        ("figcaption", .block(.figcaption)),
        ("div", .container),
        ("section", .container),
        ("pre", .container),
        ("a", .inline),
        ("label", .inline),
        ("my-widget", .inline),
        ("br", .standalone),
        ("wbr", .standalone),
        ("img", .standalone),
        ("script", .skipped),
        ("template", .skipped),
        ("noscript", .skipped),
        ("meta", .void),
        ("input", .void),
    ])
    func roles(element: String, role: ElementRole) {
        #expect(ElementRole(element: element) == role)
    }

    @Test(arguments: [
        ("nav", [], true),
        ("header", [], true),
        ("footer", [], true),
        ("div", [MarkupAttribute(name: "role", value: "navigation")], true),
        ("div", [MarkupAttribute(name: "role", value: "search Banner")], true),
        ("div", [MarkupAttribute(name: "role", value: "contentinfo")], true),
        ("div", [MarkupAttribute(name: "role", value: "main")], false),
        ("aside", [], false),
    ])
    func boilerplate(element: String, attributes: [MarkupAttribute], expected: Bool) {
        #expect(ElementClassification.isBoilerplate(element: element, attributes: attributes) == expected)
    }
}
