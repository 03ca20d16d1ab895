#!/usr/bin/python3
# test-business-plan.py — a small business plan written as a person writes it: a new plan
# from the participant's page (its view "Work"), one revenue line and two cost lines typed on the keyboard
# in its budget, the totals and the break-even month read off the screen, and the same
# figures found in the PDF it exports
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run under: xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
#              test-business-plan.py --app <build>/src/fotfeste \
#              --cli <build>/src/cli/fotfeste-cli --log-dir <build>/meson-logs
#
# The budget, worked out by hand:
#
#   Dumplings (revenue)   10 000 in months 1–3, 20 000 in months 4–12   210 000
#   Rent (cost)            5 000 every month                             60 000
#   Ingredients (cost)     8 000 every month, typed "8 000"              96 000
#   result                −3 000 in months 1–3, 7 000 in months 4–12    54 000
#   accumulated           −3 000, −6 000, −9 000, −2 000, 5 000 …
#
# With no financing and no start-up costs the accumulated result is first above zero in
# month 5. Prints TAP; the exit status is 0 only when every step passed.

import os
import subprocess
import sys
import time

sys.path.insert (0, os.path.dirname (os.path.abspath (__file__)))

from ffatspi import (App, Failure, children, click, find, find_application, main_of,
                     main_window, name_of, press_keys, query, role_of, run_steps, show_view,
                     text_of, type_into, type_keys, wait_for, walk, xdotool)

TITLE = "Varenyky fra Poltava"
LINES = [
    ("Add Revenue Line", "Dumplings", ["10000"] * 3 + ["20000"] * 9),
    ("Add Cost Line", "Rent", ["5000"] * 12),
    ("Add Cost Line", "Ingredients", ["8 000"] * 12),
]
EXPECTED = {
    "Revenue": 210000,
    "Costs": 156000,
    "Result": 54000,
}
BREAK_EVEN = "Month 5"


def digits (text):
    """The whole kroner of an amount as shown, "NOK 210,000" → 210000; None if none."""
    kept = "".join (c for c in text.split (".")[0] if c.isdigit ())
    return int (kept) if kept else None


class Steps:
    def __init__ (self, args, pyatspi, env, workdir):
        self.args = args
        self.pyatspi = pyatspi
        self.env = env
        self.workdir = workdir
        self.database = os.path.join (workdir, "plans.sqlite3")
        self.app = None
        self.number = 0

    def ok (self, description):
        self.number += 1
        print ("ok %d - %s" % (self.number, description), flush=True)

    def sample (self):
        subprocess.run ([self.args.cli, "--database", self.database, "sample",
                         "--participants", "12"],
                        env=self.env, check=True, capture_output=True)
        # Someone whose family name no one else has, so that searching it finds one.
        rows = query (self.database,
                      "SELECT min(id), min(given_name), family_name FROM participant"
                      " WHERE deleted_at IS NULL GROUP BY family_name"
                      " HAVING count(*) = 1 ORDER BY min(id) LIMIT 1")
        self.participant_id, self.given, self.family = rows[0]
        self.name = "%s %s" % (self.given, self.family)
        self.plans_before = query (self.database,
                                   "SELECT count(*) FROM business_plan"
                                   " WHERE participant_id = %d" % self.participant_id)[0][0]
        self.ok ("fotfeste-cli makes a sample database; %s is the participant" % self.name)

    def start (self):
        self.app = App (self.args.app, self.database, self.env, self.workdir, "run")

        def window ():
            self.app.check_running ()
            self.app_node = find_application (self.pyatspi, self.app.process.pid)
            return main_window (self.app_node) if self.app_node is not None else None

        self.window = wait_for ("the window \"Fotfeste\" on the accessibility bus", window)
        self.ok ("the window \"Fotfeste\" appears")

    def top_level (self, name):
        self.app.check_running ()
        for node in children (self.app_node):
            if name_of (node) == name:
                return node
        return None

    def click_button (self, root, name, what=None):
        what = what or "the button \"%s\"" % name
        button = wait_for (what, lambda: find (root, name, role="push button"))
        click (button, what)

    def open_participant (self):
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
        wait_for ("the group \"Business Plans\" on the page of %s" % self.name,
                  lambda: find (self.window, "New Business Plan…", role="push button"))
        self.ok ("searching %r opens the page of %s, with its business plans in the view"
                 " \"Work\""
                 % (self.family, self.name))

    def new_plan (self):
        self.click_button (self.window, "New Business Plan…")
        dialog = wait_for ("the dialog \"New Business Plan\"",
                           lambda: self.top_level ("New Business Plan"))
        row = wait_for ("the row \"Title\" of the dialog", lambda: find (dialog, "Title"))
        type_into (row, TITLE, "the row \"Title\"")
        self.click_button (dialog, "Create")
        self.title = "%s — %s" % (TITLE, self.name)
        self.plan = wait_for ("the window \"%s\"" % self.title,
                              lambda: self.top_level (self.title))
        rows = query (self.database,
                      "SELECT id, status FROM business_plan WHERE participant_id = %d"
                      " AND title = '%s' AND deleted_at IS NULL"
                      % (self.participant_id, TITLE))
        if len (rows) != 1 or rows[0][1] != "draft":
            raise Failure ("the database holds %r for the new plan, not one draft" % rows)
        self.plan_id = rows[0][0]
        self.ok ("\"New Business Plan…\" with a title makes a draft and opens \"%s\""
                 % self.title)

    def write_budget (self):
        window_name = "^%s$" % self.title
        # The page switcher in the header bar, the wide one of its two: the narrow one
        # and the switcher bar at the bottom are for narrow windows.
        def budget_tab ():
            for node in walk (self.plan, limit=400):
                if role_of (node) == "page tab" and name_of (node) == "Budget" and \
                        node.getState ().contains (self.pyatspi.STATE_HORIZONTAL):
                    return node
            return None

        tab = wait_for ("the page \"Budget\" in the header bar", budget_tab)
        extents = tab.queryComponent ().getExtents (self.pyatspi.WINDOW_COORDS)
        wid = xdotool ("search", "--onlyvisible", "--name", window_name).stdout.split ()[0]
        xdotool ("windowfocus", "--sync", wid)
        xdotool ("mousemove", "--window", wid, str (extents.x + extents.width // 2),
                 str (extents.y + extents.height // 2), "click", "1")
        wait_for ("the budget's button \"Add Revenue Line\"",
                  lambda: find (self.plan, "Add Revenue Line", role="push button"))
        time.sleep (0.5)

        for n, (button, title, months) in enumerate (LINES, start=1):
            self.click_button (self.plan, button)
            # The new line's title has the focus: type it, then Tab through the months.
            wait_for ("line %d to be stored" % n,
                      lambda: query (self.database,
                                     "SELECT count(*) FROM business_plan_budget"
                                     " WHERE plan_id = %d AND deleted_at IS NULL"
                                     % self.plan_id)[0][0] == n)
            time.sleep (0.3)
            type_keys (title, window_name=window_name)
            for amount in months:
                press_keys ("Tab", window_name=window_name)
                type_keys (amount, window_name=window_name)
            press_keys ("Tab", window_name=window_name)

        def stored ():
            return query (self.database,
                          "SELECT side, title, m1 + m2 + m3 + m4 + m5 + m6 + m7 + m8 + m9"
                          " + m10 + m11 + m12 FROM business_plan_budget"
                          " WHERE plan_id = %d AND deleted_at IS NULL"
                          " ORDER BY side DESC, position" % self.plan_id)

        expected = [("revenue", "Dumplings", 21000000), ("cost", "Rent", 6000000),
                    ("cost", "Ingredients", 9600000)]
        wait_for ("the three lines to be stored with their twelve months, in øre",
                  lambda: stored () == expected, timeout=10)
        self.ok ("one revenue and two cost lines typed by keyboard are stored: %r" % expected)

    def read_figures (self):
        summary = wait_for ("the list \"The budget in twelve months\"",
                            lambda: find (self.plan, "The budget in twelve months",
                                          role="list"))

        def shown (title):
            row = find (summary, title)
            if row is None:
                return None
            for node in walk (row, limit=40):
                if role_of (node) == "label" and node is not row:
                    text = text_of (node) or name_of (node)
                    if text and text != title and any (c.isdigit () for c in text):
                        return text
            return None

        self.shown = {}
        for title, kroner in EXPECTED.items ():
            text = wait_for ("\"%s\" to show %d kroner" % (title, kroner),
                             lambda: (lambda t: t if t and digits (t) == kroner else None)
                             (shown (title)), timeout=10)
            self.shown[title] = text
        break_even = wait_for ("\"Break-even month\" to read %r" % BREAK_EVEN,
                               lambda: BREAK_EVEN if any (
                                   text_of (n) == BREAK_EVEN or name_of (n) == BREAK_EVEN
                                   for n in walk (find (summary, "Break-even month"),
                                                  limit=40)) else None, timeout=10)
        self.ok ("the screen shows %s, and the break-even month %r"
                 % (", ".join ("%s %r" % item for item in self.shown.items ()), break_even))

    def export (self):
        path = os.path.join (self.workdir, "exports", "varenyky.pdf")
        os.makedirs (os.path.dirname (path), exist_ok=True)
        press_keys ("ctrl+shift+e", window_name="^%s$" % self.title)
        chooser_title = "Export Business Plan as PDF"
        wait_for ("the file chooser \"%s\"" % chooser_title,
                  lambda: self.top_level (chooser_title))
        chooser_name = "^%s$" % chooser_title
        wait_for ("the file chooser on the display",
                  lambda: xdotool ("search", "--onlyvisible", "--name",
                                   chooser_name).stdout.strip ())
        time.sleep (0.5)
        press_keys ("ctrl+a", window_name=chooser_name)
        type_keys (path, window_name=chooser_name)
        time.sleep (0.3)
        press_keys ("Return", window_name=chooser_name)
        wait_for ("the file chooser to close",
                  lambda: self.top_level (chooser_title) is None)
        wait_for ("the PDF %s" % path, lambda: os.path.exists (path) and
                  os.path.getsize (path) > 0)
        time.sleep (0.5)
        text = subprocess.run (["pdftotext", "-layout", path, "-"],
                               capture_output=True, text=True, check=True).stdout
        words = set (text.split ())
        wanted = [TITLE, self.name, BREAK_EVEN, "Dumplings", "Rent", "Ingredients"]
        wanted += list (self.shown.values ())
        missing = [w for w in wanted if not set (w.split ()) <= words]
        if missing:
            raise Failure ("the exported PDF lacks %r; its text:\n%s" % (missing, text))
        self.ok ("\"Export as PDF\" (Ctrl+Shift+E) writes a PDF with the same figures: %s"
                 % ", ".join (repr (w) for w in wanted))


def run (args, pyatspi, env, workdir):
    steps = Steps (args, pyatspi, env, workdir)

    def body ():
        steps.sample ()
        steps.start ()
        steps.open_participant ()
        steps.new_plan ()
        steps.write_budget ()
        steps.read_figures ()
        steps.export ()
        steps.app.check_stderr ()

    return run_steps (steps, args.log_dir, "test-business-plan", body)


def main ():
    return main_of ("fotfeste-business-plan", run)


if __name__ == "__main__":
    sys.exit (main ())
