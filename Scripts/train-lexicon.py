#!/usr/bin/env python3
"""Learn dari's Korean-English word associations from line-aligned text.

    python3 Scripts/train-lexicon.py OUT.tsv PREFIX [PREFIX...] [--lines A:B]

PREFIX.ko / PREFIX.en are line-aligned (line i translates line i). Keys are
made exactly as Sources/DariAlignment/LexicalModel.swift makes them
(Scripts/lexical_keys.py). A pair is kept
when it co-occurs in at least MIN_COUNT lines with a Dice coefficient of at
least MIN_DICE. Output: one "ko<TAB>en<TAB>dice" line per pair, sorted.
"""
import collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexical_keys import english_key, korean_key, write_atomically  # noqa: E402

MIN_COUNT, MIN_DICE, TOP = 3, 0.2, 4


def ko_keys(line):
    return {k for k in map(korean_key, line.split()) if k}


def en_keys(line):
    return {k for k in map(english_key, line.split()) if k}


def main():
    args = sys.argv[1:]
    lines = None
    if '--lines' in args:
        i = args.index('--lines'); a, b = args[i + 1].split(':'); lines = (int(a), int(b)); del args[i:i + 2]
    out, prefixes = args[0], args[1:]
    ko_count, en_count, both = collections.Counter(), collections.Counter(), collections.Counter()
    for prefix in prefixes:
        ko = open(prefix + '.ko', encoding='utf-8-sig').read().replace('\r', '').split('\n')
        en = open(prefix + '.en', encoding='utf-8-sig').read().replace('\r', '').split('\n')
        pairs = list(zip(ko, en))
        if lines: pairs = pairs[lines[0]:lines[1]]
        for k, e in pairs:
            ks, es = ko_keys(k), en_keys(e)
            ko_count.update(ks); en_count.update(es)
            both.update((a, b) for a in ks for b in es)
    rows = []
    for (k, e), n in both.items():
        dice = 2 * n / (ko_count[k] + en_count[e])
        if n >= MIN_COUNT and dice >= MIN_DICE: rows.append((k, e, dice))
    # Keep each key's TOP strongest partners: the rest are mostly words that
    # merely share sentences, and long partner lists slow the aligner down.
    best_ko, best_en = collections.defaultdict(list), collections.defaultdict(list)
    for k, e, d in rows: best_ko[k].append((d, e)); best_en[e].append((d, k))
    keep = {(k, e) for k, l in best_ko.items() for d, e in sorted(l, reverse=True)[:TOP]}
    keep &= {(k, e) for e, l in best_en.items() for d, k in sorted(l, reverse=True)[:TOP]}
    rows = [r for r in rows if (r[0], r[1]) in keep]
    header = ('# dari Korean-English word associations (Scripts/train-lexicon.py).\n'
              '# Learned from: ' + ' '.join(p.split('/')[-1] for p in prefixes) + '\n'
              '# Source text: Korean-English news corpus, Park, Hong & Cha (2016), CC BY-SA 3.0;\n'
              '# this derived list is shared under the same licence (CC BY-SA 3.0).\n')
    write_atomically(out, header + ''.join(f'{k}\t{e}\t{d:.3f}\n' for k, e, d in sorted(rows)))
    print(f'{len(rows)} pairs', file=sys.stderr)

main()
