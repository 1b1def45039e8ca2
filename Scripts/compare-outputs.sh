#!/usr/bin/env bash
# Compares what two dari binaries write, byte for byte: the memory of each
# site, `dari check` in every report format, and the TMX and XLIFF 1.2
# exports. A refactor that must not change output passes with every line
# "same" (issue 16 was checked this way, with the GIMP manual as the real site).
#
#   Scripts/compare-outputs.sh OLD_DARI NEW_DARI SITE...
#
# Exit status: 0 when everything is the same, 1 otherwise.
set -u
old=$1 new=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for site in "$@"; do
    name=$(basename "$site")
    for which in old new; do
        binary=${!which}
        out="$work/$which/$name"
        mkdir -p "$out"
        "$binary" align "$site" -o "$out/memory.xlf" --quiet 2>/dev/null
        for format in text jsonl sarif junit; do
            "$binary" check "$site" --format "$format" > "$out/check.$format" 2>/dev/null
        done
        "$binary" export "$out/memory.xlf" --tmx -o "$out/memory.tmx" 2>/dev/null
        "$binary" export "$out/memory.xlf" --xliff12 -o "$out/memory.12.xlf" 2>/dev/null
    done
    for file in memory.xlf check.text check.jsonl check.sarif check.junit memory.tmx memory.12.xlf; do
        if cmp -s "$work/old/$name/$file" "$work/new/$name/$file"; then
            echo "same  $name/$file"
        else
            echo "DIFF  $name/$file"
            status=1
        fi
    done
done
exit $status
