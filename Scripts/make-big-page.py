#!/usr/bin/env python3
"""Writes one large HTML page for measuring `dari extract`.

The page repeats Corpus-like sections (Korean and English paragraphs with
links and emphasis, lists, figures with captions and alt text, a blockquote,
a table) between one header/nav and one footer, until it reaches the size
asked for. Output is deterministic: the same size gives the same bytes.

    Scripts/make-big-page.py big.html            # about 20 MB
    Scripts/make-big-page.py big.html --mb 5

Then, in release:

    swift build -c release
    /usr/bin/time -v .build/release/dari extract big.html > /dev/null
"""
import argparse

HEAD = """<!DOCTYPE html>
<html lang="ko">
<head>
  <meta charset="utf-8">
  <title>큰 페이지 | 갈렙선교회</title>
  <meta name="description" content="성능 측정을 위해 만든 큰 페이지입니다.">
  <link rel="alternate" hreflang="en" href="/en/big.html">
  <style>body { font-family: sans-serif; }</style>
  <script>window.dataLayer = [];</script>
</head>
<body>
  <header>
    <nav><ul><li><a href="/ko/">홈</a></li><li><a href="/ko/about.html">소개</a></li></ul></nav>
  </header>
  <main>
"""

SECTION = """    <section id="s{n}">
      <h2>두만강에서 시작된 사역 {n}</h2>
      <p>2000년, <strong>김성은 목사</strong>는 중국 쪽 <a href="/ko/tumen.html" title="두만강 지도">두만강</a>
         국경으로 선교 여행을 떠났습니다. 그곳에서 강을 건너다 숨진 이들과,
         구걸하려고 강을 건너는 <em>굶주린 고아들</em>을 보았습니다.</p>
      <p lang="en">In 2000 a South Korean pastor travelled to the <a href="/en/tumen.html">Tumen River</a>
         on the Chinese side of the border, where he saw <em>starving orphans</em> crossing to beg.</p>
      <figure>
        <img src="/img/river-{n}.jpg" alt="겨울의 두만강 {n}">
        <figcaption>두만강 국경, 2000년 겨울 <small>(사진: 갈렙선교회)</small></figcaption>
      </figure>
      <ul>
        <li>구출팀: 중국, 정글, <a href="/ko/mekong.html">메콩강</a>을 지나는 사역자들</li>
        <li>후원팀: 한국, 미국, 일본, 동남아시아</li>
        <li>Rescue team: ministers and defector missionaries<br>who travel through China</li>
      </ul>
      <blockquote><p>“고아와 과부를 그 환난 중에 돌보고” — 야고보서 1:27</p></blockquote>
      <table><tr><th>연도</th><td>2020</td><td>미국 지부 설립 <span class="note"></span></td></tr></table>
    </section>
"""

TAIL = """  </main>
  <footer><p>© 2024 갈렙선교회 · <a href="mailto:contact@example.org">contact@example.org</a></p></footer>
</body>
</html>
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", help="the HTML file to write")
    parser.add_argument("--mb", type=float, default=20.0, help="target size in MB (10^6 bytes), default 20")
    args = parser.parse_args()
    target = int(args.mb * 1_000_000)
    with open(args.output, "w", encoding="utf-8", newline="\n") as page:
        page.write(HEAD)
        size = len(HEAD.encode("utf-8")) + len(TAIL.encode("utf-8"))
        n = 1
        while size < target:
            section = SECTION.format(n=n)
            page.write(section)
            size += len(section.encode("utf-8"))
            n += 1
        page.write(TAIL)
    print(f"wrote {args.output}: {size} bytes, {n - 1} sections")


if __name__ == "__main__":
    main()
