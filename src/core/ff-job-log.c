/* ff-job-log.c — weekly targets of applications, the weeks of a log, the overviews
 * across participants, and a log as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-audit.h"
#include "ff-csv.h"
#include "ff-format.h"
#include "ff-job-log.h"
#include "ff-job-log-private.h"
#include "ff-participant.h"
#include "ff-record-private.h"
#include "ff-store-private.h"

/* Weekly targets */

static const FfField target_fields[FF_JOB_TARGET_N_FIELDS] = {
  [FF_JOB_TARGET_FROM] = { "from_date", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL, NULL,
                           N_("Enter the date the target applies from.") },
  [FF_JOB_TARGET_UNTIL] = { "until_date", NULL, FF_CHECK_DATE },
  [FF_JOB_TARGET_PER_WEEK] = { "per_week", NULL, FF_CHECK_COUNT, FF_FIELD_REQUIRED, NULL, NULL,
                               N_("Enter how many applications a week the target asks for.") },
};

static const FfPeriod target_periods[] = {
  { FF_JOB_TARGET_FROM, FF_JOB_TARGET_UNTIL, N_("The target cannot end before it begins.") },
};

/* "3 applications a week" */
static char *
target_title (const char * const *values)
{
  guint64 n = g_ascii_strtoull (values[FF_JOB_TARGET_PER_WEEK], NULL, 10);

  /* Translators: a weekly target of job applications (søkeavtale) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u application a week",
                                       "%u applications a week", (gulong) n),
                          (guint) n);
}

/* "from 05.01.2026", "05.01.2026–27.03.2026" */
static char *
target_describe (const char * const *values)
{
  g_autofree char *from = ff_format_date (values[FF_JOB_TARGET_FROM], NULL);
  g_autofree char *until = ff_format_date (values[FF_JOB_TARGET_UNTIL], NULL);

  if (*until != '\0')
    /* Translators: a period from one date to another */
    return g_strdup_printf (C_("period", "%s–%s"), from, until);

  /* Translators: a period with a start only */
  return g_strdup_printf (C_("period", "from %s"), from);
}

const FfRecordType ff_job_target_type = {
  .kind = FF_RECORD_PARTICIPANT,
  .table = "job_target",
  .fields = target_fields,
  .n_fields = G_N_ELEMENTS (target_fields),
  .periods = target_periods,
  .n_periods = G_N_ELEMENTS (target_periods),
  .not_found = N_("The weekly target no longer exists. Reload the participant."),
  .owner = &ff_participant_type,
  .owner_column = "participant_id",
  .order = "t.from_date DESC, t.id DESC",
  .title_field = FF_JOB_TARGET_PER_WEEK,
  .title = target_title,
  .describe = target_describe,
};

/* Weeks */

static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  guint64 y, m, d;
  g_auto(GStrv) parts = NULL;

  g_date_clear (date, 1);
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;

  parts = g_strsplit (iso, "-", 3);
  if (!g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &y, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &m, NULL)
      || !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &d, NULL)
      || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static void
format_iso (const GDate *date,
            char         out[11])
{
  g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

static void
today_date (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* @date, or today when it is NULL or "". */
static gboolean
date_or_today (const char  *iso,
               GDate       *date,
               GError     **error)
{
  if (iso == NULL || *iso == '\0')
    {
      today_date (date);
      return TRUE;
    }

  if (parse_date (iso, date))
    return TRUE;

  g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID, "Not a date: %s", iso);
  return FALSE;
}

/* ISO 8601: weeks begin on Monday, and a week belongs to the year of its Thursday. */
static void
week_of (const GDate *date,
         FfJobWeek   *week)
{
  GDate monday = *date;
  GDate thursday;

  g_date_subtract_days (&monday, g_date_get_weekday (date) - G_DATE_MONDAY);
  thursday = monday;
  g_date_add_days (&thursday, 3);

  memset (week, 0, sizeof *week);
  format_iso (&monday, week->monday);
  week->iso_year = g_date_get_year (&thursday);
  week->iso_week = g_date_get_iso8601_week_of_year (&thursday);
}

gboolean
ff_job_week_of (const char *date,
                FfJobWeek  *week)
{
  GDate parsed;

  g_return_val_if_fail (week != NULL, FALSE);

  if (!parse_date (date, &parsed))
    return FALSE;

  week_of (&parsed, week);
  return TRUE;
}

typedef struct
{
  char   from[11];
  char   until[11];
  guint  per_week;
} Target;

/* The targets of a participant, the latest starting first. */
static GArray *
read_targets (FfStore  *store,
              gint64    participant_id,
              GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (Target));
  int rc;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT from_date, until_date, per_week FROM job_target"
                                 " WHERE participant_id = ?1 AND deleted_at IS NULL"
                                 " ORDER BY from_date DESC, id DESC",
                                 "i", participant_id);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Target target = { 0 };

      g_strlcpy (target.from, ff_store_column_text (stmt, 0), sizeof target.from);
      g_strlcpy (target.until, ff_store_column_text (stmt, 1), sizeof target.until);
      target.per_week = sqlite3_column_int (stmt, 2);
      g_array_append_val (targets, target);
    }

  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&targets);
}

/* The target of the week from @monday to @sunday: the latest starting of those whose
 * period overlaps it. */
static guint
target_of_week (GArray     *targets,
                const char *monday,
                const char *sunday)
{
  for (guint i = 0; i < targets->len; i++)
    {
      Target *target = &g_array_index (targets, Target, i);

      if (strcmp (target->from, sunday) <= 0
          && (target->until[0] == '\0' || strcmp (target->until, monday) >= 0))
        return target->per_week;
    }

  return 0;
}

GArray *
ff_job_log_weeks (FfStore     *store,
                  gint64       participant_id,
                  const char  *today,
                  guint        n_weeks,
                  GError     **error)
{
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) targets = NULL;
  g_auto(FfStoreStmt) stmt = NULL;
  GDate day, first, last;
  char first_iso[11], last_iso[11];
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (n_weeks > 0, NULL);

  if (!date_or_today (today, &day, error))
    return NULL;

  /* From the Monday n_weeks - 1 weeks back to the Sunday of this week. */
  first = day;
  g_date_subtract_days (&first, g_date_get_weekday (&day) - G_DATE_MONDAY);
  last = first;
  g_date_add_days (&last, 6);
  g_date_subtract_days (&first, 7 * (n_weeks - 1));
  format_iso (&first, first_iso);
  format_iso (&last, last_iso);

  weeks = g_array_sized_new (FALSE, TRUE, sizeof (FfJobWeek), n_weeks);
  targets = read_targets (store, participant_id, error);
  if (targets == NULL)
    return NULL;

  for (guint i = 0; i < n_weeks; i++)
    {
      GDate monday = first, sunday;
      FfJobWeek week;
      char sunday_iso[11];

      g_date_add_days (&monday, 7 * i);
      sunday = monday;
      g_date_add_days (&sunday, 6);
      format_iso (&sunday, sunday_iso);

      week_of (&monday, &week);
      week.target = target_of_week (targets, week.monday, sunday_iso);
      g_array_append_val (weeks, week);
    }

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT date FROM job_application"
                                 " WHERE participant_id = ?1 AND deleted_at IS NULL"
                                 " AND date >= ?2 AND date <= ?3 AND status <> 'not-started'",
                                 "itt", participant_id, first_iso, last_iso);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate date;

      if (!parse_date (ff_store_column_text (stmt, 0), &date))
        continue;

      g_array_index (weeks, FfJobWeek, g_date_days_between (&first, &date) / 7).count++;
    }

  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&weeks);
}

/* Overviews */

/* The Monday and Sunday of @date's week (NULL: today's). */
static gboolean
week_bounds (const char  *date,
             char         monday[11],
             char         sunday[11],
             GError     **error)
{
  GDate day, start, end;

  if (!date_or_today (date, &day, error))
    return FALSE;

  start = day;
  g_date_subtract_days (&start, g_date_get_weekday (&day) - G_DATE_MONDAY);
  end = start;
  g_date_add_days (&end, 6);
  format_iso (&start, monday);
  format_iso (&end, sunday);
  return TRUE;
}

/* Sets *@total to the one number @sql counts with ?1 @from and (if it has it) ?2 @to
 * bound, when @total is not NULL. */
static gboolean
count_into (FfStore     *store,
            guint       *total,
            GError     **error,
            const char  *sql,
            const char  *from,
            const char  *to)
{
  g_auto(FfStoreStmt) stmt = NULL;

  if (total == NULL)
    return TRUE;

  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  ff_store_bind_text (stmt, 1, from);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    ff_store_bind_text (stmt, 2, to);
  if (!ff_store_step_row (store, stmt, NULL, error))
    return FALSE;

  *total = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* The condition of the follow-up index, so that only open follow-ups are read. */
#define FOLLOW_UPS_DUE \
  " FROM job_application a" \
  " WHERE a.deleted_at IS NULL AND a.follow_up <> ''" \
  " AND a.status IN " FF_JOB_OPEN_STATUSES_SQL \
  " AND a.follow_up <= ?1 AND " FF_JOB_PARTICIPANT_ALIVE_SQL ("a.participant_id")

GPtrArray *
ff_job_log_follow_ups_due (FfStore     *store,
                           const char  *today,
                           guint        limit,
                           guint       *total,
                           GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  char monday[11], sunday[11];

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  if (!week_bounds (today, monday, sunday, error))
    return NULL;

  if (!count_into (store, total, error, "SELECT count (*)" FOLLOW_UPS_DUE, sunday, NULL))
    return NULL;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT a.id" FOLLOW_UPS_DUE
                                 " ORDER BY a.follow_up, a.id LIMIT ?2",
                                 "ti", sunday, limit > 0 ? (gint64) limit : (gint64) -1);
  if (stmt == NULL)
    return NULL;

  return ff_record_load_selected (store, &ff_job_application_type, stmt, error);
}

static void
month_row_free (FfJobMonthRow *row)
{
  g_free (row->name);
  g_free (row);
}

GPtrArray *
ff_job_log_per_month (FfStore     *store,
                      const char  *first_month,
                      guint        n_months,
                      guint        limit,
                      guint       *total,
                      GError     **error)
{
  g_auto(FfStoreStmt) people = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) month_row_free);
  g_autofree char *year_text = NULL;
  guint64 year, month;
  char from[11], until[11];
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (n_months >= 1 && n_months <= 12, NULL);

  year_text = g_strndup (first_month != NULL ? first_month : "", 4);
  if (first_month == NULL || strlen (first_month) != 7 || first_month[4] != '-'
      || !g_ascii_string_to_unsigned (year_text, 10, 1, 9999, &year, NULL)
      || !g_ascii_string_to_unsigned (first_month + 5, 10, 1, 12, &month, NULL))
    {
      g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID, "Not a month: %s",
                   first_month != NULL ? first_month : "(null)");
      return NULL;
    }

  g_snprintf (from, sizeof from, "%04u-%02u-01", (guint) year, (guint) month);
  month += n_months;
  year += (month - 1) / 12;
  month = (month - 1) % 12 + 1;
  g_snprintf (until, sizeof until, "%04u-%02u-01", (guint) year, (guint) month);

  if (!count_into (store, total, error,
                   "SELECT count (DISTINCT a.participant_id) FROM job_application a"
                   " WHERE a.deleted_at IS NULL AND a.date >= ?1 AND a.date < ?2"
                   " AND " FF_JOB_PARTICIPANT_ALIVE_SQL ("a.participant_id"),
                   from, until))
    return NULL;

  /* Participants in the order of the list, the first @limit with any application in
   * the months; then each one's months, from their own log. */
  people = ff_store_prepare_bound (store, error,
                                   "SELECT p.id, "
                                   FF_JOB_PARTICIPANT_NAME_SQL ("p.id")
                                   " FROM participant p"
                                   " WHERE p.deleted_at IS NULL AND EXISTS (SELECT 1"
                                   "  FROM job_application a WHERE a.participant_id = p.id"
                                   "  AND a.deleted_at IS NULL"
                                   "  AND a.date >= ?1 AND a.date < ?2)"
                                   " ORDER BY p.sort_name, p.id LIMIT ?3",
                                   "tti", from, until,
                                   limit > 0 ? (gint64) limit : (gint64) -1);
  if (people == NULL)
    return NULL;

  while ((rc = sqlite3_step (people)) == SQLITE_ROW)
    {
      FfJobMonthRow *row = g_new0 (FfJobMonthRow, 1);

      row->participant_id = sqlite3_column_int64 (people, 0);
      row->name = g_strdup (ff_store_column_text (people, 1));
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }
  sqlite3_reset (people);

  for (guint i = 0; i < rows->len; i++)
    {
      FfJobMonthRow *row = g_ptr_array_index (rows, i);
      g_auto(FfStoreStmt) months = NULL;

      months = ff_store_prepare_bound (store, error,
                                       "SELECT substr (date, 1, 7), count (*)"
                                       " FROM job_application"
                                       " WHERE participant_id = ?1 AND deleted_at IS NULL"
                                       " AND date >= ?2 AND date < ?3 GROUP BY 1",
                                       "itt", row->participant_id, from, until);
      if (months == NULL)
        return NULL;

      while ((rc = sqlite3_step (months)) == SQLITE_ROW)
        {
          const char *ym = ff_store_column_text (months, 0);
          gint64 index = (g_ascii_strtoll (ym, NULL, 10) * 12 + g_ascii_strtoll (ym + 5, NULL, 10))
                         - (g_ascii_strtoll (from, NULL, 10) * 12
                            + g_ascii_strtoll (from + 5, NULL, 10));
          guint count = sqlite3_column_int (months, 1);

          if (index >= 0 && index < (gint64) n_months)
            {
              row->counts[index] += count;
              row->total += count;
            }
        }
      if (rc != SQLITE_DONE)
        {
          ff_store_set_sqlite_error (store, error);
          return NULL;
        }
    }

  return g_steal_pointer (&rows);
}

gboolean
ff_job_log_count_statuses (FfStore     *store,
                           const char  *from,
                           const char  *to,
                           guint        counts[FF_JOB_N_STATUSES],
                           GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  memset (counts, 0, sizeof (guint) * FF_JOB_N_STATUSES);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT a.status, count (*) FROM job_application a"
                                 " WHERE a.deleted_at IS NULL"
                                 " AND a.date >= ?1 AND a.date <= ?2 AND "
                                 FF_JOB_PARTICIPANT_ALIVE_SQL ("a.participant_id")
                                 " GROUP BY a.status",
                                 "tt", from != NULL ? from : "",
                                 to != NULL && *to != '\0' ? to : "9999-12-31");
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int index = ff_choice_list_find (&ff_job_statuses, ff_store_column_text (stmt, 0));

      if (index >= 0)
        counts[index] += sqlite3_column_int (stmt, 1);
    }

  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

static void
shortfall_free (FfJobShortfall *shortfall)
{
  g_free (shortfall->name);
  g_free (shortfall);
}

GPtrArray *
ff_job_log_under_target (FfStore     *store,
                         const char  *date,
                         GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) shortfall_free);
  char monday[11], sunday[11];
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  if (!week_bounds (date, monday, sunday, error))
    return NULL;

  /* Each participant's target for the week is the latest starting of those that
   * overlap it (as ff_job_log_weeks() takes it). */
  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT t.participant_id, "
                                 FF_JOB_PARTICIPANT_NAME_SQL ("t.participant_id") ","
                                 " (SELECT count (*) FROM job_application a"
                                 "  WHERE a.participant_id = t.participant_id"
                                 "  AND a.deleted_at IS NULL AND a.date >= ?1 AND a.date <= ?2"
                                 "  AND a.status <> 'not-started') AS made,"
                                 " t.per_week"
                                 " FROM job_target t JOIN participant p"
                                 "  ON p.id = t.participant_id AND p.deleted_at IS NULL"
                                 " WHERE t.deleted_at IS NULL AND t.from_date <= ?2"
                                 " AND (t.until_date = '' OR t.until_date >= ?1)"
                                 " AND NOT EXISTS (SELECT 1 FROM job_target later"
                                 "  WHERE later.participant_id = t.participant_id"
                                 "  AND later.deleted_at IS NULL AND later.from_date <= ?2"
                                 "  AND (later.until_date = '' OR later.until_date >= ?1)"
                                 "  AND (later.from_date > t.from_date"
                                 "       OR (later.from_date = t.from_date AND later.id > t.id)))"
                                 " AND made < t.per_week"
                                 " ORDER BY p.sort_name, t.participant_id",
                                 "tt", monday, sunday);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfJobShortfall *row = g_new0 (FfJobShortfall, 1);

      row->participant_id = sqlite3_column_int64 (stmt, 0);
      row->name = g_strdup (ff_store_column_text (stmt, 1));
      row->count = sqlite3_column_int (stmt, 2);
      row->target = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (rows, row);
    }

  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* CSV */

static gboolean
write_csv (const char  *path,
           gpointer     csv,
           GError     **error)
{
  return ff_csv_write (csv, path, error);
}

gboolean
ff_job_log_write_csv (FfStore     *store,
                      gint64       participant_id,
                      const char  *from,
                      const char  *to,
                      const char  *path,
                      GError     **error)
{
  static const guint columns[] = {
    FF_JOB_APPLICATION_DATE, FF_JOB_APPLICATION_EMPLOYER, FF_JOB_APPLICATION_POSITION,
    FF_JOB_APPLICATION_PLACE, FF_JOB_APPLICATION_SOURCE, FF_JOB_APPLICATION_CONTACT,
    FF_JOB_APPLICATION_DEADLINE, FF_JOB_APPLICATION_STATUS, FF_JOB_APPLICATION_STATUS_DATE,
    FF_JOB_APPLICATION_FOLLOW_UP, FF_JOB_APPLICATION_LINK, FF_JOB_APPLICATION_NOTES,
  };
  static const char *headings[G_N_ELEMENTS (columns)] = {
    /* Translators: a column of the job-seeker log as CSV */
    N_("Date"), N_("Employer"), N_("Position"), N_("Place"), N_("Source"),
    N_("Contact person"), N_("Deadline"), N_("Status"), N_("Status date"),
    N_("Next follow-up"), N_("Link"), N_("Notes"),
  };
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GString) csv = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GHashTableIter iter;
  gpointer key;
  const char *cells[G_N_ELEMENTS (columns) + 1];

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  applications = ff_job_application_list (store, participant_id, from, to, error);
  if (applications == NULL)
    return FALSE;

  csv = ff_csv_new ();

  /* Translators: the first column of the job-seeker log as CSV: whose log it is */
  cells[0] = _("Participant");
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    cells[i + 1] = g_dgettext (GETTEXT_PACKAGE, headings[i]);
  ff_csv_append_row (csv, cells, G_N_ELEMENTS (cells));

  /* Oldest first, as a log is read. */
  for (guint n = applications->len; n > 0; n--)
    {
      FfRecord *application = g_ptr_array_index (applications, n - 1);
      g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);

      cells[0] = ff_record_get_extra (application, FF_JOB_APPLICATION_PARTICIPANT_NAME);
      for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
        {
          char *text = ff_record_display (&ff_job_application_type, columns[i],
                                          ff_record_get (application, columns[i]), NULL);

          g_ptr_array_add (shown, text);
          cells[i + 1] = text;
        }
      ff_csv_append_row (csv, cells, G_N_ELEMENTS (cells));
    }

  /* Everyone whose applications are in it, each once. */
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (participant_id > 0)
    g_hash_table_add (seen, g_memdup2 (&participant_id, sizeof participant_id));
  for (guint n = 0; n < applications->len; n++)
    {
      FfRecord *application = g_ptr_array_index (applications, n);
      gint64 id = g_ascii_strtoll (ff_record_get_extra (application,
                                                        FF_JOB_APPLICATION_PARTICIPANT_ID),
                                   NULL, 10);

      if (id > 0)
        g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
    }
  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);

  return ff_audit_export_file (store, (const gint64 *) ids->data, ids->len,
                               FF_AUDIT_JOB_LOG, path, write_csv, csv, error);
}
