import DariTestSupport
import Foundation
import Testing
@testable import DariReview

/// The review page's accessibility, checked in headless Chromium on what is
/// rendered (computed styles, not the style sheet's text). Neither Debian nor
/// PyPI has a vetted checker that runs offline (axe-core is npm's, the PyPI
/// auditors are unreviewed one-person packages), so `audit` is our own
/// script: every control has an accessible name, every visible piece of text
/// has a contrast ratio of at least 4.5:1 against the background it is drawn
/// on, and no state is told by colour alone. It reports what breaks a rule,
/// one line each, and the test fails on any line.
@Suite(.requires(.chromium), .serialized) struct ReviewAccessibilityTests {
    /// The checks, run once the page has loaded; writes `checked:N` and one `violation:` line per problem into `#probe`.
    static let audit = """
    <script>window.addEventListener("load",function(){setTimeout(function(){
    var out=[],checked=0;
    function bad(rule,element,detail){out.push("violation:"+rule+": <"+element.tagName.toLowerCase()+(element.id?"#"+element.id:"")
      +(element.className&&typeof element.className==="string"?"."+element.className.trim().split(/\\s+/).join("."):"")+"> "+detail)}
    function shown(element){if(element.closest("[hidden]"))return false;var s=getComputedStyle(element);
      return element.getClientRects().length>0&&s.visibility!=="hidden"&&s.display!=="none"}
    function text(element){return (element.textContent||"").replace(/\\s+/g," ").trim()}
    /* 1. Every control has an accessible name. */
    function name(element){
      var by=element.getAttribute("aria-labelledby");
      if(by){var t=by.split(/\\s+/).map(function(id){var r=document.getElementById(id);return r?text(r):""}).join(" ").trim();if(t)return t}
      var label=element.getAttribute("aria-label");if(label&&label.trim())return label.trim();
      if(element.labels&&element.labels.length){var l=Array.prototype.map.call(element.labels,text).join(" ").trim();if(l)return l}
      if(/^(a|button|summary)$/i.test(element.tagName)&&text(element))return text(element);
      var title=element.getAttribute("title");return title&&title.trim()?title.trim():""}
    var controls=document.querySelectorAll("a[href],button,input,select,textarea,summary,[tabindex],[role=button],[role=search],[role=region],[role=img]");
    for(var i=0;i<controls.length;i++){checked++;if(!name(controls[i]))bad("name",controls[i],"has no accessible name")}
    /* 2. Contrast of every visible text against what is behind it (WCAG 2 relative luminance). */
    function rgba(value){var m=/rgba?\\(([^)]*)\\)/.exec(value);if(!m)return null;
      var p=m[1].split(/[\\s,\\/]+/).filter(function(x){return x!==""}).map(parseFloat);return [p[0],p[1],p[2],p.length>3?p[3]:1]}
    function over(top,bottom){var a=top[3];return [top[0]*a+bottom[0]*(1-a),top[1]*a+bottom[1]*(1-a),top[2]*a+bottom[2]*(1-a),1]}
    function background(element){var layers=[];
      for(var e=element;e;e=e.parentElement){var s=getComputedStyle(e);
        if(s.backgroundImage&&s.backgroundImage!=="none")return {image:s.backgroundImage};
        var c=rgba(s.backgroundColor);if(c&&c[3]>0)layers.push(c);if(c&&c[3]>=1)break}
      var result=[255,255,255,1];for(var k=layers.length-1;k>=0;k--)result=over(layers[k],result);return {color:result}}
    function luminance(c){var l=c.slice(0,3).map(function(v){v/=255;return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4)});
      return 0.2126*l[0]+0.7152*l[1]+0.0722*l[2]}
    var walker=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT),seen=new Set(),node;
    while((node=walker.nextNode())){var element=node.parentElement;
      if(!node.nodeValue.trim()||!element||seen.has(element)||/^(script|style|noscript|title)$/i.test(element.tagName)||element.closest("#probe"))continue;
      seen.add(element);if(!shown(element))continue;checked++;
      var s=getComputedStyle(element),back=background(element);
      if(back.image){bad("contrast",element,"text drawn on an image or gradient ("+back.image.slice(0,40)+")");continue}
      var fore=rgba(s.color);if(!fore){bad("contrast",element,"colour "+s.color+" not understood");continue}
      fore=over([fore[0],fore[1],fore[2],fore[3]*parseFloat(s.opacity)],back.color);
      var a=luminance(fore),b=luminance(back.color),ratio=(Math.max(a,b)+0.05)/(Math.min(a,b)+0.05);
      if(ratio<4.5)bad("contrast",element,ratio.toFixed(2)+":1 for "+s.color+" on rgb("+back.color.slice(0,3).map(Math.round).join(",")+") \\""+node.nodeValue.trim().slice(0,30)+"\\"")}
    /* 3. No state by colour alone: what colour marks is also written. */
    var rows=document.querySelectorAll(".page tr.row");
    for(var r=0;r<rows.length;r++){if(!shown(rows[r]))continue;checked++;var st=rows[r].getAttribute("data-state");
      if(st!=="translated"){var label=rows[r].querySelector(".state");if(!label||!shown(label)||!text(label))bad("colour-only",rows[r],"state "+st+" is not written out")}}
    var overview=document.querySelectorAll("#overview tr.row");
    for(var o=0;o<overview.length;o++){if(!shown(overview[o]))continue;checked++;var bar=overview[o].querySelector(".bar"),barText=overview[o].querySelector(".bar-text");
      if(bar&&(!barText||!shown(barText)||!text(barText)))bad("colour-only",overview[o],"the work bar has no text beside it")}
    var marks=document.querySelectorAll(".sev,.state,.pct");
    for(var m=0;m<marks.length;m++){if(shown(marks[m])){checked++;if(!text(marks[m]))bad("colour-only",marks[m],"a coloured mark with no text")}}
    var changes=document.querySelectorAll("del,ins");
    for(var d=0;d<changes.length;d++){if(!shown(changes[d]))continue;checked++;
      if(!/line-through|underline/.test(getComputedStyle(changes[d]).textDecorationLine))bad("colour-only",changes[d],"a change shown by colour only")}
    var swatches=document.querySelectorAll(".swatch");
    for(var w=0;w<swatches.length;w++){checked++;var next=swatches[w].nextSibling;if(!next||next.nodeType!==3||!next.nodeValue.trim())bad("colour-only",swatches[w],"a legend swatch with no text")}
    out.unshift("checked:"+checked);
    var p=document.createElement("pre");p.id="probe";p.textContent=out.join("\\n");document.body.appendChild(p)},0)});</script>
    """

    /// The audit's lines for the review `html` opened at `fragment` in a window `width` pixels wide.
    static func audit(_ html: String, fragment: String, width: Int, in scratch: ScratchFolder) throws -> [String] {
        // The DOM dump escapes the probe's text: read it back as written.
        try ReviewBrowserTests.run(html, fragment: fragment, probe: audit, in: scratch, width: width).map {
            $0.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The demo site's review in both forms, and the views that show each
    /// part of the page: the overview, the page with the most work, built on
    /// demand too, and the next one (`on-demand` before the fragment: page views as data).
    @Test(arguments: ["", "#page-0001", "on-demand#page-0001", "#page-0002"], [1280, 390])
    func everyControlIsNamedTextContrastsAndNoStateIsColourOnly(view: String, width: Int) throws {
        let scratch = try ScratchFolder("review-a11y")
        let onDemand = view.hasPrefix("on-demand")
        let html = try ReviewBrowserTests.corpusReview(onDemand ? .onDemand : .html)
        let fragment = onDemand ? String(view.dropFirst("on-demand".count)) : view
        let lines = try Self.audit(html, fragment: fragment, width: width, in: scratch)
        let checked = Int(lines.first?.dropFirst("checked:".count) ?? "") ?? 0
        // The audit looked at the page (controls, texts, rows), and nothing broke a rule.
        #expect(checked > 50, "\(lines)")
        #expect(lines.dropFirst().isEmpty, "\(view) at \(width) px:\n\(lines.dropFirst().joined(separator: "\n"))")
    }

    /// The audit is not blind: a page with a pale text, an unnamed control and
    /// a state told by colour alone gets one violation for each.
    @Test func theAuditFindsWhatBreaksEachRule() throws {
        let scratch = try ScratchFolder("review-a11y-broken")
        var html = try ReviewBrowserTests.corpusReview(.html)
        html = html.replacingOccurrences(of: "<label for=\"f-check\">Check</label>", with: "")
        html = html.replacingOccurrences(of: "</style>", with: ".bar-text{display:none}.legend{color:#aaa}</style>")
        let lines = try Self.audit(html, fragment: "", width: 1280, in: scratch)
        #expect(lines.contains { $0.hasPrefix("violation:name: <select#f-check>") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("violation:contrast: <p.legend>") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("violation:colour-only: <tr") && $0.contains("work bar") }, "\(lines)")
    }
}
