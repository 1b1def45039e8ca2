"""dari's lexical keys, for the scripts that make its bundled word lists.

Keys must be made exactly as Sources/DariAlignment/LexicalModel.swift
(`LexicalKeys`) makes them from running text, or the lists would name words
the aligner never sees. Tests/DariAlignmentTests/BilingualLexiconTests.swift
checks the Swift side against examples of these rules.

- Korean: a word's first two Hangul syllables (구출팀은, 구출팀이 -> 구출).
- English: the lowercased letters of a word of 3+ letters that is not a
  function word, with its regular inflection folded (prayed, praying,
  prays -> pray; cities -> city; moves, moved, moving -> mov), cut to six
  letters (defectors -> defect).
"""
import os
import tempfile

STOP = set("""the and for that this with from was were are has have had been but not its his her their they them
she who which will would said says also than more about into after over such other there these those when where what
can could may might all any one out our your you him did does being because while some""".split())

VOWELS = set('aeiouy')


def korean_key(word):
    syllables = [c for c in word if '\uac00' <= c <= '\ud7a3'][:2]
    return ''.join(syllables) or None


def english_key(word, stop=STOP):
    letters = ''.join(c.lower() for c in word if c.isascii() and c.isalpha())
    if len(letters) < 3 or letters in stop:
        return None
    return fold(letters)[:6]


def fold(word):
    """The regular plural and verb endings off a lowercase word."""
    if len(word) >= 5 and word.endswith('ies'):
        word = word[:-3] + 'y'
    elif len(word) >= 5 and word.endswith('es') and word[:-2].endswith(('s', 'x', 'z', 'ch', 'sh')):
        word = word[:-2]
    elif len(word) >= 4 and word.endswith('s') and not word.endswith(('ss', 'us', 'is')):
        word = word[:-1]
    for suffix in ('ing', 'ed'):
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            if len(stem) >= 3 and VOWELS & set(stem):
                word = stem
                # stopped -> stopp -> stop, but not killed -> kil
                if word[-1] == word[-2] and word[-1] not in 'lsz' and word[-1] not in VOWELS:
                    word = word[:-1]
            break
    if len(word) >= 4 and word.endswith('e'):
        word = word[:-1]
    return word


def write_atomically(path, text):
    """Writes `text` to `path` through a temporary file and a rename."""
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=directory, prefix='.' + os.path.basename(path) + '.')
    try:
        with os.fdopen(handle, 'w', encoding='utf-8') as f:
            f.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
