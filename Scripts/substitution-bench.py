#!/usr/bin/env python3
"""Unrelated sentences in the same place on both sides: does the aligner leave them unpaired?

    python3 Scripts/substitution-bench.py [--dari PATH] [--workdir DIR] [--doc-lines 8] [--seed 7]

Issue 17: when each version of a paragraph gains a sentence of its own at the
same place (both pages edited independently), or one side's sentence is
replaced by another (a translation of an older version), the two sentences
share nothing but their position. An aligner that pairs them 1-1 hides two
untranslated sentences and gives the checks a pair to compare.

The documents come from the held-out halves that `Scripts/held-out-bench.py
--workdir DIR` writes (held1: lines 1-500 with associations learned from
501-1000; held2 the other way round), cut into documents of --doc-lines lines
(a paragraph or a short page). In each document one line, at a random place,
is changed:

- both: its Korean replaced by the Korean of a line from elsewhere in the
  corpus, and its English by the English of a third line;
- one: only its English replaced by the English of a line from elsewhere.

Gold: the changed Korean and English sentences are unaligned (1-0 and 0-1),
every other line 1-1. Reported per variant: recall (changed sentences left
unaligned, each side counted), precision of the unaligned sentences, and the
false-unaligned rate (genuine sentences left unaligned). The `clean` variant
(nothing changed) gives the false-unaligned rate on untouched documents.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEAD = re.compile(r'^\[([0-9, ]*)\]:\[([0-9, ]*)\]$')


def parse(out):
    beads = []
    for line in out.splitlines():
        m = BEAD.match(line.strip())
        if not m:
            continue
        ko = [int(x) for x in m.group(1).split(',') if x.strip()]
        en = [int(x) for x in m.group(2).split(',') if x.strip()]
        beads.append((ko, en))
    return beads


def documents(ko, en, doc_lines):
    for start in range(0, len(ko) - doc_lines + 1, doc_lines):
        yield start, ko[start:start + doc_lines], en[start:start + doc_lines]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--dari', default=os.path.join(ROOT, '.build/release/dari'))
    ap.add_argument('--workdir', required=True, help='the held-out-bench.py --workdir with the halves and lexicons')
    ap.add_argument('--doc-lines', type=int, default=8)
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--extra', default='', help='more dari options')
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix='subst-')
    tasks = []
    for half in ('held1', 'held2'):
        lexicon = os.path.join(args.workdir, f'lexicon-{half}.tsv')
        for corpus in ('news-dev', 'nk-dev'):
            prefix = os.path.join(args.workdir, f'{half}-{corpus}')
            if not os.path.exists(prefix + '.ko'):
                sys.exit(f'{prefix}.ko not found: run Scripts/held-out-bench.py --workdir {args.workdir} first')
            ko = open(prefix + '.ko', encoding='utf-8').read().splitlines()
            en = open(prefix + '.en', encoding='utf-8').read().splitlines()
            rng = random.Random(f'{args.seed}-{half}-{corpus}')
            for start, k, e in documents(ko, en, args.doc_lines):
                at = rng.randrange(len(k))
                # Lines from far away: another document's, never this one's.
                def elsewhere():
                    while True:
                        j = rng.randrange(len(ko))
                        if not start - args.doc_lines <= j < start + 2 * args.doc_lines:
                            return j
                other_ko, other_en, other_en2 = elsewhere(), elsewhere(), elsewhere()
                for variant in ('clean', 'both', 'one'):
                    kk, ee = list(k), list(e)
                    changed = set()
                    if variant == 'both':
                        kk[at], ee[at] = ko[other_ko], en[other_en]
                        changed = {('ko', at), ('en', at)}
                    elif variant == 'one':
                        ee[at] = en[other_en2]
                        changed = {('ko', at), ('en', at)}
                    tasks.append((variant, half, lexicon, kk, ee, changed))

    def run(index):
        variant, half, lexicon, kk, ee, changed = tasks[index]
        base = os.path.join(tmp, str(index))
        with open(base + '.ko', 'w', encoding='utf-8') as f:
            f.write('\n'.join(kk) + '\n')
        with open(base + '.en', 'w', encoding='utf-8') as f:
            f.write('\n'.join(ee) + '\n')
        cmd = [args.dari, 'align', '--segmented', base + '.ko', base + '.en', '--format', 'beads',
               '--lexicon', lexicon] + args.extra.split()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        unaligned = set()
        for k, e in parse(out):
            if not e:
                unaligned |= {('ko', i) for i in k}
            if not k:
                unaligned |= {('en', j) for j in e}
        return variant, len(kk) + len(ee), changed, unaligned

    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(run, range(len(tasks))))
    for variant in ('clean', 'both', 'one'):
        tp = fp = fn = sentences = docs = 0
        for v, n, changed, unaligned in results:
            if v != variant:
                continue
            docs += 1
            sentences += n
            tp += len(changed & unaligned)
            fn += len(changed - unaligned)
            fp += len(unaligned - changed)
        # Nothing changed in the clean variant: only its false-unaligned rate means anything.
        recall = f'{tp / (tp + fn):.3f}' if tp + fn else '-'
        precision = f'{tp / (tp + fp):.3f}' if tp + fn and tp + fp else '-'
        genuine = sentences - tp - fn
        print(f'{variant:5}  docs {docs}  changed {tp + fn}  recall {recall}  precision {precision}  '
              f'false unaligned {fp}/{genuine} = {fp / genuine:.4f}')


if __name__ == '__main__':
    main()
