/* test-person-report.c — a participant's copy of their personal data (GDPR article 15)
 * printed to PDF, read back as text
 *
 * The PDFs are read with pdftotext, whose path the test is given after its options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-test-document.h"
#include "ff-job-log.h"
#include "ff-participant.h"
#include "ff-person-report.h"
#include "ff-test-store.h"
#include "ff-validate.h"

static const char *pdftotext;

typedef struct
{
  char    *dir;
  FfStore *store;
  gint64   olena;
  char    *national_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  gint64 programme, enrolment;

  fixture->store = ff_test_store_new (&fixture->dir);
  ff_test_add_olena_plan (fixture->store, "Drammen kommune", "2025-09-01", &fixture->olena,
                          &programme, &enrolment);

  for (guint individual = 123; fixture->national_id == NULL; individual++)
    fixture->national_id = ff_national_id_make (1988, 4, 12, individual, FALSE);
  ff_test_set_participant (fixture->store, fixture->olena, FF_PARTICIPANT_NATIONAL_ID,
                           fixture->national_id);

  values[FF_JOB_APPLICATION_DATE] = "2026-01-05";
  values[FF_JOB_APPLICATION_EMPLOYER] = "Rema 1000 Bragernes";
  values[FF_JOB_APPLICATION_POSITION] = "Butikkmedarbeider";
  g_assert_cmpint (ff_job_application_create (fixture->store, fixture->olena, values, &error),
                   >, 0);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_free (fixture->national_id);
  ff_test_store_close (fixture->store, fixture->dir);
}

static char *
run_pdftotext (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  const char *argv[] = { pdftotext, "-layout", "-enc", "UTF-8", path, "-", NULL };
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  return out;
}

static void
test_holds_everything (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "person.pdf", NULL);
  g_autofree char *text = NULL;
  GStatBuf st;

  g_assert_true (ff_person_report_export (fixture->store, fixture->olena, "en", path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  text = run_pdftotext (path);

  /* Their name, and their national id in full: it is their own copy. */
  ff_test_assert_on_page (text, "Copy of personal data");
  ff_test_assert_on_page (text, "Olena");
  ff_test_assert_on_page (text, "Kovalenko");
  ff_test_assert_on_page (text, fixture->national_id);
  ff_test_assert_on_page (text, "National identity number");

  /* What the other tables hold, under their labels. */
  ff_test_assert_on_page (text, "Job applications");
  ff_test_assert_on_page (text, "Rema 1000 Bragernes");
  ff_test_assert_on_page (text, "Individual plans");

  /* The audit log's entries about them, this export among them. */
  ff_test_assert_on_page (text, "Audit log");
  ff_test_assert_on_page (text, "national_id");
  ff_test_assert_on_page (text, "exported:access-pdf");
  g_assert_cmpint (ff_test_query_int (fixture->store,
                                      "SELECT count(*) FROM audit"
                                      " WHERE new_value = 'exported:access-pdf'"), ==, 1);

  /* Sort keys and search texts are the program's, not theirs to read. */
  ff_test_assert_not_on_page (text, "search_text");
}

static void
test_read_only_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) read_only = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "person.pdf", NULL);

  read_only = ff_store_open_read_only (ff_store_get_path (fixture->store), &error);
  g_assert_no_error (error);

  /* An export that cannot be recorded is not made. */
  g_assert_false (ff_person_report_export (read_only, fixture->olena, "en", path, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_file_name (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPersonReport) report = NULL;
  g_autofree char *name = NULL;

  report = ff_person_report_new (fixture->store, fixture->olena, "en", &error);
  g_assert_no_error (error);
  name = ff_document_dup_suggested_file_name (FF_DOCUMENT (report));
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_assert_nonnull (strstr (name, "Olena"));
  /* Making it records nothing: only an export does. */
  g_assert_cmpint (ff_test_query_int (fixture->store,
                                      "SELECT count(*) FROM audit"
                                      " WHERE new_value LIKE 'exported:%'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  ff_test_report_init (&argc, &argv);
  pdftotext = argv[1];

  g_test_add ("/report/person/holds-name-national-id-and-audit", Fixture, NULL,
              fixture_set_up, test_holds_everything, fixture_tear_down);
  g_test_add ("/report/person/read-only-refused", Fixture, NULL,
              fixture_set_up, test_read_only_refused, fixture_tear_down);
  g_test_add ("/report/person/file-name", Fixture, NULL,
              fixture_set_up, test_file_name, fixture_tear_down);

  return g_test_run ();
}
