"""Rebuilds news-gold.txt from news-dev.en lines 1-330 with the boundaries decided by hand
(news-gold.GUIDELINE.md): python3 news-gold.make.py ../shared/data/align/news-dev.en news-gold.txt"""
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')[:330]
# Lines continued by the next line (rule 4): 1-based line numbers.
joined_with_next = {11, 67, 170, 246}
# Sentence ends inside a line (rules 1 and 3): line number -> the text each split follows.
splits = {
    73: ['held at the end of last week.'],
    82: ['earlier this year.', '"Absolutely.'],
    83: ['or personal things.'],
    122: ['after the plane took off.'],
    124: ['he said.'],
    138: ['the service said.', 'a fast response car.'],
    210: ['travel agent.', 'my second life.'],
    221: ['he says.'],
    256: ["Athletes' Village."],
    275: ['said one passenger.'],
    319: ['of the drug.'],
    326: ['dysfunctional women.'],
}
skip = {156}
sentences = []  # list of (line number, sentence)
carry = ''
for number, line in enumerate(lines, 1):
    if number in skip:
        continue
    text = (carry + ' ' + line) if carry else line
    if number in joined_with_next:
        carry = text
        continue
    carry = ''
    pieces = [text]
    for marker in splits.get(number, []):
        head, sep, tail = pieces[-1].partition(marker + ' ')
        assert sep, (number, marker)
        pieces[-1:] = [head + marker, tail]
    for piece in pieces:
        sentences.append((number, piece))
docs, current, first = [], [], None
for number, sentence in sentences:
    if first is None:
        first = number
    current.append(sentence)
    if number - first >= 9:
        docs.append(current)
        current, first = [], None
if current:
    docs.append(current)
out = open(sys.argv[2], 'w', encoding='utf-8')
out.write('\n\n'.join('\n'.join(s + ' ' for s in doc[:-1]) + ('\n' if len(doc) > 1 else '') + doc[-1] for doc in docs) + '\n')
print(len(sentences), 'sentences', len(docs), 'documents', file=sys.stderr)
