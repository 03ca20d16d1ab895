#!/usr/bin/env python3
# tests/data/check-terms.py: checks the words of a translation against the glossary, and that
# every translation keeps its message's mnemonic, trailing ellipsis and placeholders.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-terms.py GLOSSARY PO
#
# GLOSSARY (po/glossary.tsv) has one rule a line, four columns separated by tabs:
#
#   LANGUAGE  REGEX  USE INSTEAD  WHY
#
# LANGUAGE is a code such as "nn" (or "*" for every language); REGEX is a Python regular
# expression that must not match any msgstr of po/LANGUAGE.po. Lines that are empty or begin
# with "#" are comments. A rule names what caseworkers who read the translation found wrong,
# so that the same word does not come back with the next thousand messages.
#
# For every language it also checks, message by message, that the msgstr
#   - has exactly one mnemonic ("_" before a letter) when the msgid has one;
#   - ends with "…" exactly when the msgid does (the sign that an action asks for more);
#   - keeps the msgid's placeholders (%s, %d, %lld, %%, %1$s …), also in messages that are
#     not c-format and that `msgfmt --check` therefore leaves alone. Messages whose comment
#     names strftime are left out: their %-codes are a date format the translator may change.
#
# Fuzzy messages are checked too (msgmerge fills them with an old translation that may hold
# a refused word); obsolete ones (#~) are not.

import os
import re
import sys

MNEMONIC = re.compile(r'(?<!_)_(?=[^\W\d_])')
# printf conversions as GLib uses them, with an optional position (%2$s), flags, width,
# precision and length; "%%" is a placeholder of its own. The space flag is left out so that
# "50 % av" in a message that is not a format is not taken for a conversion.
CONVERSION = re.compile(r"%(?:(\d+)\$)?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
                        r"(?:hh|h|ll|l|L|q|j|z|t|I64|I32)?([diouxXeEfFgGaAcspn%])")


class Message:
    def __init__(self, line):
        self.line = line
        self.comments = []
        self.flags = set()
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}
        self.obsolete = False

    def name(self):
        context = f' (context "{self.msgctxt}")' if self.msgctxt is not None else ''
        return f'"{self.msgid}"{context}'


def unquote(text):
    """The text of a PO string literal such as "a \\"b\\"\\n"."""
    body = text[1:-1]
    escapes = {'n': '\n', 't': '\t', '"': '"', '\\': '\\', 'r': '\r', 'a': '\a', 'b': '\b',
               'f': '\f', 'v': '\v'}
    return re.sub(r'\\(.)', lambda m: escapes.get(m.group(1), m.group(0)), body)


def read_po(path):
    messages = []
    message = None
    field = None
    with open(path, encoding='utf-8') as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line:
                message = None
                field = None
                continue
            if message is None:
                message = Message(number)
                messages.append(message)
            if line.startswith('#~'):
                message.obsolete = True
                continue
            if line.startswith('#.'):
                message.comments.append(line[2:].strip())
                continue
            if line.startswith('#,'):
                message.flags.update(flag.strip() for flag in line[2:].split(','))
                continue
            if line.startswith('#'):
                continue
            match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
            if match:
                keyword, index, literal = match.groups()
                if keyword.startswith('msgstr'):
                    field = ('msgstr', int(index or 0))
                    message.msgstr[field[1]] = unquote(literal)
                else:
                    if keyword == 'msgid':
                        message.line = number
                    field = (keyword, None)
                    setattr(message, keyword, unquote(literal))
            elif line.startswith('"') and field is not None:
                if field[0] == 'msgstr':
                    message.msgstr[field[1]] += unquote(line)
                else:
                    setattr(message, field[0], getattr(message, field[0]) + unquote(line))
            else:
                raise ValueError(f'{path}:{number}: cannot read this line: {line}')
    return [m for m in messages if m.msgid is not None and not m.obsolete]


def read_glossary(path, language):
    rules = []
    with open(path, encoding='utf-8') as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            columns = line.split('\t')
            if len(columns) != 4 or not all(c.strip() for c in columns):
                raise ValueError(f'{path}:{number}: a rule has four columns separated by tabs: '
                                 f'language, regular expression, use instead, why')
            rule_language, pattern, instead, why = (c.strip() for c in columns)
            try:
                regex = re.compile(pattern)
            except re.error as error:
                raise ValueError(f'{path}:{number}: bad regular expression {pattern!r}: {error}')
            if rule_language in (language, '*'):
                rules.append((number, regex, pattern, instead, why))
    return rules


def placeholders(text):
    """The conversions of @text in the order their arguments are taken, as (position, type):
    the position is None unless the conversion names one (%2$s)."""
    found = []
    for match in CONVERSION.finditer(text):
        position, conversion = match.groups()
        spec = match.group(0)
        # The length and the conversion are what must match ("%lld" is not "%d").
        length = re.search(r'(hh|h|ll|l|L|q|j|z|t|I64|I32)?[diouxXeEfFgGaAcspn%]$', spec)
        found.append((int(position) if position else None, length.group(0)))
    return found


def placeholder_problem(msgid, msgstr):
    wanted = [kind for _, kind in placeholders(msgid)]
    got = placeholders(msgstr)
    show = lambda kinds: ' '.join('%' + k for k in kinds) or 'none'
    if any(position is not None for position, _ in got):
        # Numbered placeholders may come in another order: compare them by number.
        numbered = {}
        for position, kind in got:
            if kind == '%':
                continue
            if position is None:
                return 'mixes numbered and unnumbered placeholders'
            numbered[position] = kind
        if sorted(numbered) != list(range(1, len(numbered) + 1)):
            return 'numbers its placeholders with a gap'
        got_kinds = [numbered[p] for p in sorted(numbered)]
        got_kinds += [kind for _, kind in got if kind == '%']
        wanted = [k for k in wanted if k != '%'] + [k for k in wanted if k == '%']
    else:
        got_kinds = [kind for _, kind in got]
    if got_kinds != wanted:
        return f'has placeholders {show(got_kinds)} where the msgid has {show(wanted)}'
    return None


def check_form(message, msgstr):
    """What is wrong with the mnemonic, ellipsis or placeholders of @msgstr, or []."""
    problems = []
    if MNEMONIC.search(message.msgid):
        count = len(MNEMONIC.findall(msgstr))
        if count != 1:
            problems.append(f'has {count} mnemonics ("_" before a letter) where the msgid has '
                            f'one: keep exactly one')
    if message.msgid.endswith('…') != msgstr.endswith('…'):
        if message.msgid.endswith('…'):
            problems.append('lost the trailing "…" of the msgid (an action that asks for more)')
        else:
            problems.append('ends with "…" where the msgid does not')
    if not any('strftime' in comment for comment in message.comments):
        source = message.msgid_plural if message.msgid_plural is not None else message.msgid
        problem = placeholder_problem(source, msgstr)
        if problem is not None:
            problems.append(problem)
    return problems


def main(argv):
    if len(argv) != 3:
        print('usage: check-terms.py GLOSSARY PO', file=sys.stderr)
        return 2
    glossary, po = argv[1], argv[2]
    language = os.path.splitext(os.path.basename(po))[0]
    try:
        rules = read_glossary(glossary, language)
        messages = read_po(po)
    except (OSError, ValueError) as error:
        print(error)
        return 1

    failures = 0
    checked = 0
    for message in messages:
        if message.msgid == '':
            continue
        for index, msgstr in sorted(message.msgstr.items()):
            if msgstr == '':
                continue
            checked += 1
            which = f'msgstr[{index}]' if message.msgid_plural is not None else 'msgstr'
            where = f'{po}:{message.line}: {message.name()}'
            for number, regex, pattern, instead, why in rules:
                match = regex.search(msgstr)
                if match:
                    failures += 1
                    print(f'{where}\n  {which} "{msgstr}"\n  uses “{match.group(0)}”, refused '
                          f'by rule {os.path.basename(glossary)}:{number} /{pattern}/: '
                          f'use {instead} ({why})')
            for problem in check_form(message, msgstr):
                failures += 1
                print(f'{where}\n  {which} "{msgstr}"\n  {problem}')

    if failures:
        print(f'{po}: {failures} problem(s) in {checked} translations, '
              f'against {len(rules)} glossary rules for "{language}"')
        return 1
    print(f'{po}: {checked} translations keep the {len(rules)} glossary rules for "{language}", '
          f'their mnemonics, ellipses and placeholders')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
