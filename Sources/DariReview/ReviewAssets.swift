/// The review page's own style sheet and script, written into every file so
/// it needs nothing from the network. Colours and their contrast ratios are
/// listed in docs/usage.md (`dari report`); text is ≥ 4.5:1 on its background,
/// and every state and severity is also written out, never colour alone.
enum ReviewAssets {
    static let css = """
    :root{--text:#1a1a1a;--muted:#555;--line:#c8c8c8;--link:#0645ad;--bg:#fff}
    *{box-sizing:border-box}
    [hidden]{display:none!important}
    body{margin:0;padding:0 1rem 2rem;color:var(--text);background:var(--bg);line-height:1.5;
    font-family:system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic","Noto Sans KR","Noto Sans CJK KR",Roboto,sans-serif}
    :lang(ko){word-break:keep-all;overflow-wrap:anywhere}
    a{color:var(--link)}
    a:focus,input:focus,select:focus{outline:3px solid #1a5fb4;outline-offset:2px}
    .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem}
    .banner h1{font-size:1.3rem;margin:1rem 0 .5rem}
    h2{font-size:1.15rem;margin:1.25rem 0 .5rem;overflow-wrap:anywhere}
    h3{font-size:1rem;margin:1rem 0 .25rem}
    .filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;position:sticky;top:0;z-index:1;
    background:#f3f3f3;border-bottom:1px solid var(--line);padding:.5rem;margin:0 -1rem}
    .control{display:flex;flex-direction:column;font-size:.85rem}
    .control input,.control select{font:inherit;font-size:1rem;padding:.2rem;min-height:2rem;max-width:14rem}
    #f-count{font-size:.9rem}
    .totals{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:.25rem 1rem;margin:.5rem 0}
    .totals{list-style:none;padding:0}.totals li{display:flex;flex-direction:column}
    .totals .term{font-size:.85rem;color:var(--muted)}.totals .value{font-weight:600}
    table{border-collapse:collapse;width:100%}
    th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
    thead th{background:#f3f3f3}
    .number{text-align:right;font-variant-numeric:tabular-nums}
    .name a{overflow-wrap:anywhere}.counterpart{display:block;font-weight:400;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
    .bar{display:flex;width:100%;min-width:6rem;height:.9rem;border:1px solid #767676;background:#fff}
    .bar-text{display:block;font-size:.8rem;color:var(--muted)}
    .seg,.swatch{display:inline-block;height:100%}
    .swatch{width:1.5rem;height:.8rem;border:1px solid #767676;vertical-align:middle}
    .b-translated{background:#2e7d32}
    .b-outdated{background:repeating-linear-gradient(45deg,#b26a00 0 3px,#f0c060 3px 6px)}
    .b-untranslated{background:repeating-linear-gradient(-45deg,#c62828 0 2px,#fff 2px 5px)}
    .b-wrong{background:repeating-linear-gradient(90deg,#5e35b1 0 2px,#d1c4e9 2px 4px)}
    .by-check ul{list-style:none;margin:0;padding:0;font-size:.85rem}
    code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.85em}
    .sev{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;padding:0 .3rem;border-radius:3px;border:1px solid}
    .sev-error{color:#8b0000;background:#fde8e8}.sev-warning{color:#6b4100;background:#fff4d6}.sev-info{color:#0b4a80;background:#e6f0fa}
    .findings{margin:.35rem 0 0;padding:0;list-style:none;font-size:.9rem}
    .finding{margin:.2rem 0;color:var(--text)}.finding .where{color:var(--muted);font-size:.8rem;overflow-wrap:anywhere}
    .page{display:none;scroll-margin-top:7rem}.page:target,.page.open,.page.single{display:block}
    body:has(.page:target) #overview,body:has(.page.open) #overview{display:none}
    .noscript{border:2px solid #767676;padding:.5rem}
    .pair{table-layout:fixed}
    .pair td{width:50%}
    .pair tr.unit-start td{border-top:2px solid #767676}
    .meta{font-size:.75rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:.4rem;min-height:1rem}
    .kind{font-family:ui-monospace,Menlo,Consolas,monospace}
    .state{font-weight:700;padding:0 .3rem;border-radius:3px}
    .st-untranslated .state{background:#fde2e1;color:#7a1010}
    .st-source-missing .state{background:#dfeeff;color:#0b3d75}
    .st-outdated .state{background:#fff1c2;color:#5c4300}
    .st-wrong-language .state{background:#ece3ff;color:#3d1a78}
    .st-untranslated td.src{border-left:4px solid #c62828}
    .st-source-missing td.tgt{border-left:4px solid #1565c0}
    .st-outdated td.src{border-left:4px dashed #b26a00}
    .st-wrong-language td{border-left:4px dotted #5e35b1}
    .score{background:#eee;color:#333;padding:0 .3rem;border-radius:3px}
    .text{white-space:pre-wrap;overflow-wrap:anywhere}
    .empty{color:var(--muted);font-style:italic}
    .empty::before{content:"∅ "}
    .code{display:inline-block;font:600 .7rem ui-monospace,Menlo,Consolas,monospace;color:#333;background:#e8e8e8;
    border:1px solid #999;border-radius:3px;padding:0 .2rem;margin:0 .1rem;vertical-align:1px;line-height:1.2}
    .diff{font-size:.9rem;margin-top:.3rem;padding:.2rem .3rem;background:#fafafa;border:1px dashed #999;white-space:pre-wrap}
    .diff-label{font-size:.75rem;color:var(--muted)}
    del{background:#fde2e1;color:#7a1010}ins{background:#e3f4e6;color:#1e5128}
    .legend{font-size:.85rem}
    .matches{font-size:.9rem;margin-top:.35rem;padding:.2rem .4rem;border-left:3px double #767676;background:#f7f7f7}
    .matches-label{margin:0;font-size:.75rem;font-weight:700;color:var(--muted)}
    .matches ul{margin:0;padding:0;list-style:none}.match{margin:.15rem 0}
    .match .pct{font-weight:700;font-variant-numeric:tabular-nums}.match .translation{font-weight:600}
    .match .where{color:var(--muted);font-size:.8rem;overflow-wrap:anywhere}
    @media (max-width:40rem){
    body{padding:0 .5rem 2rem}.filters{margin:0 -.5rem;position:static}.page{scroll-margin-top:0}
    .control input,.control select{max-width:100%}
    .pages thead,.pair thead{position:absolute;left:-999px}
    .pages tr,.pair tr{display:block;border-bottom:2px solid #767676;padding:.25rem 0}
    .pages td,.pages th,.pair td{display:block;width:auto;border:0;padding:.15rem 0;text-align:left}
    .pages .number:first-child{display:none}
    .pair td::before{content:attr(data-label);display:block;font-size:.7rem;font-weight:700;color:var(--muted)}
    .st-untranslated td.src,.st-source-missing td.tgt,.st-outdated td.src,.st-wrong-language td{padding-left:.4rem}
    }
    """

    /// Filters the rows of what is on screen (the overview or one page) by
    /// check, severity, state and text; reapplied when the page changes. In a
    /// large review it first builds the page view from its data (`PageData`):
    /// elements, attributes and text nodes, never markup.
    static let javascript = """
    (function () {
      "use strict";
      var form = document.getElementById("filters");
      if (!form) { return; }
      var search = document.getElementById("f-search"), check = document.getElementById("f-check"),
          severity = document.getElementById("f-severity"), state = document.getElementById("f-state"),
          count = document.getElementById("f-count"), table = null;
      form.hidden = false;
      function build(node) {
        if (typeof node === "string") { return document.createTextNode(node); }
        var opening = table.openings[node[0]], element = document.createElement(opening[0]), attributes = opening[1];
        for (var i = 0; i < attributes.length; i += 2) { element.setAttribute(attributes[i], attributes[i + 1] === null ? "" : attributes[i + 1]); }
        for (var j = 1; j < node.length; j++) {
          element.appendChild(build(node[j]));
          if (typeof node[j] !== "string" && table.breakAfter.indexOf(table.openings[node[j][0]][0]) >= 0) {
            element.appendChild(document.createTextNode("\\n"));
          }
        }
        return element;
      }
      function page(id) {
        var element = document.getElementById(id);
        if (element || !/^page-[0-9]+$/.test(id)) { return element; }
        var data = document.getElementById("data-" + id), openings = document.getElementById("dari-openings");
        if (!data || !openings) { return null; }
        if (!table) { table = JSON.parse(openings.textContent); }
        element = build(JSON.parse(data.textContent));
        document.getElementById("main").appendChild(element);
        element.scrollIntoView();
        return element;
      }
      function view() {
        var target = location.hash.length > 1 ? page(decodeURIComponent(location.hash.slice(1))) : null;
        var open = document.querySelectorAll(".page.open");
        for (var i = 0; i < open.length; i++) { if (open[i] !== target) { open[i].classList.remove("open"); } }
        if (target && target.classList.contains("page")) { target.classList.add("open"); return target; }
        return document.querySelector(".page.single") || document.getElementById("overview");
      }
      function has(list, value) {
        return value === "" || (" " + (list || "") + " ").indexOf(" " + value + " ") >= 0;
      }
      function apply() {
        var root = view();
        if (!root) { return; }
        var rows = root.querySelectorAll(".row"), needle = search.value.trim().toLowerCase(), shown = 0;
        for (var i = 0; i < rows.length; i++) {
          var row = rows[i];
          var visible = has(row.getAttribute("data-check"), check.value)
            && has(row.getAttribute("data-severity"), severity.value)
            && has(row.getAttribute("data-state"), state.value)
            && (needle === "" || row.textContent.toLowerCase().indexOf(needle) >= 0);
          row.hidden = !visible;
          if (visible) { shown++; }
        }
        count.textContent = shown + " of " + rows.length + (root.id === "overview" ? " page pairs" : " segments") + " shown";
      }
      form.addEventListener("input", apply);
      form.addEventListener("change", apply);
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      window.addEventListener("hashchange", apply);
      // A page opened by its address in a large review: its data follows this script.
      document.addEventListener("DOMContentLoaded", apply);
      apply();
    })();
    """
}
