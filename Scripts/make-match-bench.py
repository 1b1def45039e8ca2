#!/usr/bin/env python3
"""Builds the fuzzy-match benchmark of docs/benchmarks/matches.md (issue 21).

Writes, into OUT (not committed: the data is derived from ../shared/data):
  memory.xlf   an XLIFF 2.1 memory of N units: the dev corpora's Korean-English
               sentences (align/news-dev, and segment/ko with a stand-in English
               side), each once as it is and in copies with 2-4 word-level edits
               (a word replaced, removed or inserted, numbers changed);
  queries.tsv  query <TAB> the Korean text of its known best match: an original
               sentence with one light edit (a spacing variant, a changed
               particle, a changed number), so the original is the best match
               and every edited copy is further away.

Usage: python3 Scripts/make-match-bench.py [--units 1000000] [--queries 500] [--seed 21] OUT
"""
import argparse, glob, html, os, random, re

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--shared", default=os.environ.get("DARI_SHARED", "/work/shared"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    data = os.path.join(args.shared, "data")

    pairs, seen = [], set()
    with open(os.path.join(data, "align/news-dev.ko"), encoding="utf-8") as ko, \
         open(os.path.join(data, "align/news-dev.en"), encoding="utf-8") as en:
        for k, e in zip(ko, en):
            k, e = k.strip(), e.strip()
            if k and e and k not in seen:
                seen.add(k); pairs.append((k, e))
    for path in sorted(glob.glob(os.path.join(data, "segment/ko/*.txt"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if len(line) >= 8 and line not in seen:
                    seen.add(line); pairs.append((line, "[ko] " + line))
    vocabulary = sorted({w for k, _ in pairs for w in k.split() if len(w) >= 2})

    def edited(text, edits):
        words = text.split()
        for _ in range(edits):
            op = rng.random()
            i = rng.randrange(len(words)) if words else 0
            if op < 0.4 and words:
                words[i] = rng.choice(vocabulary)
            elif op < 0.6 and len(words) > 3:
                del words[i]
            else:
                words.insert(i, rng.choice(vocabulary))
        out = " ".join(words)
        return re.sub(r"\d+", lambda m: str(rng.randrange(1, 10000)), out) if rng.random() < 0.5 else out

    particles = [("은", "는"), ("는", "은"), ("을", "를"), ("를", "을"), ("이", "가"), ("가", "이"), ("에", "에서"), ("의", "")]
    def light(text):
        kind = rng.choice(["spacing", "particle", "number"])
        if kind == "number" and re.search(r"\d", text):
            return re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randrange(1, 50)), text, count=1)
        if kind == "particle":
            words = text.split()
            spots = [(i, a, b) for i, w in enumerate(words) for a, b in particles if len(w) > len(a) + 1 and w.endswith(a)]
            if spots:
                i, a, b = rng.choice(spots)
                words[i] = words[i][: -len(a)] + b
                return " ".join(words)
        spaces = [m.start() for m in re.finditer(" ", text)]
        if spaces and rng.random() < 0.5:
            i = rng.choice(spaces)
            return text[:i] + text[i + 1:]
        inside = [i for i in range(1, len(text)) if text[i - 1] != " " and text[i] != " "]
        i = rng.choice(inside)
        return text[:i] + " " + text[i:]

    os.makedirs(args.out, exist_ok=True)
    units = []
    for k, e in pairs:
        units.append((k, e))
    while len(units) < args.units:
        k, e = rng.choice(pairs)
        units.append((edited(k, rng.randint(2, 4)), e))
    units = units[: args.units]
    rng.shuffle(units)

    with open(os.path.join(args.out, "memory.xlf"), "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
                  'version="2.1" srcLang="ko" trgLang="en">\n')
        per_file = 1000
        for start in range(0, len(units), per_file):
            out.write(f' <file id="f{start // per_file + 1}" original="ko/p{start // per_file + 1}.html">\n')
            for n, (k, e) in enumerate(units[start:start + per_file], 1):
                out.write(f'  <unit id="u{n}"><segment id="s1" state="translated"><source xml:lang="ko">{html.escape(k, False)}'
                          f'</source><target xml:lang="en">{html.escape(e, False)}</target></segment></unit>\n')
            out.write(" </file>\n")
        out.write("</xliff>\n")

    chosen = rng.sample(pairs, min(args.queries, len(pairs)))
    with open(os.path.join(args.out, "queries.tsv"), "w", encoding="utf-8") as out:
        for k, _ in chosen:
            q = light(k)
            out.write(f"{q}\t{k}\n")

if __name__ == "__main__":
    main()
