#!/usr/bin/env python3
# tests/data/check-mnemonics.py: fails when two controls that are on screen together share a
# mnemonic (the underlined letter of Alt+letter), in English or in any translation.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-mnemonics.py SRCROOT LANG…   LANG is "en" or the name of a po/LANG.po
#
# The controls on screen together are those of one .ui file outside its menus, and those of
# each menu of it; SHOWN_TOGETHER adds the files whose widgets are shown inside another's.

import os
import re
import sys
import xml.etree.ElementTree as ET

# Files whose widgets share a window: an enrolment's row is shown on the participant's page.
SHOWN_TOGETHER = [
    ('ff-participant-page.ui', 'ff-enrolment-row.ui'),
    ('ff-participant-page.ui', 'ff-business-plan-group.ui'),
    ('ff-business-plan-window.ui', 'ff-business-funding-group.ui',
     'ff-business-milestone-group.ui', 'ff-business-feedback-group.ui'),
]

TRUE = ('true', 'yes', '1')


def read_po(path):
    """The translations of @path as {(context, msgid): msgstr}, leaving out fuzzy ones."""
    messages = {}
    entry = {}
    field = None
    fuzzy = False

    def finish():
        nonlocal entry, fuzzy
        if 'msgid' in entry and entry.get('msgstr') and not fuzzy:
            messages[(entry.get('msgctxt'), entry['msgid'])] = entry['msgstr']
        entry = {}
        fuzzy = False

    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line:
                finish()
                field = None
                continue
            if line.startswith('#,') and 'fuzzy' in line:
                fuzzy = True
            if line.startswith('#'):
                continue
            match = re.match(r'(msgctxt|msgid|msgid_plural|msgstr(?:\[0\])?)\s+(".*")$', line)
            if match:
                field = match.group(1).replace('[0]', '')
                if field == 'msgctxt' and 'msgid' in entry:
                    finish()
                entry[field] = unquote(match.group(2))
            elif line.startswith('"') and field is not None:
                entry[field] += unquote(line)
    finish()
    return messages


def unquote(text):
    return bytes(text[1:-1], 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8')


def mnemonic(label):
    """The letter after the single underscore of @label, lower-cased, or None."""
    i = 0
    while i < len(label) - 1:
        if label[i] == '_':
            if label[i + 1] == '_':
                i += 2
                continue
            return label[i + 1].lower()
        i += 1
    return None


def labels(path):
    """[(scope, context, label)] of every label of @path that has a mnemonic."""
    found = []
    root = ET.parse(path).getroot()

    def visit(node, scope):
        if node.tag == 'menu':
            scope = 'menu ' + node.get('id', '?')
        if node.tag == 'object' or node.tag == 'template':
            props = {p.get('name'): p for p in node.findall('property')}
            underline = props.get('use-underline')
            if underline is not None and (underline.text or '').strip().lower() in TRUE:
                for name in ('label', 'title'):
                    prop = props.get(name)
                    if prop is not None and prop.get('translatable') in TRUE:
                        found.append((scope, prop.get('context'), prop.text or ''))
        if node.tag == 'item':
            for attribute in node.findall('attribute'):
                if attribute.get('name') == 'label' and attribute.get('translatable') in TRUE:
                    found.append((scope, attribute.get('context'), attribute.text or ''))
        for child in node:
            visit(child, scope)

    visit(root, 'widgets')
    return found


def main(srcroot, languages):
    ui_dir = os.path.join(srcroot, 'data', 'ui')
    files = sorted(f for f in os.listdir(ui_dir) if f.endswith('.ui'))
    groups = [(f,) for f in files] + SHOWN_TOGETHER
    clashes = 0

    for language in languages:
        translations = {}
        if language != 'en':
            translations = read_po(os.path.join(srcroot, 'po', language + '.po'))
        for group in groups:
            scopes = {}
            for ui_file in group:
                for scope, context, label in labels(os.path.join(ui_dir, ui_file)):
                    shown = translations.get((context, label), label)
                    scopes.setdefault(scope, []).append((shown, label, ui_file))
            for scope, shown_labels in scopes.items():
                by_letter = {}
                for shown, label, ui_file in shown_labels:
                    letter = mnemonic(shown)
                    if letter is None:
                        print(f'{language}: {ui_file}: "{shown}" (for "{label}") lost its '
                              f'mnemonic')
                        clashes += 1
                        continue
                    by_letter.setdefault(letter, []).append(f'"{shown}" ({ui_file})')
                for letter, users in sorted(by_letter.items()):
                    if len(users) > 1:
                        print(f'{language}: {" + ".join(group)}, {scope}: Alt+{letter} is '
                              f'shared by {", ".join(users)}')
                        clashes += 1

    if clashes:
        print(f'{clashes} mnemonic problem(s): give each control on screen together its '
              f'own letter')
        return 1
    print(f'no mnemonic shared in {len(groups)} groups of controls, in '
          f'{", ".join(languages)}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2:]))
