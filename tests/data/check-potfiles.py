#!/usr/bin/env python3
# tests/data/check-potfiles.py: fails when a source file with translatable strings is missing
# from po/POTFILES.in, or when POTFILES.in names a file that does not exist.
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sys

# _("…"), N_ ("…"), C_ ("ctx", "…"), NC_ (…), g_dngettext (…), ngettext (…) in C sources;
# translatable="yes" in GtkBuilder files; the desktop and metainfo templates are translated
# as a whole.
C_PATTERN = re.compile(r'(?<![A-Za-z0-9_])(?:(?:N|C|NC)?_|g_d?n?gettext|g_dpgettext2|ngettext)'
                       r'\s*\(\s*"')
UI_PATTERN = re.compile(r'translatable\s*=\s*"(?:yes|true|1)"')


def wants_translation(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    if path.endswith(('.c', '.h')):
        return C_PATTERN.search(text) is not None
    if path.endswith('.ui'):
        return UI_PATTERN.search(text) is not None
    return path.endswith(('.desktop.in', '.metainfo.xml.in'))


def main(srcroot):
    listed = set()
    with open(os.path.join(srcroot, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                listed.add(line)

    found = set()
    for top in ('src', 'data'):
        for dirpath, _dirnames, filenames in os.walk(os.path.join(srcroot, top)):
            for name in filenames:
                path = os.path.join(dirpath, name)
                if wants_translation(path):
                    found.add(os.path.relpath(path, srcroot))

    status = 0
    for path in sorted(found - listed):
        print(f'{path} has translatable strings but is not in po/POTFILES.in')
        status = 1
    for path in sorted(listed):
        if not os.path.isfile(os.path.join(srcroot, path)):
            print(f'po/POTFILES.in names {path}, which does not exist')
            status = 1
    if status == 0:
        print(f'{len(listed)} files in po/POTFILES.in, none missing')
    return status


if __name__ == '__main__':
    if len(sys.argv) != 2:
        print('usage: check-potfiles.py SRCROOT', file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
