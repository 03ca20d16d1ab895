#!/usr/bin/python3
# test-attendance.py — attendance taken as a teacher takes it: a course opened from the
# Courses section, one session marked by keyboard in its grid, and the marks and the
# rate there again after the application is started anew
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run under: xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- test-attendance.py \
#              --app <build>/src/fotfeste --cli <build>/src/cli/fotfeste-cli \
#              --log-dir <build>/meson-logs
#
# Makes a sample database of 30 participants with fotfeste-cli, starts the app on it, opens the course with
# the most participants from the Courses section, opens its attendance grid with "Take
# Attendance", goes to its last session with End and marks the first three participants
# in it by keyboard: each cell cleared first with Delete, then 5 (unexcused), 2 and 15
# minutes (late), 4 and 3 (excused: sick child), the database checked after each key.
# Quits with Ctrl+Q, starts again, opens the grid again, and reads the three marks from
# the cells and the first participant's rate, which must be the one the marks in the
# database give. Prints TAP; the exit status is 0 only when every step passed.

import argparse
import datetime
import os
import re
import shutil
import signal
import subprocess
import sys

sys.path.insert (0, os.path.dirname (os.path.abspath (__file__)))

from ffatspi import (Failure, App, begin, children, click_in_sight, find, find_application,
                     main_window, name_of, press_keys, query, role_of, screenshot,
                     type_into, type_keys, wait_for, walk)

# What each participant is marked in the last session, and how the cell then reads.
MARKS = (
    (["5"], ("unexcused", None, ""), "Unexcused"),
    (["2", "ctrl+a", "15", "Return"], ("late", 15, ""), "Late, 15 minutes"),
    (["4", "3"], ("excused", None, "sick-child"), "Excused: Sick child"),
)


def minutes_of (start, end):
    h1, m1 = (int (x) for x in start.split (":"))
    h2, m2 = (int (x) for x in end.split (":"))
    return (h2 * 60 + m2) - (h1 * 60 + m1)


class Steps:
    def __init__ (self, args, pyatspi, env, workdir):
        self.args = args
        self.pyatspi = pyatspi
        self.env = env
        self.workdir = workdir
        self.database = os.path.join (workdir, "attendance.sqlite3")
        self.app = None
        self.number = 0

    def ok (self, description):
        self.number += 1
        print ("ok %d - %s" % (self.number, description), flush=True)

    def sample (self):
        subprocess.run ([self.args.cli, "--database", self.database, "sample",
                         "--participants", "30"],
                        env=self.env, check=True, capture_output=True)
        rows = query (self.database,
                      "SELECT c.id, c.title FROM course c"
                      " WHERE c.deleted_at IS NULL AND c.archived_at IS NULL"
                      " AND EXISTS (SELECT 1 FROM session s WHERE s.course_id = c.id"
                      "             AND s.deleted_at IS NULL AND s.cancelled = 0)"
                      " ORDER BY (SELECT count(*) FROM course_participant cp"
                      "           WHERE cp.course_id = c.id AND cp.deleted_at IS NULL) DESC,"
                      " c.id LIMIT 1")
        self.course_id, self.title = rows[0]
        self.session_id, self.session_date, self.session_start, self.session_end = query (
            self.database,
            "SELECT id, date, start_time, end_time FROM session WHERE course_id = %d"
            " AND deleted_at IS NULL ORDER BY date DESC, start_time DESC, id DESC LIMIT 1"
            % self.course_id)[0]
        cancelled = query (self.database, "SELECT cancelled FROM session WHERE id = %d"
                           % self.session_id)[0][0]
        if cancelled:
            raise Failure ("the last session of %r is cancelled: choose another course"
                           % self.title)
        # The participants in the grid's order: by sort name.
        self.participants = query (
            self.database,
            "SELECT p.id, p.given_name FROM course_participant cp JOIN participant p"
            " ON p.id = cp.participant_id WHERE cp.course_id = %d AND cp.deleted_at IS NULL"
            " AND p.deleted_at IS NULL ORDER BY p.sort_name, p.id" % self.course_id)
        if len (self.participants) < len (MARKS):
            raise Failure ("%r has %d participants, fewer than %d"
                           % (self.title, len (self.participants), len (MARKS)))
        self.ok ("fotfeste-cli makes a sample database; %r has %d participants"
                 % (self.title, len (self.participants)))

    def start (self, label):
        self.app = App (self.args.app, self.database, self.env, self.workdir, label)

        def window ():
            self.app.check_running ()
            self.app_node = find_application (self.pyatspi, self.app.process.pid)
            return main_window (self.app_node) if self.app_node is not None else None

        self.window = wait_for ("the window \"Fotfeste\" on the accessibility bus", window)
        self.ok ("%s: the window \"Fotfeste\" appears" % label)

    def quit (self, label):
        press_keys ("ctrl+q", window_name=self.grid_window_name)
        status = self.app.wait_exit ()
        self.app.check_stderr ()
        self.app.kill ()
        if status != 0:
            raise Failure ("the %s run exited with status %d after Ctrl+Q" % (label, status))
        self.ok ("%s: Ctrl+Q in the attendance window quits with status 0" % label)

    def open_course (self):
        sidebar = wait_for ("the sidebar list \"Sections\"",
                            lambda: find (self.window, "Sections", role="list"))
        row = wait_for ("the section \"Courses\"",
                        lambda: next ((r for r in children (sidebar)
                                       if any (name_of (n) == "Courses"
                                               for n in walk (r, limit=20))), None))
        click_in_sight (self.pyatspi, self.window, row, "the section \"Courses\"")
        entry = wait_for ("the search entry \"Search courses\"",
                          lambda: find (self.window, "Search courses"))
        type_into (entry, self.title, "the search entry")
        courses = wait_for ("the list \"Courses\"",
                            lambda: find (self.window, "Courses", role="list"))
        wait_for ("searching to find %r only" % self.title,
                  lambda: courses.childCount == 1)
        courses.querySelection ().selectChild (0)
        take = wait_for ("the row \"Take Attendance\" on the page of %r" % self.title,
                         lambda: find (self.window, "Take Attendance"))
        screenshot (self.args.log_dir, "course-page", prefix="test-attendance")
        click_in_sight (self.pyatspi, self.window, take, "the row \"Take Attendance\"")
        self.grid_window_name = "^%s$" % re.escape ("Attendance: %s" % self.title)
        self.grid_window = wait_for ("the window \"Attendance: %s\"" % self.title,
                                     lambda: next ((n for n in children (self.app_node)
                                                    if name_of (n) == "Attendance: %s"
                                                    % self.title), None))
        self.ok ("\"Take Attendance\" on the page of %r opens its attendance grid"
                 % self.title)

    def stored (self, participant_id):
        rows = query (self.database,
                      "SELECT kind, minutes, excuse FROM attendance_mark"
                      " WHERE session_id = %d AND participant_id = %d AND deleted_at IS NULL"
                      % (self.session_id, participant_id))
        if not rows:
            return ("", None, "")
        kind, minutes, excuse = rows[0]
        return (kind or "", minutes if kind in ("late", "left-early") else None,
                excuse or "" if kind == "excused" else "")

    def cell (self, participant_row, text):
        """The cell of the participant in @participant_row in the last session, when its
        name says @text: "Amina Nur, Wed 22 Oct 2025, 10:00–12:00, Late, 15 minutes"."""
        day = datetime.date.fromisoformat (self.session_date)
        session = "%s %d %s %d, %s–%s" % (day.strftime ("%a"), day.day, day.strftime ("%b"),
                                          day.year, self.session_start, self.session_end)
        given = self.participants[participant_row][1]
        for node in walk (self.grid_window, limit=4000):
            name = name_of (node)
            if role_of (node) == "table cell" and name.startswith (given) \
                    and name.endswith (", %s, %s" % (session, text)):
                return node
        return None

    def mark_by_keyboard (self):
        press_keys ("End", window_name=self.grid_window_name)
        for index, (keys, expected, shown) in enumerate (MARKS):
            participant_id = self.participants[index][0]
            press_keys ("Delete", window_name=self.grid_window_name)
            wait_for ("the mark of participant %d cleared by Delete" % participant_id,
                      lambda: self.stored (participant_id)[0] == "", timeout=5)
            for key in keys:
                if key.isdigit () and len (key) > 1:
                    type_keys (key, window_name=self.grid_window_name)
                else:
                    press_keys (key, window_name=self.grid_window_name)
            wait_for ("participant %d to be stored as %r" % (participant_id, expected),
                      lambda: self.stored (participant_id) == expected, timeout=5)
            self.ok ("%s on the cell of participant %d saves %r at once"
                     % (" ".join (["Delete"] + keys), participant_id, expected))
            press_keys ("Down", window_name=self.grid_window_name)
        screenshot (self.args.log_dir, "grid", prefix="test-attendance")

    def expected_rate (self, participant_id):
        rows = query (self.database,
                      "SELECT m.kind, m.minutes, s.start_time, s.end_time"
                      " FROM attendance_mark m JOIN session s ON s.id = m.session_id"
                      " WHERE m.participant_id = %d AND s.course_id = %d"
                      " AND m.deleted_at IS NULL AND s.deleted_at IS NULL"
                      " AND s.cancelled = 0 AND m.kind != ''"
                      % (participant_id, self.course_id))
        planned = attended = 0
        for kind, minutes, start, end in rows:
            length = minutes_of (start, end)
            planned += length
            if kind == "present":
                attended += length
            elif kind in ("late", "left-early"):
                attended += length - (minutes or 0)
        per_mille = attended * 1000 // planned
        text = "%d.%d%%" % (per_mille // 10, per_mille % 10) if per_mille % 10 \
            else "%d%%" % (per_mille // 10)
        return text

    def marks_shown (self):
        press_keys ("End", window_name=self.grid_window_name)
        for index, (keys, expected, shown) in enumerate (MARKS):
            participant_id = self.participants[index][0]
            if self.stored (participant_id) != expected:
                raise Failure ("participant %d is stored as %r after a new start, not %r"
                               % (participant_id, self.stored (participant_id), expected))
            cell = wait_for ("a cell of the last session that reads %r" % shown,
                             lambda: self.cell (index, shown), timeout=10)
            self.ok ("after a new start the cell %r is there" % name_of (cell))

        rate = self.expected_rate (self.participants[0][0])

        def rate_shown ():
            for node in walk (self.grid_window, limit=4000):
                if name_of (node).endswith (" · " + rate):
                    return name_of (node)
            return None

        shown = wait_for ("the first participant's rate %s in the grid" % rate, rate_shown,
                          timeout=10)
        self.ok ("the grid shows %r, the rate the stored marks give" % shown)


def run (args, pyatspi, env, workdir):
    steps = Steps (args, pyatspi, env, workdir)
    try:
        steps.sample ()
        steps.start ("first run")
        steps.open_course ()
        steps.mark_by_keyboard ()
        steps.app.check_stderr ()
        steps.quit ("first run")

        steps.start ("second run")
        steps.open_course ()
        steps.marks_shown ()
        steps.app.check_stderr ()
        steps.quit ("second run")
        print ("1..%d" % steps.number)
    except Failure as failure:
        shot = screenshot (args.log_dir, "failure", prefix="test-attendance")
        print ("not ok %d - %s" % (steps.number + 1, str (failure).splitlines ()[0]),
               flush=True)
        for line in str (failure).splitlines ()[1:]:
            print ("# " + line)
        if shot:
            print ("# screenshot: %s" % shot)
        if steps.app is not None:
            print ("# stderr of the app:")
            for line in steps.app.stderr_text ().splitlines ()[-40:]:
                print ("#   " + line)
        print ("1..%d" % (steps.number + 1))
        return False
    finally:
        if steps.app is not None:
            steps.app.kill ()
    return True


def on_alarm (signum, frame):
    raise Failure ("the whole test took more than 170 s")


def main ():
    parser = argparse.ArgumentParser ()
    parser.add_argument ("--app", required=True, help="the fotfeste binary")
    parser.add_argument ("--cli", required=True, help="the fotfeste-cli binary")
    parser.add_argument ("--log-dir", help="where screenshots go")
    args = parser.parse_args ()

    session = begin ("fotfeste-attendance-")
    if isinstance (session, int):
        return session
    pyatspi, launcher, workdir, env = session

    signal.signal (signal.SIGALRM, on_alarm)
    signal.alarm (170)
    try:
        passed = run (args, pyatspi, env, workdir)
    finally:
        signal.alarm (0)
        if launcher is not None:
            launcher.terminate ()
        shutil.rmtree (workdir, ignore_errors=True)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit (main ())
