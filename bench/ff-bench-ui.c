/* ff-bench-ui.c — times a search and the opening of a participant page in the real window
 *
 * Opens a database, shows the real FfWindow and waits for its first frame; then, for
 * search strings taken from the data, replaces the search entry's text and emits
 * "search-changed" (without the entry's typing delay) and times until the window has
 * painted after the list changed and shows the top of the new result (the first rows
 * must be the participants the query returns, in its order); then selects rows (30, or
 * PAGES) and times until the page shows the
 * participant and has painted, in the view of the page named VIEW (its first when none
 * is named: programmes, outcomes and the timeline). Prints one tab-separated line per measurement for
 * bench/run-benchmarks:
 *
 *   search  TERM  FOLDED  MS  ROWS  CHANGED_MS  RETURNED_MS
 *           (set_text → after-paint of the new list; → items-changed; → the emission
 *           returned)
 *   query   TERM  MS  ROWS               (ff_participant_query_ids alone, median of 5)
 *   page    POSITION  MS  SHOWN_MS  LAID_OUT_MS
 *                                        (the list scrolled to the row, untimed;
 *                                         set_selected → after-paint of the page; → the
 *                                         page filled, set_selected returned; → the
 *                                         window laid out in the frame that painted)
 *   clear   MS  ROWS                     (emptying the search, back to everyone)
 *   vmhwm   KB  RSSANON_KB               (peak resident memory, and the private part,
 *                                         at the end)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <adwaita.h>

#include "ff-participant.h"
#include "ff-participant-page.h"
#include "ff-store.h"
#include "ff-text.h"
#include "ff-window.h"

#define WAIT_US (5 * G_USEC_PER_SEC)

typedef struct
{
  GtkWidget      *window;
  GtkWidget      *search_entry;
  GtkWidget      *list_view;
  GtkWidget      *page;
  GListModel     *model;
  FfStore        *store;
  GArray         *expected;  /* the ids the search being timed returns, or NULL */

  /* Set by the signal handlers while a measurement runs. */
  gboolean        armed;
  gboolean        changed;
  gboolean        painted;
  gint64          change_time;
  gint64          return_time;
  gint64          paint_time;
  gint64          layout_time;  /* the window laid out in the frame that painted */
  gint64          frame_time;   /* the last frame's start */
} Bench;

static Bench bench;

static gboolean
on_deadline (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;

  return G_SOURCE_REMOVE;
}

static void
iterate_until (gboolean   *flag,
               gint64      timeout_us)
{
  gboolean timed_out = FALSE;
  guint deadline;

  /* Blocks in the main loop; the timeout only bounds the wait. */
  deadline = g_timeout_add ((guint) (timeout_us / 1000), on_deadline, &timed_out);
  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (deadline);
}

/* Two refresh intervals of 60 Hz without a frame: the frame clock is idle. */
#define QUIET_US 34000

/* Lets pending work finish and the frame clock go idle, so that the next measurement
 * does not wait for the previous frame's refresh interval: at least @ms, then until no
 * frame has started for QUIET_US. An animation still running (a selected row's
 * colour, 150 ms in Adwaita's style) keeps the frame clock at its refresh rate, and a
 * change made meanwhile waits for the next tick; a person reading the page before
 * choosing the next one does not see that. */
static void
settle (guint ms)
{
  gint64 start = g_get_monotonic_time ();
  gint64 end = start + ms * 1000;
  gint64 now;

  while ((now = g_get_monotonic_time ()) < end ||
         (now - bench.frame_time < QUIET_US && now - start < 2 * G_USEC_PER_SEC))
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

/* Rows checked at the top of the list: more than the window shows. */
#define TOP_ROWS 30

/* Whether the list holds the top of the expected result: a frame drawn in between
 * (the old rows, or part of a change) does not count. */
static gboolean
list_shows_result (void)
{
  guint n_items = g_list_model_get_n_items (bench.model);
  guint n_top = MIN (bench.expected->len, TOP_ROWS);

  if (n_items < n_top || (bench.expected->len == 0 && n_items != 0))
    return FALSE;

  for (guint i = 0; i < n_top; i++)
    {
      g_autoptr(FfParticipant) participant = g_list_model_get_item (bench.model, i);

      if (participant == NULL ||
          ff_participant_get_id (participant) != g_array_index (bench.expected, gint64, i))
        return FALSE;
    }

  return TRUE;
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (bench.armed && !bench.painted &&
      (bench.expected == NULL || list_shows_result ()))
    {
      bench.paint_time = now;
      bench.painted = TRUE;
    }
}

static void
on_before_paint (GdkFrameClock *clock,
                 gpointer       user_data)
{
  bench.frame_time = g_get_monotonic_time ();
}

static void
on_layout (GdkFrameClock *clock,
           gpointer       user_data)
{
  if (bench.armed && !bench.painted)
    bench.layout_time = g_get_monotonic_time ();
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  if (bench.changed)
    return;

  /* Only a paint that starts after the list changed counts. */
  bench.change_time = g_get_monotonic_time ();
  bench.changed = TRUE;
  bench.armed = TRUE;
  gtk_widget_queue_draw (bench.list_view);
}

static void
find_widgets (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child) && bench.search_entry == NULL
          && gtk_widget_get_mapped (child))
        bench.search_entry = child;
      else if (GTK_IS_LIST_VIEW (child) && bench.list_view == NULL
               && gtk_widget_get_mapped (child))
        bench.list_view = child;
      else if (FF_IS_PARTICIPANT_PAGE (child) && bench.page == NULL)
        bench.page = child;

      find_widgets (child);
    }
}

static char *
prefix (const char *text,
        glong       n_chars)
{
  const char *end;

  if (g_utf8_strlen (text, -1) < n_chars)
    return g_strdup (text);
  end = g_utf8_offset_to_pointer (text, n_chars);
  return g_strndup (text, end - text);
}

/* Search strings a person would type, taken from the data itself: prefixes of 1–5
 * letters, whole names, names in their own script, national id digits, no match. */
static GPtrArray *
search_terms (FfStore *store)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) people = NULL;
  FfParticipantQuery query = { NULL, 0, FF_ENROLMENT_STATUS_ANY, FF_PARTICIPANT_SORT_NAME };
  gint64 picks[8];
  guint n_picks = 0;

  ids = ff_participant_query_ids (store, &query, NULL);
  g_assert (ids != NULL && ids->len > 0);
  for (guint i = 0; i < G_N_ELEMENTS (picks) && i < ids->len; i++)
    picks[n_picks++] = g_array_index (ids, gint64, ((guint64) ids->len * i) / 8);
  people = ff_participant_load_many (store, picks, n_picks, NULL);
  g_assert (people != NULL && people->len > 0);

#define PERSON(i) ((FfParticipant *) g_ptr_array_index (people, (i) % people->len))
#define FIELD(i, f) ff_participant_get_field (PERSON (i), FF_PARTICIPANT_##f)

  /* Typing a family name letter by letter, then a given name. */
  for (glong n = 1; n <= MIN (5, g_utf8_strlen (FIELD (0, FAMILY_NAME), -1)); n++)
    g_ptr_array_add (terms, prefix (FIELD (0, FAMILY_NAME), n));
  for (glong n = 1; n <= MIN (5, g_utf8_strlen (FIELD (1, GIVEN_NAME), -1)); n++)
    g_ptr_array_add (terms, prefix (FIELD (1, GIVEN_NAME), n));

  /* Whole names, alternating with a miss so that every search changes the list. */
  for (guint i = 2; i < 6; i++)
    {
      g_ptr_array_add (terms, g_strdup (ff_participant_get_display_name (PERSON (i))));
      g_ptr_array_add (terms, g_strdup (i % 2 ? "qqxz" : "zzyqw"));
      g_ptr_array_add (terms, g_strdup (FIELD (i, FAMILY_NAME)));
    }

  /* Names in their own script (Cyrillic for the Ukrainian ones), and a fixed
   * Cyrillic prefix in case the picks above have none. */
  for (guint i = 0; i < people->len; i++)
    if (*FIELD (i, NATIVE_NAME) != '\0' && terms->len < 24)
      {
        g_ptr_array_add (terms, prefix (FIELD (i, NATIVE_NAME), 3));
        g_ptr_array_add (terms, g_strdup (FIELD (i, NATIVE_NAME)));
      }
  g_ptr_array_add (terms, g_strdup ("Оле"));
  g_ptr_array_add (terms, g_strdup ("Ødegård"));

  /* National id digits: the whole number, and the birth date part. */
  for (guint i = 0; i < people->len; i++)
    if (*FIELD (i, NATIONAL_ID) != '\0')
      {
        g_ptr_array_add (terms, g_strdup (FIELD (i, NATIONAL_ID)));
        g_ptr_array_add (terms, prefix (FIELD (i, NATIONAL_ID), 6));
        break;
      }
  g_ptr_array_add (terms, g_strdup ("0101"));
  g_ptr_array_add (terms, g_strdup ("no such person"));

#undef FIELD
#undef PERSON

  return g_steal_pointer (&terms);
}

/* Returns the time in ms from @start to the first paint after the list changed, or
 * a negative value when the list did not change. */
static double
finish_measurement (gint64 start)
{
  iterate_until (&bench.changed, G_USEC_PER_SEC);
  if (!bench.changed)
    return -1;
  iterate_until (&bench.painted, WAIT_US);
  if (!bench.painted)
    g_error ("The window did not paint within 5 s after the list changed");

  return (bench.paint_time - start) / 1000.0;
}

static void
start_measurement (void)
{
  bench.armed = FALSE;
  bench.changed = FALSE;
  bench.painted = FALSE;
}

static gint64 start_time;

static double
time_search (const char *term)
{
  FfParticipantQuery query = { *term != '\0' ? term : NULL, 0, FF_ENROLMENT_STATUS_ANY,
                               FF_PARTICIPANT_SORT_NAME };
  gint64 start;
  int old_length;
  int position;
  double ms;

  g_clear_pointer (&bench.expected, g_array_unref);
  bench.expected = ff_participant_query_ids (bench.store, &query, NULL);
  g_assert (bench.expected != NULL);

  settle (60);
  start_measurement ();

  /* Replaces the text without emptying the entry on the way (an empty search entry
   * says search-changed at once, which would time two searches): the new text goes
   * in first, then the old text goes out. */
  start = start_time = g_get_monotonic_time ();
  old_length = g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (bench.search_entry)), -1);
  position = old_length;
  gtk_editable_insert_text (GTK_EDITABLE (bench.search_entry), term, -1, &position);
  gtk_editable_delete_text (GTK_EDITABLE (bench.search_entry), 0, old_length);
  g_signal_emit_by_name (bench.search_entry, "search-changed");
  bench.return_time = g_get_monotonic_time ();

  ms = finish_measurement (start);
  g_clear_pointer (&bench.expected, g_array_unref);

  return ms;
}

static double
median_query_ms (FfStore    *store,
                 const char *term,
                 guint      *n_rows)
{
  FfParticipantQuery query = { term, 0, FF_ENROLMENT_STATUS_ANY, FF_PARTICIPANT_SORT_NAME };
  double times[5];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GArray) ids = NULL;
      gint64 start = g_get_monotonic_time ();

      ids = ff_participant_query_ids (store, &query, NULL);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      *n_rows = ids != NULL ? ids->len : 0;
    }

  /* Five values: sort and take the middle one. */
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (times); j++)
      if (times[j] < times[i])
        {
          double t = times[i];
          times[i] = times[j];
          times[j] = t;
        }

  return times[2];
}

static void
on_page_shown (GtkWidget *page,
               gpointer   user_data)
{
  if (bench.changed)
    return;

  bench.changed = TRUE;
  bench.armed = TRUE;
  gtk_widget_queue_draw (bench.page);
}

static double
time_page (guint position)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (bench.list_view));
  gulong handler;
  gint64 start;
  double ms;

  /* A person selects a row they see: the list is scrolled to it first, untimed, and
   * reads it as it shows it. */
  gtk_widget_activate_action (bench.list_view, "list.scroll-to-item", "u", position);
  settle (60);
  start_measurement ();
  handler = g_signal_connect (bench.page, "shown", G_CALLBACK (on_page_shown), NULL);

  start = start_time = g_get_monotonic_time ();
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), position);
  bench.return_time = g_get_monotonic_time ();
  ms = finish_measurement (start);

  g_signal_handler_disconnect (bench.page, handler);

  return ms;
}

/* A "Name:   123 kB" line of /proc/self/status, in kB. */
static guint64
status_kb (const char *name)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, name);

  return line != NULL ? g_ascii_strtoull (line + strlen (name), NULL, 10) : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;
  GtkSelectionModel *selection;
  gboolean first_frame = FALSE;
  guint n_items;
  guint n_pages = 30;

  if (argc < 2 || argc > 4)
    {
      g_printerr ("Usage: %s DATABASE [PAGES [VIEW]]\n", argv[0]);
      return 2;
    }
  if (argc >= 3)
    n_pages = (guint) g_ascii_strtoull (argv[2], NULL, 10);

  app = adw_application_new ("io.github.fotfeste.BenchUi", G_APPLICATION_NON_UNIQUE);
  /* Registering runs startup (gtk_init, adw_init); the loop below is ours. */
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Cannot register the application: %s", error->message);

  store = ff_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", argv[1], error->message);
  bench.store = store;

  bench.window = GTK_WIDGET (ff_window_new (GTK_APPLICATION (app), store));
  gtk_widget_realize (bench.window);
  g_signal_connect (gtk_widget_get_frame_clock (bench.window), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  /* After the window's own handler: the time its layout ended. */
  g_signal_connect (gtk_widget_get_frame_clock (bench.window), "layout",
                    G_CALLBACK (on_layout), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (bench.window), "before-paint",
                    G_CALLBACK (on_before_paint), NULL);
  bench.armed = TRUE;
  gtk_window_present (GTK_WINDOW (bench.window));
  iterate_until (&bench.painted, 20 * G_USEC_PER_SEC);
  first_frame = bench.painted;
  if (!first_frame)
    g_error ("The window did not paint within 20 s");
  settle (500);

  find_widgets (bench.window);
  if (bench.search_entry == NULL || bench.list_view == NULL)
    g_error ("Cannot find the search entry or the list in the window (entry %p, list %p)",
             bench.search_entry, bench.list_view);

  selection = gtk_list_view_get_model (GTK_LIST_VIEW (bench.list_view));
  if (!GTK_IS_SINGLE_SELECTION (selection))
    g_error ("The participants list has a %s, not a GtkSingleSelection",
             G_OBJECT_TYPE_NAME (selection));
  bench.model = G_LIST_MODEL (selection);
  g_signal_connect (bench.model, "items-changed", G_CALLBACK (on_items_changed), NULL);
  n_items = g_list_model_get_n_items (bench.model);
  printf ("rows\t%u\n", n_items);

  /* Only the search-changed emitted below should run a query. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (bench.search_entry), G_MAXINT / 2);

  terms = search_terms (store);
  for (guint i = 0; i < terms->len; i++)
    {
      const char *term = g_ptr_array_index (terms, i);
      g_autofree char *folded = ff_text_fold (term);
      double ms = time_search (term);

      printf ("search\t%s\t%s\t%.3f\t%u\t%.3f\t%.3f\n", term, folded, ms,
              g_list_model_get_n_items (bench.model),
              (bench.change_time - start_time) / 1000.0,
              (bench.return_time - start_time) / 1000.0);
      fflush (stdout);
    }

  for (guint i = 0; i < terms->len; i++)
    {
      const char *term = g_ptr_array_index (terms, i);
      guint n_rows = 0;
      double ms = median_query_ms (store, term, &n_rows);

      printf ("query\t%s\t%.3f\t%u\n", term, ms, n_rows);
    }

  /* Everyone again (a person clearing the search), then open pages spread over the
   * whole list. */
  {
    double ms = time_search ("");

    n_items = g_list_model_get_n_items (bench.model);
    printf ("clear\t%.3f\t%u\n", ms, n_items);
    fflush (stdout);
  }
  /* The window makes the participant page when someone is first opened: open one
   * untimed to find it. */
  if (bench.page == NULL && n_items > 0)
    {
      gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), n_items / 2);
      settle (200);
      find_widgets (bench.window);
    }
  if (bench.page == NULL)
    g_error ("Cannot find the participant page in the window");
  if (argc == 4)
    {
      ff_participant_page_set_view (FF_PARTICIPANT_PAGE (bench.page), argv[3]);
      settle (200);
    }

  for (guint i = 0; i < n_pages && n_items > 0; i++)
    {
      guint position = (guint) (((guint64) n_items * i) / n_pages + i * 7) % n_items;
      double ms;

      if (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)) == position)
        position = (position + 1) % n_items;
      ms = time_page (position);
      printf ("page\t%u\t%.3f\t%.3f\t%.3f\n", position, ms,
              (bench.return_time - start_time) / 1000.0,
              (bench.layout_time - start_time) / 1000.0);
      fflush (stdout);
    }

  printf ("vmhwm\t%" G_GUINT64_FORMAT "\t%" G_GUINT64_FORMAT "\n",
          status_kb ("VmHWM:"), status_kb ("RssAnon:"));

  gtk_window_destroy (GTK_WINDOW (bench.window));

  return 0;
}
