#!/usr/bin/env python3
# tests/data/check-po.py: checks that a translation is complete and up to date with the sources.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-po.py complete PO         every message translated, none fuzzy, formats match
#   check-po.py current SRCROOT PO  every message in the sources is in PO
#   check-po.py template SRCROOT    xgettext extracts every message without a warning
#
# After adding strings, run `ninja -C build fotfeste-update-po` to bring the .po files up to date.

import os
import subprocess
import sys
import tempfile

# The keywords of meson's 'glib' gettext preset, so the template matches `fotfeste-pot`.
XGETTEXT_ARGS = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]


def check_complete(po):
    result = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                            capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    print(output)
    if result.returncode != 0:
        print(f'{po}: msgfmt --check failed')
        return 1
    if 'untranslated' in output or 'fuzzy' in output:
        print(f'{po}: not every message is translated, or some are fuzzy; '
              f'list them with `msgattrib --untranslated {po}` and '
              f'`msgattrib --only-fuzzy --no-obsolete {po}`')
        return 1
    return 0


def extract(srcroot, pot):
    """Writes the template of the sources to @pot; returns xgettext's result."""
    potfiles = os.path.join(srcroot, 'po', 'POTFILES.in')
    return subprocess.run(['xgettext', '--package-name=fotfeste', '-f', potfiles,
                           '-D', srcroot, '-o', pot] + XGETTEXT_ARGS,
                          capture_output=True, text=True)


def check_template(srcroot):
    with tempfile.TemporaryDirectory() as tmp:
        result = extract(srcroot, os.path.join(tmp, 'fotfeste.pot'))
    print(result.stderr.strip())
    if result.returncode != 0:
        print('xgettext failed: is every file in po/POTFILES.in present?')
        return 1
    if 'warning:' in result.stderr:
        # A macro such as G_GINT64_FORMAT inside _() cuts the message short: translators
        # never see the whole of it and the running program never finds its translation.
        print('xgettext warned about messages above: fix them in the sources')
        return 1
    return 0


def check_current(srcroot, po):
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'fotfeste.pot')
        result = extract(srcroot, pot)
        if result.returncode != 0:
            print(result.stderr)
            print('xgettext failed: is every file in po/POTFILES.in present?')
            return 1
        if not os.path.exists(pot):
            # xgettext writes nothing when the sources have no messages at all.
            return 0
        # --use-untranslated and --use-fuzzy: completeness is the other check's job;
        # this one only asks whether every message of the sources is in the .po file.
        result = subprocess.run(['msgcmp', '--use-untranslated', '--use-fuzzy',
                                 '--no-fuzzy-matching', po, pot],
                                capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stderr.strip())
            print(f'{po} lacks messages of the sources: run `ninja -C BUILDDIR fotfeste-update-po`')
            return 1
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == 'complete':
        return check_complete(argv[2])
    if len(argv) == 3 and argv[1] == 'template':
        return check_template(argv[2])
    if len(argv) == 4 and argv[1] == 'current':
        return check_current(argv[2], argv[3])
    print('usage: check-po.py complete PO | current SRCROOT PO | template SRCROOT', file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
