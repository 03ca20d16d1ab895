/* ff-bench-course.c — a course of 40 participants × 200 sessions, and the reductions
 * list of a programme of 500 participants over a year, in a database of 100,000
 * participants
 *
 * Usage: ff-bench-course SAMPLE_DATABASE COURSE_DATABASE
 *
 * Copies SAMPLE_DATABASE (fotfeste-cli sample) to COURSE_DATABASE unless that exists,
 * and adds an introduction programme of 500 of its participants, each paid a benefit,
 * in 13 courses of up to 40 participants with 200 sessions each from January 2025,
 * every one marked (mostly present; some late, excused, unexcused), through the same
 * core functions the application writes with. Then prints, tab-separated:
 *   course    N_PARTICIPANTS N_SESSIONS N_MARKS   the first course, and all marks
 *   grid      MEDIAN_MS P95_MS                    loading its grid in core
 *   mark      MEDIAN_MS P95_MS                    changing one mark through the grid,
 *                                                 saved (its own transaction)
 *   reductions MEDIAN_MS N_ROWS N_DECISIONS       the programme's reductions, 2025
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>

#include "ff-bench-util.h"
#include "ff-course-absence.h"
#include "ff-course-grid.h"
#include "ff-enrolment.h"
#include "ff-holidays.h"
#include "ff-locale.h"
#include "ff-programme.h"
#include "ff-store-private.h"

#define SEED 20240501
#define N_PARTICIPANTS 500
#define COURSE_SIZE 40
#define N_SESSIONS 200
#define PROGRAMME_NAME "Benk: introduksjonsprogram 2025"

static FfMark
draw_mark (GRand *rand,
           guint  minutes)
{
  int r = g_rand_int_range (rand, 0, 1000);
  FfMark mark = { FF_MARK_PRESENT, 0, 0 };

  if (r < 880)
    return mark;
  if (r < 930)
    return (FfMark) { FF_MARK_LATE, MIN ((guint) g_rand_int_range (rand, 5, 45), minutes), 0 };
  if (r < 950)
    return (FfMark) { FF_MARK_LEFT_EARLY, 30, 0 };
  if (r < 980)
    return (FfMark) { FF_MARK_EXCUSED, 0, (FfExcuse) g_rand_int_range (rand, 0, FF_EXCUSE_N_KINDS) };
  return (FfMark) { FF_MARK_UNEXCUSED, 0, 0 };
}

/* 200 sessions, Monday to Friday from 6 January 2025, public holidays skipped. */
static GArray *
sessions_of_2025 (GError **error)
{
  g_autoptr(GArray) holidays = ff_holidays_for_year (2025);
  g_autoptr(GArray) skip = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(GArray) sessions = NULL;
  GDate from, to;

  for (guint i = 0; i < holidays->len; i++)
    g_array_append_val (skip, g_array_index (holidays, FfHoliday, i).date);
  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 6, 1, 2025);
  g_date_set_dmy (&to, 31, 12, 2025);
  sessions = ff_session_series_generate (FF_WEEKDAY_MONDAY | FF_WEEKDAY_TUESDAY
                                         | FF_WEEKDAY_WEDNESDAY | FF_WEEKDAY_THURSDAY
                                         | FF_WEEKDAY_FRIDAY, 9 * 60, 11 * 60 + 30, &from, &to,
                                         (const GDate *) (gpointer) skip->data, skip->len,
                                         ff_course_time_zone (), error);
  if (sessions == NULL)
    return NULL;
  g_array_set_size (sessions, MIN (sessions->len, N_SESSIONS));
  return g_steal_pointer (&sessions);
}

/* The programme, its 500 participants with their benefit, and their courses. */
static gboolean
fill (FfStore  *store,
      GError  **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GArray) series = sessions_of_2025 (error);
  g_autoptr(GArray) participants = NULL;
  g_autofree char *programme_text = NULL;
  gint64 programme;

  if (series == NULL)
    return FALSE;

  {
    g_auto(FfStoreStmt) stmt = ff_store_prepare_bound (store, error,
                                                       "SELECT id FROM participant"
                                                       " WHERE deleted_at IS NULL"
                                                       " ORDER BY id LIMIT ?1",
                                                       "i", (gint64) N_PARTICIPANTS);

    if (stmt == NULL)
      return FALSE;
    participants = ff_store_collect_ids (store, stmt, error);
    if (participants == NULL)
      return FALSE;
  }

  if (!ff_store_begin_bulk (store, error))
    return FALSE;

  programme = ff_programme_create (store, PROGRAMME_NAME, FF_PROGRAMME_KIND_INTRODUCTION, error);
  if (programme == 0)
    goto fail;
  programme_text = g_strdup_printf ("%" G_GINT64_FORMAT, programme);

  for (guint i = 0; i < participants->len; i++)
    {
      gint64 enrolment = ff_enrolment_create (store, g_array_index (participants, gint64, i),
                                              programme, FF_ENROLMENT_STATUS_ACTIVE,
                                              "2025-01-02", NULL, error);

      if (enrolment == 0
          || !ff_enrolment_set_benefit (store, enrolment,
                                        i % 3 == 0 ? FF_PAYMENT_FORTNIGHTLY : FF_PAYMENT_MONTHLY,
                                        26032000, error))
        goto fail;
    }

  for (guint first = 0; first < participants->len; first += COURSE_SIZE)
    {
      g_autofree char *title = g_strdup_printf ("Benk: norsk, gruppe %u",
                                                first / COURSE_SIZE + 1);
      const char *values[FF_COURSE_N_FIELDS] = {
        [FF_COURSE_TITLE] = title,
        [FF_COURSE_KIND] = "norwegian",
        [FF_COURSE_PROGRAMME_ID] = programme_text,
      };
      guint n = MIN (COURSE_SIZE, participants->len - first);
      g_autoptr(GArray) session_ids = NULL;
      gint64 course = ff_course_create (store, values, error);

      if (course == 0 || !ff_course_add_series (store, course, series, error))
        goto fail;
      for (guint i = 0; i < n; i++)
        {
          if (ff_course_add_participant (store, course,
                                         g_array_index (participants, gint64, first + i),
                                         error) == 0)
            goto fail;
        }

      {
        g_auto(FfStoreStmt) stmt = ff_store_prepare_bound (store, error,
                                                           "SELECT id FROM session"
                                                           " WHERE course_id = ?1"
                                                           " ORDER BY date, id",
                                                           "i", course);

        if (stmt == NULL)
          goto fail;
        session_ids = ff_store_collect_ids (store, stmt, error);
        if (session_ids == NULL)
          goto fail;
      }

      for (guint s = 0; s < session_ids->len; s++)
        {
          for (guint i = 0; i < n; i++)
            {
              FfMark mark = draw_mark (rand, 150);

              if (!ff_course_set_mark (store, course, g_array_index (session_ids, gint64, s),
                                       g_array_index (participants, gint64, first + i), &mark,
                                       error))
                goto fail;
            }
        }
      g_printerr ("… course %u of %u marked\n", first / COURSE_SIZE + 1,
                  (participants->len + COURSE_SIZE - 1) / COURSE_SIZE);
    }

  return ff_store_commit (store, error);

fail:
  ff_store_rollback (store);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);
  g_autoptr(GArray) grid_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) mark_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reduction_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(FfCourseGrid) grid = NULL;
  gint64 programme, course;
  guint n_rows = 0, n_decisions = 0;

  ff_locale_init ();

  if (argc != 3)
    {
      g_printerr ("Usage: %s SAMPLE_DATABASE COURSE_DATABASE\n", argv[0]);
      return 2;
    }

  if (!g_file_test (argv[2], G_FILE_TEST_EXISTS))
    {
      g_autofree char *partial = g_strconcat (argv[2], ".new", NULL);
      double start = ff_bench_now_ms ();

      if (!ff_bench_copy_file (argv[1], partial, &error))
        g_error ("%s", error->message);
      store = ff_store_open (partial, &error);
      if (store == NULL || !fill (store, &error))
        g_error ("%s", error->message);
      g_clear_object (&store);
      if (g_rename (partial, argv[2]) != 0)
        g_error ("Could not rename %s", partial);
      g_printerr ("made %s in %.1f s\n", argv[2], (ff_bench_now_ms () - start) / 1000);
    }

  store = ff_store_open (argv[2], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  {
    g_auto(FfStoreStmt) stmt =
      ff_store_prepare_bound (store, &error,
                              "SELECT pr.id, (SELECT min (c.id) FROM course c"
                              "               WHERE c.programme_id = pr.id)"
                              " FROM programme pr WHERE pr.name = ?1",
                              "t", PROGRAMME_NAME);

    if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
      g_error ("No programme “%s” in %s", PROGRAMME_NAME, argv[2]);
    programme = sqlite3_column_int64 (stmt, 0);
    course = sqlite3_column_int64 (stmt, 1);
  }

  /* Opening the grid: once to warm the file, then 21 times. */
  for (guint i = 0; i < 22; i++)
    {
      double start = ff_bench_now_ms ();
      double elapsed;

      g_clear_pointer (&grid, ff_course_grid_unref);
      grid = ff_course_grid_load (store, course, &error);
      if (grid == NULL)
        g_error ("%s", error->message);
      elapsed = ff_bench_now_ms () - start;
      if (i > 0)
        g_array_append_val (grid_times, elapsed);
    }
  {
    g_auto(FfStoreStmt) count = ff_store_prepare (store, "SELECT count(*) FROM attendance_mark",
                                                  &error);

    if (count == NULL || sqlite3_step (count) != SQLITE_ROW)
      g_error ("Could not count the marks");
    printf ("course\t%u\t%u\t%" G_GINT64_FORMAT "\n", ff_course_grid_get_n_participants (grid),
            ff_course_grid_get_n_sessions (grid), (gint64) sqlite3_column_int64 (count, 0));
  }
  printf ("grid\t%.3f\t%.3f\n", ff_bench_percentile (grid_times, 0.5), ff_bench_percentile (grid_times, 0.95));

  /* Marking cells at random, each saved at once, as a teacher moves through the grid. */
  for (guint i = 0; i < 201; i++)
    {
      guint row = (guint) g_rand_int_range (rand, 0, ff_course_grid_get_n_participants (grid));
      guint column = (guint) g_rand_int_range (rand, 0, ff_course_grid_get_n_sessions (grid));
      FfMark mark = draw_mark (rand, 150);
      double start;
      double elapsed;

      /* Always a change: the same mark again writes nothing. */
      if (mark.kind == ff_course_grid_get_mark (grid, row, column)->kind)
        mark = mark.kind == FF_MARK_PRESENT ? (FfMark) { FF_MARK_UNEXCUSED, 0, 0 }
                                            : (FfMark) { FF_MARK_PRESENT, 0, 0 };
      start = ff_bench_now_ms ();
      if (!ff_course_grid_set_mark (grid, store, row, column, &mark, &error))
        g_error ("%s", error->message);
      elapsed = ff_bench_now_ms () - start;
      if (i > 0)
        g_array_append_val (mark_times, elapsed);
    }
  printf ("mark\t%.3f\t%.3f\n", ff_bench_percentile (mark_times, 0.5), ff_bench_percentile (mark_times, 0.95));

  for (guint i = 0; i < 8; i++)
    {
      double start = ff_bench_now_ms ();
      double elapsed;
      g_autoptr(GArray) rows = ff_course_reductions (store, programme, "2025-01-01",
                                                     "2025-12-31", &error);

      if (rows == NULL)
        g_error ("%s", error->message);
      elapsed = ff_bench_now_ms () - start;
      if (i > 0)
        g_array_append_val (reduction_times, elapsed);
      n_rows = rows->len;
      n_decisions = 0;
      for (guint r = 0; r < rows->len; r++)
        n_decisions += g_array_index (rows, FfReductionRow, r).reduction.individual_decision;
    }
  printf ("reductions\t%.3f\t%u\t%u\n", ff_bench_percentile (reduction_times, 0.5), n_rows, n_decisions);

  return 0;
}
