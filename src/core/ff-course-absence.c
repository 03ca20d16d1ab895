/* ff-course-absence.c — the reductions of the introduction benefit per payment period,
 * and a participant's leave, from the stored marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-basic-amount.h"
#include "ff-course.h"
#include "ff-course-absence.h"
#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-job-log-private.h"
#include "ff-store-private.h"
#include "ff-validate.h"

/* The periods of 14 days of an enrolment that gives no first day are counted from
 * Monday 1 January 2024. */
#define FORTNIGHT_ANCHOR_DAY 1
#define FORTNIGHT_ANCHOR_MONTH 1
#define FORTNIGHT_ANCHOR_YEAR 2024

/* The longest list asked for, in days: ten years. */
#define MAX_SPAN_DAYS (10 * 366)

/* "YYYY-MM-DD" as a Julian day, 0 when it is not one. */
static guint32
julian_of (const char *iso)
{
  int year, month, day;
  GDate date;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return 0;
  year = g_ascii_digit_value (iso[0]) * 1000 + g_ascii_digit_value (iso[1]) * 100
         + g_ascii_digit_value (iso[2]) * 10 + g_ascii_digit_value (iso[3]);
  month = g_ascii_digit_value (iso[5]) * 10 + g_ascii_digit_value (iso[6]);
  day = g_ascii_digit_value (iso[8]) * 10 + g_ascii_digit_value (iso[9]);
  if (!g_date_valid_dmy (day, month, year))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static void
iso_of (guint32  julian,
        char     out[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
}

/* A payment period as Julian days, both included. */
typedef struct
{
  guint32  first;
  guint32  last;
} Period;

/* The periods that end from @from to @to: calendar months, or periods of 14 days
 * counted from @anchor. */
static GArray *
payment_periods (FfPaymentPeriod  kind,
                 guint32          anchor,
                 guint32          from,
                 guint32          to)
{
  GArray *periods = g_array_new (FALSE, FALSE, sizeof (Period));

  if (kind == FF_PAYMENT_FORTNIGHTLY)
    {
      /* The first period whose last day, anchor + 14 k + 13, is on or after @from. */
      gint64 k = ((gint64) from - 13 - (gint64) anchor);

      k = k >= 0 ? (k + 13) / 14 : -((-k) / 14);
      for (;; k++)
        {
          Period p = { (guint32) (anchor + 14 * k), (guint32) (anchor + 14 * k + 13) };

          if (p.last > to)
            break;
          if (p.last >= from)
            g_array_append_val (periods, p);
        }
    }
  else
    {
      GDate first;

      g_date_clear (&first, 1);
      g_date_set_julian (&first, from);
      g_date_set_day (&first, 1);
      for (;;)
        {
          Period p;
          GDate last = first;

          g_date_add_months (&last, 1);
          g_date_subtract_days (&last, 1);
          p.first = g_date_get_julian (&first);
          p.last = g_date_get_julian (&last);
          if (p.last > to)
            break;
          if (p.last >= from)
            g_array_append_val (periods, p);
          g_date_add_months (&first, 1);
        }
    }

  return periods;
}

/* What one enrolment's periods gather. */
typedef struct
{
  gint64                enrolment_id;
  gint64                participant_id;
  gint64                programme_id;
  char                 *name;
  FfPaymentPeriod       kind;
  gint64                yearly_benefit;
  GArray               *periods;       /* Period */
  FfAttendanceSummary  *summaries;     /* one per period */
} Paid;

static void
paid_clear (Paid *paid)
{
  g_free (paid->name);
  g_clear_pointer (&paid->periods, g_array_unref);
  g_free (paid->summaries);
}

static void
reduction_row_clear (FfReductionRow *row)
{
  g_free (row->name);
}

#define PAID_COLUMNS \
  "SELECT e.id, e.participant_id, " FF_JOB_PARTICIPANT_NAME_SQL ("e.participant_id") "," \
  " e.payment_period, e.payment_from, e.yearly_benefit, e.programme_id" \
  " FROM enrolment e" \
  " JOIN participant p ON p.id = e.participant_id"

/* The enrolments of @programme_id paid a benefit, by name, with their periods; or
 * only enrolment @enrolment_id when it is not 0. */
static GArray *
read_paid (FfStore  *store,
           gint64    programme_id,
           gint64    enrolment_id,
           guint32   from,
           guint32   to,
           GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GArray) paid = g_array_new (FALSE, TRUE, sizeof (Paid));
  GDate anchor_date;
  guint32 default_anchor;
  int rc;

  g_array_set_clear_func (paid, (GDestroyNotify) paid_clear);
  g_date_clear (&anchor_date, 1);
  g_date_set_dmy (&anchor_date, FORTNIGHT_ANCHOR_DAY, FORTNIGHT_ANCHOR_MONTH,
                  FORTNIGHT_ANCHOR_YEAR);
  default_anchor = g_date_get_julian (&anchor_date);

  if (enrolment_id != 0)
    stmt = ff_store_prepare_bound (store, error,
                                   PAID_COLUMNS
                                   " WHERE e.id = ?1 AND e.yearly_benefit IS NOT NULL"
                                   "   AND e.deleted_at IS NULL AND p.deleted_at IS NULL",
                                   "i", enrolment_id);
  else
    stmt = ff_store_prepare_bound (store, error,
                                   PAID_COLUMNS
                                   " WHERE e.programme_id = ?1 AND e.yearly_benefit IS NOT NULL"
                                   "   AND e.deleted_at IS NULL AND p.deleted_at IS NULL"
                                   " ORDER BY p.sort_name, p.id",
                                   "i", programme_id);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Paid one = { 0 };
      guint32 anchor = julian_of (ff_store_column_text (stmt, 4));

      one.enrolment_id = sqlite3_column_int64 (stmt, 0);
      one.participant_id = sqlite3_column_int64 (stmt, 1);
      one.name = g_strdup (ff_store_column_text (stmt, 2));
      one.kind = (FfPaymentPeriod) ff_choice_list_index (&ff_payment_periods,
                                                         ff_store_column_text (stmt, 3));
      one.yearly_benefit = sqlite3_column_int64 (stmt, 5);
      one.programme_id = sqlite3_column_int64 (stmt, 6);
      one.periods = payment_periods (one.kind, anchor != 0 ? anchor : default_anchor,
                                     from, to);
      /* None before the benefit's first period. */
      while (anchor != 0 && one.periods->len > 0
             && g_array_index (one.periods, Period, 0).first < anchor)
        g_array_remove_index (one.periods, 0);
      one.summaries = g_new0 (FfAttendanceSummary, MAX (one.periods->len, 1));
      g_array_append_val (paid, one);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&paid);
}

/* The period of @paid that holds @day, or -1. */
static int
find_period (const Paid *paid,
             guint32     day)
{
  guint lo = 0, hi = paid->periods->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const Period *p = &g_array_index (paid->periods, Period, mid);

      if (day < p->first)
        hi = mid;
      else if (day > p->last)
        lo = mid + 1;
      else
        return (int) mid;
    }

  return -1;
}

/* Adds every registered mark in a session of the programme's courses from @from to
 * @to to the period of its participant that holds it; only those of @participant_id
 * when it is not 0, read by their index. */
static gboolean
add_marks (FfStore     *store,
           gint64       programme_id,
           gint64       participant_id,
           guint32      from,
           guint32      to,
           GArray      *paid,
           GError     **error)
{
  g_autoptr(GHashTable) by_participant = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_auto(FfStoreStmt) stmt = NULL;
  char from_text[11], to_text[11];
  char last_date[11] = "";
  guint32 last_day = 0;
  int rc;

  for (guint i = 0; i < paid->len; i++)
    {
      Paid *one = &g_array_index (paid, Paid, i);

      g_hash_table_insert (by_participant, &one->participant_id, one);
    }

  iso_of (from, from_text);
  iso_of (to, to_text);
  if (participant_id != 0)
    /* The participant's index covers their marks: sessions and courses are looked up
     * by id. */
    stmt = ff_store_prepare_bound (store, error,
                                   "SELECT m.participant_id, s.date, s.start_time, s.end_time,"
                                   " m.kind, coalesce (m.minutes, 0), m.excuse"
                                   " FROM attendance_mark m"
                                   " JOIN session s ON s.id = m.session_id"
                                   " JOIN course c ON c.id = m.course_id"
                                   " WHERE m.participant_id = ?4 AND m.kind <> ''"
                                   "   AND c.programme_id = ?1 AND c.deleted_at IS NULL"
                                   "   AND s.date BETWEEN ?2 AND ?3"
                                   "   AND s.deleted_at IS NULL AND s.cancelled = 0",
                                   "itti", programme_id, from_text, to_text, participant_id);
  else
    /* The course index covers the marks: only the sessions are looked up. */
    stmt = ff_store_prepare_bound (store, error,
                                   "SELECT m.participant_id, s.date, s.start_time, s.end_time,"
                                   " m.kind, coalesce (m.minutes, 0), m.excuse"
                                   " FROM course c"
                                   " JOIN session s ON s.course_id = c.id"
                                   " JOIN attendance_mark m ON m.course_id = c.id"
                                   "   AND m.session_id = s.id"
                                   " WHERE c.programme_id = ?1 AND c.deleted_at IS NULL"
                                   "   AND s.date BETWEEN ?2 AND ?3"
                                   "   AND s.deleted_at IS NULL AND s.cancelled = 0"
                                   "   AND m.kind <> ''",
                                   "itt", programme_id, from_text, to_text);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 marked_id = sqlite3_column_int64 (stmt, 0);
      Paid *one = g_hash_table_lookup (by_participant, &marked_id);
      const char *date = ff_store_column_text (stmt, 1);
      FfAttendanceSession session;
      FfAttendanceSummary summary;
      FfMark mark;
      int kind, excuse, period;

      if (one == NULL)
        continue;

      /* Marks come a session at a time: one date read for all of its marks. */
      if (strcmp (date, last_date) != 0)
        {
          g_strlcpy (last_date, date, sizeof last_date);
          last_day = julian_of (date);
        }
      period = find_period (one, last_day);
      if (period < 0)
        continue;

      kind = ff_mark_kind_from_key (ff_store_column_text (stmt, 4));
      excuse = ff_excuse_from_key (ff_store_column_text (stmt, 6));
      session.planned_minutes = ff_course_session_minutes (date, ff_store_column_text (stmt, 2),
                                                           ff_store_column_text (stmt, 3));
      session.cancelled = FALSE;
      mark.kind = kind >= 0 ? (FfMarkKind) kind : FF_MARK_NOT_REGISTERED;
      mark.minutes = (guint) sqlite3_column_int64 (stmt, 5);
      mark.excuse = excuse >= 0 ? (FfExcuse) excuse : FF_EXCUSE_OTHER;
      if (!ff_attendance_sum (&session, &mark, 1, &summary, error))
        return FALSE;
      ff_attendance_summary_add (&one->summaries[period], &summary);
    }
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

/* Checks and normalises a date given to a list. */
static gboolean
read_date (const char  *text,
           guint32     *julian,
           GError     **error)
{
  g_autofree char *clean = NULL;

  if (!ff_validate_date (text, FF_DATE_ANY, &clean, error))
    return FALSE;

  *julian = julian_of (clean);
  return TRUE;
}

/* The rows of ff_course_reductions(), of a programme or of one enrolment. */
static GArray *
reductions (FfStore     *store,
            gint64       programme_id,
            gint64       enrolment_id,
            const char  *from,
            const char  *to,
            GError     **error)
{
  g_autoptr(GArray) table = NULL;
  g_autoptr(GArray) paid = NULL;
  g_autoptr(GArray) rows = NULL;
  guint32 first = 0, last = 0, earliest;

  if (!read_date (from, &first, error) || !read_date (to, &last, error))
    return NULL;
  if (last < first || last - first > MAX_SPAN_DAYS)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           last < first ? _("The list cannot end before it starts.")
                                        : _("A list can cover at most ten years."));
      return NULL;
    }

  table = ff_basic_amount_table (store, error);
  if (table == NULL)
    return NULL;
  paid = read_paid (store, programme_id, enrolment_id, first, last, error);
  if (paid == NULL)
    return NULL;

  /* A period that ends in the list began at most a month before it. */
  earliest = first;
  for (guint i = 0; i < paid->len; i++)
    {
      const Paid *one = &g_array_index (paid, Paid, i);

      if (one->periods->len > 0)
        earliest = MIN (earliest, g_array_index (one->periods, Period, 0).first);
    }
  if (enrolment_id != 0 && paid->len > 0)
    {
      const Paid *one = &g_array_index (paid, Paid, 0);

      if (!add_marks (store, one->programme_id, one->participant_id, earliest, last, paid,
                      error))
        return NULL;
    }
  else if (enrolment_id == 0 && !add_marks (store, programme_id, 0, earliest, last, paid, error))
    return NULL;

  rows = g_array_new (FALSE, TRUE, sizeof (FfReductionRow));
  g_array_set_clear_func (rows, (GDestroyNotify) reduction_row_clear);
  for (guint i = 0; i < paid->len; i++)
    {
      const Paid *one = &g_array_index (paid, Paid, i);

      for (guint j = 0; j < one->periods->len; j++)
        {
          const Period *p = &g_array_index (one->periods, Period, j);
          FfReductionRow row = { 0 };
          FfAbsenceReductionInput input = { 0 };
          g_autoptr(GError) local_error = NULL;

          input.yearly_benefit = one->yearly_benefit;
          input.period = one->kind;
          g_date_clear (&input.first_day, 1);
          g_date_clear (&input.last_day, 1);
          g_date_set_julian (&input.first_day, p->first);
          g_date_set_julian (&input.last_day, p->last);
          input.planned_minutes = one->summaries[j].planned_minutes;
          input.unexcused_minutes = one->summaries[j].unexcused_minutes;

          row.participant_id = one->participant_id;
          row.enrolment_id = one->enrolment_id;
          row.period = one->kind;
          iso_of (p->first, row.first_day);
          iso_of (p->last, row.last_day);
          row.planned_minutes = input.planned_minutes;
          row.unexcused_minutes = input.unexcused_minutes;

          if (!ff_absence_reduction_compute (&input, (const FfBasicAmount *) (gpointer) table->data,
                                             table->len, &row.reduction, &local_error))
            {
              g_autofree char *day = ff_format_date (row.last_day, NULL);

              if (g_error_matches (local_error, FF_ABSENCE_ERROR,
                                   FF_ABSENCE_ERROR_NO_BASIC_AMOUNT))
                g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                             /* Translators: %s is a date */
                             _("No basic amount (G) applies on %s. Add it in the settings."),
                             day);
              else
                g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }

          row.name = g_strdup (one->name);
          g_array_append_val (rows, row);
        }
    }

  return g_steal_pointer (&rows);
}

GArray *
ff_course_reductions (FfStore     *store,
                      gint64       programme_id,
                      const char  *from,
                      const char  *to,
                      GError     **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (programme_id != 0, NULL);

  return reductions (store, programme_id, 0, from, to, error);
}

GArray *
ff_course_enrolment_reductions (FfStore     *store,
                                gint64       enrolment_id,
                                const char  *from,
                                const char  *to,
                                GError     **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (enrolment_id != 0, NULL);

  return reductions (store, 0, enrolment_id, from, to, error);
}

/* Leave */

/* The participant, the first active day and the family of enrolment @enrolment_id,
 * and the excused marks of self-certified leave and sick children on their courses. */
static GArray *
read_leave (FfStore   *store,
            gint64     enrolment_id,
            GDate     *start,
            guint     *children,
            gboolean  *sole_carer,
            GError   **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (FfExcusedDay));
  gint64 participant_id;
  int rc;

  {
    g_auto(FfStoreStmt) stmt =
      ff_store_prepare_bound (store, error,
                              "SELECT e.participant_id, coalesce (e.children, 0), e.sole_carer,"
                              " coalesce ((SELECT min (s.date) FROM enrolment_status s"
                              "            WHERE s.enrolment_id = e.id AND s.status = 'active'),"
                              "           (SELECT min (s.date) FROM enrolment_status s"
                              "            WHERE s.enrolment_id = e.id), e.status_date)"
                              " FROM enrolment e WHERE e.id = ?1 AND e.deleted_at IS NULL",
                              "i", enrolment_id);

    if (stmt == NULL
        || !ff_store_step_row (store, stmt,
                               g_dgettext (GETTEXT_PACKAGE, ff_enrolment_type.not_found),
                               error))
      return NULL;
    participant_id = sqlite3_column_int64 (stmt, 0);
    *children = (guint) sqlite3_column_int (stmt, 1);
    *sole_carer = sqlite3_column_int (stmt, 2) != 0;
    g_date_clear (start, 1);
    g_date_set_julian (start, MAX (julian_of (ff_store_column_text (stmt, 3)), 1));
  }

  {
    g_auto(FfStoreStmt) stmt =
      ff_store_prepare_bound (store, error,
                              "SELECT s.date, m.excuse FROM attendance_mark m"
                              " JOIN session s ON s.id = m.session_id"
                              " JOIN course c ON c.id = m.course_id"
                              " WHERE m.participant_id = ?1 AND m.kind = 'excused'"
                              "   AND m.excuse IN ('self-certified', 'sick-child')"
                              "   AND s.deleted_at IS NULL AND s.cancelled = 0"
                              "   AND c.deleted_at IS NULL",
                              "i", participant_id);

    if (stmt == NULL)
      return NULL;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        FfExcusedDay day;
        guint32 julian = julian_of (ff_store_column_text (stmt, 0));
        int excuse = ff_excuse_from_key (ff_store_column_text (stmt, 1));

        if (julian == 0 || excuse < 0)
          continue;
        g_date_clear (&day.date, 1);
        g_date_set_julian (&day.date, julian);
        day.excuse = (FfExcuse) excuse;
        g_array_append_val (days, day);
      }
    if (rc != SQLITE_DONE)
      {
        ff_store_set_sqlite_error (store, error);
        return NULL;
      }
  }

  return g_steal_pointer (&days);
}

gboolean
ff_course_leave_count (FfStore       *store,
                       gint64         enrolment_id,
                       const char    *today,
                       FfLeaveCount  *count,
                       GError       **error)
{
  g_autoptr(GArray) days = NULL;
  guint32 julian = 0;
  GDate start, on;
  guint children = 0;
  gboolean sole_carer = FALSE;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  if (!read_date (today, &julian, error))
    return FALSE;

  days = read_leave (store, enrolment_id, &start, &children, &sole_carer, error);
  if (days == NULL)
    return FALSE;

  g_date_clear (&on, 1);
  g_date_set_julian (&on, julian);
  ff_absence_leave_count ((const FfExcusedDay *) (gpointer) days->data, days->len, &start, &on,
                          children, sole_carer, count);
  return TRUE;
}

GArray *
ff_course_self_certifications (FfStore  *store,
                               gint64    enrolment_id,
                               GError  **error)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) occurrences = NULL;
  GArray *checks;
  GDate start;
  guint children = 0;
  gboolean sole_carer = FALSE;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  days = read_leave (store, enrolment_id, &start, &children, &sole_carer, error);
  if (days == NULL)
    return NULL;

  occurrences = ff_absence_leave_self_certifications ((const FfExcusedDay *) (gpointer) days->data,
                                                      days->len);
  checks = g_array_new (FALSE, TRUE, sizeof (FfSelfCertificationCheck));
  for (guint i = 0; i < occurrences->len; i++)
    {
      FfSelfCertificationCheck check;

      check.occurrence = g_array_index (occurrences, FfSelfCertification, i);
      check.verdict = ff_absence_leave_self_certification_check (
        (const FfExcusedDay *) (gpointer) days->data, days->len, &check.occurrence, &start);
      g_array_append_val (checks, check);
    }

  return checks;
}
