#!/usr/bin/env bash
# Builds dari's libFuzzer targets (Fuzz/) and runs them.
#
#   Scripts/fuzz.sh                   every target, 60 s each
#   Scripts/fuzz.sh html 600          one target, 10 minutes
#   Scripts/fuzz.sh all 15            every target, 15 s each (what .ci/run does)
#   Scripts/fuzz.sh html 0 crash-…    replay one input (a reproducer) and exit
#
# Targets: html xliff2 xliff12 tbx csv config markdown. Seeds come from Corpus/,
# Glossary/, the test fixtures and Fuzz/Seeds/; what libFuzzer finds goes to
# .build/fuzz/corpus/<target>/ (kept between runs, never committed), crashes
# to .build/fuzz/crashes/. Needs Linux and a Swift toolchain with libFuzzer
# (swift.org toolchains have it).
#
# Exit status: 0 no finding; 1 a finding (a target crashed, leaked, ran out of
# memory or timed out: the input is in .build/fuzz/crashes/); 69 this machine
# cannot fuzz (no libFuzzer, or the sanitizers cannot run here); 70 the
# targets do not build. .ci/run fails only on 1.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

only=${1:-all}
seconds=${2:-60}
replay=${3:-}
targets=(html xliff2 xliff12 tbx csv config markdown)

product() {
    case $1 in
        html) echo FuzzHTML ;; xliff2) echo FuzzXLIFF2 ;; xliff12) echo FuzzXLIFF12 ;;
        tbx) echo FuzzTBX ;; csv) echo FuzzCSV ;; config) echo FuzzConfig ;; markdown) echo FuzzMarkdown ;;
        *) echo "fuzz: unknown target '$1'; use one of: ${targets[*]} all" >&2; exit 64 ;;
    esac
}

# The seeds of each target: files of its format already in the repository.
# Finding none is not an error (grep exits 1 then).
seeds() {
    case $1 in
        html) find Corpus Tests/DariExtractionTests/Fixtures -name '*.html' ;;
        xliff2) grep -rlZ --include='*.xlf' 'urn:oasis:names:tc:xliff:document:2' Tests Corpus Fuzz/Seeds | tr '\0' '\n' ;;
        xliff12) grep -rlZ --include='*.xlf' 'urn:oasis:names:tc:xliff:document:1.2' Tests Corpus Fuzz/Seeds | tr '\0' '\n' ;;
        tbx) find Glossary Tests/DariGlossaryTests/Fixtures -name '*.tbx' ;;
        csv) find Glossary Tests/DariGlossaryTests/Fixtures \( -name '*.csv' -o -name '*.tsv' \) ;;
        config) find Fuzz/Seeds/config Corpus -maxdepth 1 -name '*.json' ;;
        markdown) find Fuzz/Seeds/markdown -name '*.md' ;;
    esac || true
}

dictionary() {
    case $1 in
        html) echo Fuzz/Dictionaries/html.dict ;;
        xliff2 | xliff12 | tbx) echo Fuzz/Dictionaries/xml.dict ;;
        csv) echo Fuzz/Dictionaries/csv.dict ;;
        config) echo Fuzz/Dictionaries/json.dict ;;
        markdown) echo Fuzz/Dictionaries/markdown.dict ;;
    esac
}

if [ "$only" = all ]; then selected=("${targets[@]}"); else product "$only" >/dev/null; selected=("$only"); fi

# Coverage and AddressSanitizer for every Swift module (dari's too, not only
# the targets), and for the C shims; libFuzzer without its main (see
# Fuzz/Sources/FuzzSupport/Fuzz.swift); lld, because gold fails on these links.
resource=$(dirname "$(dirname "$(command -v swiftc)")")/lib/clang
fuzzer_lib=$(ls "$resource"/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -1)
if [ -z "$fuzzer_lib" ]; then
    echo "fuzz: no libclang_rt.fuzzer_no_main in $resource; use a swift.org toolchain for Linux" >&2
    exit 69
fi
build_path=.build/fuzz
# Release: an unoptimised Swift build runs about ten times fewer inputs a second.
configuration=release
flags=(
    -Xswiftc -sanitize=address
    -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
    -Xcc -fsanitize=address -Xcc -fsanitize-coverage=inline-8bit-counters,pc-table,trace-cmp
    -Xswiftc -use-ld=lld -Xlinker "$fuzzer_lib" -Xlinker -lstdc++
)
echo "fuzz: building ${selected[*]} (release, AddressSanitizer; the first build takes a few minutes)"
for target in "${selected[@]}"; do
    mkdir -p "$build_path"
    if ! swift build -c "$configuration" --package-path Fuzz --scratch-path "$build_path" --product "$(product "$target")" \
        "${flags[@]}" >"$build_path/build.log" 2>&1; then
        grep -E 'error' "$build_path/build.log" | head -10 >&2 || true
        echo "fuzz: building $target failed; the whole log is in $build_path/build.log" >&2
        exit 70
    fi
done

# Leaks are findings too, except the toolchain's own (Fuzz/lsan.supp). Swift's
# backtracer is off: after an ASan report it can hang instead of exiting.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:symbolize=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/Fuzz/lsan.supp:print_suppressions=0}
export SWIFT_BACKTRACE=enable=no

# LeakSanitizer cannot run under ptrace (a debugger, strace, some containers):
# it dies at exit and libFuzzer then saves the last input as a "crash". Probe
# once with an empty input; where it cannot run, fuzz without leak detection.
lsan_fatal='LeakSanitizer has encountered a fatal error'
probe=$(mktemp -d)
if ! "$build_path/$configuration/$(product "${selected[0]}")" -runs=1 -artifact_prefix="$probe/" >"$probe/log" 2>&1; then
    if grep -q "$lsan_fatal" "$probe/log"; then
        echo "fuzz: warning: LeakSanitizer cannot run here (under ptrace?); fuzzing without leak detection" >&2
        export ASAN_OPTIONS=$ASAN_OPTIONS:detect_leaks=0
    elif ! grep -q 'Test unit written to' "$probe/log"; then
        echo "fuzz: $(product "${selected[0]}") cannot start here; not fuzzing:" >&2
        tail -3 "$probe/log" >&2
        rm -rf "$probe"
        exit 69
    fi
    # Otherwise the empty input crashes it: a finding, which the run below reports.
fi
rm -rf "$probe"

status=0
for target in "${selected[@]}"; do
    binary=$build_path/$configuration/$(product "$target")
    if [ -n "$replay" ]; then
        "$binary" "$replay" || status=1
        continue
    fi
    corpus=$build_path/corpus/$target
    crashes=$build_path/crashes/$target
    mkdir -p "$corpus" "$crashes"
    seeds "$target" | while read -r file; do cp "$file" "$corpus/seed-$(basename "$file")"; done
    echo "fuzz: $target for $seconds s (corpus $corpus, $(ls "$corpus" | wc -l) files)"
    log=$build_path/$target.log
    if "$binary" "$corpus" -dict="$(dictionary "$target")" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=4096 -max_len=65536 -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1; then
        grep -E '^#[0-9]+.*DONE' "$log" | sed "s/^/fuzz: $target: /" || true
    elif grep -q 'Test unit written to' "$log" && ! grep -q "$lsan_fatal" "$log"; then
        # libFuzzer saves the input of every finding (crash-, leak-, oom-, timeout-…).
        status=1
        echo "fuzz: $target FAILED; the input is in $crashes, the log in $log:" >&2
        grep -E 'ERROR|SUMMARY|Test unit written|Fatal error|error' "$log" | head -5 >&2 || true
    else
        # It stopped without an input to blame: the machine, not dari.
        [ "$status" = 1 ] || status=69
        echo "fuzz: $target stopped without a finding to blame; the log is in $log:" >&2
        tail -3 "$log" >&2
    fi
done
if [ "$status" = 0 ]; then echo "fuzz: no finding in ${selected[*]} (${seconds} s each)"; fi
exit $status
