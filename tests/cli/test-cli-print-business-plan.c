/* test-cli-print-business-plan.c — runs the real fotfeste-cli's "print business-plan" on
 * a store filled as a participant and their adviser would fill it, and reads the
 * printed plans back with pdftotext
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-business-budget.h"
#include "ff-business-plan.h"
#include "ff-cli-test.h"
#include "ff-participant.h"
#include "ff-report-language.h"
#include "ff-store.h"
#include "ff-test-store.h"

/* A store made by "fotfeste-cli init" and filled through core. */
typedef struct
{
  char *db;
  char *olena;       /* two plans: a food truck, then a café (the newest) */
  char *ahmad;       /* none */
  char *truck;       /* the numbers of Olena's plans */
  char *cafe;
} PlanStore;

static void
plan_store_clear (PlanStore *p)
{
  g_free (p->db);
  g_free (p->olena);
  g_free (p->ahmad);
  g_free (p->truck);
  g_free (p->cafe);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlanStore, plan_store_clear)

static gint64
add_plan (FfStore        *store,
          gint64          participant,
          const char     *title,
          FfBusinessKind  kind)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_BUSINESS_PLAN_N_FIELDS] = {
    [FF_BUSINESS_PLAN_TITLE] = title,
    [FF_BUSINESS_PLAN_KIND] = ff_choice_list_key (&ff_business_kinds, kind),
  };
  gint64 id = ff_business_plan_create (store, participant, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A budget line of @side with @monthly in every month. */
static void
add_line (FfStore    *store,
          gint64      plan,
          const char *side,
          const char *title,
          const char *monthly)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_BUSINESS_BUDGET_N_FIELDS] = { side, title };
  gint64 line = ff_record_insert (store, &ff_business_part_types[FF_BUSINESS_PART_BUDGET],
                                  plan, values, &error);

  g_assert_no_error (error);
  g_assert_true (ff_business_budget_line_fill (store, line, monthly, FALSE, &error));
  g_assert_no_error (error);
}

static void
add_amount (FfStore            *store,
            FfBusinessPartKind  kind,
            gint64              plan,
            const char * const *values)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ff_record_insert (store, &ff_business_part_types[kind], plan, values,
                                     &error), >, 0);
  g_assert_no_error (error);
}

/* Olena's café: 18 000 kr in and 12 500 kr out each month (5 500 kr a month, 66 000 kr
 * a year), start-up costs of 80 000 kr against 50 000 kr of financing (a gap of
 * 30 000 kr): the accumulated result is positive from month 1. */
static void
make_plan_store (Fixture   *f,
                 PlanStore *p)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 olena, ahmad, truck, cafe;

  p->db = path_in (f, "plans.sqlite3");
  g_assert_cmpint (run (NULL, NULL, "--database", p->db, "init", NULL), ==, 0);

  store = ff_store_open (p->db, &error);
  g_assert_no_error (error);

  olena = ff_test_add_participant (store, "Olena", "Kovalenko");
  ff_test_set_participant (store, olena, FF_PARTICIPANT_NATIVE_NAME, "Олена Коваленко");
  ff_test_set_participant (store, olena, FF_PARTICIPANT_LANGUAGES, "ukrainsk");
  ahmad = ff_test_add_participant (store, "Ahmad", "Rahimi");

  truck = add_plan (store, olena, "Varenyky fra bil", FF_BUSINESS_KIND_FOOD_TRUCK);
  cafe = add_plan (store, olena, "Kafé Kaia", FF_BUSINESS_KIND_CAFE);
  add_line (store, cafe, "revenue", "Lunsj", "18 000");
  add_line (store, cafe, "cost", "Husleie og varer", "12 500");
  add_amount (store, FF_BUSINESS_PART_STARTUP, cafe, (const char *[]) { "Kjøkken", "80 000" });
  add_amount (store, FF_BUSINESS_PART_FINANCING, cafe,
              (const char *[]) { "loan", "Sparebanken", "50 000" });
  add_amount (store, FF_BUSINESS_PART_FEEDBACK, cafe,
              (const char *[]) { "", "Hilde Mentorsen", "mentor", "2026-01-20",
                                 "Regn på strømmen" });

  p->olena = g_strdup_printf ("%" G_GINT64_FORMAT, olena);
  p->ahmad = g_strdup_printf ("%" G_GINT64_FORMAT, ahmad);
  p->truck = g_strdup_printf ("%" G_GINT64_FORMAT, truck);
  p->cafe = g_strdup_printf ("%" G_GINT64_FORMAT, cafe);
}

static void
assert_has (const char *text,
            const char *words)
{
  if (strstr (text, words) == NULL)
    {
      g_test_message ("“%s” is not in the printed business plan", words);
      g_test_fail ();
    }
}

/* The newest plan unless --plan names another; its figures in the language asked for;
 * the feedback with --feedback only. */
static void
test_print_business_plan (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(PlanStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "plan.pdf");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!need_pdftotext ())
    return;

  make_plan_store (f, &p);
  before = checksum_but_audit (p.db);

  g_assert_cmpint (run (&out, &err, "--database", p.db, "print", "business-plan", p.olena,
                        "--output", pdf, "--language", "nb", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, pdf));
  text = pdf_text (pdf);
  assert_has (text, "Kafé Kaia");
  assert_has (text, "kr 18 000");
  assert_has (text, "kr 5 500");
  assert_has (text, "kr 66 000");
  assert_has (text, "kr 216 000");
  assert_has (text, "kr 30 000");
  assert_has (text, ff_report_gettext ("nb", "Participant"));
  g_assert_null (strstr (text, "Hilde Mentorsen"));
  g_assert_null (strstr (text, "Varenyky fra bil"));
  g_clear_pointer (&text, g_free);

  g_assert_cmpint (run (NULL, NULL, "--database", p.db, "print", "business-plan", p.olena,
                        "--output", pdf, "--language", "uk", "--bilingual", "--feedback",
                        NULL), ==, 0);
  text = pdf_text (pdf);
  assert_has (text, "18 000 kr");
  assert_has (text, "Hilde Mentorsen");
  assert_has (text, "Олена Коваленко");
  assert_has (text, ff_report_gettext ("uk", "Participant"));
  assert_has (text, ff_report_gettext ("nb", "Participant"));
  g_clear_pointer (&text, g_free);

  g_assert_cmpint (run (NULL, NULL, "--database", p.db, "print", "business-plan", p.olena,
                        "--plan", p.truck, "--output", pdf, NULL), ==, 0);
  text = pdf_text (pdf);
  assert_has (text, "Varenyky fra bil");
  g_assert_null (strstr (text, "Kafé Kaia"));

  /* Printing adds to the audit log, and changes nothing else. */
  after = checksum_but_audit (p.db);
  g_assert_cmpstr (before, ==, after);
}

/* A participant without plans, a plan that is not theirs, options of other documents:
 * a message, status 2, no file. */
static void
test_print_business_plan_refused (Fixture       *f,
                                  gconstpointer  data)
{
  g_auto(PlanStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "plan.pdf");
  g_autofree char *err = NULL;
  g_autofree char *other = NULL;

  make_plan_store (f, &p);

  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "business-plan", p.ahmad,
                        "--output", pdf, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "Ahmad Rahimi"));
  g_assert_nonnull (strstr (err, "business plan"));
  g_clear_pointer (&err, g_free);

  other = g_strdup_printf ("%" G_GINT64_FORMAT, g_ascii_strtoll (p.cafe, NULL, 10) + 100);
  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "business-plan", p.olena,
                        "--plan", other, "--output", pdf, NULL), ==, 2);
  g_assert_nonnull (strstr (err, other));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "business-plan", p.olena,
                        "--plan", "first", "--output", pdf, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "first"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "business-plan", p.olena,
                        "--version", "2", "--output", pdf, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "plan", p.olena,
                        "--feedback", "--output", pdf, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--feedback"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "business-plan",
                        "--output", pdf, NULL), ==, 2);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* Each print is a row of the participant's audit log; on a file only read, nothing is
 * recorded and nothing printed. */
static void
test_print_business_plan_audited (Fixture       *f,
                                  gconstpointer  data)
{
  g_auto(PlanStore) p = { 0 };
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = path_in (f, "plan.pdf");
  g_autofree char *err = NULL;

  make_plan_store (f, &p);
  g_assert_cmpint (run (NULL, NULL, "--database", p.db, "print", "business-plan", p.olena,
                        "--output", pdf, NULL), ==, 0);
  g_unlink (pdf);

  store = ff_store_open (p.db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM audit a JOIN participant p"
                                             " ON p.uuid = a.row_uuid"
                                             " WHERE p.given_name = 'Olena'"
                                             " AND a.new_value = 'exported:business-plan'"),
                   ==, 1);

  /* Open elsewhere, the file is only read. */
  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "business-plan", p.olena,
                        "--output", pdf, NULL), !=, 0);
  g_assert_nonnull (strstr (err, "audit log"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/print/business-plan/newest-or-asked", test_print_business_plan);
  ff_cli_test_add ("/cli/print/business-plan/refused", test_print_business_plan_refused);
  ff_cli_test_add ("/cli/print/business-plan/audited", test_print_business_plan_audited);

  return g_test_run ();
}
