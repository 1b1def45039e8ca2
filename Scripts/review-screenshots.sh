#!/usr/bin/env bash
# Remakes the review-page pictures in docs/images/ from the demo site:
# the overview and one page view at desktop width, and both at phone width.
# Needs headless Chromium (apt-get install chromium). Usage: Scripts/review-screenshots.sh [dari-binary]
set -euo pipefail
cd "$(dirname "$0")/.."
dari=${1:-.build/debug/dari}
chromium=$(command -v chromium || command -v chromium-browser) || { echo "needs chromium: apt-get install chromium" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$dari" report Corpus -o "$work/review.html"
shot() {  # shot OUTPUT WIDTH HEIGHT FRAGMENT
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --window-size="$2,$3" --screenshot="$work/$1" "file://$work/review.html$4" 2>/dev/null
}
mkdir -p docs/images
shot review-overview.png 1280 900 ""
# The page with the most work is page-0001; the filter bar is sticky, so the page opens below it.
shot review-page.png 1280 900 "#page-0001"
shot phone-overview.png 390 844 ""
shot phone-page.png 390 844 "#page-0001"
cp "$work/review-overview.png" "$work/review-page.png" docs/images/
cp "$work/phone-overview.png" docs/images/review-phone.png
cp "$work/phone-page.png" docs/images/review-phone-page.png
ls -l docs/images/review-*.png
