/* ff-bench-mentors.c — a participant's timeline and "Find a mentor" at 100,000
 * participants with their sample records
 *
 * Usage: ff-bench-mentors SAMPLE_DATABASE COPY_DATABASE
 *
 * Copies SAMPLE_DATABASE (fotfeste-cli sample, which writes mentors, matches with
 * their meetings, placements, follow-ups and outcomes) to COPY_DATABASE unless that
 * exists, and reads the copy only. Prints, tab-separated:
 *   entries    N_PARTICIPANTS N_MENTORS N_MEETINGS N_FOLLOW_UPS
 *   timeline   MEDIAN_MS P95_MS AVG_ITEMS   a participant's whole timeline, for 500
 *                                           participants picked at random
 *   suggest    MEDIAN_MS P95_MS AVG_ROWS    "Find a mentor" (the first 20), for 200
 *   flagged    MEDIAN_MS N_ROWS             the participants list filtered on the
 *                                           follow-up flags, on the sample's today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "ff-bench-util.h"
#include "ff-follow-up.h"
#include "ff-locale.h"
#include "ff-mentor.h"
#include "ff-participant.h"
#include "ff-store-private.h"
#include "ff-timeline.h"

#define TODAY "2025-11-28"      /* the sample data's today */
#define SEED 20251128

static gint64
count (FfStore    *store,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_auto(FfStoreStmt) stmt = ff_store_prepare (store, sql, &error);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("Could not count: %s", sql);
  return sqlite3_column_int64 (stmt, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GArray) timeline_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) suggest_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) flagged_times = g_array_new (FALSE, FALSE, sizeof (double));
  guint64 items = 0, suggested = 0;
  guint n_flagged = 0;
  gint64 max_id;

  ff_locale_init ();

  if (argc != 3)
    {
      g_printerr ("Usage: %s SAMPLE_DATABASE COPY_DATABASE\n", argv[0]);
      return 2;
    }

  if (!g_file_test (argv[2], G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) source = g_file_new_for_path (argv[1]);
      g_autoptr(GFile) dest = g_file_new_for_path (argv[2]);

      if (!g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
    }

  store = ff_store_open (argv[2], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  printf ("entries\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT
          "\t%" G_GINT64_FORMAT "\n",
          ff_participant_count (store),
          count (store, "SELECT count(*) FROM mentor WHERE deleted_at IS NULL"),
          count (store, "SELECT count(*) FROM mentor_meeting WHERE deleted_at IS NULL"),
          count (store, "SELECT count(*) FROM follow_up WHERE deleted_at IS NULL"));
  max_id = count (store, "SELECT max(id) FROM participant");

  /* Participants picked at random, each read once after a warm-up of the file. */
  for (guint i = 0; i < 550; i++)
    {
      gint64 id = g_rand_int_range (rand, 1, (gint32) max_id + 1);
      double start = ff_bench_now_ms ();
      g_autoptr(GPtrArray) timeline = ff_timeline_list (store, id, 0, 0, &error);
      double elapsed = ff_bench_now_ms () - start;

      if (timeline == NULL)
        g_error ("%s", error->message);
      if (i >= 50)
        {
          g_array_append_val (timeline_times, elapsed);
          items += timeline->len;
        }
    }
  printf ("timeline\t%.3f\t%.3f\t%.1f\n", ff_bench_percentile (timeline_times, 0.5),
          ff_bench_percentile (timeline_times, 0.95), items / 500.0);

  for (guint i = 0; i < 220; i++)
    {
      gint64 id = g_rand_int_range (rand, 1, (gint32) max_id + 1);
      double start = ff_bench_now_ms ();
      g_autoptr(GPtrArray) mentors = ff_mentor_suggest (store, id, 20, &error);
      double elapsed = ff_bench_now_ms () - start;

      if (mentors == NULL)
        g_error ("%s", error->message);
      if (i >= 20)
        {
          g_array_append_val (suggest_times, elapsed);
          suggested += mentors->len;
        }
    }
  printf ("suggest\t%.3f\t%.3f\t%.1f\n", ff_bench_percentile (suggest_times, 0.5),
          ff_bench_percentile (suggest_times, 0.95), suggested / 200.0);

  for (guint i = 0; i < 6; i++)
    {
      FfParticipantQuery query = {
        .status = FF_ENROLMENT_STATUS_ANY,
        .flags = FF_FOLLOW_UP_FLAG_ANY,
        .flags_today = TODAY,
        .follow_up_days = FF_FOLLOW_UP_DEFAULT_DAYS,
      };
      double start = ff_bench_now_ms ();
      g_autoptr(GArray) ids = ff_participant_query_ids (store, &query, &error);
      double elapsed = ff_bench_now_ms () - start;

      if (ids == NULL)
        g_error ("%s", error->message);
      n_flagged = ids->len;
      if (i > 0)
        g_array_append_val (flagged_times, elapsed);
    }
  printf ("flagged\t%.3f\t%u\n", ff_bench_percentile (flagged_times, 0.5), n_flagged);

  return 0;
}
