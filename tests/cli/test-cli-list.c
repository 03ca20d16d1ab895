/* test-cli-list.c — runs the real fotfeste-cli's lists, and checks their lines and
 * what their options leave out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-business-plan.h"
#include "ff-course.h"
#include "ff-cli-test.h"
#include "ff-job-log.h"
#include "ff-store.h"
#include "ff-test-store.h"

static void
test_list_programmes (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "programmes.sqlite3", "20", "1");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) line_re = g_regex_new ("^[0-9]+\t[^\t]+\t[^\t]+$", 0, 0, NULL);
  guint n;

  g_assert_cmpint (run (&out, NULL, "--database", db, "list", "programmes", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  n = g_strv_length (lines) - 1;
  g_assert_cmpuint (n, >=, 4);
  for (guint i = 0; i < n; i++)
    g_assert_true (g_regex_match (line_re, lines[i], 0, NULL));
  g_assert_nonnull (strstr (out, "\tMentor scheme\n"));
}

static void
test_list_search_and_status (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "filters.sqlite3", "300", "4");
  g_autofree char *all = NULL;
  g_autofree char *active = NULL;
  g_autofree char *found = NULL;
  g_auto(GStrv) all_lines = NULL;
  g_auto(GStrv) active_lines = NULL;
  g_auto(GStrv) fields = NULL;
  g_auto(GStrv) words = NULL;

  g_assert_cmpint (run (&all, NULL, "--database", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpint (run (&active, NULL, "--database", db, "list", "participants",
                        "--status", "active", NULL), ==, 0);
  all_lines = g_strsplit (all, "\n", -1);
  active_lines = g_strsplit (active, "\n", -1);
  g_assert_cmpuint (g_strv_length (active_lines), >, 1);
  g_assert_cmpuint (g_strv_length (active_lines), <, g_strv_length (all_lines));
  for (guint i = 0; active_lines[i + 1] != NULL; i++)
    g_assert_true (g_str_has_suffix (active_lines[i], "\tActive"));

  /* Searching for the first participant's family name, in capitals, finds them. */
  fields = g_strsplit (all_lines[0], "\t", 3);
  words = g_strsplit (fields[1], " ", -1);
  {
    g_autofree char *family = g_utf8_strup (words[g_strv_length (words) - 1], -1);
    g_autofree char *line = g_strconcat (all_lines[0], "\n", NULL);

    g_assert_cmpint (run (&found, NULL, "--database", db, "list", "participants",
                          "--search", family, NULL), ==, 0);
    g_assert_nonnull (strstr (found, line));
    g_assert_cmpuint (strlen (found), <, strlen (all));
  }
}

/* An application of @participant_id's whose follow-up is @follow_up; ended with
 * @status when not NULL. */
static void
add_application (FfStore    *store,
                 gint64      participant_id,
                 const char *date,
                 const char *employer,
                 const char *follow_up,
                 FfJobStatus status)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  gint64 id;

  values[FF_JOB_APPLICATION_DATE] = date;
  values[FF_JOB_APPLICATION_EMPLOYER] = employer;
  values[FF_JOB_APPLICATION_POSITION] = "Butikkmedarbeider";
  values[FF_JOB_APPLICATION_FOLLOW_UP] = follow_up;
  id = ff_job_application_create (store, participant_id, values, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  if (status != FF_JOB_STATUS_SENT)
    {
      g_assert_true (ff_job_application_set_status (store, id, status, date, &error));
      g_assert_no_error (error);
    }
}

/* Olena with three applications (one to follow up long ago, one far ahead, one ended),
 * Ahmad with one to follow up long ago; their numbers in @olena and @ahmad. */
static char *
make_application_store (Fixture  *f,
                        char    **olena,
                        char    **ahmad)
{
  g_autofree char *db = path_in (f, "applications.sqlite3");
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 olena_id, ahmad_id;

  g_assert_cmpint (run (NULL, NULL, "--database", db, "init", NULL), ==, 0);
  store = ff_store_open (db, &error);
  g_assert_no_error (error);

  olena_id = ff_test_add_participant (store, "Olena", "Kovalenko");
  ahmad_id = ff_test_add_participant (store, "Ahmad", "Rahimi");
  add_application (store, olena_id, "2025-01-06", "Rema 1000 Bragernes", "2025-01-20",
                   FF_JOB_STATUS_SENT);
  add_application (store, olena_id, "2025-02-03", "Kafé Elva", "2099-12-31",
                   FF_JOB_STATUS_INTERVIEW);
  add_application (store, olena_id, "2025-03-03", "Lier kommune", "2025-03-10",
                   FF_JOB_STATUS_OFFERED);
  add_application (store, ahmad_id, "2025-04-07", "Drammen Taxi", "2025-04-14",
                   FF_JOB_STATUS_SENT);

  *olena = g_strdup_printf ("%" G_GINT64_FORMAT, olena_id);
  *ahmad = g_strdup_printf ("%" G_GINT64_FORMAT, ahmad_id);
  return g_steal_pointer (&db);
}

static guint
count_lines (const char *out)
{
  guint n = 0;

  for (const char *p = out; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* One line per application: number, date, participant, employer, position, status
 * with its date, follow-up; one participant's with --participant; the follow-ups due
 * with --due. */
static void
test_list_applications (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *olena = NULL;
  g_autofree char *ahmad = NULL;
  g_autofree char *db = make_application_store (f, &olena, &ahmad);
  g_autofree char *all = NULL;
  g_autofree char *hers = NULL;
  g_autofree char *due = NULL;
  g_autofree char *before = ff_test_checksum_file (db);
  g_autofree char *after = NULL;
  g_autoptr(GRegex) line_re = g_regex_new ("^[0-9]+\t[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}\t[^\t]+\t"
                                           "[^\t]+\t[^\t]*\t[^\t]+ \\([0-9.]+\\)\t[0-9.]*$",
                                           0, 0, NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run (&all, NULL, "--database", db, "list", "applications", NULL), ==, 0);
  g_assert_cmpuint (count_lines (all), ==, 4);
  lines = g_strsplit (all, "\n", -1);
  for (guint i = 0; i < 4; i++)
    g_assert_true (g_regex_match (line_re, lines[i], 0, NULL));
  g_assert_nonnull (strstr (all, "\t06.01.2025\tOlena Kovalenko\tRema 1000 Bragernes\t"
                                 "Butikkmedarbeider\tSent and waiting (06.01.2025)\t"
                                 "20.01.2025\n"));
  g_assert_nonnull (strstr (all, "\tDrammen Taxi\t"));
  /* as "list participants" orders them (Kovalenko before Rahimi), each one's newest
   * first */
  g_assert_true (strstr (all, "Lier kommune") < strstr (all, "Kafé Elva"));
  g_assert_true (strstr (all, "Kafé Elva") < strstr (all, "Rema 1000"));
  g_assert_true (strstr (all, "Rema 1000") < strstr (all, "Drammen Taxi"));

  g_assert_cmpint (run (&hers, NULL, "--database", db, "list", "applications",
                        "--participant", olena, NULL), ==, 0);
  g_assert_cmpuint (count_lines (hers), ==, 3);
  g_assert_null (strstr (hers, "Ahmad"));

  /* overdue and still open: Rema (Olena's) and Drammen Taxi (Ahmad's); not the one to
   * follow up in 2099, nor the one that ended with an offer */
  g_assert_cmpint (run (&due, NULL, "--database", db, "list", "applications", "--due", NULL),
                   ==, 0);
  g_assert_cmpuint (count_lines (due), ==, 2);
  g_assert_nonnull (strstr (due, "Rema 1000 Bragernes"));
  g_assert_nonnull (strstr (due, "Drammen Taxi"));
  g_clear_pointer (&due, g_free);
  g_assert_cmpint (run (&due, NULL, "--database", db, "list", "applications", "--due",
                        "--participant", ahmad, NULL), ==, 0);
  g_assert_cmpuint (count_lines (due), ==, 1);
  g_assert_nonnull (strstr (due, "Drammen Taxi"));

  after = ff_test_checksum_file (db);
  g_assert_cmpstr (after, ==, before);
}

/* Bad arguments: a message, exit status 2, nothing listed or changed. */
static void
test_list_applications_bad_input (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *olena = NULL;
  g_autofree char *ahmad = NULL;
  g_autofree char *db = make_application_store (f, &olena, &ahmad);
  g_autofree char *before = ff_test_checksum_file (db);
  const struct
  {
    const char *args[6];
    const char *says;
  } cases[] = {
    { { "list", "applications", "--participant", "Olena", NULL }, "“Olena” is not" },
    { { "list", "applications", "--participant", "4711", NULL }, "number 4711" },
    { { "list", "applications", "--status", "active", NULL }, "--status" },
    { { "list", "applications", "--search", "Rema", NULL }, "--participant" },
    { { "list", "employers", "--due", NULL }, "applications and follow-ups only" },
    { { "list", "participants", "--participant", olena, NULL }, "applications and follow-ups only" },
    { { "list", "vacancies", NULL }, "“applications”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;

      g_ptr_array_add (args, (gpointer) "--database");
      g_ptr_array_add (args, db);
      for (guint j = 0; cases[i].args[j] != NULL; j++)
        g_ptr_array_add (args, (gpointer) cases[i].args[j]);
      g_ptr_array_add (args, NULL);

      g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 2);
      g_assert_cmpstr (out, ==, "");
      if (strstr (err, cases[i].says) == NULL)
        g_error ("case %u: “%s” is not in the message:\n%s", i, cases[i].says, err);
      after = ff_test_checksum_file (db);
      g_assert_cmpstr (after, ==, before);
    }
}

/* One line per business plan: number, participant, title, kind, status with its date,
 * and whether the budget breaks even; by participant, plans of deleted participants
 * left out; nothing written. */
static void
test_list_business_plans (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *db = path_in (f, "business-plans.sqlite3");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run (NULL, NULL, "--database", db, "init", NULL), ==, 0);
  {
    g_autoptr(FfStore) store = ff_store_open (db, &error);
    gint64 olena, ahmad, gone, plan, line;

    g_assert_no_error (error);
    olena = ff_test_add_participant (store, "Olena", "Kovalenko");
    ahmad = ff_test_add_participant (store, "Ahmad", "Rahimi");
    gone = ff_test_add_participant (store, "Borys", "Avramenko");
    plan = ff_business_plan_create (store, ahmad, (const char *[FF_BUSINESS_PLAN_N_FIELDS]) {
                                      [FF_BUSINESS_PLAN_TITLE] = "Shawarma fra foodtruck",
                                      [FF_BUSINESS_PLAN_KIND] = "food-truck",
                                      [FF_BUSINESS_PLAN_STATUS_DATE] = "2025-01-06" }, &error);
    g_assert_no_error (error);
    g_assert_true (ff_business_plan_set_status (store, plan, FF_BUSINESS_STATUS_IN_REVIEW,
                                                "2025-02-03", &error));
    line = ff_record_insert (store, &ff_business_part_types[FF_BUSINESS_PART_BUDGET], plan,
                             (const char *[FF_BUSINESS_BUDGET_N_FIELDS]) { "revenue", "Salg", "1000" }, &error);
    g_assert_cmpint (line, >, 0);
    plan = ff_business_plan_create (store, olena, (const char *[FF_BUSINESS_PLAN_N_FIELDS]) {
                                      [FF_BUSINESS_PLAN_TITLE] = "Kafé med dagens lunsj",
                                      [FF_BUSINESS_PLAN_KIND] = "cafe",
                                      [FF_BUSINESS_PLAN_STATUS_DATE] = "2025-03-03" }, &error);
    g_assert_cmpint (plan, >, 0);
    plan = ff_business_plan_create (store, gone, (const char *[FF_BUSINESS_PLAN_N_FIELDS]) {
                                      [FF_BUSINESS_PLAN_TITLE] = "Renhold",
                                      [FF_BUSINESS_PLAN_KIND] = "cleaning" }, &error);
    g_assert_cmpint (plan, >, 0);
    g_assert_true (ff_record_set_deleted (store, &ff_participant_type, gone, TRUE, &error));
    g_assert_no_error (error);
  }

  before = ff_test_checksum_file (db);
  g_assert_cmpint (run (&out, &err, "--database", db, "list", "business-plans", NULL), ==, 0);
  g_assert_cmpuint (count_lines (out), ==, 2);
  g_assert_nonnull (strstr (out, "\tOlena Kovalenko\tKafé med dagens lunsj\tCafé or restaurant\t"
                                 "Draft (03.03.2025)\tdoes not break even\n"));
  g_assert_nonnull (strstr (out, "\tAhmad Rahimi\tShawarma fra foodtruck\tFood truck\t"
                                 "In review (03.02.2025)\tbreaks even in month 1\n"));
  g_assert_true (strstr (out, "Olena") < strstr (out, "Ahmad"));
  g_assert_null (strstr (out, "Borys"));
  after = ff_test_checksum_file (db);
  g_assert_cmpstr (after, ==, before);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (&out, &err, "--database", db, "list", "business-plans", "--search",
                        "Kafé", NULL), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "takes no options"));
}

/* One line per course: number, title, kind, programme, period; by title, archived ones
 * only with --archived, searched by instructor; nothing written. */
static void
test_list_courses (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *db = path_in (f, "courses.sqlite3");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run (NULL, NULL, "--database", db, "init", NULL), ==, 0);
  {
    g_autoptr(FfStore) store = ff_store_open (db, &error);
    gint64 programme, course;
    g_autofree char *programme_text = NULL;

    g_assert_no_error (error);
    programme = ff_test_add_programme (store, "Introduksjonsprogrammet",
                                       FF_PROGRAMME_KIND_INTRODUCTION);
    programme_text = g_strdup_printf ("%" G_GINT64_FORMAT, programme);
    course = ff_course_create (store, (const char *[FF_COURSE_N_FIELDS]) {
                                 [FF_COURSE_TITLE] = "Norsk A2",
                                 [FF_COURSE_KIND] = "norwegian",
                                 [FF_COURSE_PROGRAMME_ID] = programme_text,
                                 [FF_COURSE_INSTRUCTOR] = "Ingrid Hansen",
                                 [FF_COURSE_START_DATE] = "2025-01-06",
                                 [FF_COURSE_END_DATE] = "2025-06-20" }, &error);
    g_assert_no_error (error);
    g_assert_cmpint (course, >, 0);
    course = ff_course_create (store, (const char *[FF_COURSE_N_FIELDS]) {
                                 [FF_COURSE_TITLE] = "Jobbsøkerkurs",
                                 [FF_COURSE_KIND] = "job-seeker",
                                 [FF_COURSE_PROGRAMME_ID] = programme_text }, &error);
    g_assert_cmpint (course, >, 0);
    course = ff_course_create (store, (const char *[FF_COURSE_N_FIELDS]) {
                                 [FF_COURSE_TITLE] = "Etablererkurs 2024",
                                 [FF_COURSE_KIND] = "establishment",
                                 [FF_COURSE_PROGRAMME_ID] = programme_text }, &error);
    g_assert_true (ff_record_set_archived (store, &ff_course_type, course, TRUE, &error));
    g_assert_no_error (error);
  }

  before = ff_test_checksum_file (db);
  g_assert_cmpint (run (&out, &err, "--database", db, "list", "courses", NULL), ==, 0);
  g_assert_cmpuint (count_lines (out), ==, 2);
  g_assert_nonnull (strstr (out, "\tNorsk A2\tNorwegian\tIntroduksjonsprogrammet\t"
                                 "06.01.2025 – 20.06.2025\n"));
  g_assert_nonnull (strstr (out, "\tJobbsøkerkurs\tJob-seeker course\t"
                                 "Introduksjonsprogrammet\t\n"));
  g_assert_true (strstr (out, "Jobbsøkerkurs") < strstr (out, "Norsk A2"));
  g_assert_null (strstr (out, "Etablererkurs"));

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, NULL, "--database", db, "list", "courses", "--archived", NULL),
                   ==, 0);
  g_assert_cmpuint (count_lines (out), ==, 3);
  g_assert_nonnull (strstr (out, "\tEtablererkurs 2024\tEstablishment course\t"));

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, NULL, "--database", db, "list", "courses", "--search", "ingrid",
                        NULL), ==, 0);
  g_assert_cmpuint (count_lines (out), ==, 1);
  g_assert_nonnull (strstr (out, "\tNorsk A2\t"));

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--database", db, "list", "courses", "--status", "active",
                        NULL), ==, 2);
  g_assert_nonnull (strstr (err, "participants only"));

  after = ff_test_checksum_file (db);
  g_assert_cmpstr (after, ==, before);
}

/* A participant whose programme ended in 2012, one whose ended last year, and one still
 * in a programme since 2010: the first is due for review after five years (the
 * default), the second after none but with --years 1 only once a year has passed. */
static char *
make_retention_store (Fixture *f)
{
  g_autofree char *db = path_in (f, "retention.sqlite3");
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) month_ago = g_date_time_add_months (now, -1);
  g_autofree char *recent = g_date_time_format (month_ago, "%Y-%m-%d");
  gint64 intro;
  gint64 enrolment;

  g_assert_cmpint (run (NULL, NULL, "--database", db, "init", NULL), ==, 0);
  store = ff_store_open (db, &error);
  g_assert_no_error (error);

  intro = ff_test_add_programme (store, "Introduksjonsprogrammet",
                                 FF_PROGRAMME_KIND_INTRODUCTION);
  enrolment = ff_test_add_enrolment (store, ff_test_add_participant (store, "Olena",
                                                                     "Kovalenko"),
                                     intro, "2010-08-16");
  g_assert_true (ff_enrolment_set_status (store, enrolment, FF_ENROLMENT_STATUS_COMPLETED,
                                          "2012-06-29", NULL, &error));
  g_assert_no_error (error);
  enrolment = ff_test_add_enrolment (store, ff_test_add_participant (store, "Ahmad",
                                                                     "Rahimi"),
                                     intro, "2020-08-17");
  g_assert_true (ff_enrolment_set_status (store, enrolment, FF_ENROLMENT_STATUS_DROPPED_OUT,
                                          recent, NULL, &error));
  g_assert_no_error (error);
  ff_test_add_enrolment (store, ff_test_add_participant (store, "Amina", "Yusuf"), intro,
                         "2010-01-04");

  return g_steal_pointer (&db);
}

/* One line per participant due: number, name, last programme, the day it ended. */
static void
test_list_retention (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *db = make_retention_store (f);
  g_autofree char *due = NULL;
  g_autofree char *thirty = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = ff_test_checksum_file (db);
  g_autofree char *after = NULL;
  g_autoptr(GRegex) line_re = g_regex_new ("^[0-9]+\tOlena Kovalenko\tIntroduksjonsprogrammet"
                                           "\t29\\.06\\.2012\n$", 0, 0, NULL);

  g_assert_cmpint (run (&due, NULL, "--database", db, "list", "retention", NULL), ==, 0);
  g_assert_true (g_regex_match (line_re, due, 0, NULL));
  g_clear_pointer (&due, g_free);
  g_assert_cmpint (run (&due, NULL, "--database", db, "list", "retention", "--years", "5",
                        NULL), ==, 0);
  g_assert_true (g_regex_match (line_re, due, 0, NULL));

  /* 2012 is less than thirty years ago */
  g_assert_cmpint (run (&thirty, NULL, "--database", db, "list", "retention", "--years",
                        "30", NULL), ==, 0);
  g_assert_cmpstr (thirty, ==, "");

  g_assert_cmpint (run (NULL, &err, "--database", db, "list", "retention", "--years", "0",
                        NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--years"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--database", db, "list", "participants", "--years",
                        "5", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "retention only"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--database", db, "list", "retention", "--search",
                        "Olena", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "only --years"));

  after = ff_test_checksum_file (db);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/list/programmes", test_list_programmes);
  ff_cli_test_add ("/cli/list/search-and-status", test_list_search_and_status);
  ff_cli_test_add ("/cli/list/applications", test_list_applications);
  ff_cli_test_add ("/cli/list/business-plans", test_list_business_plans);
  ff_cli_test_add ("/cli/list/courses", test_list_courses);
  ff_cli_test_add ("/cli/list/applications/bad-input-changes-nothing",
                   test_list_applications_bad_input);
  ff_cli_test_add ("/cli/list/retention", test_list_retention);

  return g_test_run ();
}
