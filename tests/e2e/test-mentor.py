#!/usr/bin/python3
# test-mentor.py — a mentor found for a participant and a meeting logged, as a person
# does it: Find a Mentor in the view "Follow-up" of the participant's page, the first suggestion chosen by
# keyboard, a meeting of 1,5 hours typed into the match's log; after a new start the
# match and the meeting are there
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run under: xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- test-mentor.py \
#              --app <build>/src/fotfeste --cli <build>/src/cli/fotfeste-cli \
#              --log-dir <build>/meson-logs
#
# Makes a small sample database with fotfeste-cli and picks a participant with no mentor
# yet who shares a language with a mentor; starts the app, finds the participant by
# searching, presses "Find a Mentor…", chooses the first mentor suggested with Return,
# and types Tab, "1,5", Tab, what was done and Return into the match's meeting log that
# opens; checks the database; quits with Ctrl+Q, starts again, finds the participant,
# opens the match titled with the mentor's name and sees the meeting, "1.5 hours" (the
# interface is in English).
# Prints TAP; the exit status is 0 only when every step passed.

import datetime
import os
import subprocess
import sys

sys.path.insert (0, os.path.dirname (os.path.abspath (__file__)))

from ffatspi import (App, Failure, children, click, click_in_sight, description_of, find, find_all,
                     find_application, main_of, main_window, name_of, press_keys, query,
                     run_steps, show_view, text_of, type_into, type_keys, wait_for, walk)

WHAT = "Kaffe og samtale om jobb"


def items (text):
    return {item.strip ().lower () for item in (text or "").replace (";", ",").split (",")
            if item.strip ()}


class Steps:
    def __init__ (self, args, pyatspi, env, workdir):
        self.args = args
        self.pyatspi = pyatspi
        self.env = env
        self.workdir = workdir
        self.database = os.path.join (workdir, "mentor.sqlite3")
        self.app = None
        self.number = 0

    def ok (self, description):
        self.number += 1
        print ("ok %d - %s" % (self.number, description), flush=True)

    def sample (self):
        subprocess.run ([self.args.cli, "--database", self.database, "sample",
                         "--participants", "40"],
                        env=self.env, check=True, capture_output=True)
        mentors = query (self.database,
                         "SELECT languages FROM mentor WHERE deleted_at IS NULL"
                         " AND archived_at IS NULL")
        spoken = set ()
        for (languages,) in mentors:
            spoken |= items (languages)
        # Someone without a match, with a family name no one else has, who speaks a
        # language a mentor speaks: Find a Mentor suggests someone.
        rows = query (self.database,
                      "SELECT p.id, p.given_name, p.family_name, p.languages"
                      " FROM participant p WHERE p.deleted_at IS NULL"
                      " AND p.id NOT IN (SELECT participant_id FROM mentor_match)"
                      " AND (SELECT count(*) FROM participant q"
                      "      WHERE q.family_name = p.family_name) = 1"
                      " ORDER BY p.id")
        for participant_id, given, family, languages in rows:
            if items (languages) & spoken:
                self.participant_id, self.given, self.family = participant_id, given, family
                break
        else:
            raise Failure ("the sample has no participant without a mentor who shares a"
                           " language with one")
        self.name = "%s %s" % (self.given, self.family)
        self.ok ("fotfeste-cli makes a sample database; %s is the participant" % self.name)

    def start (self, label):
        self.app = App (self.args.app, self.database, self.env, self.workdir, label)

        def window ():
            self.app.check_running ()
            self.app_node = find_application (self.pyatspi, self.app.process.pid)
            return main_window (self.app_node) if self.app_node is not None else None

        self.window = wait_for ("the window \"Fotfeste\" on the accessibility bus", window)
        self.ok ("%s: the window \"Fotfeste\" appears" % label)

    def quit (self, label):
        press_keys ("ctrl+q")
        status = self.app.wait_exit ()
        self.app.check_stderr ()
        self.app.kill ()
        if status != 0:
            raise Failure ("the %s run exited with status %d after Ctrl+Q" % (label, status))
        self.ok ("%s: Ctrl+Q quits with status 0" % label)

    def top_level (self, name):
        self.app.check_running ()
        for node in children (self.app_node):
            if name_of (node) == name:
                return node
        return None

    def open_participant (self):
        """Searches the family name and opens the one participant found."""
        entry = wait_for ("the search entry \"Search participants\"",
                          lambda: find (self.window, "Search participants"))
        type_into (entry, self.family, "the search entry")
        participants = wait_for ("the list \"Participants\"",
                                 lambda: find (self.window, "Participants", role="list"))

        def found ():
            if participants.childCount != 1:
                return False
            return any (name_of (n) == self.name or text_of (n) == self.name
                        for n in walk (participants.getChildAtIndex (0), limit=40))

        wait_for ("searching %r to find %s only" % (self.family, self.name), found)
        participants.querySelection ().selectChild (0)
        show_view (self.pyatspi, self.window, "Follow-up")
        self.mentors = wait_for ("the list \"Mentors\" on the page of %s" % self.name,
                                 lambda: find (self.window, "Mentors", role="list"))
        self.ok ("searching %r finds %s, whose page shows their mentors in its view"
                 " \"Follow-up\""
                 % (self.family, self.name))

    def find_mentor (self):
        button = wait_for ("the button \"Find a Mentor…\"",
                           lambda: find (self.window, "Find a Mentor…", role="push button"))
        click (button, "the button \"Find a Mentor…\"")
        dialog = wait_for ("the dialog \"Find a Mentor\"", lambda: self.top_level ("Find a Mentor"))
        suggested = wait_for ("the list \"Suggested mentors\"",
                              lambda: find (dialog, "Suggested mentors", role="list"))
        first = wait_for ("a mentor suggested", lambda: suggested.childCount > 0
                          and suggested.getChildAtIndex (0))
        self.mentor = name_of (first)
        if not self.mentor:
            raise Failure ("the first mentor suggested has no name")
        # The first mentor has the focus: Return chooses them.
        press_keys ("Return", window_name="^Find a Mentor$")

        def stored ():
            return query (self.database,
                          "SELECT t.id, t.status, t.start_date FROM mentor_match t"
                          " JOIN mentor m ON m.id = t.mentor_id"
                          " WHERE t.deleted_at IS NULL AND t.participant_id = %d"
                          " AND m.name = '%s'" % (self.participant_id,
                                                  self.mentor.replace ("'", "''")))

        rows = wait_for ("a match with %s to be stored" % self.mentor, stored, timeout=10)
        self.match_id, status, start = rows[0]
        if (status, start) != ("proposed", datetime.date.today ().isoformat ()):
            raise Failure ("the match is %r from %r, not proposed from today"
                           % (status, start))
        self.ok ("Find a Mentor suggests %s first, and Return proposes a match from today"
                 % self.mentor)

    def log_meeting (self):
        # The new match opens on its meeting log, the focus in its date (today when
        # empty).
        wait_for ("the field \"Meeting date (DD.MM.YYYY)\" of the new match",
                  lambda: find (self.mentors, "Meeting date (DD.MM.YYYY)"))
        press_keys ("Tab")
        type_keys ("1,5", window_name="^Fotfeste$")
        press_keys ("Tab")
        type_keys (WHAT, window_name="^Fotfeste$")
        press_keys ("Return")

        def stored ():
            return query (self.database,
                          "SELECT date, hundredths, what FROM mentor_meeting"
                          " WHERE deleted_at IS NULL AND match_id = %d" % self.match_id)

        rows = wait_for ("the meeting to be stored", stored, timeout=10)
        expected = [(datetime.date.today ().isoformat (), 150, WHAT)]
        if rows != expected:
            raise Failure ("the match's log holds %r, not %r" % (rows, expected))
        wait_for ("the meeting %r in the log" % WHAT, lambda: find (self.mentors, WHAT))
        self.ok ("Tab, 1,5, Tab, %r and Return log a meeting of 1.5 hours today" % WHAT)

    def match_and_meeting_shown (self):
        row = wait_for ("the match titled %r" % self.mentor,
                        lambda: find (self.mentors, self.mentor))
        # Opened as a person opens it: its meetings are shown then.
        click_in_sight (self.pyatspi, self.window, row, "the match with %s" % self.mentor)
        today = datetime.date.today ().strftime ("%d.%m.%Y")
        # Typed "1,5"; the interface, in English here, writes 1.5.
        expected = "1.5 hours · %s" % today

        def meeting ():
            # The meeting's row is named after what was done, its line under it read
            # as its description.
            return [description_of (n) for n in find_all (self.mentors, WHAT)
                    if description_of (n)]

        shown = wait_for ("the meeting %r in the match's log" % WHAT, meeting)
        if expected not in shown:
            raise Failure ("the meeting %r reads %r, not %r" % (WHAT, shown, expected))
        self.ok ("after a new start, the match with %s holds the meeting %r, %r"
                 % (self.mentor, WHAT, expected))


def run (args, pyatspi, env, workdir):
    steps = Steps (args, pyatspi, env, workdir)

    def body ():
        steps.sample ()
        steps.start ("first run")
        steps.open_participant ()
        steps.find_mentor ()
        steps.log_meeting ()
        steps.app.check_stderr ()
        steps.quit ("first run")

        steps.start ("second run")
        steps.open_participant ()
        steps.match_and_meeting_shown ()
        steps.app.check_stderr ()
        steps.quit ("second run")

    return run_steps (steps, args.log_dir, "test-mentor", body)


def main ():
    return main_of ("fotfeste-mentor", run)


if __name__ == "__main__":
    sys.exit (main ())
