#!/usr/bin/env python3
"""Learn dari's Korean-English word associations from line-aligned text.

    python3 Scripts/train-lexicon.py OUT.tsv PREFIX [PREFIX...] [--lines A:B]

PREFIX.ko / PREFIX.en are line-aligned (line i translates line i). Keys are
made exactly as Sources/DariAlignment/LexicalModel.swift makes them: a Korean
word's first two Hangul syllables; an English word's first six lowercase
letters (words of 3+ letters that are not function words). A pair is kept
when it co-occurs in at least MIN_COUNT lines with a Dice coefficient of at
least MIN_DICE. Output: one "ko<TAB>en<TAB>dice" line per pair, sorted.
"""
import collections, re, sys

MIN_COUNT, MIN_DICE, TOP = 3, 0.2, 4
STOP = set("""the and for that this with from was were are has have had been but not its his her their they them
she who which will would said says also than more about into after over such other there these those when where what
can could may might all any one out our your you him did does being because while some""".split())

def ko_keys(line):
    keys = set()
    for word in line.split():
        syl = [c for c in word if '\uac00' <= c <= '\ud7a3'][:2]
        if syl: keys.add(''.join(syl))
    return keys

def en_keys(line):
    keys = set()
    for word in line.split():
        letters = ''.join(c.lower() for c in word if c.isascii() and c.isalpha())
        if len(letters) >= 3 and letters not in STOP: keys.add(letters[:6])
    return keys

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
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# dari Korean-English word associations (Scripts/train-lexicon.py).\n')
        f.write('# Learned from: ' + ' '.join(p.split('/')[-1] for p in prefixes) + '\n')
        f.write('# Source text: Korean-English news corpus, Park, Hong & Cha (2016), CC BY-SA 3.0;\n')
        f.write('# this derived list is shared under the same licence (CC BY-SA 3.0).\n')
        for k, e, d in sorted(rows): f.write(f'{k}\t{e}\t{d:.3f}\n')
    print(f'{len(rows)} pairs', file=sys.stderr)

main()
