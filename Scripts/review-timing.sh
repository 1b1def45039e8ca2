#!/usr/bin/env bash
# How fast a review page opens in headless Chromium: first contentful paint
# (the overview on screen), when the filters are ready (dari's script has run
# and shown them), DOMContentLoaded and load, and, when the browser is still there to report it, how long
# page-0001 takes to open by its link. Figures in ms.
# Usage: Scripts/review-timing.sh REPORT.html   (needs chromium: apt-get install chromium)
set -euo pipefail
report=$1
chromium=$(command -v chromium || command -v chromium-browser) || { echo "needs chromium: apt-get install chromium" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# In <head>: note when dari's script shows the filter form.
head='<script>new MutationObserver(function(changes,observer){var f=document.getElementById("filters");if(f\&\&!f.hidden){window.dariReady=performance.now();observer.disconnect()}}).observe(document,{subtree:true,attributes:true,attributeFilter:["hidden"]});</script>'
# Before </body>: after load, open page-0001 as its link does, then write the figures.
tail='<script>window.addEventListener("load",function(){requestAnimationFrame(function(){setTimeout(function(){var n=performance.getEntriesByType("navigation")[0],p=performance.getEntriesByName("first-contentful-paint")[0];var out=document.createElement("pre");out.id="t";out.textContent="fcp="+Math.round(p?p.startTime:-1)+" filters-ready="+Math.round(window.dariReady||-1)+" dcl="+Math.round(n.domContentLoadedEventEnd)+" load="+Math.round(n.loadEventEnd);document.body.appendChild(out);var t0=performance.now();window.addEventListener("hashchange",function(){out.textContent+=" open-page-0001="+Math.round(performance.now()-t0)+(document.getElementById("page-0001")?"":" (missing)")});location.hash="#page-0001"},0)})})</script>'
sed -e "0,/<head>/s@<head>@<head>$head@" -e "s@</body>@$tail</body>@" "$report" > "$work/measure.html"
"$chromium" --headless --no-sandbox --disable-gpu --no-first-run --window-size=1280,900 --dump-dom \
    "file://$work/measure.html" 2>/dev/null | grep -o '<pre id="t">[^<]*' | sed 's/<pre id="t">//'
