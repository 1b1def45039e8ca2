"""Splits KSS-format gold files into a tuning half and a held-out half (issue 19's
held-out protocol for the segmentation rules): documents by parity, even ones to
the tuning half, odd ones held out; a file with one document is cut at the middle
of its lines. Rules are looked for in the tuning half only.

    python3 Scripts/split-gold-halves.py TUNE_DIR HELD_DIR ../shared/data/segment/ko/*.txt
"""
import os
import sys


def main(tune_dir, held_dir, paths):
    os.makedirs(tune_dir, exist_ok=True)
    os.makedirs(held_dir, exist_ok=True)
    for path in paths:
        documents = open(path, encoding='utf-8').read().strip('\n').split('\n\n')
        if len(documents) == 1:
            lines = documents[0].split('\n')
            middle = len(lines) // 2
            tune, held = ['\n'.join(lines[:middle]).rstrip(' ')], ['\n'.join(lines[middle:])]
        else:
            tune, held = documents[0::2], documents[1::2]
        name = os.path.basename(path)
        for folder, half in ((tune_dir, tune), (held_dir, held)):
            with open(os.path.join(folder, name), 'w', encoding='utf-8') as out:
                out.write('\n\n'.join(half) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
