/* ff-bench-attendance-grid.c — times opening a course's attendance grid of 40
 * participants × 200 sessions, and moving to a cell and marking it, through to the mark
 * saved and painted
 *
 * Usage: ff-bench-attendance-grid COURSE_DATABASE [RUNS]
 *
 * COURSE_DATABASE is one ff-bench-course made: a sample database of 100,000
 * participants with an introduction programme whose courses have 40 participants and
 * 200 sessions each, every cell marked. Opens the attendance window of its first course
 * RUNS times (20 by default), timing ff_attendance_window_new () (which reads the grid)
 * through to the window's first painted frame; then, with the keyboard in the grid,
 * presses Right and a mark key (1 present or 5 unexcused, whichever changes the cell)
 * 200 times, 30 ms apart, as the grid's key handler receives them, timing from the first key to the
 * frame that shows the new mark, saved in its own transaction. Prints one tab-separated
 * line per measurement, then the medians:
 *
 *   open       MS   BUILT_MS       (new → first after-paint; → new returned)
 *   bare       MS                  (an empty AdwWindow of the same size: the floor)
 *   mark       MS   SAVED_MS  MOVED_MS  (Right and the key → after-paint; → saved;
 *                                       → the cursor moved)
 *   median     open|bare|mark  MS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <adwaita.h>

#include "ff-bench-paint.h"
#include "ff-bench-util.h"
#include "ff-attendance-window.h"
#include "ff-course-grid.h"
#include "ff-locale.h"
#include "ff-store-private.h"

#define PROGRAMME_NAME "Benk: introduksjonsprogram 2025"

static GtkWidget *
make_bare_window (void)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_window_set_content (ADW_WINDOW (window), box);

  return window;
}

/* The grid's key handler, as a key press reaches it. */
static GtkEventController *
key_controller (GtkWidget *grid)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (grid);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }

  g_error ("The grid has no key handler");
}

static void
press (GtkEventController *controller,
       guint               keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  if (!handled)
    g_error ("The grid did not take the key %s", gdk_keyval_name (keyval));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bares = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window = NULL;
  FfAttendanceGrid *grid;
  GtkEventController *keys;
  guint runs;
  gint64 course = 0;

  ff_locale_init ();
  if (argc < 2)
    {
      g_printerr ("Usage: %s COURSE_DATABASE [RUNS]\n"
                  "COURSE_DATABASE: made by ff-bench-course\n", argv[0]);
      return 2;
    }
  runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 20;

  app = adw_application_new ("io.github.fotfeste.BenchAttendanceGrid",
                             G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Cannot register the application: %s", error->message);

  store = ff_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", argv[1], error->message);

  {
    g_auto(FfStoreStmt) stmt =
      ff_store_prepare_bound (store, &error,
                              "SELECT (SELECT min (c.id) FROM course c"
                              "        WHERE c.programme_id = pr.id)"
                              " FROM programme pr WHERE pr.name = ?1",
                              "t", PROGRAMME_NAME);

    if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
      g_error ("No programme “%s” in %s: make it with ff-bench-course", PROGRAMME_NAME,
               argv[1]);
    course = sqlite3_column_int64 (stmt, 0);
  }

  /* Opening: the first run warms the file and is left out. */
  for (guint run = 0; run <= runs; run++)
    {
      gint64 start, built;
      double ms;

      if (window != NULL)
        gtk_window_destroy (GTK_WINDOW (window));
      ff_bench_settle (50);

      start = g_get_monotonic_time ();
      window = ff_attendance_window_new (store, course);
      built = g_get_monotonic_time ();
      gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
      ms = ff_bench_present_and_wait (window, GTK_APPLICATION (app), start);
      if (run == 0)
        continue;
      g_array_append_val (opens, ms);
      printf ("open\t%.2f\t%.2f\n", ms, (built - start) / 1000.0);
    }

  for (guint run = 0; run < runs; run++)
    {
      GtkWidget *bare;
      double ms;

      ff_bench_settle (50);
      bare = make_bare_window ();
      ms = ff_bench_present_and_wait (bare, GTK_APPLICATION (app), g_get_monotonic_time ());
      g_array_append_val (bares, ms);
      printf ("bare\t%.2f\n", ms);
      gtk_window_destroy (GTK_WINDOW (bare));
    }

  grid = ff_attendance_window_get_grid (FF_ATTENDANCE_WINDOW (window));
  {
    FfCourseGrid *course_grid = ff_attendance_grid_get_grid (grid);

    printf ("course\t%u\t%u\n", ff_course_grid_get_n_participants (course_grid),
            ff_course_grid_get_n_sessions (course_grid));
  }
  gtk_widget_grab_focus (GTK_WIDGET (grid));
  ff_bench_settle (100);
  keys = key_controller (GTK_WIDGET (grid));

  /* Along the first row, then the next one, as a teacher goes through a week. */
  for (guint i = 0; i < 200; i++)
    {
      FfCourseGrid *course_grid = ff_attendance_grid_get_grid (grid);
      guint row, column;
      gint64 start, moved, saved;
      double ms;

      start = g_get_monotonic_time ();
      ff_bench_expect_frame ();
      press (keys, GDK_KEY_Right);
      moved = g_get_monotonic_time ();
      ff_attendance_grid_get_cursor (grid, &row, &column);
      press (keys, ff_course_grid_get_mark (course_grid, row, column)->kind == FF_MARK_PRESENT
                   ? GDK_KEY_5 : GDK_KEY_1);
      saved = g_get_monotonic_time ();
      if (!ff_bench_wait_painted ())
        g_error ("The grid did not paint the mark");
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (marks, ms);
      printf ("mark\t%.2f\t%.2f\t%.2f\n", ms, (saved - start) / 1000.0,
              (moved - start) / 1000.0);
      /* A teacher's pace, and the frame clock idle again: the next key is measured from
       * its own press, not from the end of the frame before. */
      ff_bench_settle (30);
      if (column + 1 == ff_course_grid_get_n_sessions (course_grid))
        {
          press (keys, GDK_KEY_Down);
          press (keys, GDK_KEY_Home);
        }
    }

  printf ("median\topen\t%.2f\n", ff_bench_median (opens));
  printf ("median\tbare\t%.2f\n", ff_bench_median (bares));
  printf ("median\tmark\t%.2f\n", ff_bench_median (marks));

  gtk_window_destroy (GTK_WINDOW (window));
  ff_bench_settle (50);

  return 0;
}
