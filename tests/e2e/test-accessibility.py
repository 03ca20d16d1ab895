#!/usr/bin/python3
# test-accessibility.py — reads every window, dialog, page and menu of the real
# application as a screen reader does, in English and in Norwegian Bokmål
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run under: xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
#              test-accessibility.py --app <build>/src/fotfeste \
#              --cli <build>/src/cli/fotfeste-cli --log-dir <build>/meson-logs
#
# Makes a sample database with fotfeste-cli, starts the application on it and opens, in
# each language, every section with a record open, each section's New dialog and its
# "More Actions" menu, the main menu, a participant's Enrol and Change Status dialogs,
# the plan window and its menu, the Keyboard Shortcuts and About windows, the question
# that offers back what a killed run left unsaved, and the welcome page of an empty
# file. In each it walks the whole accessible tree (hidden parts too:
# GTK 4.8 shows them) and fails on:
#   - a name holding a mnemonic underscore ("_Add" instead of "Add");
#   - a name with stray spaces (an empty name joined to another);
#   - a button, toggle, check box, entry, editable text or combo box without a name;
#   - an icon-only button without a tooltip (its description);
#   - anything named after a widget type ("GtkListBox", "AdwLeaflet", "FfRecordSection"),
#     which is what GTK 4.8 says for an unnamed widget;
#   - a list with rows but without a name.
# The About and Keyboard Shortcuts windows are libadwaita's and GTK's: their untitled
# lists and their buttons without tooltips are theirs, and not counted.
# It also shows the masked national identity number with its Show button, then types a
# national identity number, a birth date and an organisation number that are refused,
# and checks that the field says so to assistive technology (the
# invalid state: STATE_INVALID_ENTRY, or STATE_INVALID, which is what GTK 4.8 sends for
# it) with the message as its description, and shows the message in a label, and that
# both go when the value is fixed. Every problem is reported with the window, the
# widget's role and name and its place in the tree. Prints TAP; the exit status is 0
# only when every step passed.

import argparse
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

sys.path.insert (0, os.path.dirname (os.path.abspath (__file__)))

from ffatspi import (Failure, App, begin, children, click, click_in_sight,
                     description_of, find, find_all, find_application, label_of, name_of,
                     press_keys, query, role_of, screenshot, show_view, text_of, type_into,
                     wait_for, walk, xdotool)

# A letter after an underscore: a mnemonic left in a name ("_Add", "C_reate").
MNEMONIC = re.compile (r"_[^\W_]")
# What GTK 4.8 calls a widget that has no name and is no plain container.
TYPE_NAME = re.compile (r"^(Gtk|Adw|Ff)[A-Z][A-Za-z]*$")

# Roles a person operates: each needs a name.
CONTROLS = {"push button", "toggle button", "check box", "radio button", "entry",
            "password text", "text", "combo box", "spin button", "slider", "switch",
            "menu item", "check menu item", "radio menu item", "page tab", "link"}
BUTTONS = {"push button", "toggle button"}
# Roles that hold rows: each with rows needs a name.
LISTS = {"list", "list box", "tree", "table", "tree table"}

LANGUAGES = ("en", "nb")


class Problem:
    def __init__ (self, where, path, role, name, what):
        self.where = where
        self.path = path
        self.role = role
        self.name = name
        self.what = what

    def __str__ (self):
        return "%s: %s %r — %s\n      at %s" % (self.where, self.role, self.name, self.what,
                                               format_path (self.path))


def format_path (path):
    """A widget's place for a person to find it: its named ancestors, and the last
    steps to it by role and index ("frame 'Fotfeste' › list 'Sections' › … ›
    panel[2] › push button[0]")."""
    shown = []
    for i, (role, index, name) in enumerate (path):
        last = i >= len (path) - 3
        if last or (name and not TYPE_NAME.match (name)):
            if shown and shown[-1][0] < i - 1:
                shown.append ((i - 1, "…"))
            shown.append ((i, "%s[%d]%s" % (role, index, " %r" % name if name else "")))
    return " › ".join (text for _, text in shown)


def is_editable (node, pyatspi):
    try:
        return node.getState ().contains (pyatspi.STATE_EDITABLE)
    except Exception:
        return False


def has_label_inside (node):
    """Whether a button shows text: a label with words somewhere inside it."""
    for inner in walk (node, limit=60):
        if inner is node:
            continue
        if role_of (inner) == "label" and (name_of (inner).strip () or text_of (inner).strip ()):
            return True
    return False


def audit (root, where, problems, seen, pyatspi, library=False):
    """Walks the tree under @root and appends what a screen reader user would trip
    over to @problems. @seen holds what was reported already (a window is read many
    times), so that each problem is told once. @library: a window GTK or libadwaita
    makes (About, Keyboard Shortcuts), whose untitled lists and tooltips the
    application does not make."""
    queue = [(root, ((role_of (root), 0, name_of (root)),))]
    count = 0
    while queue and count < 20000:
        node, path = queue.pop (0)
        count += 1
        role = role_of (node)
        name = name_of (node)
        found = []

        # A file's path (the backup folder) may hold an underscore of its own.
        if MNEMONIC.search (name) and not name.startswith ("/"):
            found.append ("the name holds a mnemonic underscore")
        if TYPE_NAME.match (name):
            found.append ("named after its widget type")
        if name != name.strip () or "  " in name:
            found.append ("the name has stray spaces (an empty part joined to it)")
        # A text that cannot be edited is a document to read, not a field.
        if role in CONTROLS and (not name.strip () or TYPE_NAME.match (name)) \
           and (role != "text" or is_editable (node, pyatspi)):
            found.append ("a control without a name")
        if role in BUTTONS and not library and not has_label_inside (node) \
           and not description_of (node).strip ():
            found.append ("an icon-only button without a tooltip")
        if role in LISTS and not library and not name.strip () and node.childCount > 0:
            found.append ("a list without a name")

        for what in found:
            key = (path, role, name, what)
            if key not in seen:
                seen.add (key)
                problems.append (Problem (where, path, role, name, what))

        for i, child in enumerate (children (node)):
            queue.append ((child, path + ((role_of (child), i, name_of (child)),)))
    return count


class Run:
    """The application in one language, and what reading it found."""

    def __init__ (self, args, pyatspi, env, workdir, language, database, tap, problems):
        self.args = args
        self.pyatspi = pyatspi
        self.language = language
        self.database = database
        self.tap = tap
        self.problems = problems
        self.seen = set ()
        self.env = dict (env)
        self.env["LANGUAGE"] = language
        self.workdir = workdir
        self.app = None

    def t (self, message, context=None):
        """@message as the application shows it in this run's language, without its
        mnemonic underscore."""
        return translate (self.language, message, context)

    def start (self, label, database=None):
        self.app = App (self.args.app, database or self.database, self.env, self.workdir,
                        "%s-%s" % (self.language, label))

        def window ():
            self.app.check_running ()
            node = find_application (self.pyatspi, self.app.process.pid)
            if node is None:
                return None
            frames = [c for c in children (node) if role_of (c) == "frame"]
            return frames[0] if frames else None

        self.window = wait_for ("the main window on the accessibility bus", window)
        self.app_node = find_application (self.pyatspi, self.app.process.pid)
        self.title = name_of (self.window)

    def stop (self):
        if self.app is not None:
            self.app.check_stderr ()
            self.app.kill ()
            self.app = None

    def read (self, root, where, library=False):
        before = len (self.problems)
        time.sleep (0.3)
        n = audit (root, "[%s] %s" % (self.language, where), self.problems, self.seen,
                   self.pyatspi, library)
        self.tap.ok ("[%s] reads %s: %d nodes, %d problems" % (self.language, where, n,
                                                               len (self.problems) - before))

    def top_levels (self):
        return children (self.app_node)

    def top_level (self, name):
        for node in self.top_levels ():
            if name_of (node) == name:
                return node
        return None

    def new_top_level (self, before, what):
        def probe ():
            self.app.check_running ()
            for node in self.top_levels ():
                if node not in before and role_of (node) in ("frame", "dialog", "alert",
                                                              "window", "file chooser"):
                    return node
            return None
        return wait_for (what, probe)

    def window_id (self, name):
        found = xdotool ("search", "--onlyvisible", "--name", "^%s$" % re.escape (name))
        ids = found.stdout.split ()
        return ids[-1] if ids else None

    def click_at (self, node, window_name, what):
        """Clicks the middle of @node with the mouse, in the window named @window_name."""
        extents = node.queryComponent ().getExtents (self.pyatspi.WINDOW_COORDS)
        wid = wait_for ("the window %r on the display" % window_name,
                        lambda: self.window_id (window_name))
        xdotool ("windowfocus", "--sync", wid)
        result = xdotool ("mousemove", "--window", wid,
                          str (extents.x + extents.width // 2),
                          str (extents.y + extents.height // 2), "click", "1")
        if result.returncode != 0:
            raise Failure ("clicking %s failed: %s" % (what, result.stderr.strip ()))

    def press (self, keys, window_name):
        press_keys (keys, window_name="^%s$" % re.escape (window_name))

    def button (self, root, name, what=None):
        what = what or "the button %r" % name
        return wait_for (what, lambda: find (root, name, role="push button"))

    def popover_items (self, before):
        """The menu items that appeared since @before (names of those shown)."""
        def probe ():
            items = [n for n in walk (self.window)
                     if role_of (n) in ("menu item", "check menu item", "radio menu item")]
            return items
        return probe ()


def translate (language, message, context=None, catalogues={}):
    """@message (a msgid, perhaps with a mnemonic) in @language, from the catalogue the
    application uses, without its mnemonic underscore."""
    if language not in catalogues:
        import gettext
        try:
            catalogues[language] = gettext.translation (
                "fotfeste", localedir=os.environ.get ("FOTFESTE_LOCALEDIR"),
                languages=[language])
        except OSError:
            catalogues[language] = gettext.NullTranslations ()
    catalogue = catalogues[language]
    text = (catalogue.pgettext (context, message) if context
            else catalogue.gettext (message))
    return re.sub (r"_(.)", r"\1", text)


class Tap:
    def __init__ (self):
        self.number = 0

    def ok (self, description):
        self.number += 1
        print ("ok %d - %s" % (self.number, description), flush=True)


# --- what is opened and read -----------------------------------------------------------

MENU_ROLES = ("menu item", "check menu item", "radio menu item")

# Each section of the sidebar, and the button that opens its New dialog.
NEW_DIALOGS = (
    ("Participants", "New Participant"),
    ("Programmes", "New Programme"),
    ("Employers", "New Employer"),
    ("Courses", "New Course"),
    ("Mentors", "New Mentor"),
)


def ancestor_with (node, probe, limit=40):
    """The nearest ancestor of @node (or itself) for which @probe is true."""
    for _ in range (limit):
        if node is None:
            return None
        if probe (node):
            return node
        try:
            node = node.parent
        except Exception:
            return None
    return None


def press_button (node, what):
    """Presses a button, or a menu button through the toggle it holds."""
    try:
        click (node, what)
        return
    except Failure:
        for inner in children (node):
            if role_of (inner) in BUTTONS:
                click (inner, what)
                return
        raise


def open_menu (run, root, name, where):
    """Opens the menu of the menu button @name under @root, reads it, and closes it."""
    button = run.button (root, name)
    press_button (button, "the menu button %r" % name)

    def items ():
        run.app.check_running ()
        found = [n for n in walk (button, limit=400) if role_of (n) in MENU_ROLES]
        return found if found and any (name_of (n) for n in found) else None

    found = wait_for ("the menu of %r to open" % name, items)
    run.read (button, where)
    press_keys ("Escape", window_name="^%s$" % re.escape (run.title))
    time.sleep (0.3)
    return [label_of (n) for n in found]


def close_dialog (run, dialog, name):
    """Closes @dialog with its Cancel button (a message dialog holds its buttons twice:
    click until it goes)."""
    cancel = run.t ("_Cancel")
    buttons = wait_for ("the button %r in %s" % (cancel, name),
                        lambda: find_all (dialog, cancel, role="push button"))
    for button in buttons:
        click (button, "the button %r" % cancel)
        try:
            wait_for ("%s to close" % name, lambda: dialog not in run.top_levels (),
                      timeout=3)
            return
        except Failure:
            continue
    raise Failure ("%s does not close with %r" % (name, cancel))


def open_dialog (run, root, button_name, what):
    """Presses the button @button_name and returns the window it opens."""
    before = run.top_levels ()
    click (run.button (root, button_name), "the button %r" % button_name)
    return run.new_top_level (before, what)


def section_root (run, list_node):
    """The part of the window that belongs to the section whose list is @list_node:
    the nearest ancestor that holds the section's "More Actions" button."""
    more = run.t ("More Actions")
    return ancestor_with (list_node, lambda n: any (
        role_of (m) == "push button" and name_of (m) == more
        for m in walk (n, limit=300)))


def open_section (run, row, title):
    """Shows the section of the sidebar row @row and opens its first record."""
    run.click_at (row, run.title, "the section %r" % title)
    list_node = wait_for ("the list %r" % title,
                          lambda: find (run.window, title, role="list"))
    wait_for ("the list %r to show records" % title, lambda: list_node.childCount > 0)
    list_node.querySelection ().selectChild (0)
    first = [name_of (n) for n in walk (list_node.getChildAtIndex (0), limit=20)
             if role_of (n) == "label" and name_of (n)][0]
    # The record's title shows in the header and on its page, not only in the list.
    wait_for ("the record %r to open" % first,
              lambda: len ([n for n in walk (run.window)
                            if role_of (n) == "label" and name_of (n) == first]) >= 2)
    return list_node, first


def is_invalid (node, pyatspi):
    """Whether @node says it holds a refused value: STATE_INVALID_ENTRY, or what GTK 4.8
    sends for GTK_ACCESSIBLE_STATE_INVALID, STATE_INVALID (later versions send
    STATE_INVALID_ENTRY)."""
    try:
        states = node.getState ()
        return (states.contains (pyatspi.STATE_INVALID_ENTRY)
                or states.contains (pyatspi.STATE_INVALID))
    except Exception:
        return False


def shown_labels (root, text):
    return [n for n in walk (root) if role_of (n) == "label"
            and (name_of (n) == text or text_of (n) == text)]


def check_refused (run, root, field, bad, good, where):
    """Types @bad into the field named @field (or starting so) under @root: the field
    must then be marked invalid, with the message as its description, and show the
    message whole in a label; typing @good takes both away. What fails is reported
    with the rest, and the test goes on."""
    try:
        refused (run, root, field, bad, good, where)
    except Failure as failure:
        run.problems.append (Problem ("[%s] %s" % (run.language, where), (),
                                      "field", field, str (failure)))
        print ("# [%s] %s" % (run.language, failure), flush=True)


def refused (run, root, field, bad, good, where):
    row = wait_for ("the field %r in %s" % (field, where),
                    lambda: find (root, field, prefix=True))
    editable = type_into (row, bad, "the field %r" % field)
    what = "the field %r holding %r in %s" % (field, bad, where)
    wait_for ("%s to be marked invalid (STATE_INVALID_ENTRY or STATE_INVALID)" % what,
              lambda: is_invalid (editable, run.pyatspi), timeout=5)
    message = description_of (editable)
    if not message.strip ():
        raise Failure ("%s is invalid but has no description saying why" % what)
    try:
        wait_for ("the message %r shown in a label" % message,
                  lambda: shown_labels (root, message), timeout=5)
    except Failure:
        raise Failure ("%s: the message %r is shown in no label of its own"
                       % (what, message))
    run.tap.ok ("[%s] %s is invalid to assistive technology and shows %r"
                % (run.language, what, message))

    type_into (row, good, "the field %r" % field)
    wait_for ("%s to be valid again after typing %r" % (what, good),
              lambda: not is_invalid (editable, run.pyatspi), timeout=5)
    wait_for ("the message %r to go after typing %r" % (message, good),
              lambda: not shown_labels (root, message), timeout=5)
    if description_of (editable) == message:
        raise Failure ("%s still has the message as its description after typing %r"
                       % (what, good))
    run.tap.ok ("[%s] typing %r into %r makes it valid again and takes the message away"
                % (run.language, good, field))


def show_national_id (run, root, where):
    """Presses Show on the national identity number's row, which shows it masked until
    then (and records in the audit log that it was shown). An empty field has nothing to
    hide, and no Show button."""
    name = run.t ("Show National Identity Number")
    button = find (root, name, role="push button")
    if button is None:
        return
    click (button, "the button %r in %s" % (name, where))
    wait_for ("the button %r to go once the number is shown" % name,
              lambda: find (root, name, role="push button") is None, timeout=5)
    run.tap.ok ("[%s] %r in %s shows the number" % (run.language, name, where))


def participant_view (run, name):
    """Shows the view @name of a participant's page, clicking its switcher."""
    show_view (run.pyatspi, run.window, run.t (name),
               window_name="^%s$" % re.escape (run.title),
               switcher_name=run.t ("Parts of the record"))


def participant_steps (run, section):
    """A participant's page: refused values, the Enrol, Change Status and New Business
    Plan dialogs, and the plan window with its menu, each in the view of the page that
    holds it."""
    participant_view (run, "Personal Details")
    show_national_id (run, section, "a participant's page")
    check_refused (run, section, run.t ("National identity number"), "12345678901", "",
                   "a participant's page")
    check_refused (run, section, run.t ("Birth date (DD.MM.YYYY)").split (" (")[0],
                   "31.02.1990", "17.05.1990", "a participant's page")

    participant_view (run, "Overview")
    name = run.t ("_Enrol in Programme…")
    dialog = open_dialog (run, section, name, "the dialog of %r" % name)
    run.read (dialog, "the dialog %r" % name_of (dialog))
    close_dialog (run, dialog, "the dialog %r" % name_of (dialog))

    name = run.t ("Change _Status…")
    dialog = open_dialog (run, section, name, "the dialog of %r" % name)
    run.read (dialog, "the dialog %r" % name_of (dialog))
    close_dialog (run, dialog, "the dialog %r" % name_of (dialog))

    participant_view (run, "Work")
    name = run.t ("Add _Target…")
    dialog = open_dialog (run, section, name, "the dialog of %r" % name)
    run.read (dialog, "the dialog %r" % name_of (dialog))
    close_dialog (run, dialog, "the dialog %r" % name_of (dialog))

    name = run.t ("New Plan _From…")
    dialog = open_dialog (run, section, name, "the dialog of %r" % name)
    run.read (dialog, "the dialog %r" % name_of (dialog))
    close_dialog (run, dialog, "the dialog %r" % name_of (dialog))

    participant_view (run, "Follow-up")
    name = run.t ("_Find a Mentor…")
    dialog = open_dialog (run, section, name, "the dialog of %r" % name)
    run.read (dialog, "the dialog %r" % name_of (dialog))
    close_dialog (run, dialog, "the dialog %r" % name_of (dialog))

    participant_view (run, "Work")
    name = run.t ("_New Business Plan…")
    dialog = open_dialog (run, section, name, "the dialog of %r" % name)
    run.read (dialog, "the dialog %r" % name_of (dialog))
    business_plan_steps (run, dialog)

    participant_view (run, "Overview")
    plan_buttons = (run.t ("_Write Plan"), run.t ("_Open Plan"))
    button = wait_for ("a button %s" % " or ".join (repr (b) for b in plan_buttons),
                       lambda: next ((n for n in walk (section)
                                      if role_of (n) == "push button"
                                      and label_of (n) in plan_buttons), None))
    before = run.top_levels ()
    click (button, "the button %r" % label_of (button))
    plan = run.new_top_level (before, "the plan window")
    title = name_of (plan)
    run.read (plan, "the plan window")
    menu = run.t ("Print and Export")
    button = run.button (plan, menu)
    press_button (button, "the menu button %r" % menu)
    wait_for ("the menu %r to open" % menu,
              lambda: [n for n in walk (button, limit=400) if role_of (n) in MENU_ROLES])
    run.read (button, "the plan window's menu %r" % menu)
    press_keys ("Escape", window_name="^%s$" % re.escape (title))
    time.sleep (0.3)
    press_keys ("ctrl+w", window_name="^%s$" % re.escape (title))
    wait_for ("the plan window to close", lambda: plan not in run.top_levels ())


def business_plan_steps (run, dialog):
    """A new business plan made in @dialog, its window read on both its pages (the
    budget with a line in it) and its menu, and closed."""
    row = wait_for ("the row %r of the dialog" % run.t ("Title"),
                    lambda: find (dialog, run.t ("Title")))
    type_into (row, "Kafé Fjordlys", "the title of the new business plan")
    before = run.top_levels ()
    click (run.button (dialog, run.t ("C_reate")), "the button %r" % run.t ("C_reate"))
    plan = run.new_top_level (before, "the business plan window")
    title = name_of (plan)
    # The checklist and the groups after it come just after the first frame.
    wait_for ("the list %r" % run.t ("Permits and Registrations"),
              lambda: find (plan, run.t ("Permits and Registrations"), role="list"))
    run.read (plan, "the business plan window")

    budget = run.t ("Budget")
    tab = wait_for ("the page %r in the header bar" % budget,
                    lambda: next ((n for n in walk (plan, limit=400)
                                   if role_of (n) == "page tab" and name_of (n) == budget
                                   and n.getState ().contains (
                                       run.pyatspi.STATE_HORIZONTAL)), None))
    run.click_at (tab, title, "the page %r" % budget)
    click (run.button (plan, run.t ("Add _Revenue Line")),
           "the button %r" % run.t ("Add _Revenue Line"))
    month = run.t ("Month %u").replace ("%u", "12")
    wait_for ("the cell %r of the new line" % month, lambda: find (plan, month))
    run.read (plan, "the business plan's budget")

    menu = run.t ("Print and Export")
    button = run.button (plan, menu)
    press_button (button, "the menu button %r" % menu)
    wait_for ("the menu %r to open" % menu,
              lambda: [n for n in walk (button, limit=400) if role_of (n) in MENU_ROLES])
    run.read (button, "the business plan window's menu %r" % menu)
    press_keys ("Escape", window_name="^%s$" % re.escape (title))
    time.sleep (0.3)
    press_keys ("ctrl+w", window_name="^%s$" % re.escape (title))
    wait_for ("the business plan window to close", lambda: plan not in run.top_levels ())


def open_from_menu (run, root, menu_name, item_name, what):
    """Opens the window of the item @item_name (a msgid) of the menu button @menu_name
    under @root, as a person would, and returns it."""
    item_label = run.t (item_name)
    button = run.button (root, menu_name)
    press_button (button, "the menu button %r" % menu_name)
    item = wait_for ("the menu item %r" % item_label,
                     lambda: next ((n for n in walk (button, limit=400)
                                    if role_of (n) in MENU_ROLES
                                    and label_of (n) == item_label), None))
    before = run.top_levels ()
    click (item, "the menu item %r" % item_label)
    return run.new_top_level (before, what)


def read_and_close (run, window, what):
    """Reads @window and closes it with Escape, as its keyboard shortcut says."""
    run.read (window, what)
    press_keys ("Escape", window_name="^%s$" % re.escape (name_of (window)))
    wait_for ("%s to close" % what, lambda: window not in run.top_levels ())


def privacy_steps (run, section):
    """What a participant's menu offers for their privacy: the audit log, and erasure
    (asked, and cancelled)."""
    more = run.t ("More Actions")
    window = open_from_menu (run, section, more, "Audit _Log", "the audit log")
    read_and_close (run, window, "the window %r" % name_of (window))
    dialog = open_from_menu (run, section, more, "_Erase Participant…",
                             "the question before erasing")
    run.read (dialog, "the question %r" % name_of (dialog))
    close_dialog (run, dialog, "the question %r" % name_of (dialog))


def overview_steps (run, row, title):
    """The overview of job seeking across participants, a section with no list of its
    own."""
    run.click_at (row, run.title, "the section %r" % title)
    wait_for ("the section %r to show" % title,
              lambda: find (run.window, run.t ("Follow-ups Due"), role="list")
              or find (run.window, run.t ("No Applications Yet")))
    run.read (run.window, "the section %r" % title)


def employer_steps (run, section, new_name):
    """The New Employer dialog refuses an organisation number that does not add up."""
    dialog = open_dialog (run, section, new_name, "the dialog %r" % new_name)
    check_refused (run, dialog, run.t ("Organisation number"), "123456789", "974760673",
                   "the dialog %r" % new_name)
    close_dialog (run, dialog, "the dialog %r" % new_name)


def course_steps (run, section):
    """A course's attendance grid, read whole, and the dialog that makes a series of
    sessions."""
    wait_for ("the row %r" % run.t ("_Take Attendance"),
              lambda: find (section, run.t ("_Take Attendance")))
    before = run.top_levels ()
    press_keys ("ctrl+t", window_name="^%s$" % re.escape (run.title))
    # Found by its name: GTK 4.8 may give it no role of a window.
    window = wait_for ("the attendance window",
                       lambda: next ((n for n in run.top_levels () if n not in before
                                      and name_of (n).startswith (run.t ("Attendance"))),
                                     None))
    run.read (window, "the window %r" % name_of (window))
    press_keys ("ctrl+w", window_name="^%s$" % re.escape (name_of (window)))
    wait_for ("the attendance window to close", lambda: window not in run.top_levels ())

    series = run.t ("Add Se_ries…")
    button = wait_for ("the button %r" % series,
                       lambda: find (section, series, role="push button"))
    before = run.top_levels ()
    click (button, "the button %r" % series)
    dialog = run.new_top_level (before, "the dialog %r" % series)
    read_and_close (run, dialog, "the dialog %r" % name_of (dialog))
def mentor_steps (run, section, list_node):
    """A mentor with an active match: the match opened on its meeting log, the first
    meeting opened, and the question before deleting the mentor (cancelled)."""
    rows = query (run.database,
                  "SELECT m.name FROM mentor m JOIN mentor_match t ON t.mentor_id = m.id"
                  " JOIN mentor_meeting g ON g.match_id = t.id"
                  " WHERE t.status = 'active' AND m.deleted_at IS NULL"
                  " AND m.archived_at IS NULL AND t.deleted_at IS NULL"
                  " AND g.deleted_at IS NULL ORDER BY m.sort_key LIMIT 1")
    if not rows:
        raise Failure ("the sample has no mentor with an active match and a meeting")
    name = rows[0][0]
    search = wait_for ("the search entry %r" % run.t ("Search mentors"),
                       lambda: find (section, run.t ("Search mentors")))
    type_into (search, name, "the search entry %r" % run.t ("Search mentors"))
    wait_for ("searching %r to find them first" % name,
              lambda: list_node.childCount > 0 and any (
                  name_of (n) == name for n in walk (list_node.getChildAtIndex (0), limit=20)))
    list_node.querySelection ().selectChild (0)
    matches = wait_for ("the list %r on the page of %s" % (run.t ("Matches"), name),
                        lambda: find (section, run.t ("Matches"), role="list"))
    wait_for ("a match in the list %r" % run.t ("Matches"), lambda: matches.childCount > 0)

    def header (root, skip=()):
        return next ((n for n in walk (root, limit=200)
                      if role_of (n) in ("list item", "button", "push button", "toggle button")
                      and name_of (n) and name_of (n) not in skip
                      and n.getState ().contains (run.pyatspi.STATE_EXPANDABLE)), None)

    match = wait_for ("the header of the first match", lambda: header (matches))
    window_name = "^%s$" % re.escape (run.title)
    click_in_sight (run.pyatspi, run.window, match, "the match %r" % name_of (match),
                    window_name=window_name)
    log = run.t ("Meeting date (DD.MM.YYYY)")
    wait_for ("the match to open on its meeting log", lambda: find (matches, log))
    meeting = wait_for ("the header of a meeting",
                        lambda: header (matches, skip=(name_of (match),)))
    click_in_sight (run.pyatspi, run.window, meeting, "the meeting %r" % name_of (meeting),
                    window_name=window_name)
    wait_for ("the meeting to open", lambda: len (find_all (matches, run.t ("Hours"))) >= 2)
    run.read (section, "a mentor's page with a match and a meeting open")

    dialog = open_from_menu (run, section, run.t ("More Actions"), "_Delete",
                             "the question before deleting a mentor with active matches")
    run.read (dialog, "the question %r" % name_of (dialog))
    close_dialog (run, dialog, "the question %r" % name_of (dialog))
    if not query (run.database, "SELECT 1 FROM mentor WHERE name = '%s'"
                  " AND deleted_at IS NULL" % name.replace ("'", "''")):
        raise Failure ("Cancel deleted %s" % name)


def leave_unsaved (database, copy):
    """A copy of @database, with what a run killed while typing leaves beside it: a note
    and a birth date typed into the first participant's page (ff-edit-journal.c)."""
    source = sqlite3.connect (database)
    target = sqlite3.connect (copy)
    source.backup (target)
    participant = target.execute ("SELECT min (id) FROM participant").fetchone ()[0]
    source.close ()
    target.close ()
    with open (copy + ".unsaved", "w", encoding="utf-8") as f:
        f.write ("[Unsaved Edits]\nVersion=1\n\n"
                 "[Edit 0]\nTable=participant\nId=%d\nField=notes\nLabel=Notes\n"
                 "Text=Ringte NAV om språkpraksis\n\n"
                 "[Edit 1]\nTable=participant\nId=%d\nField=birth_date\n"
                 "Label=Birth date\nText=31.02.19\n" % (participant, participant))


def run_language (args, pyatspi, env, workdir, language, database, tap, problems):
    run = Run (args, pyatspi, env, workdir, language, database, tap, problems)
    try:
        run.start ("sample")
        run.read (run.window, "the main window")
        open_menu (run, run.window, run.t ("Main Menu"), "the main menu")

        sidebar = wait_for ("the sidebar list %r" % run.t ("Sections"),
                            lambda: find (run.window, run.t ("Sections"), role="list"))
        rows = children (sidebar)
        if len (rows) < 3:
            raise Failure ("the sidebar has %d sections, not 3 or more" % len (rows))
        for row in rows:
            title = [name_of (n) for n in walk (row, limit=20)
                     if role_of (n) == "label" and name_of (n)][0]
            if title == run.t ("Job Seeking"):
                overview_steps (run, row, title)
                continue
            list_node, record = open_section (run, row, title)
            section = section_root (run, list_node)
            if section is None:
                raise Failure ("no part of the window holds both the list %r and %r"
                               % (title, run.t ("More Actions")))
            run.read (run.window, "the section %r with %r open" % (title, record))
            open_menu (run, section, run.t ("More Actions"),
                       "the menu %r of %r" % (run.t ("More Actions"), title))

            new_name = next ((run.t (n) for s, n in NEW_DIALOGS if run.t (s) == title), None)
            if new_name is None:
                raise Failure ("the section %r is not in NEW_DIALOGS: add it, with the"
                               " name of its New button" % title)
            dialog = open_dialog (run, section, new_name, "the dialog %r" % new_name)
            run.read (dialog, "the dialog %r" % new_name)
            close_dialog (run, dialog, "the dialog %r" % new_name)

            if title == run.t ("Participants"):
                participant_steps (run, section)
                privacy_steps (run, section)
            elif title == run.t ("Employers"):
                employer_steps (run, section, new_name)
            elif title == run.t ("Courses"):
                course_steps (run, section)
            elif title == run.t ("Mentors"):
                mentor_steps (run, section, list_node)

        window = open_from_menu (run, run.window, run.t ("Main Menu"), "Retention Re_view…",
                                 "the retention review")
        read_and_close (run, window, "the window %r" % name_of (window))
        before = run.top_levels ()
        press_keys ("ctrl+comma", window_name="^%s$" % re.escape (run.title))
        window = run.new_top_level (before, "the Preferences window")
        read_and_close (run, window, "the window %r" % name_of (window))

        shortcuts = run.t ("Keyboard Shortcuts", "shortcut window")
        before = run.top_levels ()
        press_keys ("ctrl+question", window_name="^%s$" % re.escape (run.title))
        window = run.new_top_level (before, "the window %r" % shortcuts)
        run.read (window, "the window %r" % shortcuts, library=True)
        press_keys ("Escape", window_name="^%s$" % re.escape (name_of (window)))
        wait_for ("the window %r to close" % shortcuts,
                  lambda: window not in run.top_levels ())

        # About last: it stays until the application quits.
        about = run.t ("_About Fotfeste")
        button = run.button (run.window, run.t ("Main Menu"))
        press_button (button, "the menu button %r" % run.t ("Main Menu"))
        item = wait_for ("the menu item %r" % about,
                         lambda: next ((n for n in walk (button, limit=400)
                                        if role_of (n) in MENU_ROLES
                                        and label_of (n) == about), None))
        before = run.top_levels ()
        click (item, "the menu item %r" % about)
        window = run.new_top_level (before, "the window %r" % about)
        run.read (window, "the window %r" % name_of (window), library=True)
        run.stop ()

        # What a run killed while typing left unsaved, offered back at the next start.
        unsaved = os.path.join (workdir, "unsaved-%s.sqlite3" % language)
        leave_unsaved (database, unsaved)
        run.start ("unsaved", database=unsaved)
        heading = run.t ("Restore Unsaved Changes?")
        dialog = wait_for ("the question %r" % heading, lambda: run.top_level (heading))
        run.read (dialog, "the question %r" % heading)
        run.stop ()

        # A new file: the welcome page.
        empty = os.path.join (workdir, "empty-%s.sqlite3" % language)
        run.start ("empty", database=empty)
        wait_for ("the welcome page", lambda: find (run.window, run.t ("_Create Programme"),
                                                   role="push button"))
        run.read (run.window, "the welcome page")
        run.stop ()
    finally:
        if run.app is not None:
            run.app.kill ()


def run (args, pyatspi, env, workdir):
    tap = Tap ()
    problems = []
    try:
        database = os.path.join (workdir, "sample.sqlite3")
        result = subprocess.run ([args.cli, "--database", database, "sample",
                                  "--participants", "30"],
                                 capture_output=True, text=True, env=env)
        if result.returncode != 0:
            raise Failure ("fotfeste-cli sample failed: %s" % result.stderr.strip ())
        tap.ok ("fotfeste-cli makes a sample database of 30 participants")

        for language in LANGUAGES:
            run_language (args, pyatspi, env, workdir, language, database, tap, problems)

        if problems:
            raise Failure ("%d places a screen reader user trips over:\n%s"
                           % (len (problems), "\n".join ("  " + str (p) for p in problems)))
        tap.ok ("no mnemonic underscores, unnamed controls, icon-only buttons without a"
                " tooltip, or widget type names, in %s" % " or ".join (LANGUAGES))
        print ("1..%d" % tap.number)
    except Failure as failure:
        shot = screenshot (args.log_dir, "failure", prefix="test-accessibility")
        lines = str (failure).splitlines ()
        print ("not ok %d - %s" % (tap.number + 1, lines[0]), flush=True)
        for line in lines[1:]:
            print ("# " + line)
        if shot:
            print ("# screenshot: %s" % shot)
        if problems and not str (failure).endswith (str (problems[-1])):
            print ("# and, read before that, %d places a screen reader user trips over:"
                   % len (problems))
            for problem in problems:
                for line in str (problem).splitlines ():
                    print ("#   " + line)
        print ("1..%d" % (tap.number + 1))
        return False
    return True


def main ():
    parser = argparse.ArgumentParser ()
    parser.add_argument ("--app", required=True, help="the fotfeste binary")
    parser.add_argument ("--cli", required=True, help="the fotfeste-cli binary")
    parser.add_argument ("--log-dir", help="where a screenshot goes on failure")
    args = parser.parse_args ()

    session = begin ("fotfeste-a11y-")
    if isinstance (session, int):
        return session
    pyatspi, launcher, workdir, env = session

    # Bounds the whole run below meson's timeout: a hang anywhere still ends with a
    # message and a screenshot.
    signal.signal (signal.SIGALRM, on_alarm)
    signal.alarm (LIMIT)
    try:
        passed = run (args, pyatspi, env, workdir)
    finally:
        signal.alarm (0)
        if launcher is not None:
            launcher.terminate ()
        shutil.rmtree (workdir, ignore_errors=True)
    return 0 if passed else 1


LIMIT = 400


def on_alarm (signum, frame):
    raise Failure ("the whole test took more than %d s" % LIMIT)


if __name__ == "__main__":
    sys.exit (main ())
