#!/usr/bin/env python3
"""Turn a Korean-English learner's dictionary into dari's lexical-key pairs.

    python3 Scripts/make-dictionary.py Scripts/kengdic/ezcorean-6000.tsv \
        Sources/DariAlignment/Resources/dictionary-ko-en.tsv

Input (one or more files, their pairs pooled): `word<TAB>syn<TAB>def<TAB>pos`
rows (the "ezcorean 6000" table; `#` lines are comments), or the full
Kengdic's kengdic.tsv, recognised by its header `id surface hanja gloss level
created source` (no part of speech: a headword of three or more syllables
ending in 다 is taken for a verb; rows without a gloss are skipped).
Output: one `ko<TAB>en` key pair per line, keys made as
Sources/DariAlignment/LexicalModel.swift makes them from running text
(Scripts/lexical_keys.py), so that a headword meets its inflected forms in a
sentence:

- 발달하다 "To advance" -> 발달 / advanc (발달했다, 발달한 in text: key 발달);
- 대통령 "President" -> 대통 / presid;
- a one-syllable stem is kept only with its 하/되 suffix (욕하다 -> 욕하): alone
  it would be a different key from every inflected form (먹다 -> 먹었다 = 먹었);
- a definition is split into senses at , ; / : "or" and "1)"; a sense of more
  than three content words is a description ("Region surrounding seoul"),
  not a translation, and is left out; at most six English keys per entry.

Unlike Scripts/train-lexicon.py, nothing here is learned from the dev
corpora: this is general vocabulary, which is what other texts share with it.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexical_keys  # noqa: E402

# Words of dictionary definitions that are not translations.
GLOSS_STOP = set("""to a an be of in on at by up get make do very sth sb something someone somebody one's ones thing
things person people way kind sort etc used use using state act become oneself yourself itself""".split())
VERB_SUFFIXES = ['스럽', '시키', '해지', '하', '되', '롭']
VERB_POS = {'2', '4', '보', '0'}  # Kengdic's verb, adjective and auxiliary classes
MAX_SENSE_WORDS, MAX_KEYS = 3, 6


def is_hangul(c):
    return '\uac00' <= c <= '\ud7a3'


def english_key(word):
    return lexical_keys.english_key(word, lexical_keys.STOP | GLOSS_STOP)


def korean_keys(headword, pos):
    keys = set()
    for form in re.split(r'[()/,]', headword):  # 베이징(북경): both
        form = form.strip()
        if not form or not all(is_hangul(c) for c in form):
            continue  # phrases and mixed script
        verb = pos in VERB_POS if pos is not UNKNOWN_POS else len(form) >= 3
        if form.endswith('다') and len(form) >= 2 and verb:
            stem = form[:-1]
            for suffix in VERB_SUFFIXES:
                if stem.endswith(suffix) and len(stem) > len(suffix):
                    base = stem[:-len(suffix)]
                    keys.add(base[:2] if len(base) >= 2 else (base + suffix)[:2])
                    break
            else:
                if len(stem) >= 2:
                    keys.add(stem[:2])
        elif len(form) >= 2:
            keys.add(form[:2])
    return keys


def english_keys(definition):
    definition = definition.replace('\\n', ' ; ').replace('\u2019', "'")
    keys = []
    for sense in re.split(r'[,;/:]|\bor\b|\d\)', definition):
        words = [k for k in (english_key(w) for w in re.findall(r"[A-Za-z']+", sense)) if k]
        if 1 <= len(words) <= MAX_SENSE_WORDS:
            keys += [k for k in words if k not in keys]
    return keys[:MAX_KEYS]


KENGDIC_HEADER = ['id', 'surface', 'hanja', 'gloss', 'level', 'created', 'source']
UNKNOWN_POS = None


def rows(source):
    """(word, definition, pos) of each entry; pos is UNKNOWN_POS for the full Kengdic."""
    with open(source, encoding='utf-8') as f:
        full = None
        for number, line in enumerate(f, 1):
            if line.startswith('#') or not line.strip():
                continue
            fields = line.rstrip('\n').split('\t')
            if full is None:
                full = fields == KENGDIC_HEADER
                if full:
                    continue
            if full:
                if len(fields) != len(KENGDIC_HEADER):
                    sys.exit(f'{source}:{number}: expected the {len(KENGDIC_HEADER)} columns of kengdic.tsv')
                gloss = fields[3].strip()
                if gloss and gloss != 'removed':
                    yield fields[1].strip(), gloss, UNKNOWN_POS
            elif len(fields) != 4:
                sys.exit(f'{source}:{number}: expected word, syn, def and pos separated by tabs')
            else:
                yield fields[0].strip(), fields[2], fields[3].strip()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sources, out = sys.argv[1:-1], sys.argv[-1]
    pairs = set()
    for source in sources:
        for word, definition, pos in rows(source):
            for k in korean_keys(word, pos):
                for e in english_keys(definition):
                    pairs.add((k, e))
    names = [os.path.basename(source) for source in sources]
    made_from = ('# Kengdic "ezcorean 6000" table (Scripts/kengdic/ezcorean-6000.tsv; Joe Speigle and\n'
                 '# ezcorean.com, https://github.com/garfieldnate/kengdic).\n'
                 if names == ['ezcorean-6000.tsv'] else
                 f'# Kengdic ({", ".join(names)}; Joe Speigle and ezcorean.com,\n'
                 '# https://github.com/garfieldnate/kengdic).\n')
    lexical_keys.write_atomically(out, (
        '# dari Korean-English dictionary keys (Scripts/make-dictionary.py), made from the\n' + made_from + '#\n'
        '# This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0.\n'
        '# If a copy of the MPL was not distributed with this file, You can obtain one at\n'
        '# https://mozilla.org/MPL/2.0/.\n') + ''.join(f'{k}\t{e}\n' for k, e in sorted(pairs)))
    print(f'{len(pairs)} pairs', file=sys.stderr)


main()
