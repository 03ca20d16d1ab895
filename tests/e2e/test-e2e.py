#!/usr/bin/python3
# test-e2e.py — drives the real fotfeste binary through accessibility, as a person would
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run under: xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- test-e2e.py \
#              --app <build>/src/fotfeste --log-dir <build>/meson-logs
#
# Creates a programme from the welcome page, adds a participant through the New
# Participant dialog, types a birth date on the participant's page, enrols her in the
# programme, writes her plan (a goal and an activity) in the plan window and
# exports it as PDF through the file chooser, checking the database and the PDF's text;
# quits with Ctrl+Q and reads the database back; starts the app again on the same file
# and searches for the participant. Prints TAP; the exit status
# is 0 only when every step passed.

import getpass
import glob
import os
import socket
import sqlite3
import subprocess
import sys
import time

sys.path.insert (0, os.path.dirname (os.path.abspath (__file__)))

from ffatspi import (App, Failure, children, click, find, find_all, find_application,
                     find_editable, main_of, main_window, name_of, press_keys, query,
                     run_steps, shown_names, text_of, type_into, type_keys, wait_for,
                     walk, xdotool)


# --- the database ----------------------------------------------------------------------

def participants (database):
    connection = sqlite3.connect ("file:%s?mode=ro" % database, uri=True, timeout=5)
    try:
        rows = connection.execute (
            "SELECT given_name, family_name, birth_date FROM participant"
            " WHERE deleted_at IS NULL ORDER BY id").fetchall ()
    finally:
        connection.close ()
    return rows


# --- the steps -------------------------------------------------------------------------

class Steps:
    def __init__ (self, args, pyatspi, env, workdir):
        self.args = args
        self.pyatspi = pyatspi
        self.env = env
        self.workdir = workdir
        self.database = os.path.join (workdir, "data", "fotfeste.sqlite3")
        self.app = None
        self.number = 0

    def ok (self, description):
        self.number += 1
        print ("ok %d - %s" % (self.number, description), flush=True)

    def start (self, label):
        self.app = App (self.args.app, self.database, self.env, self.workdir, label)

        def window ():
            self.app.check_running ()
            app_node = find_application (self.pyatspi, self.app.process.pid)
            if app_node is None:
                return None
            return main_window (app_node)

        self.window = wait_for ("the window \"Fotfeste\" on the accessibility bus", window)
        self.app_node = find_application (self.pyatspi, self.app.process.pid)
        self.ok ("%s: the window \"Fotfeste\" appears" % label)

    def quit (self, label):
        press_keys ("ctrl+q")
        status = self.app.wait_exit ()
        self.app.check_stderr ()
        self.app.kill ()
        if status != 0:
            raise Failure ("the %s run exited with status %d after Ctrl+Q" % (label, status))
        self.ok ("%s: Ctrl+Q quits with status 0" % label)

    def add_participant (self, given, family, keyboard=False):
        def dialog ():
            self.app.check_running ()
            for node in children (self.app_node):
                if name_of (node) == "New Participant":
                    return node
            return None

        if keyboard:
            # A new file opens on the welcome page, which has no such button: a person
            # presses Ctrl+N there.
            press_keys ("ctrl+n")
        else:
            button = wait_for ("the button \"New Participant\"",
                               lambda: find (self.window, "New Participant",
                                             role="push button"))
            click (button, "the button \"New Participant\"")

        dialog_node = wait_for ("the dialog \"New Participant\"", dialog)
        for name, value in (("Given name", given), ("Family name", family)):
            entry = wait_for ("the entry \"%s\" in the dialog" % name,
                              lambda: find (dialog_node, name))
            type_into (entry, value, "the entry \"%s\"" % name)

        # The dialog holds its buttons twice (side by side, and stacked for a narrow
        # window) and shows one set: click until the dialog closes.
        buttons = wait_for ("the button \"Add\" in the dialog",
                            lambda: find_all (dialog_node, "Add", role="push button"))
        for button in buttons:
            click (button, "the button \"Add\"")
            try:
                wait_for ("the dialog to close", lambda: dialog () is None, timeout=3)
                break
            except Failure:
                continue
        wait_for ("the dialog \"New Participant\" to close after Add",
                  lambda: dialog () is None, timeout=2)
        self.app.check_running ()
        self.ok ("adds %s %s through the dialog \"New Participant\"%s"
                 % (given, family, " (Ctrl+N)" if keyboard else ""))

    def page_shows (self, given, family):
        """The participant's page is shown: its name rows hold the new names."""

        def shown ():
            given_row = find (self.window, "Given name")
            family_row = find (self.window, "Family name")
            if given_row is None or family_row is None:
                return False
            given_text = find_editable (given_row)
            family_text = find_editable (family_row)
            return (given_text is not None and family_text is not None
                    and text_of (given_text) == given and text_of (family_text) == family)

        wait_for ("the page of %s %s" % (given, family), shown)
        self.ok ("the page of %s %s opens after Add" % (given, family))

    def type_birth_date (self, value, expected):
        row = wait_for ("the row \"Birth date\" on the page",
                        lambda: find (self.window, "Birth date", prefix=True))
        type_into (row, value, "the row \"Birth date\"")
        # Saved by itself after a pause in typing: no Save button, no quitting needed.
        time.sleep (1.5)

        def saved ():
            return any (r[2] == expected for r in participants (self.database))

        wait_for ("the birth date %s to be saved while the app runs" % expected, saved,
                  timeout=5)
        self.ok ("typing %s into \"Birth date\" saves %s by itself" % (value, expected))

    def top_level (self, name, prefix=False):
        """A window or dialog of the app whose name is @name (or starts with it)."""
        self.app.check_running ()
        for node in children (self.app_node):
            n = name_of (node)
            if n == name or (prefix and n.startswith (name)):
                return node
        return None

    def shortcuts (self):
        """Ctrl+? shows the keyboard shortcuts; Escape closes them. A screen reader
        that counted the windows before one closed then asks for one past the last:
        the application must answer, not crash."""
        title = "Keyboard Shortcuts"
        press_keys ("ctrl+question")
        wait_for ("the window \"%s\"" % title, lambda: self.top_level (title))
        count = self.app_node.childCount
        press_keys ("Escape", window_name="^%s$" % title)
        wait_for ("the window \"%s\" to close" % title,
                  lambda: self.top_level (title) is None)
        try:
            self.app_node.getChildAtIndex (count - 1)
        except Exception:
            pass
        time.sleep (0.5)
        self.app.check_running ()
        self.ok ("Ctrl+? shows \"%s\", Escape closes it, and asking for the window"
                 " it was afterwards does not crash the application" % title)

    def not_a_database (self):
        """A file that is not a Fotfeste database opens a window that says so, and
        Quit leaves the file as it was."""
        path = os.path.join (self.workdir, "referat.sqlite3")
        content = "Referat fra oppstartsmøte, Kvænangen\n".encode () * 200
        with open (path, "wb") as f:
            f.write (content)
        self.app = App (self.args.app, path, self.env, self.workdir, "wrong file")

        def window ():
            self.app.check_running ()
            app_node = find_application (self.pyatspi, self.app.process.pid)
            return main_window (app_node) if app_node is not None else None

        node = wait_for ("the window \"Fotfeste\" on the accessibility bus", window)
        title = "Cannot Open the Database"
        message = ("\u201c%s\u201d is not a Fotfeste database. Choose another file, or move"
                   " it away and start again." % path)
        wait_for ("the window to say %r and %r" % (title, message),
                  lambda: shown_names (node, {title, message}) == {title, message})
        self.click_button (node, "Quit")
        status = self.app.wait_exit ()
        self.app.check_stderr ()
        self.app.kill ()
        if status != 0:
            raise Failure ("the application exited with status %d after Quit" % status)
        with open (path, "rb") as f:
            if f.read () != content:
                raise Failure ("the file that is not a database was changed")
        self.ok ("a file that is not a database: the window says %r, Quit exits with"
                 " status 0 and leaves the file as it was" % title)

    def in_use (self):
        """While the app has the file open, a second one on the same file says who has
        it and since when, and opens it read-only when asked."""
        other = App (self.args.app, self.database, self.env, self.workdir, "second instance")
        try:
            def window ():
                other.check_running ()
                app_node = find_application (self.pyatspi, other.process.pid)
                return main_window (app_node) if app_node is not None else None

            node = wait_for ("the second instance's window on the accessibility bus", window)
            title = "The Database Is in Use"
            who = "is in use by %s on %s since" % (getpass.getuser (), socket.gethostname ())
            def says ():
                texts = [value for n in walk (node) for value in (name_of (n), text_of (n))
                         if value]
                return title in texts and any (who in text for text in texts)

            wait_for ("the window to say %r and %r" % (title, who), says)
            self.ok ("a second instance on the same file: the window says %r and %r"
                     % (title, who))

            self.click_button (node, "Open Read-Only")
            notice = ("Open only for reading, as someone else is changing the database."
                      " Nothing can be changed here.")

            def read_only_window ():
                other.check_running ()
                app_node = find_application (self.pyatspi, other.process.pid)
                main = main_window (app_node) if app_node is not None else None
                return main if main is not None and shown_names (main, {notice}) else None

            wait_for ("the read-only window to say %r" % notice, read_only_window)
            other.check_stderr ()
            self.ok ("Open Read-Only shows the database and says it cannot be changed")
        finally:
            other.kill ()

    def restore_backup (self, expected_rows):
        """Main Menu → Backups lists the backup made on quitting with what it holds;
        Restore, once confirmed, puts it in the database's place and keeps what the
        database held aside."""
        # F10 opens the main menu, as in every GNOME application.
        press_keys ("F10")
        item = wait_for ("the menu item \"Backups\"", lambda: find (self.app_node, "Backups"))
        click (item, "the menu item \"Backups\"")

        def backups_window ():
            for node in children (self.app_node):
                if name_of (node) == "Backups":
                    return node
            return None

        window = wait_for ("the window \"Backups\"", backups_window)
        plans = query (self.database, "SELECT count(*) FROM plan WHERE deleted_at IS NULL")[0][0]
        holds = "%d participants, %d plan%s, 0 job applications" % (
            len (expected_rows), plans, "" if plans == 1 else "s")
        wait_for ("a backup holding %r" % holds, lambda: shown_names (window, {holds}))
        self.click_button (window, "Restore…")

        def dialog ():
            for node in children (self.app_node):
                if name_of (node) == "Restore This Backup?":
                    return node
            return None

        confirm = wait_for ("the dialog \"Restore This Backup?\"", dialog)
        self.click_button (confirm, "Restore")

        def restored ():
            rows = participants (self.database)
            return sorted (rows) == sorted (expected_rows)

        wait_for ("the database to hold %r again" % expected_rows, restored)
        self.window = wait_for ("the window \"Fotfeste\" again",
                                lambda: main_window (self.app_node))
        kept = glob.glob (self.database + ".replaced-*")
        kept = [path for path in kept if not path.endswith (("-wal", "-shm"))]
        if len (kept) != 1 or len (participants (kept[0])) != len (expected_rows) + 1:
            raise Failure ("the database the backup replaced is not kept whole: %r" % kept)
        self.ok ("Backups → Restore… → Restore puts the backup holding %d participants in "
                 "place, and keeps the replaced database with %d" %
                 (len (expected_rows), len (expected_rows) + 1))

    def damaged_file (self, expected_rows):
        """A damaged database opens a window that says so and offers the newest whole
        backup; restoring it opens the database, and the damaged file is kept."""
        size = os.path.getsize (self.database)
        with open (self.database, "r+b") as f:
            f.truncate (size // 2)
        self.app = App (self.args.app, self.database, self.env, self.workdir, "damaged")

        def window ():
            self.app.check_running ()
            app_node = find_application (self.pyatspi, self.app.process.pid)
            return main_window (app_node) if app_node is not None else None

        node = wait_for ("the window \"Fotfeste\" on the accessibility bus", window)
        message = ("\u201c%s\u201d is damaged or incomplete. Restore it from a backup."
                   % self.database)
        wait_for ("the window to say %r" % message,
                  lambda: shown_names (node, {message}) == {message})
        self.click_button (node, "Restore a Backup…")
        self.app_node = find_application (self.pyatspi, self.app.process.pid)

        def dialog ():
            for n in children (self.app_node):
                if name_of (n) == "Restore This Backup?":
                    return n
            return None

        confirm = wait_for ("the dialog \"Restore This Backup?\"", dialog)
        self.click_button (confirm, "Restore")
        wait_for ("the database to hold %r again" % expected_rows,
                  lambda: sorted (participants (self.database)) == sorted (expected_rows))
        self.window = wait_for ("the main window after restoring",
                                lambda: find (main_window (self.app_node), "Participants"))
        damaged = [path for path in glob.glob (self.database + ".replaced-*")
                   if os.path.getsize (path) == size // 2]
        if len (damaged) != 1:
            raise Failure ("the damaged file is not kept aside: %r"
                           % glob.glob (self.database + ".replaced-*"))
        self.app.check_stderr ()
        self.ok ("a damaged database: the window offers a backup, Restore puts it in place "
                 "and keeps the damaged file")
        self.quit ("restored run")

    def backup_on_quit (self, expected_rows):
        """Quitting left a checked backup of what was saved, and no lock."""
        folder = os.path.join (self.env["XDG_DATA_HOME"], "fotfeste", "backups")
        backups = glob.glob (os.path.join (folder, "**", "fotfeste-*.sqlite3"), recursive=True)
        if len (backups) != 1:
            raise Failure ("expected one backup under %s after quitting, found %r"
                           % (folder, backups))
        if os.stat (backups[0]).st_mode & 0o777 != 0o600:
            raise Failure ("the backup %s is not private (0600)" % backups[0])
        rows = participants (backups[0])
        if sorted (rows) != sorted (expected_rows):
            raise Failure ("the backup holds %r, not %r" % (rows, expected_rows))
        if os.path.exists (self.database + ".lock"):
            raise Failure ("the lock file is still there after quitting")
        self.ok ("quitting wrote a private backup holding the %d participants, and let go "
                 "of the lock" % len (rows))

    def click_button (self, root, name, what=None):
        what = what or "the button \"%s\"" % name
        button = wait_for (what, lambda: find (root, name, role="push button"))
        click (button, what)

    def create_programme (self, name):
        self.click_button (self.window, "Create Programme")
        dialog = wait_for ("the dialog \"New Programme\"",
                           lambda: self.top_level ("New Programme"))
        entry = wait_for ("the entry \"Name\" in the dialog",
                          lambda: find (dialog, "Name"))
        type_into (entry, name, "the entry \"Name\"")
        self.click_button (dialog, "Create")
        wait_for ("the dialog \"New Programme\" to close",
                  lambda: self.top_level ("New Programme") is None)
        wait_for ("the programme %s in the database" % name,
                  lambda: query (self.database,
                                 "SELECT name FROM programme") == [(name,)])
        self.ok ("creates the programme %s from the welcome page" % name)

    def enrol (self, programme):
        self.click_button (self.window, "Enrol in Programme…")
        dialog = wait_for ("the dialog \"Enrol in Programme\"",
                           lambda: self.top_level ("Enrol in Programme"))
        # The only programme is chosen already.
        self.click_button (dialog, "Enrol")
        wait_for ("the dialog \"Enrol in Programme\" to close",
                  lambda: self.top_level ("Enrol in Programme") is None)
        wait_for ("an enrolment in the database",
                  lambda: len (query (self.database,
                                      "SELECT id FROM enrolment")) == 1)
        self.ok ("enrols the participant in %s" % programme)

    def write_plan (self, name, goal, activity):
        self.click_button (self.window, "Write Plan")
        # The plan is named after the kind of programme: an integration plan in an
        # introduction programme, a participant plan in any other.
        kind = query (self.database, "SELECT kind FROM programme")[0][0]
        title = ("Integration Plan — " if kind == "introduction"
                 else "Participant Plan — ") + name
        plan = wait_for ("the window \"%s\"" % title, lambda: self.top_level (title))
        self.ok ("\"Write Plan\" opens the window \"%s\"" % title)

        # A multi-line text takes no text through accessibility in GTK 4.8: go to it
        # with its mnemonic (Alt+W) and type on the keyboard, as a person does.
        goal_view = wait_for ("the text \"The goal in words\"",
                              lambda: next ((n for n in find_all (plan, "The goal in words")
                                             if n.getRoleName () != "label"), None))
        press_keys ("alt+w", window_name="^%s$" % title)
        type_keys (goal, window_name="^%s$" % title)
        wait_for ("the goal text to show %r" % goal, lambda: text_of (goal_view) == goal,
                  timeout=10)
        self.click_button (plan, "Add Activity")
        row = wait_for ("the row \"Description\" of the new activity",
                        lambda: find (plan, "Description"))
        type_into (row, activity, "the activity's description")
        time.sleep (1.5)

        wait_for ("the goal to be saved while the window is open",
                  lambda: query (self.database, "SELECT goal_text FROM plan"
                                 " WHERE state = 'draft'") == [(goal,)], timeout=5)
        wait_for ("the activity to be saved while the window is open",
                  lambda: query (self.database, "SELECT description FROM plan_activity"
                                 " WHERE deleted_at IS NULL") == [(activity,)], timeout=5)
        self.ok ("the plan's goal and activity are saved as they are typed")
        return plan, title

    def export_plan (self, title, path, expected):
        press_keys ("ctrl+shift+e", window_name="^%s$" % title)
        chooser = wait_for ("the file chooser \"Export Plan as PDF\"",
                            lambda: self.top_level ("Export Plan as PDF"))
        # The chooser opens with its name field focused and the suggested name in it:
        # type the whole path over it, as a person may, and press Enter.
        chooser_name = "^Export Plan as PDF$"
        wait_for ("the file chooser on the display",
                  lambda: xdotool ("search", "--onlyvisible", "--name",
                                   chooser_name).stdout.strip ())
        time.sleep (0.5)
        press_keys ("ctrl+a", window_name=chooser_name)
        type_keys (path, window_name=chooser_name)
        time.sleep (0.3)
        press_keys ("Return", window_name=chooser_name)
        wait_for ("the file chooser to close",
                  lambda: self.top_level ("Export Plan as PDF") is None)
        wait_for ("the PDF %s" % path, lambda: os.path.exists (path))
        mode = os.stat (path).st_mode & 0o777
        if mode != 0o600:
            raise Failure ("the exported PDF has mode %o, not 600" % mode)
        text = subprocess.run (["pdftotext", "-layout", path, "-"],
                               capture_output=True, text=True, check=True).stdout
        # A table cell wraps, and its lines sit beside other cells' lines: look for
        # every word of what was typed.
        words = set (text.split ())
        missing = [e for e in expected if not set (e.split ()) <= words]
        if missing:
            raise Failure ("the exported PDF lacks %r; its text:\n%s" % (missing, text))
        self.ok ("\"Export as PDF\" writes a private PDF holding %s"
                 % ", ".join (repr (e) for e in expected))
        press_keys ("ctrl+w", window_name="^%s$" % title)
        wait_for ("the plan window to close", lambda: self.top_level (title) is None)

    def list_shows (self, present, absent, what):
        names = set (present) | set (absent)

        def shown ():
            self.app.check_running ()
            found = shown_names (self.window, names)
            return set (present) <= found and not (set (absent) & found)

        try:
            wait_for (what, shown)
        except Failure:
            found = shown_names (self.window, names)
            raise Failure ("%s: the list shows %s" % (what, sorted (found) or "nothing"))
        self.ok (what)

    def search (self, term):
        entry = wait_for ("the search entry \"Search participants\"",
                          lambda: find (self.window, "Search participants"))
        type_into (entry, term, "the search entry")


def run (args, pyatspi, env, workdir):
    steps = Steps (args, pyatspi, env, workdir)

    def body ():
        # First run: a new, empty database.
        steps.start ("first run")
        steps.shortcuts ()
        steps.create_programme ("Introduksjonsprogrammet 2026")
        steps.add_participant ("Oksana", "Kovalenko", keyboard=True)
        steps.page_shows ("Oksana", "Kovalenko")
        steps.type_birth_date ("17.05.1990", "1990-05-17")
        steps.enrol ("Introduksjonsprogrammet 2026")
        goal = "Fast jobb som helsefagarbeider innen 2028"
        activity = "Språkpraksis på Solbakken sykehjem"
        plan, title = steps.write_plan ("Oksana Kovalenko", goal, activity)
        pdf = os.path.join (steps.workdir, "exports", "oksana-plan.pdf")
        os.makedirs (os.path.dirname (pdf), exist_ok=True)
        steps.export_plan (title, pdf, ["Oksana Kovalenko", "17.05.1990", goal, activity,
                                        "Introduksjonsprogrammet 2026"])
        # A second participant, so that the search below has someone to leave out.
        steps.add_participant ("Ahmad", "Rahimi")
        steps.page_shows ("Ahmad", "Rahimi")
        steps.app.check_stderr ()
        steps.quit ("first run")

        rows = participants (steps.database)
        if ("Oksana", "Kovalenko", "1990-05-17") not in rows:
            raise Failure ("the database does not hold Oksana Kovalenko born 1990-05-17: %r"
                           % rows)
        if len (rows) != 2:
            raise Failure ("the database holds %d participants, not 2: %r" % (len (rows), rows))
        steps.ok ("the database holds Oksana Kovalenko, birth_date 1990-05-17")
        steps.backup_on_quit (rows)

        # Second run: the same file, searched in lower case.
        steps.start ("second run")
        steps.list_shows (["Oksana Kovalenko", "Ahmad Rahimi"], [],
                          "the list shows both participants")
        steps.search ("kovalenko")
        steps.list_shows (["Oksana Kovalenko"], ["Ahmad Rahimi"],
                          "searching \"kovalenko\" shows Oksana Kovalenko only")
        steps.in_use ()
        # A participant added by mistake, undone by restoring the backup of the first run.
        steps.add_participant ("Mariam", "Yusuf")
        steps.restore_backup (rows)
        steps.app.check_stderr ()
        steps.quit ("second run")

        # Third run: the database damaged, and restored from its backup.
        steps.damaged_file (rows)

        # Fourth run: a file that is not a Fotfeste database.
        steps.not_a_database ()

    return run_steps (steps, args.log_dir, "test-e2e", body)


def main ():
    return main_of ("fotfeste-e2e", run, cli=False)


if __name__ == "__main__":
    sys.exit (main ())
