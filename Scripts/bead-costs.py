"""Reads the trace of Scripts/bead-costs.patch (DARI_GLUE_TRACE=1) and prints
what issue 20's question needs: the 1-2 and 2-1 beads with a *silent* edge
sentence (no lexical coverage by the other side, no Latin word, name or number
shared, known-word weight >= 2) whose other sentence has evidence, with the
margin by which the bead beats leaving the edge sentence out; and the silent
1-1 pairs of paragraphs (two sentences or more a side) with a cheaper
neighbouring pair (the position-only pairs).

    python3 Scripts/bead-costs.py TRACE [--margin 1.0] [--show]
"""
import argparse
import json


def records(path, tag):
    """The trace's records of one kind, each once (site mode may align a block pair twice)."""
    seen = set()
    with open(path, encoding='utf-8') as lines:
        for line in lines:
            if line.startswith(tag + ' ') and line not in seen:
                seen.add(line)
                yield json.loads(line[len(tag) + 1:])


def silent(pair, coverage):
    # numbers: a shared number lowers the cost (evidence); one on one side only raises it.
    return (coverage == 0 and pair.get('latin', 0) == 0 and pair.get('names', 0) == 0
            and pair.get('numbers', 0) >= 0 and 'copy' not in pair)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('trace')
    parser.add_argument('--margin', type=float, default=1.0, help='count edges whose bead wins by less (default 1.0)')
    parser.add_argument('--show', action='store_true', help='list them')
    args = parser.parse_args()
    edges = []
    for bead in records(args.trace, 'GLUE'):
        if 'copy' in bead['bead'] or bead['shape'] not in ('1-2', '2-1'):
            continue
        for sentence in bead['sentences']:
            if 'dropAlt' not in sentence or sentence.get('known', 0) < 2:
                continue
            if not silent(sentence['pair11'], sentence.get('coverOwn', 0)):
                continue
            other = next(s for s in bead['sentences'] if s is not sentence)
            if silent(other['pair11'], other.get('coverOwn', 0)):
                continue
            margin = sentence['dropAlt'] - bead['bead']['total']
            if margin < args.margin:
                side = bead['en'] if bead['shape'] == '1-2' else bead['ko']
                edges.append((margin, sentence['dropAltRest']['total'], bead['shape'], side[sentence['index']]))
    print(f'silent edge sentences, bead wins by < {args.margin}: {len(edges)}')
    if args.show:
        for margin, rest, shape, text in sorted(edges):
            print(f'  {margin:5.2f}  rest alone {rest:6.2f}  {shape}  {text[:100]}')
    pairs = [r for r in records(args.trace, 'ONE')
             if r['nko'] >= 2 and r['nen'] >= 2 and silent(r['bead'], r['covKo'] + r['covEn'])]
    rivalled = [r for r in pairs if r['bead']['total'] >= 4 and min(r['rivals']) < r['bead']['total'] - 0.4]
    print(f'silent 1-1 pairs in paragraphs: {len(pairs)}; costing 4 or more with a neighbouring pair '
          f'cheaper by 0.4: {len(rivalled)}')
    if args.show:
        for r in rivalled:
            print(f"  {r['bead']['total']:5.2f}  {r['ko'][:50]} || {r['en'][:70]}")


if __name__ == '__main__':
    main()
