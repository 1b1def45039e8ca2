#!/usr/bin/env python3
"""Learn Korean-English word associations from software translations: the
Korean gettext catalogs (.mo) that Debian packages ship.

    python3 Scripts/make-catalog-lexicon.py OUT.tsv CATALOG.mo [CATALOG.mo ...]

Each message (msgid in English, msgstr in Korean) is one line pair, cleaned
of what is no word (accelerators `_` `~` `&`, printf and brace placeholders,
markup); then pairs are learned exactly as Scripts/train-lexicon.py learns
them from the news corpora (it is run on the pairs). The shipped file
(Sources/DariAlignment/Resources/software-ko-en.tsv) is made from these
packages' catalogs, whose licences allow it (MPL 2.0, LGPL 2.1 or later,
the PostgreSQL licence, MIT, BSD, public domain); the derived list is under
the LGPL 2.1 or later (NOTICE). On Debian 12:

    cd /tmp && apt-get download libreoffice-l10n-ko && dpkg-deb -x libreoffice-l10n-ko_*.deb lo
    python3 Scripts/make-catalog-lexicon.py Sources/DariAlignment/Resources/software-ko-en.tsv \\
        /tmp/lo/usr/lib/libreoffice/program/resource/ko/LC_MESSAGES/*.mo \\
        $(for n in initdb-15 libpq5-15 pg_amcheck-15 pg_archivecleanup-15 pg_basebackup-15 \\
            pg_checksums-15 pg_config-15 pg_controldata-15 pg_ctl-15 pg_dump-15 pg_resetwal-15 \\
            pg_rewind-15 pg_test_fsync-15 pg_test_timing-15 pg_upgrade-15 pg_verifybackup-15 \\
            pg_waldump-15 pgscripts-15 plpgsql-15 postgres-15 psql-15 glib20 gtk20 gtk30 \\
            gtk20-properties gtk30-properties gdk-pixbuf libsecret at-spi2-core libhandy \\
            gstreamer-1.0 iso_15924 iso_3166-1 iso_3166-2 iso_3166-3 iso_4217 iso_639-2 iso_639-3 \\
            iso_639 iso_639_3 iso_3166 iso_3166_2 libc xz popt systemd Linux-PAM xkeyboard-config \\
            avahi appstream gettext-runtime shadow; do echo /usr/share/locale/ko/LC_MESSAGES/$n.mo; done)

(the packages: see NOTICE; a catalog that is not installed is skipped with a
warning). Held-out effect: docs/design/alignment.md, "Software translations".
"""
import gettext
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexical_keys import write_atomically  # noqa: E402

HANGUL = re.compile('[\uac00-\ud7a3]')


def clean(text):
    text = re.sub(r'<[^>]+>', ' ', text)
    text = re.sub(r'%(\d+\$)?[-+ #0]*\d*(\.\d+)?[hlLqjzt]*[sdiuxXfFeEgGcp%]', ' ', text)
    text = re.sub(r'\$\w+\$|%\w+%|\{[^}]*\}', ' ', text)
    text = text.replace('~', '').replace('_', '').replace('&', '')
    text = re.sub(r'\([A-Z]\)', ' ', text)  # a Korean menu's accelerator: 파일(F)
    return ' '.join(text.split())


def messages(path):
    """(Korean, English) line pairs of one catalog."""
    with open(path, 'rb') as f:
        catalog = gettext.GNUTranslations(f)._catalog
    for msgid, msgstr in catalog.items():
        if isinstance(msgid, tuple):  # a plural form: (msgid, n)
            msgid = msgid[0]
        msgid = msgid.split('\x04', 1)[-1].split('\x00')[0]  # context, plural
        msgstr = msgstr.split('\x00')[0]
        english, korean = clean(msgid), clean(msgstr)
        if english and korean and english != korean and HANGUL.search(korean):
            yield korean, english


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, paths = sys.argv[1], sys.argv[2:]
    pairs, used = [], []
    for path in paths:
        if not os.path.isfile(path):
            print(f'{path}: not installed, skipped', file=sys.stderr)
            continue
        pairs.extend(messages(path))
        used.append(os.path.basename(path))
    if not pairs:
        sys.exit('no messages read: none of the catalogs given is installed; '
                 'install or download the packages named in this script\'s header and run it again')
    with tempfile.TemporaryDirectory() as work:
        prefix = os.path.join(work, 'catalogs')
        for lang, index in (('ko', 0), ('en', 1)):
            with open(f'{prefix}.{lang}', 'w', encoding='utf-8') as f:
                f.write(''.join(pair[index].replace('\n', ' ') + '\n' for pair in pairs))
        learned = os.path.join(work, 'learned.tsv')
        subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'train-lexicon.py'),
                        learned, prefix], check=True)
        rows = [line for line in open(learned, encoding='utf-8') if not line.startswith('#')]
    header = ('# dari Korean-English word associations learned from software translations\n'
              '# (Scripts/make-catalog-lexicon.py): the Korean gettext catalogs of Debian 12 packages,\n'
              f'# {len(pairs)} messages of {len(used)} catalogs: ' + ' '.join(sorted(used)) + '\n'
              '# Their licences: MPL 2.0 (LibreOffice), LGPL 2.1 or later, PostgreSQL, MIT, BSD, public domain.\n'
              '# This derived list is distributed under the GNU Lesser General Public License,\n'
              '# version 2.1 or (at your option) any later version (NOTICE).\n')
    write_atomically(out, header + ''.join(rows))
    print(f'{len(rows)} pairs from {len(pairs)} messages of {len(used)} catalogs', file=sys.stderr)


main()
