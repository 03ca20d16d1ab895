#!/usr/bin/env python3
# tests/data/check-flatpak.py: checks that flatpak-builder reads the Flatpak manifest, and that
# the sandbox gets no access to the host's or the home folder's files.
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import subprocess
import sys
import tempfile

APP_ID = 'io.github.fotfeste.Fotfeste'


def main(manifest):
    manifest = os.path.abspath(manifest)
    # flatpak-builder leaves a .flatpak-builder folder in the current directory.
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(['flatpak-builder', '--show-manifest', manifest],
                                capture_output=True, text=True, cwd=tmp)
    if result.returncode != 0:
        print(result.stderr.strip())
        print(f'flatpak-builder cannot read {manifest}')
        return 1
    try:
        data = json.loads(result.stdout)
    except json.JSONDecodeError as e:
        print(f'flatpak-builder printed something that is not JSON: {e}')
        return 1

    problems = []
    if data.get('id', data.get('app-id')) != APP_ID:
        problems.append(f'the application id is not {APP_ID}')
    if data.get('command') != 'fotfeste':
        problems.append('the command is not fotfeste')
    if data.get('runtime') != 'org.gnome.Platform' or data.get('sdk') != 'org.gnome.Sdk':
        problems.append('the runtime is not the GNOME platform and SDK')
    for arg in data.get('finish-args', []):
        if arg.startswith('--filesystem'):
            # The data lives in the sandbox's own XDG_DATA_HOME; files chosen by the user
            # come through the file chooser portal.
            problems.append(f'finish-args gives access to files outside the sandbox: {arg}')
    modules = [m for m in data.get('modules', []) if isinstance(m, dict)]
    if not any(m.get('name') == 'fotfeste' and m.get('buildsystem') == 'meson'
               for m in modules):
        problems.append('no module "fotfeste" built with meson')

    for problem in problems:
        print(f'{manifest}: {problem}')
    return 1 if problems else 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        print('usage: check-flatpak.py MANIFEST', file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
