#!/usr/bin/env python3
"""Writes inputs whose shape, not size, once made dari's memory explode (issue 18).

    Scripts/make-hostile-shapes.py deep /tmp/deep.html --depth 100000
        a page nested DEPTH <div>s deep (1.1 MB at 100,000) with one
        paragraph at the bottom; `dari extract` skips a page deeper than
        Extractor.defaultMaximumDepth with a warning

    Scripts/make-hostile-shapes.py lopsided /tmp/lopsided --long 16000 --short 37
        a site (ko/ and en/) of one page pair: LONG Korean paragraphs
        against SHORT English ones, the first SHORT translating each other

Then, in release:

    swift build -c release
    /usr/bin/time -v .build/release/dari extract /tmp/deep.html > /dev/null
    /usr/bin/time -v .build/release/dari align /tmp/lopsided -o /tmp/lopsided.xlf

Output is deterministic: the same arguments give the same bytes.
"""
import argparse
import os


def page(lang, title, body):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>{title}</title></head>\n<body>\n{body}</body>\n</html>\n")


def deep(path, depth):
    body = "<div>" * depth + "<p>Bottom of the page.</p>" + "</div>" * depth + "\n"
    with open(path, "w", encoding="utf-8") as out:
        out.write(page("en", "Deep", body))


def lopsided(folder, long, short):
    for lang in ("ko", "en"):
        os.makedirs(os.path.join(folder, lang), exist_ok=True)
    korean = "".join(f"<p>문단 {n}번은 이렇게 끝납니다.</p>\n" for n in range(long))
    english = "".join(f"<p>Paragraph number {n} ends like this.</p>\n" for n in range(short))
    with open(os.path.join(folder, "ko", "index.html"), "w", encoding="utf-8") as out:
        out.write(page("ko", "긴 페이지", korean))
    with open(os.path.join(folder, "en", "index.html"), "w", encoding="utf-8") as out:
        out.write(page("en", "Long page", english))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    shapes = parser.add_subparsers(dest="shape", required=True)
    deep_parser = shapes.add_parser("deep", help="one page nested --depth elements deep")
    deep_parser.add_argument("path")
    deep_parser.add_argument("--depth", type=int, default=100_000)
    lopsided_parser = shapes.add_parser("lopsided", help="a site of one long and one short page")
    lopsided_parser.add_argument("folder")
    lopsided_parser.add_argument("--long", type=int, default=16_000)
    lopsided_parser.add_argument("--short", type=int, default=37)
    arguments = parser.parse_args()
    if arguments.shape == "deep":
        deep(arguments.path, arguments.depth)
    else:
        lopsided(arguments.folder, arguments.long, arguments.short)


if __name__ == "__main__":
    main()
