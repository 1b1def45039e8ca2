"""Writes the 19 MB Korean segmentation speed input (issue 19): the dev blogs
(KSS gold lines as one block each), news-dev.ko and nk-dev.ko in documents of
10 lines, repeated until 19 MB, documents separated by blank lines.

    python3 Scripts/make-segment-speed-input.py ../shared/data /tmp/segment-speed-ko.txt
"""
import sys


def main(data, out_path):
    parts = [open(data + '/segment/ko/blogs_ko.txt', encoding='utf-8').read()]
    for name in ('align/news-dev.ko', 'align/nk-dev.ko'):
        lines = open(data + '/' + name, encoding='utf-8').read().split('\n')
        parts.append('\n\n'.join(' '.join(lines[i:i + 10]) for i in range(0, len(lines), 10)))
    unit = '\n\n'.join(part.strip('\n') for part in parts)
    copies, size = [], 0
    while size < 19_000_000:
        copies.append(unit)
        size += len(unit.encode('utf-8'))
    with open(out_path, 'w', encoding='utf-8') as out:
        out.write('\n\n'.join(copies) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
