import DariModel
import Testing

/// How `tag-mismatch` compares template spans across a page pair.
@Suite struct TemplateSpanTests {
    /// A macro written as a call (MDN's `jsxref`) is compared by what it
    /// points at: not by its quotes, its name's case, how its target is
    /// spelt, or the text it shows, which a translation translates or adds.
    @Test(arguments: [
        (#"{{jsxref("Array.prototype.values()")}}"#, #"{{jsxref("Array.prototype.values()", "values()")}}"#, true),
        (#"{{jsxref('Array')}}"#, #"{{JSxRef("Array")}}"#, true),
        (#"{{jsxref("RegExp")}}"#, #"{{jsxref ( "RegExp")}}"#, true),
        (#"{{jsxref("String/slice", "slice()")}}"#, #"{{jsxref("String.slice", "slice()")}}"#, true),
        (#"{{jsxref("Object/keys", "key", "", 1)}}"#, #"{{jsxref("Object/keys", "키", "", 1)}}"#, true),
        (#"{{jsxref("Array.prototype.map()")}}"#, #"{{jsxref("Array.prototype.filter()")}}"#, false),
        (#"{{jsxref("Promise")}}"#, #"{{domxref("Promise")}}"#, false),
    ])
    func aCallMacroIsComparedByWhatItPointsAt(_ english: String, _ korean: String, _ same: Bool) {
        #expect((TemplateSpan.comparisonKey(english) == TemplateSpan.comparisonKey(korean)) == same)
    }

    /// An MDN cross-reference macro is the link it makes: the same key as a
    /// Markdown link to that page, in either language's edition.
    @Test(arguments: [
        (#"{{jsxref("Array.prototype.flat", "flat()")}}"#, "/ko/docs/Web/JavaScript/Reference/Global_Objects/Array/flat"),
        (#"{{jsxref("Operators/typeof")}}"#, "/en-US/docs/Web/JavaScript/Reference/Operators/typeof"),
        (#"{{domxref("Window.fetch()")}}"#, "/en-US/docs/Web/API/Window/fetch"),
        (#"{{cssxref("background-color")}}"#, "/ko/docs/Web/CSS/background-color"),
        (#"{{Glossary("First-class function", "일급 함수")}}"#, "/en-US/docs/Glossary/First-class_Function"),
    ])
    func aCrossReferenceIsTheLinkItMakes(_ macro: String, _ address: String) {
        let link = VisibleCodes.key(element: "a", original: "](\(address))", kind: "end")
        #expect(VisibleCodes.key(element: TemplateSpan.element, original: macro, kind: "standalone") == link)
        #expect(VisibleCodes.key(element: TemplateSpan.element, original: #"{{jsxref("Array.prototype.map()")}}"#,
                                 kind: "standalone") != link)
    }

    /// A shortcode's attributes a reader sees are left out; the others count.
    @Test func aShortcodeIsComparedWithoutWhatItShows() {
        #expect(TemplateSpan.comparisonKey(#"{{< tab name="리눅스" >}}"#) == TemplateSpan.comparisonKey(#"{{% tab name="Linux" %}}"#))
        #expect(TemplateSpan.comparisonKey(#"{{< glossary_tooltip term_id="pod" >}}"#)
            != TemplateSpan.comparisonKey(#"{{< glossary_tooltip term_id="node" >}}"#))
    }
}
