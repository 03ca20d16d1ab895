/* ff-bench-business-plan.c — times opening a business plan with 20 budget lines, and a
 * keystroke in a budget cell through to the recomputed figures being painted
 *
 * Makes its own database in a temporary folder: a participant and a plan with ten
 * revenue and ten cost lines, each month filled. Then opens the plan's window RUNS
 * times (20 by default), timing ff_business_plan_window_new () through to the window's
 * first painted frame; and, on the budget page, sets a cell's text (as a keystroke
 * does) RUNS times, timing until the frame that shows the new result has painted.
 * Prints one tab-separated line per measurement, then the medians:
 *
 *   open       MS   BUILT_MS        (new → first after-paint; → new returned)
 *   bare       MS                   (the same for an empty AdwWindow of the same size
 *                                    with a header bar: the floor under "open")
 *   budget     MS                   (the budget page shown → painted, its cells made)
 *   keystroke  MS   SET_MS          (set_text → after-paint, the figures changed;
 *                                    → set_text returned, the figures computed)
 *   median     open|bare|keystroke  MS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "ff-bench-paint.h"
#include "ff-bench-util.h"
#include "ff-business-budget-view.h"
#include "ff-business-plan.h"
#include "ff-business-plan-window.h"
#include "ff-locale.h"
#include "ff-participant.h"
#include "ff-store.h"

#define BUDGET_TYPE (&ff_business_part_types[FF_BUSINESS_PART_BUDGET])

static gint64
make_plan (FfStore *store)
{
  const char *person[FF_PARTICIPANT_N_FIELDS] = { NULL };
  const char *plan[FF_BUSINESS_PLAN_N_FIELDS] = { NULL };
  g_autoptr(GError) error = NULL;
  gint64 participant_id, plan_id;

  person[FF_PARTICIPANT_GIVEN_NAME] = "Olena";
  person[FF_PARTICIPANT_FAMILY_NAME] = "Kovalenko";
  participant_id = ff_record_insert (store, &ff_participant_type, 0, person, &error);
  plan[FF_BUSINESS_PLAN_TITLE] = "Varenyky";
  plan[FF_BUSINESS_PLAN_KIND] = "food-production";
  plan_id = participant_id != 0
            ? ff_business_plan_create (store, participant_id, plan, &error) : 0;
  if (plan_id == 0)
    g_error ("Cannot make a plan: %s", error->message);

  for (guint i = 0; i < 20; i++)
    {
      const char *line[FF_BUSINESS_BUDGET_N_FIELDS] = { NULL };
      g_autofree char *title = g_strdup_printf ("Line %u", i + 1);
      char months[FF_BUSINESS_MONTHS][16];

      line[FF_BUSINESS_BUDGET_SIDE] = i < 10 ? "revenue" : "cost";
      line[FF_BUSINESS_BUDGET_TITLE] = title;
      for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
        {
          g_snprintf (months[m], sizeof months[m], "%u", 1000 + 100 * m + i);
          line[FF_BUSINESS_BUDGET_MONTH_1 + m] = months[m];
        }
      if (ff_record_insert (store, BUDGET_TYPE, plan_id, line, &error) == 0)
        g_error ("Cannot add a budget line: %s", error->message);
    }

  return plan_id;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The yardstick: an AdwWindow as large as the plan's, with a header bar and nothing in
 * it, opened and painted the way the plan's window is. */
static GtkWidget *
make_bare_window (void)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_window_set_content (ADW_WINDOW (window), box);

  return window;
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_remove (file);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bares = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  FfBusinessBudgetView *view;
  FfBusinessBudgetLine *line;
  GtkWidget *window = NULL;
  GtkWidget *cell;
  gint64 start;
  guint runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 20;
  gint64 plan_id;

  ff_locale_init ();
  app = adw_application_new ("io.github.fotfeste.BenchBusinessPlan",
                             G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Cannot register the application: %s", error->message);

  dir = g_dir_make_tmp ("ff-bench-business-plan-XXXXXX", &error);
  if (dir == NULL)
    g_error ("Cannot make a folder: %s", error->message);
  path = g_build_filename (dir, "bench.sqlite3", NULL);
  store = ff_store_open (path, &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  plan_id = make_plan (store);

  for (guint run = 0; run < runs; run++)
    {
      gint64 built;
      double ms;

      if (window != NULL)
        gtk_window_destroy (GTK_WINDOW (window));
      ff_bench_settle (50);

      start = g_get_monotonic_time ();
      window = ff_business_plan_window_new (store, plan_id);
      built = g_get_monotonic_time ();
      ms = ff_bench_present_and_wait (window, GTK_APPLICATION (app), start);
      g_array_append_val (opens, ms);
      printf ("open\t%.2f\t%.2f\n", ms, (built - start) / 1000.0);
    }

  for (guint run = 0; run < runs; run++)
    {
      GtkWidget *bare;
      double ms;

      ff_bench_settle (50);
      start = g_get_monotonic_time ();
      bare = make_bare_window ();
      ms = ff_bench_present_and_wait (bare, GTK_APPLICATION (app), start);
      g_array_append_val (bares, ms);
      printf ("bare\t%.2f\n", ms);
      gtk_window_destroy (GTK_WINDOW (bare));
    }
  ff_bench_settle (50);

  start = g_get_monotonic_time ();
  ff_bench_expect_frame ();
  ff_business_plan_window_show_budget (FF_BUSINESS_PLAN_WINDOW (window));
  if (!ff_bench_wait_painted ())
    g_error ("The window did not paint");
  printf ("budget\t%.2f\n", (g_get_monotonic_time () - start) / 1000.0);
  ff_bench_settle (300);
  view = FF_BUSINESS_BUDGET_VIEW (find_type (window, FF_TYPE_BUSINESS_BUDGET_VIEW));
  lines = ff_record_load_owned (store, BUDGET_TYPE, plan_id, NULL);
  line = ff_business_budget_view_get_line (view,
                                           ff_record_get_id (g_ptr_array_index (lines, 0)));
  cell = ff_business_budget_line_get_cell (line, 6);
  gtk_widget_grab_focus (cell);
  ff_bench_settle (300);

  for (guint run = 0; run < runs; run++)
    {
      g_autofree char *text = g_strdup_printf ("%u", 2000 + run);
      gint64 before = ff_business_budget_view_get_budget (view)->result_total;
      gint64 set;
      double ms;

      ff_bench_expect_frame ();
      start = g_get_monotonic_time ();
      gtk_editable_set_text (GTK_EDITABLE (cell), text);
      set = g_get_monotonic_time ();
      if (ff_business_budget_view_get_budget (view)->result_total == before)
        g_error ("The figures did not follow the keystroke");
      if (!ff_bench_wait_painted ())
        g_error ("The window did not paint");
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (keys, ms);
      printf ("keystroke\t%.2f\t%.2f\n", ms, (set - start) / 1000.0);
      ff_bench_settle (30);
    }

  printf ("median\topen\t%.2f\n", ff_bench_median (opens));
  printf ("median\tbare\t%.2f\n", ff_bench_median (bares));
  printf ("median\tkeystroke\t%.2f\n", ff_bench_median (keys));

  ff_business_plan_window_flush (FF_BUSINESS_PLAN_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
  ff_bench_settle (50);
  g_clear_object (&store);
  remove_folder (dir);

  return 0;
}
