#!/usr/bin/env python3
"""The alignment bench's held-out protocol in one command (docs/benchmarks/alignment.md).

    python3 Scripts/held-out-bench.py [--dari PATH] [--sets dev,held1,held2,empty]
        [--seeds '20240601|4,5,6,7'] [--env 'NAME=VALUE ...'] [--extra 'DARI OPTIONS']
        [--dictionary PAIRS.tsv] [--self-train SCORE] [--doc-lines L] [--shared DIR]

Sets (each over news-dev and nk-dev, 40-line documents unless --doc-lines):
- dev: the whole dev data, bundled associations (learned from it: optimistic);
- held1: lines 1-500, associations learned from lines 501-1000;
- held2: lines 501-1000, associations learned from lines 1-500;
- empty: the whole dev data, no associations (the bundled dictionary alone).

Prints per set the clean allF1 (default seed) and, per group of deletion seeds
('|' separates groups, ',' the seeds summed within one), the noisy allF1 and
omission P / R / F1, micro-summed over both corpora and the group's seeds.

--dictionary FILE measures another dictionary (Scripts/make-dictionary.py
output) in place of the bundled one: `--without dictionary`, and FILE added to
each set's association file. --self-train SCORE learns associations from the
aligner's own 1-1 beads of at least SCORE over each corpus (what a site-wide
learning would know) and passes them in DARI_LEARNED; it needs a build with
Scripts/learning-knobs.patch.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = ('news-dev', 'nk-dev')
SETS = ('dev', 'held1', 'held2', 'empty')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--dari', default=os.path.join(ROOT, '.build/release/dari'))
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(ROOT), 'shared'),
                    help='the shared folder with bench/ and data/align/ (default: ../shared)')
    ap.add_argument('--sets', default=','.join(SETS))
    ap.add_argument('--seeds', default='20240601|4,5,6,7')
    ap.add_argument('--env', default='', help='NAME=VALUE pairs for every dari run')
    ap.add_argument('--extra', default='', help='more dari options')
    ap.add_argument('--dictionary', help='key pairs to use instead of the bundled dictionary')
    ap.add_argument('--self-train', type=float, metavar='SCORE')
    ap.add_argument('--doc-lines', type=int, default=40, help='lines per document (default 40; 5 is a block)')
    ap.add_argument('--workdir', help='keep the halves, lexicons and documents here (default: a temp dir)')
    args = ap.parse_args()
    bench = os.path.join(args.shared, 'bench/align_bench.py')
    data = os.path.join(args.shared, 'data/align')
    if not os.path.exists(bench):
        sys.exit(f'{bench} not found: give --shared')
    work = args.workdir or tempfile.mkdtemp(prefix='held-out-')
    os.makedirs(work, exist_ok=True)

    # The halves and the association file of each set.
    lexicon = {'dev': os.path.join(ROOT, 'Sources/DariAlignment/Resources/lexicon-ko-en.tsv'),
               'empty': os.path.join(work, 'empty.tsv')}
    open(lexicon['empty'], 'w').close()
    prefixes = {s: [os.path.join(data, c) for c in CORPORA] for s in ('dev', 'empty')}
    for name, scored, learned in (('held1', (0, 500), '500:1000'), ('held2', (500, 1000), '0:500')):
        lexicon[name] = os.path.join(work, f'lexicon-{name}.tsv')
        run(['python3', os.path.join(ROOT, 'Scripts/train-lexicon.py'), lexicon[name]]
            + [os.path.join(data, c) for c in CORPORA] + ['--lines', learned])
        prefixes[name] = []
        for c in CORPORA:
            prefix = os.path.join(work, f'{name}-{c}')
            for lang in ('ko', 'en'):
                lines = open(os.path.join(data, f'{c}.{lang}'), encoding='utf-8').read().split('\n')
                open(f'{prefix}.{lang}', 'w', encoding='utf-8').write('\n'.join(lines[scored[0]:scored[1]]) + '\n')
            prefixes[name].append(prefix)
    options = args.extra
    if args.dictionary:
        options += ' --without dictionary'
        pairs = [line for line in open(args.dictionary, encoding='utf-8') if not line.startswith('#')]
        for s in SETS:
            merged = os.path.join(work, f'with-dictionary-{s}.tsv')
            base = open(lexicon[s], encoding='utf-8').read()
            open(merged, 'w', encoding='utf-8').write(base + ('' if base.endswith('\n') or not base else '\n')
                                                      + ''.join(pairs))
            lexicon[s] = merged

    def dari(s, learned=None):
        env = args.env + (f' DARI_LEARNED={learned}' if learned else '')
        return f'{"env " + env if env.strip() else ""} {args.dari} align --segmented {{ko}} {{en}} --format beads ' \
               f'--lexicon {lexicon[s]} {options}'.strip()

    def counts(s, seed, variant):
        """The summed counts of both corpora, each with its own self-taught associations if asked."""
        total = {}
        for prefix in prefixes[s]:
            learned = self_taught(s, prefix, seed, variant) if args.self_train is not None else None
            out = run(['python3', bench, '--cmd', dari(s, learned), '--cmd-name', 'dari', '--json', '--quiet',
                       '--seed', str(seed), '--variants', variant, '--corpus', prefix, '--doc-lines', str(args.doc_lines)])
            for row in json.loads(out)['results']:
                for key, value in row['counts'].items():
                    if isinstance(value, (int, float)):
                        total[key] = total.get(key, 0) + value
        return total

    def self_taught(s, prefix, seed, variant):
        """Associations learned from the aligner's own confident 1-1 beads of one corpus's documents."""
        docs = os.path.join(work, f'docs-{s}-{os.path.basename(prefix)}-{seed}-{args.doc_lines}')
        if not os.path.isdir(docs):
            run(['python3', bench, '--corpus', prefix, '--workdir', docs, '--build-only', '--quiet', '--seed', str(seed),
                 '--doc-lines', str(args.doc_lines)])
        korean, english = [], []
        for doc in sorted(glob.glob(os.path.join(docs, '*', variant, 'doc-*'))):
            command = [args.dari, 'align', '--segmented', f'{doc}/ko.txt', f'{doc}/en.txt',
                       '--lexicon', lexicon[s]] + options.split()
            beads = run(command + ['--format', 'beads']).splitlines()
            rows = run(command + ['--format', 'tsv']).splitlines()
            for bead, row in zip(beads, rows):
                sides = re.match(r'\[([\d, ]*)\]:\[([\d, ]*)\]', bead).groups()
                score, ko, en = row.split('\t', 2)
                if all(len(side.split(',')) == 1 and side.strip() for side in sides) \
                        and float(score) >= args.self_train:
                    korean.append(ko)
                    english.append(en)
        pseudo = os.path.join(work, f'self-{s}-{os.path.basename(prefix)}-{variant}-{seed}')
        open(pseudo + '.ko', 'w', encoding='utf-8').write('\n'.join(korean) + '\n')
        open(pseudo + '.en', 'w', encoding='utf-8').write('\n'.join(english) + '\n')
        run(['python3', os.path.join(ROOT, 'Scripts/train-lexicon.py'), pseudo + '.tsv', pseudo])
        return pseudo + '.tsv'

    for s in args.sets.split(','):
        line = f'{s}: clean {all_f1(counts(s, 20240601, "clean")):.3f}'
        for group in args.seeds.split('|'):
            total = {}
            for seed in group.split(','):
                for key, value in counts(s, int(seed), 'noisy').items():
                    total[key] = total.get(key, 0) + value
            p, r = ratio(total['omit_tp'], total['pred_unaligned']), ratio(total['omit_tp'], total['gold_unaligned'])
            line += f' | seeds {group}: noisy {all_f1(total):.3f}, omission P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f}'
        print(line, flush=True)


def run(command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def ratio(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def all_f1(c):
    return f1(ratio(c['all_tp'], c['pred_beads']), ratio(c['all_tp'], c['gold_beads']))


main()
