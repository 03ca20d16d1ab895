#!/usr/bin/python3
# test-follow-up.py — a participant followed up as a person does it: placed at an
# employer, a follow-up conversation recorded with an action, the enrolment ended with
# its outcome; after a new start, each is on the participant's timeline
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run under: xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- test-follow-up.py \
#              --app <build>/src/fotfeste --cli <build>/src/cli/fotfeste-cli \
#              --log-dir <build>/meson-logs
#
# Makes a small sample database with fotfeste-cli and starts the app on it; finds, by
# searching, a participant in one programme, active; in the page's view "Work", types an
# employer of the register, a start and an end date into the placements' quick-add
# fields and presses Return; in the view "Follow-up", types a conversation's summary and
# Return, opens it and types an action, who does it and its due date, and Return; in the
# view "Overview", changes the enrolment's status to "Dropped out" by keyboard and saves
# the outcome it asks for with a note. Each is checked in the database. Quits with
# Ctrl+Q, starts again, finds the participant again and sees the placement, the
# conversation, the action, the status change and the outcome on the timeline, which
# the page opens on. Prints TAP; the exit status is 0 only when every step passed.

import datetime
import os
import subprocess
import sys
import time

sys.path.insert (0, os.path.dirname (os.path.abspath (__file__)))

from ffatspi import (App, Failure, click, click_in_sight, find, find_application,
                     find_editable, main_of, main_window, name_of, press_keys, query,
                     run_steps, show_view, text_of, type_keys, wait_for, walk, xdotool)

SUMMARY = "Gjennomgang av praksisplassen"
ACTION = "Sende timeliste til NAV"
WHO = "Veileder"
NOTE = "Flyttet til Bergen"


def typed (date):
    return date.strftime ("%d.%m.%Y")


class Steps:
    def __init__ (self, args, pyatspi, env, workdir):
        self.args = args
        self.pyatspi = pyatspi
        self.env = env
        self.workdir = workdir
        self.database = os.path.join (workdir, "follow-up.sqlite3")
        self.app = None
        self.number = 0
        self.today = datetime.date.today ()

    def ok (self, description):
        self.number += 1
        print ("ok %d - %s" % (self.number, description), flush=True)

    def sample (self):
        subprocess.run ([self.args.cli, "--database", self.database, "sample",
                         "--participants", "12"],
                        env=self.env, check=True, capture_output=True)
        # Someone in one programme, active in it, whose family name is theirs alone.
        rows = query (self.database,
                      "SELECT p.id, p.given_name, p.family_name, e.id FROM participant p"
                      " JOIN enrolment e ON e.participant_id = p.id"
                      " WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL"
                      " AND e.status = 'active' AND e.status_date <= date ('now', 'localtime')"
                      " AND (SELECT count(*) FROM enrolment o WHERE o.participant_id = p.id"
                      "      AND o.deleted_at IS NULL) = 1"
                      " AND (SELECT count(*) FROM participant q WHERE q.deleted_at IS NULL"
                      "      AND q.family_name = p.family_name) = 1"
                      " ORDER BY p.id LIMIT 1")
        if not rows:
            raise Failure ("the sample has no participant active in one programme")
        self.participant_id, self.given, self.family, self.enrolment_id = rows[0]
        self.name = "%s %s" % (self.given, self.family)
        self.employer = query (self.database,
                               "SELECT name FROM employer WHERE deleted_at IS NULL"
                               " AND archived_at IS NULL ORDER BY id LIMIT 1")[0][0]
        self.ok ("fotfeste-cli makes a sample database; %s is the participant, %s the employer"
                 % (self.name, self.employer))

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
        entry = wait_for ("the search entry \"Search participants\"",
                          lambda: find (self.window, "Search participants"))
        editable = find_editable (entry)
        editable.queryEditableText ().setTextContents (self.family)
        participants = wait_for ("the list \"Participants\"",
                                 lambda: find (self.window, "Participants", role="list"))

        def found ():
            if participants.childCount != 1:
                return False
            return any (name_of (n) == self.name or text_of (n) == self.name
                        for n in walk (participants.getChildAtIndex (0), limit=40))

        wait_for ("searching %r to find %s only" % (self.family, self.name), found)
        participants.querySelection ().selectChild (0)
        wait_for ("the timeline on the page of %s" % self.name,
                  lambda: find (self.window, "Timeline", role="list"))
        self.ok ("searching %r opens the page of %s" % (self.family, self.name))

    def field (self, parent, name, what):
        row = wait_for ("the field %r of %s" % (name, what), lambda: find (parent, name))
        return wait_for ("the text of the field %r" % name, lambda: find_editable (row))

    def type_in (self, parent, name, text, what):
        editable = self.field (parent, name, what)
        click_in_sight (self.pyatspi, self.window, editable, "the field %r" % name)
        type_keys (text, window_name="^Fotfeste$")
        wait_for ("the field %r to show %r" % (name, text),
                  lambda: text_of (editable) == text, timeout=5)
        return editable

    def place (self):
        show_view (self.pyatspi, self.window, "Work")
        quick = wait_for ("the list \"New placement\"",
                          lambda: find (self.window, "New placement", role="list"))
        start = self.today - datetime.timedelta (days=7)
        end = self.today + datetime.timedelta (days=80)
        self.type_in (quick, "Employer", self.employer, "a new placement")
        # The register's list under the field closes; the name typed is the employer's.
        press_keys ("Escape")
        self.type_in (quick, "From (DD.MM.YYYY)", typed (start), "a new placement")
        self.type_in (quick, "To (DD.MM.YYYY)", typed (end), "a new placement")
        press_keys ("Return")

        def stored ():
            return query (self.database,
                          "SELECT p.start_date, p.end_date, p.kind FROM placement p"
                          " JOIN employer e ON e.id = p.employer_id"
                          " WHERE p.deleted_at IS NULL AND p.participant_id = %d"
                          " AND e.name = '%s'" % (self.participant_id,
                                                  self.employer.replace ("'", "''")))

        rows = wait_for ("the placement at %r to be stored" % self.employer, stored, timeout=10)
        expected = (start.isoformat (), end.isoformat (), "work-practice")
        if expected not in rows:
            raise Failure ("the placements at %r are %r, not %r" % (self.employer, rows, expected))
        self.ok ("employer, start, end and Return place %s at %r" % (self.name, self.employer))

    def follow_up (self):
        show_view (self.pyatspi, self.window, "Follow-up")
        quick = wait_for ("the list \"New conversation\"",
                          lambda: find (self.window, "New conversation", role="list"))
        self.type_in (quick, "Summary", SUMMARY, "a new conversation")
        press_keys ("Return")

        def stored ():
            return query (self.database,
                          "SELECT id, date, kind FROM follow_up WHERE deleted_at IS NULL"
                          " AND participant_id = %d AND summary = '%s'"
                          % (self.participant_id, SUMMARY))

        rows = wait_for ("the conversation to be stored", stored, timeout=10)
        self.follow_up_id, date, kind = rows[0]
        if (date, kind) != (self.today.isoformat (), "weekly"):
            raise Failure ("the conversation is stored as %r on %r" % (kind, date))
        self.ok ("a summary and Return record today's weekly conversation")

        # The newest conversation, first in the list: opened, it shows the action's fields.
        conversations = wait_for ("the list \"Conversations\"",
                                  lambda: find (self.window, "Conversations", role="list"))
        first = wait_for ("the conversation in the list",
                          lambda: conversations.getChildAtIndex (0)
                          if conversations.childCount > 0 else None)
        click_in_sight (self.pyatspi, self.window, first, "the newest conversation")
        due = self.today + datetime.timedelta (days=5)
        self.type_in (self.window, "New action: what", ACTION, "the conversation")
        self.type_in (self.window, "Who does it", WHO, "the conversation")
        self.type_in (self.window, "Due (DD.MM.YYYY)", typed (due), "the conversation")
        press_keys ("Return")

        def action_stored ():
            return query (self.database,
                          "SELECT who, due_date, done FROM follow_up_action"
                          " WHERE deleted_at IS NULL AND follow_up_id = %d AND what = '%s'"
                          % (self.follow_up_id, ACTION))

        rows = wait_for ("the action to be stored", action_stored, timeout=10)
        if rows[0] != (WHO, due.isoformat (), 0) and rows[0] != (WHO, due.isoformat (), "0"):
            raise Failure ("the action is stored as %r" % (rows[0],))
        self.ok ("the conversation, opened, takes an action %r by %r, due %s"
                 % (ACTION, WHO, typed (due)))

    def end_enrolment (self):
        show_view (self.pyatspi, self.window, "Overview")
        button = wait_for ("the button \"Change Status…\"",
                           lambda: find (self.window, "Change Status…", role="push button"))
        click (button, "the button \"Change Status…\"")
        app_node = find_application (self.pyatspi, self.app.process.pid)
        dialog = wait_for ("the dialog \"Change Status\"",
                           lambda: find (app_node, "Change Status", role="frame"))
        time.sleep (0.5)
        # Return opens the status list at its first item, Referred; six down is Dropped
        # out.
        press_keys ("Return", window_name="^Change Status$")
        time.sleep (1.0)
        # Into the list that opened: focusing the dialog again would close it.
        for key in ["Down"] * 6 + ["Return"]:
            xdotool ("key", key)
            time.sleep (0.2)
        time.sleep (0.5)
        change = wait_for ("the button \"Change\"",
                           lambda: find (dialog, "Change", role="push button"))
        click (change, "the button \"Change\"")

        def status ():
            rows = query (self.database, "SELECT status FROM enrolment WHERE id = %d"
                          % self.enrolment_id)
            return rows[0][0] if rows[0][0] == "dropped-out" else None

        wait_for ("the enrolment to be dropped out", status, timeout=10)
        self.ok ("\"Change Status…\", Return, Down ×3, Return and \"Change\" end the enrolment")

        outcome = wait_for ("the dialog \"Outcome\" asked for the ended enrolment",
                            lambda: find (app_node, "Outcome", role="frame"))
        note = wait_for ("the field \"Note\"", lambda: find_editable (find (outcome, "Note")))
        note.queryEditableText ().setTextContents (NOTE)
        wait_for ("the field \"Note\" to show the note", lambda: text_of (note) == NOTE,
                  timeout=5)
        click (wait_for ("the button \"Save\"",
                         lambda: find (outcome, "Save", role="push button")),
               "the button \"Save\"")

        def stored ():
            return query (self.database,
                          "SELECT kind, date, note FROM outcome WHERE deleted_at IS NULL"
                          " AND enrolment_id = %d" % self.enrolment_id)

        rows = wait_for ("the outcome to be stored", stored, timeout=10)
        if rows[0] != ("withdrew", self.today.isoformat (), NOTE):
            raise Failure ("the outcome is stored as %r" % (rows[0],))
        self.ok ("the dialog \"Outcome\" it asks for saves \"Withdrew\" today with its note")

    def timeline_shows_each (self):
        timeline = wait_for ("the list \"Timeline\"",
                             lambda: find (self.window, "Timeline", role="list"))
        wanted = {
            "the placement": "Work practice",
            "the conversation": "Weekly conversation",
            "the action": ACTION,
            "the status change": "Dropped out",
            "the outcome": "Withdrew",
        }

        for what, title in wanted.items ():
            wait_for ("%s (%r) on the timeline" % (what, title),
                      lambda: find (timeline, title) is not None, timeout=10)
        self.ok ("after a new start, the timeline shows the placement, the conversation,"
                 " the action, the status change and the outcome")


def run (args, pyatspi, env, workdir):
    steps = Steps (args, pyatspi, env, workdir)

    def body ():
        steps.sample ()
        steps.start ("first run")
        steps.open_participant ()
        steps.place ()
        steps.follow_up ()
        steps.end_enrolment ()
        steps.app.check_stderr ()
        steps.quit ("first run")

        steps.start ("second run")
        steps.open_participant ()
        steps.timeline_shows_each ()
        steps.app.check_stderr ()
        steps.quit ("second run")

    return run_steps (steps, args.log_dir, "test-follow-up", body)


def main ():
    return main_of ("fotfeste-follow-up", run)


if __name__ == "__main__":
    sys.exit (main ())
