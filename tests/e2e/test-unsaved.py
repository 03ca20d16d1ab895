#!/usr/bin/python3
# test-unsaved.py — what was typed a moment before the application was killed is
# offered back at the next start, and restored
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run under: xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- test-unsaved.py \
#              --app <build>/src/fotfeste --cli <build>/src/cli/fotfeste-cli \
#              --log-dir <build>/meson-logs
#
# Makes a small sample database with fotfeste-cli, opens a participant's page and its
# view "Personal Details", clicks into "Notes" and types a line on the keyboard; 100 ms after the field shows the last
# key, well before typing would pause long enough to save it, kills the application
# with SIGKILL. The text is not in the database then. Starts the application again:
# it asks "Restore Unsaved Changes?" and shows the text; Restore writes it into the
# participant's notes, and nothing is left to offer. Quits with Ctrl+Q. Prints TAP;
# the exit status is 0 only when every step passed.

import os
import signal
import subprocess
import sys
import time

sys.path.insert (0, os.path.dirname (os.path.abspath (__file__)))

from ffatspi import (App, Failure, children, click, click_in_sight, find,
                     find_application, main_of, main_window, name_of, press_keys, query,
                     run_steps, show_view, text_of, type_keys, wait_for, walk)

TYPED = "Ringte NAV om spraakpraksis i Alta"
HEADING = "Restore Unsaved Changes?"
# How long after the last key the application is killed.
KILL_AFTER = 0.1


class Steps:
    def __init__ (self, args, pyatspi, env, workdir):
        self.args = args
        self.pyatspi = pyatspi
        self.env = env
        self.workdir = workdir
        self.database = os.path.join (workdir, "unsaved.sqlite3")
        self.app = None
        self.number = 0

    def ok (self, description):
        self.number += 1
        print ("ok %d - %s" % (self.number, description), flush=True)

    def notes (self):
        return query (self.database, "SELECT notes FROM participant WHERE id = %d"
                      % self.participant_id)[0][0]

    def sample (self):
        subprocess.run ([self.args.cli, "--database", self.database, "sample",
                         "--participants", "1"],
                        env=self.env, check=True, capture_output=True)
        rows = query (self.database,
                      "SELECT id, given_name || ' ' || family_name FROM participant"
                      " WHERE deleted_at IS NULL ORDER BY sort_name LIMIT 1")
        self.participant_id, self.name = rows[0]
        self.before = self.notes ()
        self.ok ("fotfeste-cli makes a sample database; %s is its one participant" % self.name)

    def start (self, label):
        self.app = App (self.args.app, self.database, self.env, self.workdir, label)

        def window ():
            self.app.check_running ()
            app_node = find_application (self.pyatspi, self.app.process.pid)
            return main_window (app_node) if app_node is not None else None

        self.window = wait_for ("the window \"Fotfeste\" on the accessibility bus", window)
        self.app_node = find_application (self.pyatspi, self.app.process.pid)
        self.ok ("%s: the window \"Fotfeste\" appears" % label)

    def dialog (self):
        self.app.check_running ()
        for node in children (self.app_node):
            if name_of (node) == HEADING:
                return node
        return None

    def type_and_kill (self, attempt):
        """Types TYPED (numbered after the first attempt) and kills the application;
        False when the kill came too late to tell anything (a machine so slow that the
        pause in typing ended first, and the text was saved)."""
        self.typed = TYPED if attempt == 0 else "%s %d" % (TYPED, attempt + 1)
        participants = wait_for ("the list \"Participants\"",
                                 lambda: find (self.window, "Participants", role="list"))
        participants.querySelection ().selectChild (0)
        show_view (self.pyatspi, self.window, "Personal Details")
        field = wait_for ("the field \"Notes\" of %s" % self.name,
                          lambda: find (self.window, "Notes", role="text"))
        wait_for ("the page of %s" % self.name, lambda: text_of (field) == self.before)
        click_in_sight (self.pyatspi, self.window, field, "the field \"Notes\"")
        press_keys ("ctrl+End")
        start = self.before + ("\n" if self.before else "")
        if start:
            press_keys ("Return")

        # All but the last key, and then the last one alone, so that the moment the
        # field shows it is known within a few milliseconds.
        type_keys (self.typed[:-1], window_name="^Fotfeste$")
        wait_for ("\"Notes\" to show what was typed",
                  lambda: text_of (field) == start + self.typed[:-1], timeout=10,
                  interval=0.02)
        type_keys (self.typed[-1], window_name="^Fotfeste$")
        wait_for ("\"Notes\" to show the last key",
                  lambda: text_of (field) == start + self.typed, timeout=10, interval=0.01)
        shown = time.monotonic ()
        time.sleep (KILL_AFTER)
        self.app.process.send_signal (signal.SIGKILL)
        self.app.process.wait ()
        after = time.monotonic () - shown
        self.app.kill ()

        notes = self.notes ()
        if notes.endswith (self.typed):
            print ("# the kill came %.0f ms after the last key, too late to tell anything:"
                   " again" % (after * 1000), flush=True)
            self.before = notes
            return False
        self.ok ("typed %r into \"Notes\"; killed with SIGKILL %.0f ms after the last key,"
                 " before it was saved" % (self.typed, after * 1000))
        return True

    def restore (self):
        dialog = wait_for ("the question %r" % HEADING, self.dialog)
        shown = [name_of (node) for node in walk (dialog, limit=400)]
        if not any (self.typed in name for name in shown):
            raise Failure ("the question %r does not show %r; it shows: %s"
                           % (HEADING, self.typed, ", ".join (n for n in shown if n)))
        self.ok ("the next start asks %r and shows the text typed" % HEADING)

        button = wait_for ("the button \"Restore\"",
                           lambda: find (dialog, "Restore", role="push button"))
        click (button, "the button \"Restore\"")
        wait_for ("the question to close", lambda: self.dialog () is None)
        expected = (self.before + "\n" + self.typed) if self.before else self.typed
        wait_for ("the notes of %s to hold the text typed" % self.name,
                  lambda: self.notes () == expected, timeout=10)
        journal = self.database + ".unsaved"
        if os.path.exists (journal):
            raise Failure ("%s is still there after Restore" % journal)
        self.ok ("Restore writes the text into the notes of %s, and leaves nothing to offer"
                 % self.name)

    def quit (self, label):
        press_keys ("ctrl+q")
        status = self.app.wait_exit ()
        self.app.check_stderr ()
        self.app.kill ()
        if status != 0:
            raise Failure ("the %s run exited with status %d after Ctrl+Q" % (label, status))
        self.ok ("%s: Ctrl+Q quits with status 0" % label)

    def not_asked_again (self):
        # The window is there, and stays without the question for a while.
        time.sleep (1.5)
        if self.dialog () is not None:
            raise Failure ("the question %r is asked again after Restore" % HEADING)
        self.ok ("a third start does not ask again")


def run (args, pyatspi, env, workdir):
    steps = Steps (args, pyatspi, env, workdir)

    def body ():
        steps.sample ()
        for attempt in range (3):
            steps.start ("first run")
            if steps.type_and_kill (attempt):
                break
        else:
            raise Failure ("three kills in a row came after the text was saved")
        steps.start ("second run")
        steps.restore ()
        steps.app.check_stderr ()
        steps.quit ("second run")
        steps.start ("third run")
        steps.not_asked_again ()
        steps.quit ("third run")

    return run_steps (steps, args.log_dir, "test-unsaved", body)



def main ():
    return main_of ("fotfeste-unsaved", run)


if __name__ == "__main__":
    sys.exit (main ())
