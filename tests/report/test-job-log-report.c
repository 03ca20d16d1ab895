/* test-job-log-report.c — job-seeker logs printed to PDF, read back as text
 *
 * The PDFs are read with pdftotext, whose path the test is given after its options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "ff-test-document.h"
#include "ff-job-log.h"
#include "ff-job-log-report.h"
#include "ff-participant.h"
#include "ff-report-language.h"
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

/* An application of Olena's; @status (a key) changed on @status_date unless NULL. */
static gint64
add_application (Fixture    *fixture,
                 const char *date,
                 const char *employer,
                 const char *position,
                 const char *source,
                 const char *status,
                 const char *status_date)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  gint64 id;

  values[FF_JOB_APPLICATION_DATE] = date;
  values[FF_JOB_APPLICATION_EMPLOYER] = employer;
  values[FF_JOB_APPLICATION_POSITION] = position;
  values[FF_JOB_APPLICATION_SOURCE] = source;
  id = ff_job_application_create (fixture->store, fixture->olena, values, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  if (status != NULL)
    {
      g_assert_true (ff_job_application_set_status (fixture->store, id,
                                                    ff_choice_list_find (&ff_job_statuses,
                                                                         status),
                                                    status_date, &error));
      g_assert_no_error (error);
    }

  return id;
}

static void
set_application (Fixture               *fixture,
                 gint64                 id,
                 FfJobApplicationField  field,
                 const char            *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_record_set_field (fixture->store, &ff_job_application_type, id, field,
                                      value, &error));
  g_assert_no_error (error);
}

/* Olena (Олена Коваленко, born 12 April 1988) in Drammen's introduction programme,
 * with three applications in the first quarter of 2026, one just before it and one
 * just after. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 programme, enrolment, id;

  fixture->store = ff_test_store_new (&fixture->dir);
  ff_test_add_olena_plan (fixture->store, "Drammen kommune", "2025-09-01", &fixture->olena,
                          &programme, &enrolment);

  for (guint individual = 123; fixture->national_id == NULL; individual++)
    fixture->national_id = ff_national_id_make (1988, 4, 12, individual, FALSE);
  ff_test_set_participant (fixture->store, fixture->olena, FF_PARTICIPANT_NATIONAL_ID,
                           fixture->national_id);

  add_application (fixture, "2025-12-31", "Før Perioden AS", "Lagermedarbeider", "nav",
                   NULL, NULL);

  id = add_application (fixture, "2026-01-05", "Rema 1000 Bragernes", "Butikkmedarbeider",
                        "advertisement", "interview", "2026-01-26");
  set_application (fixture, id, FF_JOB_APPLICATION_PLACE, "Drammen");
  set_application (fixture, id, FF_JOB_APPLICATION_DEADLINE, "2026-01-20");
  set_application (fixture, id, FF_JOB_APPLICATION_CONTACT, "Per Hansen");
  set_application (fixture, id, FF_JOB_APPLICATION_LINK, "https://www.finn.no/job/4711");
  set_application (fixture, id, FF_JOB_APPLICATION_FOLLOW_UP, "2026-02-02");
  set_application (fixture, id, FF_JOB_APPLICATION_NOTES, "Ringte etter intervjuet");

  add_application (fixture, "2026-02-16", "Lier kommune", "Assistent i barnehage", "other",
                   "withdrawn", "2026-03-02");
  /* the last day of the period is in it */
  add_application (fixture, "2026-03-31", "Kafé Elva", "Kokk", "open-application",
                   "offered", "2026-04-09");

  add_application (fixture, "2026-04-01", "Etter Perioden AS", "Sjåfør", "network", NULL, NULL);
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

/* Olena's log from @from to @to printed to a PDF and read back as text; asserts that
 * every letter had its glyph. */
static char *
print_log (Fixture    *fixture,
           const char *from,
           const char *to,
           const char *language,
           const char *second_language,
           int        *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfJobLogReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "log.pdf", NULL);
  g_autofree char *pdf = NULL;
  static const char media_box[] = "/MediaBox [ 0 0 841.8";
  gboolean wide = FALSE;
  gsize length = 0;
  char *text;
  int pages = 0;

  report = ff_job_log_report_new (fixture->store, fixture->olena, from, to, language,
                                  second_language, &error);
  g_assert_no_error (error);
  g_assert_true (ff_document_write_pdf (FF_DOCUMENT (report), path, &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pages, >=, 1);
  g_assert_cmpint (ff_document_get_unknown_glyphs (FF_DOCUMENT (report)), ==, 0);

  /* A4 on its side: wider than high */
  g_assert_true (ff_document_get_landscape (FF_DOCUMENT (report)));
  g_assert_true (g_file_get_contents (path, &pdf, &length, &error));
  for (gsize i = 0; !wide && i + sizeof media_box - 1 <= length; i++)
    wide = memcmp (pdf + i, media_box, sizeof media_box - 1) == 0;
  g_assert_true (wide);

  text = run_pdftotext (path);
  if (n_pages != NULL)
    *n_pages = pages;
  g_unlink (path);

  return text;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    {
      g_test_message ("“%s” is not in the printed log", needle);
      g_test_fail ();
    }
}

static void
assert_absent (const char *text,
               const char *needle)
{
  if (strstr (text, needle) != NULL)
    {
      g_test_message ("“%s” should not be in the printed log", needle);
      g_test_fail ();
    }
}

/* Each word of @words is in @text (a label may wrap in its column). */
static void
assert_words (const char *text,
              const char *words)
{
  g_auto(GStrv) split = g_strsplit (words, " ", -1);

  for (guint i = 0; split[i] != NULL; i++)
    assert_contains (text, split[i]);
}

/* Where @needle is in @text, asserting that it is there once. */
static gsize
offset_of (const char *text,
           const char *needle)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  g_assert_cmpuint (ff_test_count (text, needle), ==, 1);
  return found - text;
}

/* Every application of the quarter, with what it says, and none from outside it. */
static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *text = print_log (fixture, "2026-01-01", "2026-03-31", "en", NULL, NULL);

  assert_contains (text, "Job-seeker log");
  assert_contains (text, "Drammen kommune · Introduksjonsprogrammet");
  assert_contains (text, "Olena Kovalenko");
  assert_contains (text, "Олена Коваленко");
  assert_contains (text, "01.01.2026–31.03.2026");

  /* oldest first */
  g_assert_cmpuint (offset_of (text, "Rema 1000 Bragernes"), <, offset_of (text, "Lier kommune"));
  g_assert_cmpuint (offset_of (text, "Lier kommune"), <, offset_of (text, "Kafé Elva"));

  /* what each says, in the column it belongs to */
  assert_contains (text, "05.01.2026");
  assert_contains (text, "Butikkmedarbeider");
  assert_contains (text, "Advertisement");
  assert_contains (text, "20.01.2026");
  assert_words (text, "Going to interview");
  assert_contains (text, "26.01.2026");
  assert_contains (text, "02.02.2026");
  assert_contains (text, "Per Hansen");
  /* a link breaks where its column ends */
  assert_contains (text, "https://");
  assert_contains (text, "4711");
  assert_words (text, "Ringte etter intervjuet");

  assert_contains (text, "16.02.2026");
  assert_words (text, "Assistent i barnehage");
  /* a source whose label has a context of its own */
  assert_contains (text, "Other");
  assert_contains (text, "Withdrawn");
  assert_contains (text, "02.03.2026");

  assert_contains (text, "31.03.2026");
  assert_words (text, "Open application");
  assert_words (text, "Offered the job");
  assert_contains (text, "09.04.2026");

  assert_words (text, "Applications in total");
  g_assert_true (g_regex_match_simple ("Applications in total\\s+3\\b", text, 0, 0));

  /* nothing from before or after */
  assert_absent (text, "Før Perioden");
  assert_absent (text, "Lagermedarbeider");
  assert_absent (text, "31.12.2025");
  assert_absent (text, "Etter Perioden");
  assert_absent (text, "Sjåfør");
  assert_absent (text, "01.04.2026");
}

/* Without a period: every application, and the log says so. */
static void
test_all_entries (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *text = print_log (fixture, NULL, NULL, "en", NULL, NULL);

  assert_contains (text, "All entries");
  g_assert_cmpuint (offset_of (text, "Før Perioden AS"), <, offset_of (text, "Rema 1000"));
  g_assert_cmpuint (offset_of (text, "Kafé Elva"), <, offset_of (text, "Etter Perioden AS"));
  g_assert_true (g_regex_match_simple ("Applications in total\\s+5\\b", text, 0, 0));
}

/* Only the birth date of the national id is printed. */
static void
test_national_id_masked (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *text = print_log (fixture, NULL, NULL, "nb", NULL, NULL);
  g_autofree char *personal = g_strndup (fixture->national_id + 6, 5);

  assert_contains (text, "120488 *****");
  assert_absent (text, fixture->national_id);
  assert_absent (text, personal);
}

/* Labels in Bokmål with Ukrainian under them; names in Cyrillic with their glyphs
 * (print_log asserts that none is missing). */
static void
test_bilingual (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const labels[] = {
    "Job-seeker log", "Participant", "National identity number", "Period", "Date",
    "Employer", "Status", "Applications in total",
  };
  guint other = ff_choice_list_find (&ff_job_sources, "other");
  g_autofree char *text = print_log (fixture, "2026-01-01", "2026-03-31", "nb", "uk", NULL);

  /* labels already translated, so that the test fails if one language is missing */
  /* "Fødselsnummer eller D-nummer", broken at its hyphen */
  assert_contains (text, "Fødselsnummer eller D-");
  g_assert_cmpstr (ff_report_gettext ("uk", "National identity number"), !=,
                   "National identity number");
  assert_contains (text, ff_report_gettext ("uk", "National identity number"));

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      assert_words (text, ff_report_gettext ("nb", labels[i]));
      assert_words (text, ff_report_gettext ("uk", labels[i]));
    }

  /* a choice label with a context, in both languages */
  assert_words (text, ff_report_gettext ("nb", ff_report_choice_msgid (&ff_job_sources, other)));
  assert_words (text, ff_report_gettext ("uk", ff_report_choice_msgid (&ff_job_sources, other)));

  assert_contains (text, "Олена Коваленко");
  assert_contains (text, "Rema 1000 Bragernes");
  assert_absent (text, "Etter Perioden");
}

/* A period without applications says so rather than printing an empty table. */
static void
test_empty_period (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *text = print_log (fixture, "2026-06-01", "2026-06-30", "en", NULL, NULL);

  assert_contains (text, "01.06.2026–30.06.2026");
  assert_contains (text, "There are no applications in this period.");
  assert_absent (text, "Rema 1000");
  assert_absent (text, "Deadline");
}

/* Sixty applications run over several pages, each once, the table's header at the top
 * of every page it continues on. */
static void
test_long_log (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  int n_pages = 0;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *employer = g_strdup_printf ("Arbeidsgiver%03u", i);
      g_autofree char *date = g_strdup_printf ("2026-05-%02u", 1 + i / 2);

      add_application (fixture, date, employer, "Renholder", "nav", NULL, NULL);
    }

  text = print_log (fixture, "2026-05-01", "2026-05-31", "en", NULL, &n_pages);
  g_assert_cmpint (n_pages, >, 1);

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *employer = g_strdup_printf ("Arbeidsgiver%03u", i);

      g_assert_cmpuint (ff_test_count (text, employer), ==, 1);
    }
  g_assert_cmpuint (offset_of (text, "Arbeidsgiver000"), <, offset_of (text, "Arbeidsgiver059"));
  g_assert_true (g_regex_match_simple ("Applications in total\\s+60\\b", text, 0, 0));

  pages = g_strsplit (text, "\f", -1);
  for (int i = 0; i < n_pages; i++)
    assert_contains (pages[i], "Deadline");
  assert_absent (text, "Rema 1000");
}

/* On an upright page, as a print dialog may turn it, the employer, the position and
 * the place share a column, and every entry is still there. */
static void
test_upright_page (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfJobLogReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "upright.pdf", NULL);
  g_autofree char *text = NULL;
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_surface_t *surface;
  cairo_t *cr;
  int n_pages;

  report = ff_job_log_report_new (fixture->store, fixture->olena, "2026-01-01", "2026-03-31",
                                  "en", NULL, &error);
  g_assert_no_error (error);
  n_pages = ff_document_paginate (FF_DOCUMENT (report), context, FF_REPORT_A4_WIDTH,
                                  FF_REPORT_A4_HEIGHT);
  g_object_unref (context);
  g_assert_cmpint (ff_document_get_unknown_glyphs (FF_DOCUMENT (report)), ==, 0);

  surface = cairo_pdf_surface_create (path, FF_REPORT_A4_WIDTH, FF_REPORT_A4_HEIGHT);
  cr = cairo_create (surface);
  for (int page = 0; page < n_pages; page++)
    {
      ff_document_draw_page (FF_DOCUMENT (report), cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  text = run_pdftotext (path);
  g_unlink (path);

  assert_words (text, "Employer, position and place");
  assert_absent (text, "Position and place");
  /* narrow: words wrap in their column */
  assert_contains (text, "Bragernes");
  assert_contains (text, "Lier");
  assert_contains (text, "barnehage");
  assert_contains (text, "Kafé Elva");
  assert_contains (text, "26.01.2026");
  assert_contains (text, "09.04.2026");
  assert_absent (text, "Etter Perioden");
  g_assert_true (g_regex_match_simple ("Applications in total\\s+3\\b", text, 0, 0));
}

/* A participant who is not there, and a language logs are not printed in. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  FfJobLogReport *report;

  report = ff_job_log_report_new (fixture->store, fixture->olena + 1000, NULL, NULL, "nb", NULL,
                                  &error);
  g_assert_null (report);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  report = ff_job_log_report_new (fixture->store, fixture->olena, NULL, NULL, "de", NULL,
                                  &error);
  g_assert_null (report);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
}

/* The title and the file name offered say whose log it is. */
static void
test_title (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfJobLogReport) report = NULL;
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *job_name = NULL;
  g_autofree char *expected = NULL;

  report = ff_job_log_report_new (fixture->store, fixture->olena, "2026-01-01", "2026-03-31",
                                  "en", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ff_job_log_report_get_n_applications (report), ==, 3);

  title = ff_document_dup_title (FF_DOCUMENT (report));
  g_assert_cmpstr (title, ==, "Job-seeker log — Olena Kovalenko");
  file_name = ff_document_dup_suggested_file_name (FF_DOCUMENT (report));
  g_assert_cmpstr (file_name, ==, "Olena Kovalenko – Job-seeker log.pdf");
  job_name = ff_document_dup_job_name (FF_DOCUMENT (report));
  g_assert_cmpstr (job_name, ==, "Job-seeker log – Olena Kovalenko");
  g_clear_object (&report);
  g_clear_pointer (&title, g_free);

  /* The PDF's title is in the document's language; what the user sees is in theirs. */
  report = ff_job_log_report_new (fixture->store, fixture->olena, "2026-01-01", "2026-03-31",
                                  "uk", NULL, &error);
  g_assert_no_error (error);
  title = ff_document_dup_title (FF_DOCUMENT (report));
  expected = g_strdup_printf ("%s — Olena Kovalenko",
                              ff_report_gettext ("uk", "Job-seeker log"));
  g_assert_cmpstr (title, ==, expected);
  g_assert_cmpstr (title, !=, "Job-seeker log — Olena Kovalenko");
  g_clear_pointer (&job_name, g_free);
  job_name = ff_document_dup_job_name (FF_DOCUMENT (report));
  g_assert_cmpstr (job_name, ==, "Job-seeker log – Olena Kovalenko");
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "/report/job-log/period-holds-its-entries-and-no-others", test_period },
    { "/report/job-log/without-period-all-entries", test_all_entries },
    { "/report/job-log/national-id-masked", test_national_id_masked },
    { "/report/job-log/bilingual-cyrillic", test_bilingual },
    { "/report/job-log/empty-period-says-so", test_empty_period },
    { "/report/job-log/long-log-over-pages", test_long_log },
    { "/report/job-log/upright-page-merges-columns", test_upright_page },
    { "/report/job-log/refused", test_refused },
    { "/report/job-log/title-and-file-name", test_title },
  };

  ff_test_report_init (&argc, &argv);
  pdftotext = argv[1];

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);

  return g_test_run ();
}
