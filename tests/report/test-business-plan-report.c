/* test-business-plan-report.c — business plans printed to PDF, read back as text
 *
 * The budget is the worked example of tests/core/test-business-plan.c, whose figures
 * were worked out by hand. The PDFs are read with pdftotext, whose path the test is
 * given after its options; it writes a no-break space as a space.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "ff-audit.h"
#include "ff-business-budget.h"
#include "ff-business-plan.h"
#include "ff-business-plan-report.h"
#include "ff-format.h"
#include "ff-participant.h"
#include "ff-report-language.h"
#include "ff-test-document.h"
#include "ff-test-store.h"
#include "ff-validate.h"

static const char *pdftotext;

typedef struct
{
  char    *dir;
  FfStore *store;
  gint64   olena;
  gint64   plan;      /* breaks even in month 1, with a financing gap */
  gint64   never;     /* costs only: never breaks even */
  char    *national_id;
} Fixture;

/* The result of each month of the worked example, øre. */
static const gint64 results[FF_BUSINESS_MONTHS] = {
  166666, -833334, 1166716, 666666, 666666, 666667, 666667, 666667, 666667, 666667,
  666667, 666667,
};

static gint64
add_part (Fixture            *fixture,
          FfBusinessPartKind  kind,
          gint64              plan,
          const char * const *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_record_insert (fixture->store, &ff_business_part_types[kind], plan, values,
                                &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_plan (Fixture        *fixture,
          const char     *title,
          FfBusinessKind  kind,
          const char     *legal_form)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_BUSINESS_PLAN_N_FIELDS] = {
    [FF_BUSINESS_PLAN_TITLE] = title,
    [FF_BUSINESS_PLAN_KIND] = ff_choice_list_key (&ff_business_kinds, kind),
    [FF_BUSINESS_PLAN_STATUS_DATE] = "2026-01-06",
    [FF_BUSINESS_PLAN_SUMMARY] = "Lunsjkafé ved kaia i Burfjord",
    [FF_BUSINESS_PLAN_MARKET] = "Fastboende og turister langs E6",
    [FF_BUSINESS_PLAN_LEGAL_FORM] = legal_form,
    [FF_BUSINESS_PLAN_SURVEY_ASKED] = "40",
    [FF_BUSINESS_PLAN_SURVEY_WOULD_BUY] = "30",
    [FF_BUSINESS_PLAN_SURVEY_PRICE] = "149",
  };
  gint64 id = ff_business_plan_create (fixture->store, fixture->olena, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_budget_line (Fixture    *fixture,
                 gint64      plan,
                 const char *side,
                 const char *title)
{
  const char *values[FF_BUSINESS_BUDGET_N_FIELDS] = { side, title };

  return add_part (fixture, FF_BUSINESS_PART_BUDGET, plan, values);
}

static void
set_month (Fixture    *fixture,
           gint64      line,
           guint       month,
           const char *amount)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_business_budget_line_set_month (fixture->store, line, month, amount,
                                                    &error));
  g_assert_no_error (error);
}

static void
fill (Fixture    *fixture,
      gint64      line,
      const char *amount,
      gboolean    yearly)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_business_budget_line_fill (fixture->store, line, amount, yearly, &error));
  g_assert_no_error (error);
}

/* Olena's café: start-up 62 500,50 kr against financing of 50 000 kr (a gap of
 * 12 500,50 kr); revenue 10 000 in month 1, none in month 2, 20 000,50 in month 3 and
 * 15 000 after; raw goods 5 000 a month and rent 40 000,01 a year. A feedback and a
 * mark. And a second plan of costs only. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 programme, enrolment, line;

  fixture->store = ff_test_store_new (&fixture->dir);
  ff_test_add_olena_plan (fixture->store, "Kvænangen kommune", "2025-09-01", &fixture->olena,
                          &programme, &enrolment);
  for (guint individual = 123; fixture->national_id == NULL; individual++)
    fixture->national_id = ff_national_id_make (1988, 4, 12, individual, FALSE);
  ff_test_set_participant (fixture->store, fixture->olena, FF_PARTICIPANT_NATIONAL_ID,
                           fixture->national_id);

  fixture->plan = add_plan (fixture, "Kafé Kaia", FF_BUSINESS_KIND_CAFE, "as");
  add_part (fixture, FF_BUSINESS_PART_STARTUP, fixture->plan,
            (const char *[]) { "Kjøkkenutstyr", "50000" });
  add_part (fixture, FF_BUSINESS_PART_STARTUP, fixture->plan,
            (const char *[]) { "Møbler", "12 500,50" });
  add_part (fixture, FF_BUSINESS_PART_FINANCING, fixture->plan,
            (const char *[]) { "own-capital", "Sparepenger", "20 000" });
  add_part (fixture, FF_BUSINESS_PART_FINANCING, fixture->plan,
            (const char *[]) { "innovasjon-norge", "Etableringstilskudd", "30 000" });

  line = add_budget_line (fixture, fixture->plan, "revenue", "Lunsjsalg");
  set_month (fixture, line, 1, "10000");
  set_month (fixture, line, 3, "20 000,50");
  for (guint m = 4; m <= 12; m++)
    set_month (fixture, line, m, "15 000");
  line = add_budget_line (fixture, fixture->plan, "cost", "Råvarer");
  fill (fixture, line, "5 000", FALSE);
  line = add_budget_line (fixture, fixture->plan, "cost", "Husleie");
  fill (fixture, line, "40 000,01", TRUE);

  add_part (fixture, FF_BUSINESS_PART_MILESTONE, fixture->plan,
            (const char *[]) { "2026-03-01", "Serveringsbevilling søkt", "1" });
  add_part (fixture, FF_BUSINESS_PART_FEEDBACK, fixture->plan,
            (const char *[]) { "market", "Hilde Mentorsen", "mentor", "2026-01-20",
                               "Spør flere på kaia om prisen" });
  g_assert_true (ff_business_plan_set_mark (fixture->store, fixture->plan,
                                            FF_BUSINESS_SECTION_MARKET,
                                            FF_BUSINESS_MARK_NEEDS_WORK, &error));
  g_assert_no_error (error);

  fixture->never = add_plan (fixture, "Vaskehjelp", FF_BUSINESS_KIND_CLEANING, "enk");
  line = add_budget_line (fixture, fixture->never, "cost", "Vaskemidler");
  fill (fixture, line, "1 000", FALSE);
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

/* Plan @plan printed to a PDF and read back as text; asserts that every letter had its
 * glyph and that the pages are A4 on its side. */
static char *
print_plan (Fixture    *fixture,
            gint64      plan,
            const char *language,
            const char *second_language,
            gboolean    with_feedback)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfBusinessPlanReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autofree char *pdf = NULL;
  static const char media_box[] = "/MediaBox [ 0 0 841.8";
  gboolean wide = FALSE;
  gsize length = 0;
  char *text;
  int pages = 0;

  report = ff_business_plan_report_new (fixture->store, plan, language, second_language,
                                        with_feedback, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_business_plan_report_get_participant_id (report), ==, fixture->olena);
  g_assert_true (ff_document_write_pdf (FF_DOCUMENT (report), path, &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pages, >=, 2);
  g_assert_cmpint (ff_document_get_unknown_glyphs (FF_DOCUMENT (report)), ==, 0);
  g_assert_true (ff_document_get_landscape (FF_DOCUMENT (report)));
  g_assert_true (g_file_get_contents (path, &pdf, &length, &error));
  for (gsize i = 0; !wide && i + sizeof media_box - 1 <= length; i++)
    wide = memcmp (pdf + i, media_box, sizeof media_box - 1) == 0;
  g_assert_true (wide);

  text = run_pdftotext (path);
  g_unlink (path);
  return text;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    {
      g_test_message ("“%s” is not in the printed business plan", needle);
      g_test_fail ();
    }
}

static void
assert_absent (const char *text,
               const char *needle)
{
  if (strstr (text, needle) != NULL)
    {
      g_test_message ("“%s” should not be in the printed business plan", needle);
      g_test_fail ();
    }
}

/* @msgid in @language, each of its words (a label may wrap in its column). */
static void
assert_label (const char *text,
              const char *language,
              const char *msgid)
{
  g_auto(GStrv) words = g_strsplit (ff_report_gettext (language, msgid), " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    assert_contains (text, words[i]);
}

/* An amount as the language writes it, with the space pdftotext gives for a no-break
 * space. */
static char *
money (gint64      ore,
       const char *language)
{
  g_autofree char *formatted = ff_format_money (ore, language);
  g_auto(GStrv) parts = g_strsplit (formatted, "\xc2\xa0", -1);

  return g_strjoinv (" ", parts);
}

/* The figures of the budget, the months and the totals in @language. */
static void
assert_figures (const char *text,
                const char *language)
{
  gint64 liquidity = 5000000 - 6250050;

  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    {
      g_autofree char *result = money (results[m], language);
      g_autofree char *accumulated = NULL;
      g_autofree char *month_msgid = g_strdup_printf ("Month %u", m + 1);

      liquidity += results[m];
      accumulated = money (liquidity, language);
      assert_contains (text, result);
      assert_contains (text, accumulated);
      assert_label (text, language, month_msgid);
    }

  {
    g_autofree char *revenue = money (16500050, language);
    g_autofree char *costs = money (10000001, language);
    g_autofree char *result = money (6500049, language);
    g_autofree char *gap = money (1250050, language);
    g_autofree char *startup = money (6250050, language);
    g_autofree char *financing = money (5000000, language);

    assert_contains (text, revenue);
    assert_contains (text, costs);
    assert_contains (text, result);
    assert_contains (text, gap);
    assert_contains (text, startup);
    assert_contains (text, financing);
  }

  assert_label (text, language, "Break-even month");
  assert_label (text, language, "Financing gap");
  assert_label (text, language, "Year");
}

/* In Bokmål: the figures written "kr 12 500,50", by hand. */
static void
test_bokmal (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *text = print_plan (fixture, fixture->plan, "nb", NULL, FALSE);

  assert_figures (text, "nb");
  assert_contains (text, "kr 1 666,66");
  assert_contains (text, "kr \xe2\x88\x92" "8 333,34");
  assert_contains (text, "kr 165 000,50");
  assert_contains (text, "kr 100 000,01");
  assert_contains (text, "kr 65 000,49");
  assert_contains (text, "kr 12 500,50");

  assert_contains (text, "Kafé Kaia");
  assert_contains (text, "Olena Kovalenko");
  assert_contains (text, "Lunsjkafé ved kaia i Burfjord");
  assert_contains (text, "Lunsjsalg");
  assert_contains (text, "Husleie");
  assert_contains (text, "Kjøkkenutstyr");
  assert_contains (text, "Etableringstilskudd");
  assert_contains (text, "Serveringsbevilling søkt");
  assert_contains (text, "75 %");
  assert_contains (text, "kr 149");
  assert_label (text, "nb", "A limited company (AS) needs a share capital of at least "
                            "30,000 kr.");
  assert_label (text, "nb", "Participant");
}

static void
test_nynorsk (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *text = print_plan (fixture, fixture->plan, "nn", NULL, FALSE);

  assert_figures (text, "nn");
  assert_contains (text, "kr 12 500,50");
  assert_label (text, "nn", "Participant");
}

/* In Ukrainian: "12 500,50 kr", the amount first. */
static void
test_ukrainian (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *text = print_plan (fixture, fixture->plan, "uk", NULL, FALSE);

  assert_figures (text, "uk");
  assert_contains (text, "12 500,50 kr");
  assert_contains (text, "165 000,50 kr");
  assert_absent (text, "kr 12 500");
  assert_label (text, "uk", "Participant");
  assert_contains (text, "Олена Коваленко");
}

/* Labels in Ukrainian and Bokmål; the figures in the first language's format. */
static void
test_bilingual (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *text = print_plan (fixture, fixture->plan, "uk", "nb", FALSE);

  assert_figures (text, "uk");
  assert_label (text, "uk", "Participant");
  assert_label (text, "nb", "Participant");
  assert_label (text, "uk", "National identity number");
  assert_label (text, "nb", "National identity number");
}

/* The budget breaks even in month 1 here; a plan of costs only never does. */
static void
test_break_even (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *text = print_plan (fixture, fixture->plan, "nb", NULL, FALSE);
  g_autofree char *never = print_plan (fixture, fixture->never, "nb", NULL, FALSE);
  const char *month_1 = ff_report_gettext ("nb", "Month 1");
  const char *never_label = ff_report_gettext ("nb", "Never within the twelve months");
  const char *label = ff_report_gettext ("nb", "Break-even month");
  const char *line = strstr (text, label);
  const char *end;

  g_assert_nonnull (line);
  end = strchr (line, '\n');
  g_assert_nonnull (end);
  g_assert_nonnull (g_strstr_len (line, end - line, month_1));
  assert_absent (text, never_label);
  assert_contains (never, never_label);
  assert_contains (never, "kr \xe2\x88\x92" "12 000");
}

/* The feedback and marks only when asked for. */
static void
test_feedback (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *without = print_plan (fixture, fixture->plan, "nb", NULL, FALSE);
  g_autofree char *with = print_plan (fixture, fixture->plan, "nb", NULL, TRUE);

  assert_absent (without, "Hilde Mentorsen");
  assert_absent (without, "Spør flere på kaia om prisen");
  assert_contains (with, "Hilde Mentorsen");
  assert_contains (with, "Spør flere på kaia om prisen");
  assert_label (with, "nb", "Needs work");
}

/* The national id shows its birth date only. */
static void
test_national_id_masked (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *text = print_plan (fixture, fixture->plan, "nb", NULL, FALSE);
  g_autofree char *masked = ff_format_national_id_masked (fixture->national_id);

  assert_contains (text, masked);
  assert_contains (text, "120488 *****");
  assert_absent (text, fixture->national_id);
}

/* Turned upright by a print dialog, the budget goes in tables of four months, every
 * figure still there. */
static void
test_upright_page (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfBusinessPlanReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "upright.pdf", NULL);
  g_autofree char *text = NULL;
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_surface_t *surface;
  cairo_t *cr;
  int n_pages;

  report = ff_business_plan_report_new (fixture->store, fixture->plan, "en", NULL, TRUE,
                                        &error);
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

  assert_figures (text, "en");
  assert_contains (text, "Operating budget, months 5–8");
  assert_absent (text, "Operating budget, months 1–6");
}

/* The title and file name name Olena and the plan; a plan that is not there, and a
 * language documents are not printed in, are refused. */
static void
test_title_and_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfBusinessPlanReport) report = NULL;
  g_autoptr(FfBusinessPlanReport) missing = NULL;
  g_autofree char *text = print_plan (fixture, fixture->plan, "en", NULL, FALSE);
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;

  report = ff_business_plan_report_new (fixture->store, fixture->plan, "en", NULL, FALSE,
                                        &error);
  g_assert_no_error (error);
  title = ff_document_dup_title (FF_DOCUMENT (report));
  g_assert_cmpstr (title, ==, "Business plan — Olena Kovalenko");
  file_name = ff_document_dup_suggested_file_name (FF_DOCUMENT (report));
  g_assert_nonnull (strstr (file_name, "Kafé Kaia"));

  assert_contains (text, "Business plan");
  assert_contains (text, "NOK 12 500.50");

  missing = ff_business_plan_report_new (fixture->store, fixture->plan + 1000, "nb", NULL,
                                         FALSE, &error);
  g_assert_null (missing);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  missing = ff_business_plan_report_new (fixture->store, fixture->plan, "de", NULL, FALSE,
                                         &error);
  g_assert_null (missing);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
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
    { "/report/business-plan/bokmal-figures-and-months", test_bokmal },
    { "/report/business-plan/nynorsk-figures-and-months", test_nynorsk },
    { "/report/business-plan/ukrainian-amount-before-kr", test_ukrainian },
    { "/report/business-plan/bilingual-labels-in-both", test_bilingual },
    { "/report/business-plan/break-even-month-or-never", test_break_even },
    { "/report/business-plan/feedback-only-when-asked", test_feedback },
    { "/report/business-plan/national-id-masked", test_national_id_masked },
    { "/report/business-plan/upright-page-four-months-a-table", test_upright_page },
    { "/report/business-plan/title-and-refused", test_title_and_refused },
  };

  ff_test_report_init (&argc, &argv);
  pdftotext = argv[1];

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);

  return g_test_run ();
}
