/* test-job-log.c — the job-seeker log: applications and their status history, weekly
 * targets counted in ISO weeks, the overviews across participants, and the log as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "ff-csv.h"
#include "ff-employer.h"
#include "ff-job-log.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

#define STORED(id, f) \
  ff_test_record_field (fixture->store, &ff_job_application_type, (id), (f))

/* An application of @participant dated @date at @employer, with status @status ("" or
 * NULL: sent) dated @date, and a follow-up @follow_up (NULL: none). */
static gint64
add (Fixture    *fixture,
     gint64      participant,
     const char *date,
     const char *employer,
     const char *status,
     const char *follow_up)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = {
    [FF_JOB_APPLICATION_DATE] = date,
    [FF_JOB_APPLICATION_EMPLOYER] = employer,
    [FF_JOB_APPLICATION_POSITION] = "Butikkmedarbeider",
    [FF_JOB_APPLICATION_STATUS] = status,
    [FF_JOB_APPLICATION_FOLLOW_UP] = follow_up,
  };
  gint64 id = ff_job_application_create (fixture->store, participant, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set_status (Fixture     *fixture,
            gint64       id,
            FfJobStatus  status,
            const char  *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_job_application_set_status (fixture->store, id, status, date, &error));
  g_assert_no_error (error);
}

static gint64
add_target (Fixture    *fixture,
            gint64      participant,
            const char *from,
            const char *until,
            const char *per_week)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_JOB_TARGET_N_FIELDS] = { from, until, per_week };
  gint64 id = ff_record_insert (fixture->store, &ff_job_target_type, participant, values,
                                &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* "status@date status@date …" of an application's history. */
static char *
history (Fixture *fixture,
         gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changes = ff_job_application_history (fixture->store, id, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < changes->len; i++)
    {
      FfJobStatusChange *change = &g_array_index (changes, FfJobStatusChange, i);

      g_string_append_printf (text, "%s%s@%s", i > 0 ? " " : "",
                              ff_choice_list_key (&ff_job_statuses, change->status),
                              change->date);
    }

  return g_string_free (text, FALSE);
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autofree char *expected = g_strdup_printf ("participant:%" G_GINT64_FORMAT " ", olena);
  g_autofree char *date = NULL;
  g_autofree char *status = NULL;
  g_autofree char *status_date = NULL;
  g_autofree char *changes = NULL;
  gint64 id;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (ff_test_note_change), seen);
  id = add (fixture, olena, "3.3.2026", "Rema 1000 Drammen", NULL, NULL);

  /* Dated as typed, sent by default, and the first entry of its history; announced
   * as a change of its participant, and audited. */
  date = STORED (id, FF_JOB_APPLICATION_DATE);
  status = STORED (id, FF_JOB_APPLICATION_STATUS);
  status_date = STORED (id, FF_JOB_APPLICATION_STATUS_DATE);
  changes = history (fixture, id);
  g_assert_cmpstr (date, ==, "2026-03-03");
  g_assert_cmpstr (status, ==, "sent");
  g_assert_cmpstr (status_date, ==, "2026-03-03");
  g_assert_cmpstr (changes, ==, "sent@2026-03-03");
  g_assert_cmpstr (seen->str, ==, expected);
  g_assert_cmpint (ff_test_count_audit (fixture->store, &ff_job_application_type, id,
                                        "created"), ==, 1);
}

/* Changes entered late take their place by date; the current status is the latest. */
static void
test_status_history_order (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 id = add (fixture, olena, "2026-03-03", "Rema 1000", NULL, NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *status = NULL;
  g_autofree char *status_date = NULL;

  set_status (fixture, id, FF_JOB_STATUS_NOT_HIRED, "2026-03-20");
  /* The interview, entered afterwards, came before the answer. */
  set_status (fixture, id, FF_JOB_STATUS_INTERVIEW, "2026-03-10");

  first = history (fixture, id);
  g_assert_cmpstr (first, ==, "sent@2026-03-03 interview@2026-03-10 not-hired@2026-03-20");
  status = STORED (id, FF_JOB_APPLICATION_STATUS);
  status_date = STORED (id, FF_JOB_APPLICATION_STATUS_DATE);
  g_assert_cmpstr (status, ==, "not-hired");
  g_assert_cmpstr (status_date, ==, "2026-03-20");

  /* Two changes on one day: the one entered last is the current one. */
  set_status (fixture, id, FF_JOB_STATUS_OFFERED, "2026-03-20");
  second = history (fixture, id);
  g_assert_cmpstr (second, ==, "sent@2026-03-03 interview@2026-03-10 not-hired@2026-03-20"
                               " offered@2026-03-20");
  g_free (status);
  status = STORED (id, FF_JOB_APPLICATION_STATUS);
  g_assert_cmpstr (status, ==, "offered");
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 id = add (fixture, olena, "2026-03-03", "Rema 1000", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *changes = NULL;
  g_autofree char *link = NULL;
  const char *before[FF_JOB_APPLICATION_N_FIELDS] = {
    [FF_JOB_APPLICATION_DATE] = "2026-03-03",
    [FF_JOB_APPLICATION_DEADLINE] = "2026-03-01",
  };
  gint64 audit_rows = ff_test_count_audit (fixture->store, &ff_job_application_type, id, NULL);

  /* A deadline before the application's date. */
  ff_test_assert_refused (fixture->store, &ff_job_application_type, id,
                          FF_JOB_APPLICATION_DEADLINE, "2026-03-02",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
  g_assert_cmpint (ff_job_application_create (fixture->store, olena, before, &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_cmpint (ff_test_query_int (fixture->store,
                                      "SELECT count(*) FROM job_application"), ==, 1);

  /* Links that are not http(s). */
  ff_test_assert_refused (fixture->store, &ff_job_application_type, id,
                          FF_JOB_APPLICATION_LINK, "javascript:alert(1)",
                          FF_VALIDATE_ERROR_FORMAT, "");
  ff_test_assert_refused (fixture->store, &ff_job_application_type, id,
                          FF_JOB_APPLICATION_LINK, "file:///etc/passwd",
                          FF_VALIDATE_ERROR_FORMAT, "");
  ff_test_assert_refused (fixture->store, &ff_job_application_type, id,
                          FF_JOB_APPLICATION_LINK, "ftp://arbeidsplassen.nav.no/x",
                          FF_VALIDATE_ERROR_FORMAT, "");
  ff_test_assert_refused (fixture->store, &ff_job_application_type, id,
                          FF_JOB_APPLICATION_LINK, "https://nav no/stilling",
                          FF_VALIDATE_ERROR_FORMAT, "");
  /* An address without its scheme is a web address. */
  g_assert_true (ff_record_set_field (fixture->store, &ff_job_application_type, id,
                                      FF_JOB_APPLICATION_LINK,
                                      "arbeidsplassen.nav.no/stillinger/1", &error));
  g_assert_no_error (error);
  link = STORED (id, FF_JOB_APPLICATION_LINK);
  g_assert_cmpstr (link, ==, "https://arbeidsplassen.nav.no/stillinger/1");

  /* A status change before the application's date: refused, history untouched. */
  audit_rows = ff_test_count_audit (fixture->store, &ff_job_application_type, id, NULL);
  g_assert_false (ff_job_application_set_status (fixture->store, id, FF_JOB_STATUS_INTERVIEW,
                                                 "2026-03-02", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_assert_nonnull (strstr (error->message, "03.03.2026"));
  g_clear_error (&error);
  changes = history (fixture, id);
  g_assert_cmpstr (changes, ==, "sent@2026-03-03");
  g_assert_cmpint (ff_test_count_audit (fixture->store, &ff_job_application_type, id, NULL),
                   ==, audit_rows);

  /* Nor can the application be moved after its status changed. */
  set_status (fixture, id, FF_JOB_STATUS_INTERVIEW, "2026-03-10");
  ff_test_assert_refused (fixture->store, &ff_job_application_type, id,
                          FF_JOB_APPLICATION_DATE, "2026-03-11",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "2026-03-03");
}

static void
test_target_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 target = add_target (fixture, olena, "2026-01-05", "", "3");
  const char *refused[] = { "0", "51", "500", "abc", "-2", "2,5" };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    ff_test_assert_refused (fixture->store, &ff_job_target_type, target,
                            FF_JOB_TARGET_PER_WEEK, refused[i],
                            g_ascii_isdigit (refused[i][0]) && strchr (refused[i], ',') == NULL
                            ? FF_VALIDATE_ERROR_IMPLAUSIBLE : FF_VALIDATE_ERROR_FORMAT, "3");
  ff_test_assert_refused (fixture->store, &ff_job_target_type, target,
                          FF_JOB_TARGET_PER_WEEK, "", FF_VALIDATE_ERROR_EMPTY, "3");
  ff_test_assert_refused (fixture->store, &ff_job_target_type, target,
                          FF_JOB_TARGET_UNTIL, "2026-01-04",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
}

static void
assert_week (GArray     *weeks,
             guint       index,
             const char *monday,
             int         iso_year,
             int         iso_week,
             guint       count,
             guint       target)
{
  FfJobWeek *week = &g_array_index (weeks, FfJobWeek, index);

  g_assert_cmpstr (week->monday, ==, monday);
  g_assert_cmpint (week->iso_year, ==, iso_year);
  g_assert_cmpint (week->iso_week, ==, iso_week);
  g_assert_cmpuint (week->count, ==, count);
  g_assert_cmpuint (week->target, ==, target);
}

/* Worked out from a calendar: 1 January 2026 is a Thursday, so 2026 has 53 ISO weeks;
 * week 53 runs from Monday 28 December 2026 to Sunday 3 January 2027, and week 1 of
 * 2027 begins on Monday 4 January. */
static void
test_week_of (void)
{
  FfJobWeek week;

  g_assert_true (ff_job_week_of ("2026-12-31", &week));
  g_assert_cmpstr (week.monday, ==, "2026-12-28");
  g_assert_cmpint (week.iso_year, ==, 2026);
  g_assert_cmpint (week.iso_week, ==, 53);

  g_assert_true (ff_job_week_of ("2027-01-03", &week));
  g_assert_cmpstr (week.monday, ==, "2026-12-28");
  g_assert_cmpint (week.iso_year, ==, 2026);
  g_assert_cmpint (week.iso_week, ==, 53);

  g_assert_true (ff_job_week_of ("2027-01-04", &week));
  g_assert_cmpint (week.iso_year, ==, 2027);
  g_assert_cmpint (week.iso_week, ==, 1);

  /* 29 December 2025 is a Monday whose Thursday is 1 January 2026: week 1 of 2026. */
  g_assert_true (ff_job_week_of ("2025-12-31", &week));
  g_assert_cmpstr (week.monday, ==, "2025-12-29");
  g_assert_cmpint (week.iso_year, ==, 2026);
  g_assert_cmpint (week.iso_week, ==, 1);

  /* 2024 is a leap year starting on Monday: 30 December 2024 is week 1 of 2025. */
  g_assert_true (ff_job_week_of ("2024-12-30", &week));
  g_assert_cmpint (week.iso_year, ==, 2025);
  g_assert_cmpint (week.iso_week, ==, 1);

  g_assert_false (ff_job_week_of ("2026-02-30", &week));
  g_assert_false (ff_job_week_of ("", &week));
}

static void
test_weeks (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 other = ff_test_add_participant (fixture->store, "Ahmad", "Karimi");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = NULL;

  /* Week 52 of 2026 (21–27 December): two applications, one not started. */
  add (fixture, olena, "2026-12-21", "A", NULL, NULL);
  add (fixture, olena, "2026-12-27", "B", NULL, NULL);
  add (fixture, olena, "2026-12-27", "C", "not-started", NULL);
  /* Week 53 (28 December–3 January): across the new year. */
  add (fixture, olena, "2026-12-28", "D", NULL, NULL);
  add (fixture, olena, "2027-01-01", "E", "interview", NULL);
  add (fixture, olena, "2027-01-03", "F", "not-hired", NULL);
  /* Week 1 of 2027: a Monday, and someone else's. */
  add (fixture, olena, "2027-01-04", "G", NULL, NULL);
  add (fixture, other, "2027-01-05", "H", NULL, NULL);

  /* Three a week until 31 December; then four, from a Wednesday. */
  add_target (fixture, olena, "2026-12-01", "2026-12-31", "3");
  add_target (fixture, olena, "2026-12-30", "", "4");

  weeks = ff_job_log_weeks (fixture->store, olena, "2027-01-06", 4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 4);
  assert_week (weeks, 0, "2026-12-14", 2026, 51, 0, 3);
  assert_week (weeks, 1, "2026-12-21", 2026, 52, 2, 3);
  /* Both targets overlap week 53: the later one counts. */
  assert_week (weeks, 2, "2026-12-28", 2026, 53, 3, 4);
  assert_week (weeks, 3, "2027-01-04", 2027, 1, 1, 4);

  /* Before any target, and a deleted application does not count. */
  g_clear_pointer (&weeks, g_array_unref);
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_job_application_type,
                                        ff_test_query_int (fixture->store,
                                                           "SELECT id FROM job_application"
                                                           " WHERE employer = 'A'"),
                                        TRUE, &error));
  weeks = ff_job_log_weeks (fixture->store, olena, "2026-12-27", 3, &error);
  g_assert_no_error (error);
  assert_week (weeks, 0, "2026-12-07", 2026, 50, 0, 3);
  assert_week (weeks, 2, "2026-12-21", 2026, 52, 1, 3);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = ff_job_log_weeks (fixture->store, olena, "2026-11-25", 1, &error);
  assert_week (weeks, 0, "2026-11-23", 2026, 48, 0, 0);
}

/* "employer, employer, …" of records. */
static char *
employers (GPtrArray *applications)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < applications->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                            ff_record_get (g_ptr_array_index (applications, i),
                                           FF_JOB_APPLICATION_EMPLOYER));
  return g_string_free (text, FALSE);
}

static void
test_follow_ups_due (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 ahmad = ff_test_add_participant (fixture->store, "Ahmad", "Karimi");
  gint64 gone = ff_test_add_participant (fixture->store, "Slettet", "Person");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autofree char *names = NULL;
  gint64 answered;

  /* Today is Wednesday 4 March 2026; the week ends on Sunday 8 March. */
  add (fixture, olena, "2026-02-02", "Overdue", NULL, "2026-02-20");
  add (fixture, ahmad, "2026-02-10", "Interview", "interview", "2026-03-08");
  add (fixture, olena, "2026-02-10", "Today", NULL, "2026-03-04");
  add (fixture, olena, "2026-02-10", "Next week", NULL, "2026-03-09");
  add (fixture, olena, "2026-02-10", "No follow-up", NULL, NULL);
  answered = add (fixture, olena, "2026-02-01", "Answered", NULL, "2026-02-15");
  set_status (fixture, answered, FF_JOB_STATUS_NOT_HIRED, "2026-02-14");
  add (fixture, olena, "2026-02-01", "Withdrawn", "withdrawn", "2026-02-15");
  add (fixture, gone, "2026-02-01", "Of a deleted participant", NULL, "2026-02-15");
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_participant_type, gone, TRUE,
                                        &error));

  due = ff_job_log_follow_ups_due (fixture->store, "2026-03-04", 0, NULL, &error);
  g_assert_no_error (error);
  names = employers (due);
  g_assert_cmpstr (names, ==, "Overdue, Today, Interview");
  g_assert_cmpstr (ff_record_get_extra (g_ptr_array_index (due, 0),
                                        FF_JOB_APPLICATION_PARTICIPANT_NAME),
                   ==, "Olena Kovalenko");

  /* The earliest first, as many as asked for, and how many there are in all. */
  {
    g_autoptr(GPtrArray) first = NULL;
    g_autofree char *first_names = NULL;
    guint total = 0;

    first = ff_job_log_follow_ups_due (fixture->store, "2026-03-04", 2, &total, &error);
    g_assert_no_error (error);
    first_names = employers (first);
    g_assert_cmpstr (first_names, ==, "Overdue, Today");
    g_assert_cmpuint (total, ==, 3);
  }
}

static void
test_overviews (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 ahmad = ff_test_add_participant (fixture->store, "Ahmad", "Karimi");
  gint64 bo = ff_test_add_participant (fixture->store, "Bo", "Andersen");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) months = NULL;
  g_autoptr(GPtrArray) under = NULL;
  guint counts[FF_JOB_N_STATUSES];
  FfJobMonthRow *row;
  FfJobShortfall *shortfall;

  add (fixture, olena, "2025-12-31", "Before", NULL, NULL);
  add (fixture, olena, "2026-01-05", "A", "offered", NULL);
  add (fixture, olena, "2026-01-20", "B", "not-hired", NULL);
  add (fixture, olena, "2026-03-02", "C", NULL, NULL);
  add (fixture, ahmad, "2026-02-28", "D", "not-hired", NULL);
  add (fixture, ahmad, "2026-03-03", "E", "not-started", NULL);
  add (fixture, ahmad, "2026-04-01", "After", NULL, NULL);

  /* January to March 2026, by family name: Karimi's row has February and March. */
  months = ff_job_log_per_month (fixture->store, "2026-01", 3, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (months->len, ==, 2);
  row = g_ptr_array_index (months, 0);
  g_assert_cmpstr (row->name, ==, "Ahmad Karimi");
  g_assert_cmpuint (row->counts[0], ==, 0);
  g_assert_cmpuint (row->counts[1], ==, 1);
  g_assert_cmpuint (row->counts[2], ==, 1);
  g_assert_cmpuint (row->total, ==, 2);
  row = g_ptr_array_index (months, 1);
  g_assert_cmpstr (row->name, ==, "Olena Kovalenko");
  g_assert_cmpuint (row->counts[0], ==, 2);
  g_assert_cmpuint (row->counts[1], ==, 0);
  g_assert_cmpuint (row->counts[2], ==, 1);
  g_assert_cmpuint (row->total, ==, 3);
  g_clear_pointer (&months, g_ptr_array_unref);
  /* The first by name only, and how many there are. */
  {
    guint total = 0;

    months = ff_job_log_per_month (fixture->store, "2026-01", 3, 1, &total, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (months->len, ==, 1);
    g_assert_cmpuint (total, ==, 2);
    row = g_ptr_array_index (months, 0);
    g_assert_cmpstr (row->name, ==, "Ahmad Karimi");
    g_assert_cmpuint (row->total, ==, 2);
    g_clear_pointer (&months, g_ptr_array_unref);
  }
  /* A period across the new year. */
  months = ff_job_log_per_month (fixture->store, "2025-12", 2, 0, NULL, &error);
  g_assert_cmpuint (months->len, ==, 1);
  row = g_ptr_array_index (months, 0);
  g_assert_cmpuint (row->counts[0], ==, 1);
  g_assert_cmpuint (row->counts[1], ==, 2);

  g_assert_true (ff_job_log_count_statuses (fixture->store, "2026-01-01", "2026-03-31",
                                            counts, &error));
  g_assert_cmpuint (counts[FF_JOB_STATUS_OFFERED], ==, 1);
  g_assert_cmpuint (counts[FF_JOB_STATUS_NOT_HIRED], ==, 2);
  g_assert_cmpuint (counts[FF_JOB_STATUS_SENT], ==, 1);
  g_assert_cmpuint (counts[FF_JOB_STATUS_NOT_STARTED], ==, 1);
  g_assert_cmpuint (counts[FF_JOB_STATUS_WITHDRAWN], ==, 0);

  /* The week of 2–8 March 2026: Olena made 1 of 2, Ahmad 0 of 1 (his one is not
   * started), Bo 3 of 3. */
  add_target (fixture, olena, "2026-01-01", "", "2");
  add_target (fixture, ahmad, "2026-03-01", "2026-03-31", "1");
  add_target (fixture, bo, "2026-01-01", "", "3");
  for (guint i = 0; i < 3; i++)
    add (fixture, bo, "2026-03-04", "Bo's", NULL, NULL);
  under = ff_job_log_under_target (fixture->store, "2026-03-05", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (under->len, ==, 2);
  shortfall = g_ptr_array_index (under, 0);
  g_assert_cmpstr (shortfall->name, ==, "Ahmad Karimi");
  g_assert_cmpuint (shortfall->count, ==, 0);
  g_assert_cmpuint (shortfall->target, ==, 1);
  shortfall = g_ptr_array_index (under, 1);
  g_assert_cmpstr (shortfall->name, ==, "Olena Kovalenko");
  g_assert_cmpuint (shortfall->count, ==, 1);
  g_assert_cmpuint (shortfall->target, ==, 2);
}

static void
test_csv_cells (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "Rema 1000", "Rema 1000" },
    { "", "" },
    { "Bakeri; kafé", "\"Bakeri; kafé\"" },
    { "Sa \"ja\"", "\"Sa \"\"ja\"\"\"" },
    { "to\nlinjer", "\"to\nlinjer\"" },
    { "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
    { "+47 912 34 567", "'+47 912 34 567" },
    { "-1", "'-1" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "Олена", "Олена" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cell = ff_csv_cell (cases[i].in);

      g_assert_cmpstr (cell, ==, cases[i].out);
    }
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  g_autofree char *path = g_build_filename (fixture->dir, "logg.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  struct stat info;
  gsize length;

  add (fixture, olena, "2026-03-03", "=cmd|' /C calc'!A0", NULL, NULL);
  add (fixture, olena, "2026-02-01", "Rema 1000", NULL, NULL);
  add (fixture, olena, "2026-04-01", "Outside", NULL, NULL);

  g_assert_true (ff_job_log_write_csv (fixture->store, olena, "2026-01-01", "2026-03-31",
                                       path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  lines = g_strsplit (contents + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], "Participant;Date;Employer;Position;"));
  /* Oldest first, dates as people write them, and a formula kept as text. */
  g_assert_true (g_str_has_prefix (lines[1], "Olena Kovalenko;01.02.2026;Rema 1000;"));
  g_assert_true (g_str_has_prefix (lines[2], "Olena Kovalenko;03.03.2026;'=cmd|' /C calc'!A0;"));
  g_assert_nonnull (strstr (lines[2], ";Sent and waiting;03.03.2026;"));
  g_assert_cmpstr (lines[3], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/job-log/create", test_create);
  ff_test_store_add ("/core/job-log/status-history-order", test_status_history_order);
  ff_test_store_add ("/core/job-log/refused", test_refused);
  ff_test_store_add ("/core/job-log/target-refused", test_target_refused);
  g_test_add_func ("/core/job-log/week-of", test_week_of);
  ff_test_store_add ("/core/job-log/weeks", test_weeks);
  ff_test_store_add ("/core/job-log/follow-ups-due", test_follow_ups_due);
  ff_test_store_add ("/core/job-log/overviews", test_overviews);
  g_test_add_func ("/core/job-log/csv-cells", test_csv_cells);
  ff_test_store_add ("/core/job-log/csv", test_csv);

  return g_test_run ();
}
