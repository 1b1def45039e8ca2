"""Rebuilds site-gold.txt from the English pages of two real site pairs, with the
boundaries decided by hand (site-gold.GUIDELINE.md):

    python3 site-gold.make.py /work/sites/lo/en /work/sites/dfaq/en site-gold.txt

Blocks: the plain text of each p/li/td/th/h1-h6/dt/dd/blockquote/title/caption
element (white space collapsed), in page order, each kept once, and only when a
boundary decision is possible in it (a `.`, `?`, `!` or `…` with closing quotes
or brackets, then a space and more text; or a stop glued to a capitalised word).
Every such candidate is a boundary unless listed in NOT_BOUNDARIES, the hand
decisions: block number -> the 0-based candidates that are no boundary."""
import json, re, sys
from html.parser import HTMLParser

BLOCK = {'p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'blockquote', 'title',
         'pre', 'caption', 'div'}
KEPT = BLOCK - {'pre', 'div'}
CANDIDATE = re.compile(r'[.?!…]["\')\]”’]*(\s+)(?=\S)|[a-z]{2}\.()(?=[A-Z][a-z])')

# LibreOffice help: every 40th page (from the 7th) of text/**/*.html in sorted order; blocks 0-125.
LO_PAGES = 'every 40th from the 7th'
LO_BLOCKS = 126
LO_NOT = {
    1: [0], 4: [0], 12: [0], 13: [1], 16: [0], 21: [0], 22: [0], 24: [0], 25: [0],
    48: [0], 49: [0], 51: [0], 53: [0], 54: [3], 55: [0], 57: [0], 59: [0], 60: [0], 62: [0],
    64: [0], 65: [0], 66: [0], 68: [0], 70: [0], 71: [0], 84: [0], 89: [0], 99: [0, 1], 114: [1, 2, 3],
}
# Debian FAQ: chapters 7 and 8 (pkg-basics.html, pkgtools.html), every kept block.
DFAQ_PAGES = ['pkg-basics.html', 'pkgtools.html']
DFAQ_NOT = {
    0: [0], 1: [0], 2: [0], 3: [0], 4: [0], 5: [0], 6: [0], 7: [0], 8: [0], 9: [0], 10: [0], 11: [0],
    12: [0], 13: [0], 14: [0], 15: [0], 20: [5], 31: [0], 54: [3], 55: [0], 56: [0], 60: [0], 61: [0],
    62: [0], 63: [0], 64: [0], 65: [0], 66: [0], 67: [0], 68: [0], 69: [0], 70: [0], 71: [0], 72: [0],
    73: [0], 74: [0], 76: [0], 78: [2], 79: [1], 95: [0], 100: [1], 103: [2], 105: [0],
}


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.current, self.skip = [], None, 0

    def flush(self):
        if self.current is not None:
            text = re.sub(r'\s+', ' ', ''.join(self.current[1])).strip()
            if text:
                self.blocks.append((self.current[0], text))
        self.current = None

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
            self.current = [tag, []]
        if tag == 'br' and self.current is not None:
            self.current[1].append(' ')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.current is None:
            self.current = ['text', []]
        self.current[1].append(data)


def kept_blocks(paths):
    seen, kept = set(), []
    for path in paths:
        parser = Blocks()
        parser.feed(open(path, encoding='utf-8').read())
        parser.flush()
        for tag, text in parser.blocks:
            if tag in KEPT and text not in seen and CANDIDATE.search(text):
                seen.add(text)
                kept.append(text)
    return kept


def segment(text, not_boundaries):
    sentences, start = [], 0
    for number, match in enumerate(CANDIDATE.finditer(text)):
        if number in not_boundaries:
            continue
        cut = match.start(1) if match.group(1) is not None else match.start(2)
        sentences.append(text[start:cut] + (match.group(1) or ''))
        start = match.end()
    sentences.append(text[start:])
    return sentences


def main(lo_root, dfaq_root, out_path):
    import os
    pages = sorted(os.path.join(d, f)[len(lo_root) + 1:] for d, _, fs in os.walk(os.path.join(lo_root, 'text'))
                   for f in fs if f.endswith('.html'))
    lo_paths = [os.path.join(lo_root, p) for i, p in enumerate(pages, 1) if i % 40 == 7]
    documents = []
    for i, text in enumerate(kept_blocks(lo_paths)[:LO_BLOCKS]):
        documents.append(segment(text, set(LO_NOT.get(i, []))))
    for i, text in enumerate(kept_blocks([os.path.join(dfaq_root, p) for p in DFAQ_PAGES])):
        documents.append(segment(text, set(DFAQ_NOT.get(i, []))))
    with open(out_path, 'w', encoding='utf-8') as out:
        out.write('\n\n'.join('\n'.join(doc) for doc in documents) + '\n')
    print(sum(map(len, documents)), 'sentences', len(documents), 'documents', file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:4])
