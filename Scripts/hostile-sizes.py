#!/usr/bin/env python3
"""Runs dari on generated inputs of sizes that fuzzing never reaches.

libFuzzer mutates inputs of a few kilobytes (Scripts/fuzz.sh caps them at
64 KB), so it cannot find what only shape at scale does: memory that grows
with the square of the nesting depth, or with the product of two page
lengths. This script writes such inputs into a temporary folder, runs dari
on each under a memory and time limit, and prints one row per case:
exit status, wall time, peak memory (RSS) and the memory the input adds
over its size.

    swift build -c release            # or use the debug build, slower
    Scripts/hostile-sizes.py                       # default sizes
    Scripts/hostile-sizes.py --scale 5 --only deep-html
    Scripts/hostile-sizes.py --dari .build/debug/dari --limit-mb 2048

Nothing is written in the repository. A row with status "killed" hit the
memory limit (RLIMIT_AS) or the time limit; the goal (issue 18) is peak
memory within 10x the input size and no kill.
"""
import argparse
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HANGUL = "가나다라마바사아자차카타파하"


def deep_html(depth):
    """A page whose text sits `depth` <div> elements deep."""
    return ('<html lang="ko"><body>' + "<div>" * depth + "<p>깊은 문단입니다.</p>" + "</div>" * depth
            + "</body></html>\n")


def wide_html(paragraphs):
    """A page with `paragraphs` sibling paragraphs, each with a link."""
    body = "".join(f'<p>{HANGUL[i % 14]}문단 {i}번입니다. <a href="/x{i}.html">링크</a>.</p>\n'
                   for i in range(paragraphs))
    return f'<html lang="ko"><body>\n{body}</body></html>\n'


def long_line_html(characters):
    """One paragraph on one line: `characters` characters, no sentence break."""
    text = (HANGUL * (characters // len(HANGUL) + 1))[:characters]
    return f'<html lang="ko"><body><p>{text}</p></body></html>'


def page(language, blocks, words):
    paragraphs = "".join(f"<p>{words(i)}</p>\n" for i in range(blocks))
    return f'<html lang="{language}"><body>\n{paragraphs}</body></html>\n'


def ratio_site(folder, korean_blocks, english_blocks):
    """A site whose one page pair is `korean_blocks` against `english_blocks` long."""
    for language, blocks, words in (
        ("ko", korean_blocks, lambda i: f"{HANGUL[i % 14]}문장 {i}번은 여기에 있습니다."),
        ("en", english_blocks, lambda i: f"Sentence number {i} is here."),
    ):
        os.makedirs(os.path.join(folder, language), exist_ok=True)
        with open(os.path.join(folder, language, "page.html"), "w", encoding="utf-8") as out:
            out.write(page(language, blocks, words))


def deep_xliff(depth):
    """A memory whose one source nests `depth` <pc> codes."""
    codes = "".join(f'<pc id="{i}">' for i in range(depth)) + "텍스트" + "</pc>" * depth
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">'
            f'<file id="f1"><unit id="u1"><segment><source>{codes}</source></segment></unit></file></xliff>\n')


def cases(scale):
    s = lambda n: max(1, int(n * scale))
    return [
        ("deep-html", "extract", lambda d: write(d, "deep.html", deep_html(s(20_000))), ["extract", "deep.html"]),
        ("wide-html", "extract", lambda d: write(d, "wide.html", wide_html(s(200_000))), ["extract", "wide.html"]),
        ("long-line", "extract", lambda d: write(d, "long.html", long_line_html(s(5_000_000))), ["extract", "long.html"]),
        ("page-ratio", "align", lambda d: ratio_site(os.path.join(d, "site"), s(16_000), 37), ["align", "site", "-o", "m.xlf"]),
        ("deep-xliff", "check", lambda d: write(d, "deep.xlf", deep_xliff(s(20_000))), ["check", "deep.xlf"]),
    ]


def write(folder, name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
        out.write(text)


def size_of(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def run(dari, arguments, folder, limit_mb, timeout):
    """Runs dari; returns (status, seconds, peak RSS in MB)."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))
    start = time.monotonic()
    process = subprocess.Popen([dari] + arguments, cwd=folder, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, preexec_fn=limit)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            process.kill()
            _, status, usage = os.wait4(process.pid, 0)
            return "timeout", time.monotonic() - start, usage.ru_maxrss / 1024
        time.sleep(0.05)
    seconds = time.monotonic() - start
    if os.WIFSIGNALED(status):
        code = "signal " + signal.Signals(os.WTERMSIG(status)).name
    else:
        code = str(os.WEXITSTATUS(status))
    return code, seconds, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dari", help="the dari binary (default: .build/release/dari, else .build/debug/dari)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies every size (default 1)")
    parser.add_argument("--limit-mb", type=int, default=4096, help="address-space limit per run, MB (default 4096)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run (default 120)")
    parser.add_argument("--only", help="run one case: " + ", ".join(c[0] for c in cases(1)))
    options = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    dari = options.dari or next((p for p in (os.path.join(root, ".build/release/dari"), os.path.join(root, ".build/debug/dari"))
                                 if os.access(p, os.X_OK)), None)
    if not dari:
        sys.exit("no dari binary: run `swift build -c release` (or name one with --dari)")
    print(f"dari: {dari}; limit {options.limit_mb} MB, {options.timeout:.0f} s per run")
    # What dari takes on a one-line page (runtime, ICU data): subtracted, so
    # the last column shows what the input's size and shape add.
    folder = tempfile.mkdtemp(prefix="dari-sizes-")
    write(folder, "small.html", "<p>작은 문단.</p>")
    _, _, baseline = run(os.path.abspath(dari), ["extract", "small.html"], folder, options.limit_mb, options.timeout)
    shutil.rmtree(folder, ignore_errors=True)
    print(f"baseline: {baseline:.0f} MB peak on a one-line page; 'added/input' is (peak - baseline) / input size")
    print(f"{'case':<11} {'command':<8} {'input MB':>9} {'status':>14} {'seconds':>8} {'peak MB':>8} {'added/input':>11}")
    failed = False
    for name, command, make, arguments in cases(options.scale):
        if options.only and name != options.only:
            continue
        folder = tempfile.mkdtemp(prefix="dari-sizes-")
        try:
            make(folder)
            target = os.path.join(folder, arguments[1])
            megabytes = size_of(target) / 1e6
            status, seconds, peak = run(os.path.abspath(dari), arguments, folder, options.limit_mb, options.timeout)
            ratio = max(peak - baseline, 0) / max(megabytes, 0.001)
            print(f"{name:<11} {command:<8} {megabytes:>9.2f} {status:>14} {seconds:>8.1f} {peak:>8.0f} {ratio:>10.1f}x")
            failed |= status == "timeout" or status.startswith("signal")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
