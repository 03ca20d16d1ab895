/* test-cli-print-job-log.c — runs the real fotfeste-cli's "print job-log" on a store
 * filled as a contact person would fill it, and reads the printed logs back with
 * pdftotext
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-cli-test.h"
#include "ff-job-log.h"
#include "ff-participant.h"
#include "ff-report-language.h"
#include "ff-store.h"
#include "ff-test-store.h"
#include "ff-validate.h"

/* A store made by "fotfeste-cli init" and filled through core. */
typedef struct
{
  char *db;
  char *olena;        /* applications before, in and after the first quarter of 2026 */
  char *ahmad;        /* none */
  char *national_id;  /* Olena's */
} LogStore;

static void
log_store_clear (LogStore *p)
{
  g_free (p->db);
  g_free (p->olena);
  g_free (p->ahmad);
  g_free (p->national_id);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LogStore, log_store_clear)

static void
add_application (FfStore    *store,
                 gint64      participant_id,
                 const char *date,
                 const char *employer,
                 const char *position)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };

  values[FF_JOB_APPLICATION_DATE] = date;
  values[FF_JOB_APPLICATION_EMPLOYER] = employer;
  values[FF_JOB_APPLICATION_POSITION] = position;
  values[FF_JOB_APPLICATION_SOURCE] = "nav";
  g_assert_cmpint (ff_job_application_create (store, participant_id, values, &error), >, 0);
  g_assert_no_error (error);
}

static void
make_log_store (Fixture  *f,
                LogStore *p)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 olena, ahmad;

  p->db = path_in (f, "logs.sqlite3");
  g_assert_cmpint (run (NULL, NULL, "--database", p->db, "init", NULL), ==, 0);

  store = ff_store_open (p->db, &error);
  g_assert_no_error (error);

  olena = ff_test_add_participant (store, "Olena", "Kovalenko");
  ff_test_set_participant (store, olena, FF_PARTICIPANT_NATIVE_NAME, "Олена Коваленко");
  ff_test_set_participant (store, olena, FF_PARTICIPANT_BIRTH_DATE, "1988-04-12");
  ff_test_set_participant (store, olena, FF_PARTICIPANT_LANGUAGES, "ukrainsk");
  for (guint individual = 123; p->national_id == NULL; individual++)
    p->national_id = ff_national_id_make (1988, 4, 12, individual, FALSE);
  ff_test_set_participant (store, olena, FF_PARTICIPANT_NATIONAL_ID, p->national_id);
  ahmad = ff_test_add_participant (store, "Ahmad", "Rahimi");

  add_application (store, olena, "2025-12-31", "Før Perioden AS", "Lagermedarbeider");
  add_application (store, olena, "2026-01-05", "Rema 1000 Bragernes", "Butikkmedarbeider");
  add_application (store, olena, "2026-03-31", "Kafé Elva", "Kokk");
  add_application (store, olena, "2026-04-01", "Etter Perioden AS", "Sjåfør");

  p->olena = g_strdup_printf ("%" G_GINT64_FORMAT, olena);
  p->ahmad = g_strdup_printf ("%" G_GINT64_FORMAT, ahmad);
}

/* Prints with @args after "--database DB print job-log", expecting success; returns
 * the PDF's text. */
static char *
print_ok (const LogStore *p,
          const char     *output,
          const char     *first,
          ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GStatBuf st;
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--database");
  g_ptr_array_add (args, p->db);
  g_ptr_array_add (args, (gpointer) "print");
  g_ptr_array_add (args, (gpointer) "job-log");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, (gpointer) "--output");
  g_ptr_array_add (args, (gpointer) output);
  g_ptr_array_add (args, NULL);

  g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 0);
  /* every name and label has its glyphs: nothing to warn about */
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, output));
  g_assert_cmpint (g_stat (output, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  return pdf_text (output);
}

static void
assert_has (const char *text,
            const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” is not in the printed log:\n%s", words, text);
}

static void
assert_has_not (const char *text,
                const char *words)
{
  if (strstr (text, words) != NULL)
    g_error ("“%s” should not be in the printed log:\n%s", words, text);
}

/* The applications of the period, and none from outside it; the national id masked;
 * the database as it was. */
static void
test_print_job_log (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(LogStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "olena-log.pdf");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *personal = NULL;

  if (!need_pdftotext ())
    return;
  make_log_store (f, &p);
  before = checksum_but_audit (p.db);
  personal = g_strndup (p.national_id + 6, 5);

  /* no --language, no plan: the language shown, English here */
  text = print_ok (&p, pdf, p.olena, "--from", "2026-01-01", "--to", "2026-03-31", NULL);
  assert_has (text, "Job-seeker log");
  assert_has (text, "Olena Kovalenko");
  assert_has (text, "Олена Коваленко");
  assert_has (text, "01.01.2026–31.03.2026");
  assert_has (text, "Rema 1000 Bragernes");
  assert_has (text, "Kafé Elva");
  assert_has_not (text, "Før Perioden");
  assert_has_not (text, "Etter Perioden");
  assert_has (text, "120488 *****");
  assert_has_not (text, p.national_id);
  assert_has_not (text, personal);

  /* dates as Norwegian forms write them; printing again writes over the last print */
  g_clear_pointer (&text, g_free);
  text = print_ok (&p, pdf, p.olena, "--from", "01.04.2026", NULL);
  assert_has (text, "Etter Perioden AS");
  assert_has_not (text, "Kafé Elva");

  /* without a period, everything */
  g_clear_pointer (&text, g_free);
  text = print_ok (&p, pdf, p.olena, NULL);
  assert_has (text, "Før Perioden AS");
  assert_has (text, "Etter Perioden AS");

  /* a participant without applications gets a log that says so */
  g_clear_pointer (&text, g_free);
  text = print_ok (&p, pdf, p.ahmad, "--from", "2026-01-01", "--to", "2026-03-31", NULL);
  assert_has (text, "Ahmad Rahimi");
  assert_has (text, "There are no applications in this period.");

  after = checksum_but_audit (p.db);
  g_assert_cmpstr (after, ==, before);
}

/* --language and --bilingual: Bokmål with the participant's own Ukrainian under it, and
 * Ukrainian with Bokmål. */
static void
test_print_job_log_languages (Fixture       *f,
                              gconstpointer  data)
{
  g_auto(LogStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "olena-log.pdf");
  g_autofree char *text = NULL;

  if (!need_pdftotext ())
    return;
  make_log_store (f, &p);

  text = print_ok (&p, pdf, p.olena, "--language", "uk", NULL);
  g_assert_cmpstr (ff_report_gettext ("uk", "Participant"), !=, "Participant");
  assert_has (text, ff_report_gettext ("uk", "Participant"));
  assert_has_not (text, "Participant");
  assert_has_not (text, "National identity number");

  g_clear_pointer (&text, g_free);
  text = print_ok (&p, pdf, p.olena, "--language", "nb", "--bilingual", NULL);
  assert_has (text, ff_report_gettext ("nb", "Participant"));
  assert_has (text, ff_report_gettext ("uk", "Participant"));
  assert_has (text, ff_report_gettext ("nb", "Period"));
  assert_has (text, ff_report_gettext ("uk", "Period"));
  assert_has (text, "Олена Коваленко");

  /* The log goes to NAV: printed in Ukrainian, Bokmål is the second language. */
  g_clear_pointer (&text, g_free);
  text = print_ok (&p, pdf, p.olena, "--language", "uk", "--bilingual", NULL);
  assert_has (text, ff_report_gettext ("uk", "Participant"));
  assert_has (text, ff_report_gettext ("nb", "Participant"));
  assert_has_not (text, "Participant");
}

/* Bad arguments: a message on stderr, exit status 2, no PDF, the database as it was. */
static void
test_print_job_log_bad_input (Fixture       *f,
                              gconstpointer  data)
{
  g_auto(LogStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "never.pdf");
  g_autofree char *before = NULL;

  make_log_store (f, &p);
  before = checksum_but_audit (p.db);

  {
    const struct
    {
      const char *args[12];
      const char *says;
    } cases[] = {
      { { "print", "job-log", "-o", pdf, NULL }, "list participants" },
      { { "print", "job-log", "Olena", "-o", pdf, NULL }, "“Olena” is not" },
      { { "print", "job-log", "4711", "-o", pdf, NULL }, "no participant number 4711" },
      { { "print", "job-log", p.olena, NULL }, "--output" },
      { { "print", "job-log", p.olena, "-o", pdf, "--from", "2026-02-30", NULL },
        "“2026-02-30” is not a date" },
      { { "print", "job-log", p.olena, "-o", pdf, "--to", "last week", NULL },
        "“last week” is not a date" },
      { { "print", "job-log", p.olena, "-o", pdf, "--from", "2026-03-01", "--to",
          "2026-02-01", NULL }, "comes before --from" },
      { { "print", "job-log", p.olena, "-o", pdf, "--language", "de", NULL }, "“de”" },
      { { "print", "job-log", p.olena, "-o", pdf, "--second-language", "uk", NULL },
        "--bilingual" },
      { { "print", "job-log", p.olena, "-o", pdf, "--version", "1", NULL }, "--version" },
      { { "print", "job-log", p.olena, "-o", p.db, NULL }, "is not a PDF" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GPtrArray) args = g_ptr_array_new ();
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;
        g_autofree char *after = NULL;

        g_ptr_array_add (args, (gpointer) "--database");
        g_ptr_array_add (args, p.db);
        for (guint j = 0; cases[i].args[j] != NULL; j++)
          g_ptr_array_add (args, (gpointer) cases[i].args[j]);
        g_ptr_array_add (args, NULL);

        g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 2);
        g_assert_cmpstr (out, ==, "");
        g_assert_true (g_str_has_prefix (err, "fotfeste-cli: "));
        if (strstr (err, cases[i].says) == NULL)
          g_error ("case %u: “%s” is not in the message:\n%s", i, cases[i].says, err);

        after = checksum_but_audit (p.db);
        g_assert_cmpstr (after, ==, before);
      }
  }

  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_print_audited (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(LogStore) p = { 0 };
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = path_in (f, "log.pdf");
  g_autofree char *plan_pdf = path_in (f, "plan.pdf");
  g_autofree char *err = NULL;
  gint64 programme, enrolment;

  make_log_store (f, &p);
  store = ff_store_open (p.db, &error);
  g_assert_no_error (error);
  programme = ff_test_add_programme (store, "Veiviseren", FF_PROGRAMME_KIND_INTRODUCTION);
  enrolment = ff_test_add_enrolment (store, g_ascii_strtoll (p.olena, NULL, 10), programme,
                                     "2026-01-05");
  ff_test_add_plan (store, enrolment);
  g_clear_object (&store);

  /* Each print is a row of the participant's audit log. */
  g_assert_cmpint (run (NULL, NULL, "--database", p.db, "print", "job-log", p.olena,
                        "--output", pdf, NULL), ==, 0);
  g_assert_cmpint (run (NULL, NULL, "--database", p.db, "print", "plan", p.olena,
                        "--output", plan_pdf, NULL), ==, 0);
  store = ff_store_open (p.db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM audit a JOIN participant p"
                                             " ON p.uuid = a.row_uuid"
                                             " WHERE p.given_name = 'Olena'"
                                             " AND a.new_value = 'exported:job-log'"), ==, 1);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM audit a JOIN participant p"
                                             " ON p.uuid = a.row_uuid"
                                             " WHERE p.given_name = 'Olena'"
                                             " AND a.new_value = 'exported:plan'"), ==, 1);
  g_unlink (pdf);
  g_unlink (plan_pdf);

  /* Open elsewhere, the file is only read: nothing can be recorded, nothing printed. */
  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "job-log", p.olena,
                        "--output", pdf, NULL), !=, 0);
  g_assert_nonnull (strstr (err, "audit log"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "plan", p.olena,
                        "--output", plan_pdf, NULL), !=, 0);
  g_assert_nonnull (strstr (err, "audit log"));
  g_assert_false (g_file_test (plan_pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/print/job-log/period", test_print_job_log);
  ff_cli_test_add ("/cli/print/job-log/languages", test_print_job_log_languages);
  ff_cli_test_add ("/cli/print/job-log/bad-input-changes-nothing",
                   test_print_job_log_bad_input);
  ff_cli_test_add ("/cli/print/audited", test_print_audited);

  return g_test_run ();
}
