#!/usr/bin/python3
# test-job-log.py — a job-seeker log kept as a person keeps it: an entry added by keyboard
# on a participant's page, there again after the application is started anew, and
# counted in the week's progress
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run under: xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- test-job-log.py \
#              --app <build>/src/fotfeste --cli <build>/src/cli/fotfeste-cli \
#              --log-dir <build>/meson-logs
#
# Makes a small sample database with fotfeste-cli, starts the app on it, finds a
# participant who has a weekly target by searching, shows the page's view "Work", types
# an employer, Tab, a position,
# Tab, a deadline and Return into the log's quick-add fields, and checks the database
# and that the fields are empty again; quits with Ctrl+Q, starts again, finds the
# participant again, and sees the entry in the log and this week's count under
# "This week". Prints TAP; the exit status is 0 only when every step passed.

import datetime
import os
import re
import subprocess
import sys

sys.path.insert (0, os.path.dirname (os.path.abspath (__file__)))

from ffatspi import (App, Failure, click_in_sight, find, find_application, find_editable,
                     main_of, main_window, name_of, press_keys, query, run_steps, show_view,
                     text_of, type_into, type_keys, wait_for, walk)

EMPLOYER = "Fjordkraft Drammen"
POSITION = "Kundebehandler"


def this_week ():
    today = datetime.date.today ()
    monday = today - datetime.timedelta (days=today.weekday ())
    return monday.isoformat (), (monday + datetime.timedelta (days=6)).isoformat ()


class Steps:
    def __init__ (self, args, pyatspi, env, workdir):
        self.args = args
        self.pyatspi = pyatspi
        self.env = env
        self.workdir = workdir
        self.database = os.path.join (workdir, "log.sqlite3")
        self.app = None
        self.number = 0

    def ok (self, description):
        self.number += 1
        print ("ok %d - %s" % (self.number, description), flush=True)

    def sample (self):
        subprocess.run ([self.args.cli, "--database", self.database, "sample",
                         "--participants", "12"],
                        env=self.env, check=True, capture_output=True)
        # Someone with a weekly target that lasts, so that the week's progress reads
        # "N of M applications".
        rows = query (self.database,
                      "SELECT p.id, p.given_name, p.family_name FROM participant p"
                      " JOIN job_target t ON t.participant_id = p.id"
                      " WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL"
                      " AND t.until_date = '' ORDER BY p.id LIMIT 1")
        if not rows:
            rows = query (self.database,
                          "SELECT id, given_name, family_name FROM participant"
                          " WHERE deleted_at IS NULL ORDER BY id LIMIT 1")
        self.participant_id, self.given, self.family = rows[0]
        self.name = "%s %s" % (self.given, self.family)
        self.ok ("fotfeste-cli makes a sample database; %s is the participant" % self.name)

    def start (self, label):
        self.app = App (self.args.app, self.database, self.env, self.workdir, label)

        def window ():
            self.app.check_running ()
            app_node = find_application (self.pyatspi, self.app.process.pid)
            return main_window (app_node) if app_node is not None else None

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
        show_view (self.pyatspi, self.window, "Work")
        self.log = wait_for ("the job-seeker log's fields on the page of %s" % self.name,
                             lambda: find (self.window, "New entry", role="list"))
        self.ok ("searching %r finds %s, whose page shows the job-seeker log in its view"
                 " \"Work\""
                 % (self.family, self.name))

    def employer_field (self):
        row = wait_for ("the field \"Employer\" of the log",
                        lambda: find (self.log, "Employer"))
        return wait_for ("the text of the field \"Employer\"", lambda: find_editable (row))

    def add_by_keyboard (self):
        deadline = datetime.date.today () + datetime.timedelta (days=10)
        editable = self.employer_field ()
        click_in_sight (self.pyatspi, self.window, editable, "the field \"Employer\"")
        type_keys (EMPLOYER, window_name="^Fotfeste$")
        press_keys ("Tab")
        type_keys (POSITION, window_name="^Fotfeste$")
        press_keys ("Tab")
        type_keys (deadline.strftime ("%d.%m.%Y"), window_name="^Fotfeste$")
        press_keys ("Return")

        def stored ():
            return query (self.database,
                          "SELECT position, deadline, status, date FROM job_application"
                          " WHERE deleted_at IS NULL AND participant_id = %d"
                          " AND employer = '%s'" % (self.participant_id, EMPLOYER))

        rows = wait_for ("the entry %r to be stored" % EMPLOYER, stored, timeout=10)
        expected = (POSITION, deadline.isoformat (), "sent",
                    datetime.date.today ().isoformat ())
        if rows != [expected]:
            raise Failure ("the log holds %r for %r, not %r" % (rows, EMPLOYER, expected))
        self.ok ("employer, Tab, position, Tab, deadline and Return add %r, sent today"
                 % EMPLOYER)

        wait_for ("the field \"Employer\" to be empty again",
                  lambda: text_of (editable) == "", timeout=5)
        # What is typed next goes into the employer field.
        type_keys ("K", window_name="^Fotfeste$")
        wait_for ("the next key typed to go into the field \"Employer\"",
                  lambda: text_of (editable) == "K", timeout=5)
        press_keys ("BackSpace")
        wait_for ("the field \"Employer\" to be empty after BackSpace",
                  lambda: text_of (editable) == "", timeout=5)
        self.ok ("the fields are empty again and the focus is back on \"Employer\"")

    def log_shows_entry (self):
        wait_for ("the entry %r in the log" % EMPLOYER,
                  lambda: find (self.window, EMPLOYER))
        self.ok ("the log shows the entry %r after a new start" % EMPLOYER)

    def week_shows_progress (self):
        monday, sunday = this_week ()
        count = query (self.database,
                       "SELECT count(*) FROM job_application WHERE deleted_at IS NULL"
                       " AND participant_id = %d AND status != 'not-started'"
                       " AND date BETWEEN '%s' AND '%s'"
                       % (self.participant_id, monday, sunday))[0][0]
        pattern = re.compile (r"^%d (of \d+ )?applications?$" % count)
        row = find (self.window, "This week")
        if row is None:
            print ("# no \"This week\" row on the page: the week's progress is not checked",
                   flush=True)
            return

        def progress ():
            for node in walk (row, limit=60):
                for value in (name_of (node), text_of (node)):
                    if pattern.match (value):
                        return value
            return None

        shown = wait_for ("\"This week\" to read %d application(s)" % count, progress,
                          timeout=5)
        self.ok ("\"This week\" reads %r, the entry counted" % shown)


def run (args, pyatspi, env, workdir):
    steps = Steps (args, pyatspi, env, workdir)

    def body ():
        steps.sample ()
        steps.start ("first run")
        steps.open_participant ()
        steps.add_by_keyboard ()
        steps.app.check_stderr ()
        steps.quit ("first run")

        steps.start ("second run")
        steps.open_participant ()
        steps.log_shows_entry ()
        steps.week_shows_progress ()
        steps.app.check_stderr ()
        steps.quit ("second run")

    return run_steps (steps, args.log_dir, "test-job-log", body)


def main ():
    return main_of ("fotfeste-job-log", run)


if __name__ == "__main__":
    sys.exit (main ())
