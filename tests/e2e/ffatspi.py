# ffatspi.py — what the end-to-end tests share: the accessibility bus, the application
# run in the background, finding and driving its widgets, the X display, the database
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time

TIMEOUT = 20.0

STDERR_PATTERNS = (
    "Gtk-WARNING",
    "Gtk-CRITICAL",
    "GLib-CRITICAL",
    "GLib-GObject-CRITICAL",
    "Adwaita-WARNING",
    "-CRITICAL",
)


class Failure (Exception):
    pass


def a11y_bus_address ():
    """The accessibility bus of this session, started if need be."""
    command = ["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
               "--object-path", "/org/a11y/bus", "--method", "org.a11y.Bus.GetAddress"]
    launcher = None
    deadline = time.monotonic () + TIMEOUT
    while True:
        result = subprocess.run (command, capture_output=True, text=True)
        if result.returncode == 0:
            # The reply looks like ('unix:path=/tmp/…,guid=…',)
            reply = result.stdout.strip ()
            start = reply.find ("'")
            end = reply.rfind ("'")
            if 0 <= start < end:
                return reply[start + 1:end], launcher
        if launcher is None:
            for path in ("/usr/libexec/at-spi-bus-launcher",
                         "/usr/lib/at-spi2-core/at-spi-bus-launcher"):
                if os.path.exists (path):
                    launcher = subprocess.Popen ([path, "--launch-immediately"],
                                                 stdout=subprocess.DEVNULL,
                                                 stderr=subprocess.DEVNULL)
                    break
        if time.monotonic () > deadline:
            raise Failure ("the accessibility bus did not answer within %d s: %s"
                           % (TIMEOUT, result.stderr.strip ()))
        time.sleep (0.2)


def connect ():
    """Points this process at the session's accessibility bus and imports pyatspi.
    Returns (pyatspi, launcher), launcher being the bus launcher started here, if any.
    Both this process and the app must talk to this session's accessibility bus, not
    to a stale address another process may have left on the root window."""
    address, launcher = a11y_bus_address ()
    os.environ["AT_SPI_BUS_ADDRESS"] = address
    os.environ.pop ("NO_AT_BRIDGE", None)
    if os.environ.get ("GTK_A11Y") == "none":
        del os.environ["GTK_A11Y"]

    import dogtail.config
    dogtail.config.config.checkForA11y = False
    import pyatspi
    return pyatspi, launcher


def begin (prefix):
    """Starts a run: (pyatspi, launcher, workdir, env), the accessibility bus
    connected and a folder of its own, or the exit status to end with (77: skipped)
    when there is no X display or no accessibility bus."""
    if not os.environ.get ("DISPLAY"):
        print ("1..0 # SKIP no X display: run under xvfb-run")
        return 77
    try:
        pyatspi, launcher = connect ()
    except Failure as failure:
        print ("1..1\nnot ok 1 - %s" % failure)
        return 1
    workdir = tempfile.mkdtemp (prefix=prefix)
    return pyatspi, launcher, workdir, app_environment (workdir)


def app_environment (workdir):
    """The environment the application runs in: settings and data of its own stay in
    @workdir, out of the user's home."""
    env = dict (os.environ)
    for variable, folder in (("HOME", "home"), ("XDG_DATA_HOME", "data-home"),
                             ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        env[variable] = os.path.join (workdir, folder)
        os.makedirs (env[variable], exist_ok=True)
    env.setdefault ("GSETTINGS_BACKEND", "memory")
    env.setdefault ("GDK_BACKEND", "x11")
    env.setdefault ("GSK_RENDERER", "cairo")
    env.setdefault ("LANG", "C.UTF-8")
    return env


def wait_for (what, probe, timeout=TIMEOUT, interval=0.1):
    """Calls probe until it returns something true; fails with @what after @timeout."""
    deadline = time.monotonic () + timeout
    last_error = None
    while True:
        try:
            value = probe ()
            if value:
                return value
        except Failure:
            raise
        except Exception as e:  # a node can vanish between two calls: try again
            last_error = e
        if time.monotonic () > deadline:
            detail = " (last error: %r)" % last_error if last_error else ""
            raise Failure ("timed out after %d s waiting for %s%s" % (timeout, what, detail))
        time.sleep (interval)


class App:
    """One run of the application with its output captured in files."""

    def __init__ (self, binary, database, env, workdir, label):
        self.label = label
        file_label = label.replace (" ", "-").replace ("/", "-")
        self.stdout_path = os.path.join (workdir, file_label + ".stdout")
        self.stderr_path = os.path.join (workdir, file_label + ".stderr")
        self.stdout = open (self.stdout_path, "w")
        self.stderr = open (self.stderr_path, "w")
        self.process = subprocess.Popen ([binary, "--database", database],
                                         env=env, stdin=subprocess.DEVNULL,
                                         stdout=self.stdout, stderr=self.stderr)

    def stderr_text (self):
        self.stderr.flush ()
        with open (self.stderr_path, errors="replace") as f:
            return f.read ()

    def check_stderr (self):
        text = self.stderr_text ()
        bad = [line for line in text.splitlines ()
               if any (p in line for p in STDERR_PATTERNS)]
        if bad:
            raise Failure ("the %s run wrote warnings on stderr:\n  %s"
                           % (self.label, "\n  ".join (bad)))

    def check_running (self):
        code = self.process.poll ()
        if code is not None:
            raise Failure ("the application exited early with status %d; stderr:\n%s"
                           % (code, self.stderr_text ()))

    def wait_exit (self, timeout=TIMEOUT):
        try:
            return self.process.wait (timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failure ("the application did not exit within %d s after Ctrl+Q" % timeout)

    def kill (self):
        if self.process.poll () is None:
            self.process.send_signal (signal.SIGTERM)
            try:
                self.process.wait (timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill ()
                self.process.wait ()
        self.stdout.close ()
        self.stderr.close ()


# --- accessibility helpers -------------------------------------------------------------

def children (node):
    try:
        count = node.childCount
    except Exception:
        return []
    result = []
    for i in range (count):
        try:
            child = node.getChildAtIndex (i)
        except Exception:
            child = None
        if child is not None:
            result.append (child)
    return result


def walk (node, limit=20000):
    """Breadth-first over the subtree; bounded so a huge tree cannot hang the test."""
    queue = [node]
    seen = 0
    while queue and seen < limit:
        current = queue.pop (0)
        seen += 1
        yield current
        queue.extend (children (current))


def name_of (node):
    try:
        return node.name or ""
    except Exception:
        return ""


def role_of (node):
    try:
        return node.getRoleName ()
    except Exception:
        return ""


def description_of (node):
    try:
        return node.description or ""
    except Exception:
        return ""


def text_of (node):
    """The text a node shows: its Text interface (getText (0, -1) is broken here)."""
    try:
        text = node.queryText ()
        return text.getText (0, text.characterCount)
    except Exception:
        return ""


def label_of (node):
    """The name as a person reads it. GTK 4.8 names a button with a mnemonic label
    "_Add Add" or "C_reate Create" (the label with its underline, then its text), unless
    the application names it itself: read that as "Add" or "Create"."""
    name = name_of (node)
    words = name.split (" ")
    half = len (words) // 2
    first = " ".join (words[:half])
    if len (words) % 2 == 0 and half > 0 and "_" in first \
       and first.replace ("_", "") == " ".join (words[half:]):
        return " ".join (words[half:])
    return name


def find_all (root, name, role=None, prefix=False):
    found = []
    for node in walk (root):
        n = label_of (node)
        if (n.startswith (name) if prefix else n == name):
            if role is None or role_of (node) == role:
                found.append (node)
    return found


def find (root, name, role=None, prefix=False):
    found = find_all (root, name, role, prefix)
    return found[0] if found else None


def find_editable (node):
    """The node itself when it takes text, or the first descendant that does
    (an AdwEntryRow carries the name; its GtkText takes the text)."""
    for candidate in walk (node, limit=200):
        try:
            candidate.queryEditableText ()
            return candidate
        except NotImplementedError:
            continue
        except Exception:
            continue
    return None


def click (node, what):
    try:
        action = node.queryAction ()
    except NotImplementedError:
        raise Failure ("%s offers no action to accessibility" % what)
    for i in range (action.nActions):
        if action.getName (i) in ("click", "activate", "press"):
            action.doAction (i)
            return
    raise Failure ("%s has no click action (it has: %s)"
                   % (what, ", ".join (action.getName (i) for i in range (action.nActions))))


def type_into (node, value, what):
    editable = find_editable (node)
    if editable is None:
        raise Failure ("%s takes no text through accessibility" % what)
    editable.queryEditableText ().setTextContents (value)
    wait_for ("%s to show %r" % (what, value), lambda: text_of (editable) == value, timeout=5)
    return editable


def find_application (pyatspi, pid):
    desktop = pyatspi.Registry.getDesktop (0)
    for app in children (desktop):
        try:
            if app.get_process_id () == pid:
                return app
        except Exception:
            continue
    return None


def shown_names (window, candidates):
    """Which of @candidates some node of @window shows, by name or by text."""
    found = set ()
    for node in walk (window):
        for value in (name_of (node), text_of (node)):
            if value in candidates:
                found.add (value)
    return found


def main_window (app_node, title="Fotfeste"):
    return find (app_node, title, role="frame")


# --- the X display ---------------------------------------------------------------------

def xdotool (*args):
    return subprocess.run (["xdotool"] + list (args), capture_output=True, text=True)


def press_keys (keys, window_name="^Fotfeste$"):
    """Sends keys to the main window: focus it first, since there is no window manager."""
    found = xdotool ("search", "--onlyvisible", "--name", window_name)
    ids = found.stdout.split ()
    if not ids:
        raise Failure ("xdotool finds no visible window named %s" % window_name)
    xdotool ("windowfocus", "--sync", ids[0])
    xdotool ("mousemove", "--window", ids[0], "40", "40")
    result = xdotool ("key", "--clearmodifiers", keys)
    if result.returncode != 0:
        raise Failure ("xdotool key %s failed: %s" % (keys, result.stderr.strip ()))


def click_in_sight (pyatspi, window, node, what, window_name="^Fotfeste$"):
    """Scrolls @window with the mouse wheel until @node is in sight, and clicks it, as a
    person would: in its middle, or near its top when it is taller than the window."""
    wid = xdotool ("search", "--onlyvisible", "--name", window_name).stdout.split ()[0]
    xdotool ("windowfocus", "--sync", wid)
    extents_of_window = window.queryComponent ().getExtents (pyatspi.WINDOW_COORDS)
    tall = extents_of_window.height // 2
    for _ in range (200):
        extents = node.queryComponent ().getExtents (pyatspi.WINDOW_COORDS)
        if extents.y > 60 and \
                extents.y + min (extents.height, tall) < extents_of_window.height - 20:
            break
        button = "5" if extents.y > 60 else "4"
        # Far off, several turns of the wheel at once (one moves some 70 pixels); near,
        # one at a time.
        turns = max (1, min (10, abs (extents.y - extents_of_window.height // 2) // 150))
        xdotool ("mousemove", "--window", wid, str (extents_of_window.width * 3 // 4),
                 str (extents_of_window.height // 2), "click", "--repeat", str (turns),
                 "--delay", "20", button)
        time.sleep (0.05)
    else:
        raise Failure ("%s does not come into sight by scrolling" % what)
    time.sleep (0.3)
    extents = node.queryComponent ().getExtents (pyatspi.WINDOW_COORDS)
    y = extents.y + (extents.height // 2 if extents.height < tall else 20)
    xdotool ("mousemove", "--window", wid, str (extents.x + extents.width // 2), str (y),
             "click", "1")
    time.sleep (0.3)


def show_view (pyatspi, window, name, window_name="^Fotfeste$",
               switcher_name="Parts of the record"):
    """Clicks the button of the participant page's view @name ("Overview", "Personal
    Details", "Work", "Follow-up") in its switcher, @switcher_name, as a person
    would."""
    switcher = wait_for ("the switcher %r on the page" % switcher_name,
                         lambda: find (window, switcher_name))

    def tab ():
        for node in walk (switcher, limit=40):
            if role_of (node) == "page tab" and name_of (node) == name:
                return node
        return None

    button = wait_for ("the view %r in the switcher" % name, tab)
    click_in_sight (pyatspi, window, button, "the view %r" % name, window_name)


def type_keys (text, window_name):
    """Types @text on the keyboard into the focused widget of the window."""
    found = xdotool ("search", "--onlyvisible", "--name", window_name)
    ids = found.stdout.split ()
    if not ids:
        raise Failure ("xdotool finds no visible window named %s" % window_name)
    xdotool ("windowfocus", "--sync", ids[0])
    result = xdotool ("type", "--delay", "15", text)
    if result.returncode != 0:
        raise Failure ("xdotool type failed: %s" % result.stderr.strip ())


def screenshot (log_dir, label, prefix="test-e2e"):
    if not log_dir or not shutil.which ("import"):
        return None
    os.makedirs (log_dir, exist_ok=True)
    path = os.path.join (log_dir, "%s-%s.png" % (prefix, label))
    subprocess.run (["import", "-window", "root", path],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=20)
    return path


# --- the database ----------------------------------------------------------------------

def query (database, sql):
    connection = sqlite3.connect ("file:%s?mode=ro" % database, uri=True, timeout=5)
    try:
        return connection.execute (sql).fetchall ()
    finally:
        connection.close ()


# --- a test's run, as TAP ------------------------------------------------------------

def run_steps (steps, log_dir, prefix, body):
    """Runs @body (), the steps of @steps (which counts them in .number and holds the
    application in .app). Prints the plan at the end, or, at a Failure, the step that
    failed with a screenshot and the application's stderr. The application is killed
    either way. True when every step passed."""
    try:
        body ()
        print ("1..%d" % steps.number)
        return True
    except Failure as failure:
        shot = screenshot (log_dir, "failure", prefix=prefix)
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


def main_of (prefix, run, cli=True, seconds=170):
    """The entry of a test script: reads --app (and --cli) and --log-dir, connects to
    the accessibility bus, and calls @run (args, pyatspi, env, workdir), bounded below
    meson's timeout so that a hang anywhere still ends with a message, a screenshot and
    the app's stderr. Returns the exit status."""
    import argparse

    parser = argparse.ArgumentParser ()
    parser.add_argument ("--app", required=True, help="the fotfeste binary")
    if cli:
        parser.add_argument ("--cli", required=True, help="the fotfeste-cli binary")
    parser.add_argument ("--log-dir", help="where a screenshot goes on failure")
    args = parser.parse_args ()

    session = begin ("%s-" % prefix)
    if isinstance (session, int):
        return session
    pyatspi, launcher, workdir, env = session

    def on_alarm (signum, frame):
        raise Failure ("the whole test took more than %d s" % seconds)

    signal.signal (signal.SIGALRM, on_alarm)
    signal.alarm (seconds)
    try:
        passed = run (args, pyatspi, env, workdir)
    finally:
        signal.alarm (0)
        if launcher is not None:
            launcher.terminate ()
        shutil.rmtree (workdir, ignore_errors=True)
    return 0 if passed else 1
