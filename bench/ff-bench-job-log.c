/* ff-bench-job-log.c — the job-seeker log at 100,000 participants with about ten
 * applications each
 *
 * Usage: ff-bench-job-log SAMPLE_DATABASE LOG_DATABASE
 *
 * Copies SAMPLE_DATABASE (fotfeste-cli sample) to LOG_DATABASE unless that exists, and
 * fills every participant's log up to eight to twelve applications over the last half
 * year, answered and followed up as the sample data is, through the same core
 * functions the application writes with. Then prints, tab-separated:
 *   entries   N_APPLICATIONS N_PARTICIPANTS
 *   log       MEDIAN_MS P95_MS         a participant's log, weeks and targets read as
 *                                      the page reads them, for 500 participants
 *   due       MEDIAN_MS N_ROWS         the follow-ups due in the sample's week
 *   permonth  MEDIAN_MS N_ROWS         applications per participant, six months
 *   statuses  MEDIAN_MS                how applications ended, this year
 *   under     MEDIAN_MS N_ROWS         participants under their weekly target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>

#include "ff-bench-util.h"
#include "ff-job-log.h"
#include "ff-locale.h"
#include "ff-participant.h"
#include "ff-store-private.h"

#define TODAY "2025-11-28"      /* the sample data's today */
#define SEED 20240501

static const char * const employers[] = {
  "Kiwi", "Rema 1000", "Coop Extra", "ISS Facility Services", "Posten Bring", "Sodexo",
  "Scandic Hotels", "Norlandia barnehager", "Kommunens hjemmetjeneste", "Manpower",
};

/* Fills every participant's log up to 8–12 applications. */
static gboolean
fill_logs (FfStore  *store,
           GError  **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  GDate today;
  guint32 reference;
  guint written = 0;

  g_date_clear (&today, 1);
  g_date_set_parse (&today, TODAY);
  reference = g_date_get_julian (&today);

  stmt = ff_store_prepare (store,
                           "SELECT p.id, (SELECT count(*) FROM job_application a"
                           "  WHERE a.participant_id = p.id AND a.deleted_at IS NULL)"
                           " FROM participant p WHERE p.deleted_at IS NULL ORDER BY p.id",
                           error);
  if (stmt == NULL)
    return FALSE;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64) * 2);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      g_array_append_val (ids, pair);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      const gint64 *pair = &g_array_index (ids, gint64, i * 2);
      int want = g_rand_int_range (rand, 8, 13) - (int) pair[1];

      if (i % 2000 == 0 && !ff_store_begin_bulk (store, error))
        return FALSE;

      for (int n = 0; n < want; n++)
        {
          guint32 date = reference - g_rand_int_range (rand, 0, 183);
          guint32 age = reference - date;
          GDate day;
          char iso[11], follow[11];
          const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
          int draw = g_rand_int_range (rand, 0, 100);
          FfJobStatus status;

          g_date_clear (&day, 1);
          g_date_set_julian (&day, date);
          g_snprintf (iso, sizeof iso, "%04d-%02d-%02d", g_date_get_year (&day),
                      g_date_get_month (&day), g_date_get_day (&day));

          if (age < 7)
            status = FF_JOB_STATUS_SENT;
          else if (age < 42)
            status = draw < 45 ? FF_JOB_STATUS_SENT : draw < 65 ? FF_JOB_STATUS_INTERVIEW
                     : draw < 97 ? FF_JOB_STATUS_NOT_HIRED : FF_JOB_STATUS_OFFERED;
          else
            status = draw < 15 ? FF_JOB_STATUS_SENT : draw < 84 ? FF_JOB_STATUS_NOT_HIRED
                     : draw < 93 ? FF_JOB_STATUS_WITHDRAWN : FF_JOB_STATUS_OFFERED;

          values[FF_JOB_APPLICATION_DATE] = iso;
          values[FF_JOB_APPLICATION_EMPLOYER] = employers[g_rand_int_range (rand, 0, 10)];
          values[FF_JOB_APPLICATION_POSITION] = "Medarbeider";
          values[FF_JOB_APPLICATION_STATUS] = ff_choice_list_key (&ff_job_statuses, status);
          if (!ff_job_status_is_ended (status)
              && (guint) g_rand_int_range (rand, 0, 100) < (age < 21 ? 45u : 6u))
            {
              g_date_add_days (&day, g_rand_int_range (rand, 7, 21));
              g_snprintf (follow, sizeof follow, "%04d-%02d-%02d", g_date_get_year (&day),
                          g_date_get_month (&day), g_date_get_day (&day));
              values[FF_JOB_APPLICATION_FOLLOW_UP] = follow;
            }

          if (ff_job_application_create (store, pair[0], values, error) == 0)
            {
              ff_store_rollback (store);
              return FALSE;
            }
          written++;
        }

      if ((i % 2000 == 1999 || i == ids->len - 1) && !ff_store_commit (store, error))
        {
          ff_store_rollback (store);
          return FALSE;
        }
      if (i % 10000 == 9999)
        g_printerr ("… %u participants, %u applications written\n", i + 1, written);
    }

  return TRUE;
}

typedef gboolean (*Measured) (FfStore *store, gpointer data, guint *n_rows);

static gboolean
read_log (FfStore *store,
          gpointer data,
          guint   *n_rows)
{
  gint64 id = *(gint64 *) data;
  g_autoptr(GPtrArray) applications = ff_job_application_list (store, id, NULL, NULL, NULL);
  g_autoptr(GArray) weeks = ff_job_log_weeks (store, id, TODAY, 8, NULL);
  g_autoptr(GPtrArray) targets = ff_record_load_owned (store, &ff_job_target_type, id, NULL);

  *n_rows = applications != NULL ? applications->len : 0;
  return applications != NULL && weeks != NULL && targets != NULL;
}

static gboolean
read_due (FfStore *store,
          gpointer data,
          guint   *n_rows)
{
  g_autoptr(GPtrArray) due = ff_job_log_follow_ups_due (store, TODAY, 100, n_rows, NULL);

  return due != NULL;
}

static gboolean
read_per_month (FfStore *store,
                gpointer data,
                guint   *n_rows)
{
  g_autoptr(GPtrArray) rows = ff_job_log_per_month (store, "2025-06", 6, 100, n_rows, NULL);

  return rows != NULL;
}

static gboolean
read_statuses (FfStore *store,
               gpointer data,
               guint   *n_rows)
{
  guint counts[FF_JOB_N_STATUSES];

  *n_rows = FF_JOB_N_STATUSES;
  return ff_job_log_count_statuses (store, "2025-01-01", TODAY, counts, NULL);
}

static gboolean
read_under (FfStore *store,
            gpointer data,
            guint   *n_rows)
{
  g_autoptr(GPtrArray) rows = ff_job_log_under_target (store, "2025-11-21", NULL);

  *n_rows = rows != NULL ? rows->len : 0;
  return rows != NULL;
}

/* Runs @func @runs times after one run to warm the cache; the times in ms. */
static GArray *
measure (FfStore  *store,
         Measured  func,
         gpointer  data,
         guint     runs,
         guint    *n_rows)
{
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  if (!func (store, data, n_rows))
    g_error ("a read of the job-seeker log failed");

  for (guint i = 0; i < runs; i++)
    {
      double start = ff_bench_now_ms ();
      double elapsed;

      func (store, data, n_rows);
      elapsed = ff_bench_now_ms () - start;
      g_array_append_val (times, elapsed);
    }

  return times;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);
  g_autoptr(GArray) log_times = g_array_new (FALSE, FALSE, sizeof (double));
  struct { const char *name; Measured func; guint runs; } overviews[] = {
    { "due", read_due, 21 },
    { "permonth", read_per_month, 7 },
    { "statuses", read_statuses, 7 },
    { "under", read_under, 7 },
  };
  gint64 n_participants, max_id;
  guint n_rows = 0;

  ff_locale_init ();

  if (argc != 3)
    {
      g_printerr ("Usage: %s SAMPLE_DATABASE LOG_DATABASE\n", argv[0]);
      return 2;
    }

  if (!g_file_test (argv[2], G_FILE_TEST_EXISTS))
    {
      g_autofree char *partial = g_strconcat (argv[2], ".new", NULL);
      double start = ff_bench_now_ms ();

      if (!ff_bench_copy_file (argv[1], partial, &error))
        g_error ("%s", error->message);
      store = ff_store_open (partial, &error);
      if (store == NULL || !fill_logs (store, &error))
        g_error ("%s", error->message);
      g_clear_object (&store);
      if (g_rename (partial, argv[2]) != 0)
        g_error ("Could not rename %s", partial);
      g_printerr ("made %s in %.1f s\n", argv[2], (ff_bench_now_ms () - start) / 1000);
    }

  store = ff_store_open (argv[2], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  n_participants = ff_participant_count (store);
  {
    g_auto(FfStoreStmt) stmt = ff_store_prepare (store, "SELECT count(*), (SELECT max(id)"
                                                 " FROM participant) FROM job_application"
                                                 " WHERE deleted_at IS NULL", &error);

    if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
      g_error ("Could not count the applications");
    printf ("entries\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\n",
            (gint64) sqlite3_column_int64 (stmt, 0), n_participants);
    max_id = sqlite3_column_int64 (stmt, 1);
  }

  /* Participants picked at random, each read once after a warm-up of the file. */
  for (guint i = 0; i < 550; i++)
    {
      gint64 id = g_rand_int_range (rand, 1, (gint32) max_id + 1);
      g_autoptr(GArray) times = measure (store, read_log, &id, 1, &n_rows);

      if (i >= 50)
        g_array_append_val (log_times, g_array_index (times, double, 0));
    }
  printf ("log\t%.3f\t%.3f\n", ff_bench_percentile (log_times, 0.5), ff_bench_percentile (log_times, 0.95));

  for (guint i = 0; i < G_N_ELEMENTS (overviews); i++)
    {
      g_autoptr(GArray) times = measure (store, overviews[i].func, NULL, overviews[i].runs,
                                         &n_rows);

      printf ("%s\t%.3f\t%u\n", overviews[i].name, ff_bench_percentile (times, 0.5), n_rows);
    }

  return 0;
}
