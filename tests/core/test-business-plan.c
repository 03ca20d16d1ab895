/* test-business-plan.c — business plans: the budget worked out by hand, amounts as
 * typed, the status flow, the checklist of each kind of business, "New plan from…",
 * deleting with the participant, a file of version 7, and a participant's copy and
 * erasure of their data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sqlite3.h>

#include "ff-business-budget.h"
#include "ff-business-checklist.h"
#include "ff-business-plan.h"
#include "ff-format.h"
#include "ff-person.h"
#include "ff-schema.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

#define NB "\xc2\xa0"
#define PART(kind) (&ff_business_part_types[FF_BUSINESS_PART_ ## kind])

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
    [FF_BUSINESS_PLAN_STATUS_DATE] = "2025-01-06",
  };
  gint64 id = ff_business_plan_create (store, participant, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_part (FfStore            *store,
          FfBusinessPartKind  kind,
          gint64              plan,
          const char * const *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_record_insert (store, &ff_business_part_types[kind], plan, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_budget_line (FfStore    *store,
                 gint64      plan,
                 const char *side,
                 const char *title)
{
  const char *values[FF_BUSINESS_BUDGET_N_FIELDS] = { side, title };

  return add_part (store, FF_BUSINESS_PART_BUDGET, plan, values);
}

static void
set_month (FfStore    *store,
           gint64      line,
           guint       month,
           const char *amount)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_business_budget_line_set_month (store, line, month, amount, &error));
  g_assert_no_error (error);
}

/* The worked example: two kinds of cost, one revenue line with an empty month and
 * øre, start-up costs above the financing.
 *
 *   start-up     50 000,00 + 12 500,50          = 62 500,50 kr
 *   financing    20 000 + 30 000                = 50 000,00 kr  → gap 12 500,50 kr
 *   revenue      m1 10 000, m2 —, m3 20 000,50, m4–m12 15 000
 *   costs        raw goods 5 000 a month (one amount for every month)
 *                rent 40 000,01 a year, spread: 3 333,34 in m1–m5, 3 333,33 in m6–m12
 *   result       m1 1 666,66   m2 −8 333,34   m3 11 667,16   m4–m5 6 666,66
 *                m6–m12 6 666,67                       → break-even in month 1
 *   liquidity    m1 −12 500,50 + 1 666,66 = −10 833,84; m2 −19 167,18 (the lowest)
 *   totals       revenue 165 000,50; costs 100 000,01; result 65 000,49 */
static void
test_budget_by_hand (Fixture       *f,
                     gconstpointer  data)
{
  static const gint64 results[12] = {
    166666, -833334, 1166716, 666666, 666666, 666667, 666667, 666667, 666667, 666667,
    666667, 666667,
  };
  g_autoptr(GError) error = NULL;
  gint64 person = ff_test_add_participant (f->store, "Olena", "Kovalenko");
  gint64 plan = add_plan (f->store, person, "Kafé", FF_BUSINESS_KIND_CAFE);
  gint64 revenue, goods, rent;
  FfBusinessBudget budget;
  gint64 liquidity;

  add_part (f->store, FF_BUSINESS_PART_STARTUP, plan,
            (const char *[]) { "Kjøkken", "50000" });
  add_part (f->store, FF_BUSINESS_PART_STARTUP, plan,
            (const char *[]) { "Møbler", "12 500,50" });
  add_part (f->store, FF_BUSINESS_PART_FINANCING, plan,
            (const char *[]) { "own-capital", "", "20 000" });
  add_part (f->store, FF_BUSINESS_PART_FINANCING, plan,
            (const char *[]) { "innovasjon-norge", "", "kr 30 000" });

  revenue = add_budget_line (f->store, plan, "revenue", "Lunsj");
  set_month (f->store, revenue, 1, "10000");
  set_month (f->store, revenue, 3, "20 000,50");
  for (guint m = 4; m <= 12; m++)
    set_month (f->store, revenue, m, "15 000");

  goods = add_budget_line (f->store, plan, "cost", "Råvarer");
  g_assert_true (ff_business_budget_line_fill (f->store, goods, "5 000", FALSE, &error));
  g_assert_no_error (error);
  rent = add_budget_line (f->store, plan, "cost", "Husleie");
  g_assert_true (ff_business_budget_line_fill (f->store, rent, "40 000,01", TRUE, &error));
  g_assert_no_error (error);

  {
    g_autofree char *m1 = ff_test_record_field (f->store, PART (BUDGET), rent,
                                                FF_BUSINESS_BUDGET_MONTH_1);
    g_autofree char *m5 = ff_test_record_field (f->store, PART (BUDGET), rent,
                                                FF_BUSINESS_BUDGET_MONTH_1 + 4);
    g_autofree char *m6 = ff_test_record_field (f->store, PART (BUDGET), rent,
                                                FF_BUSINESS_BUDGET_MONTH_1 + 5);
    g_autofree char *empty = ff_test_record_field (f->store, PART (BUDGET), revenue,
                                                   FF_BUSINESS_BUDGET_MONTH_1 + 1);

    g_assert_cmpstr (m1, ==, "333334");
    g_assert_cmpstr (m5, ==, "333334");
    g_assert_cmpstr (m6, ==, "333333");
    g_assert_cmpstr (empty, ==, "");
  }

  g_assert_true (ff_business_budget_read (f->store, plan, &budget, &error));
  g_assert_no_error (error);

  g_assert_cmpint (budget.startup_total, ==, 6250050);
  g_assert_cmpint (budget.financing_total, ==, 5000000);
  g_assert_cmpint (budget.opening, ==, -1250050);
  g_assert_cmpint (budget.financing_gap, ==, 1250050);
  g_assert_cmpint (budget.revenue[1], ==, 0);
  for (guint m = 0; m < 12; m++)
    g_assert_cmpint (budget.result[m], ==, results[m]);
  g_assert_cmpint (budget.revenue_total, ==, 16500050);
  g_assert_cmpint (budget.cost_total, ==, 10000001);
  g_assert_cmpint (budget.result_total, ==, 6500049);
  g_assert_cmpint (budget.accumulated[11], ==, budget.result_total);
  g_assert_cmpuint (budget.break_even_month, ==, 1);
  g_assert_cmpint (budget.liquidity[0], ==, -1083384);
  g_assert_cmpint (budget.liquidity[1], ==, -1916718);
  g_assert_cmpuint (budget.lowest_liquidity_month, ==, 2);
  liquidity = budget.opening + budget.result_total;
  g_assert_cmpint (budget.liquidity[11], ==, liquidity);
  g_assert_true (ff_business_budget_needs_vat (&budget));

  /* A deleted line no longer counts. */
  g_assert_true (ff_record_set_deleted (f->store, PART (BUDGET), revenue, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (ff_business_budget_read (f->store, plan, &budget, &error));
  g_assert_cmpint (budget.revenue_total, ==, 0);
  g_assert_cmpuint (budget.break_even_month, ==, 0);
  g_assert_false (ff_business_budget_needs_vat (&budget));
}

/* Costs above revenue every month: the accumulated result never turns positive. A
 * break-even late in the year, and an empty budget, which never breaks even either. */
static void
test_budget_never_and_late (void)
{
  gint64 revenue[12], cost[12];
  FfBusinessBudget budget;

  for (guint m = 0; m < 12; m++)
    {
      revenue[m] = 100000;
      cost[m] = 150000;
    }
  ff_business_budget_init (&budget);
  ff_business_budget_add_line (&budget, TRUE, revenue);
  ff_business_budget_add_line (&budget, FALSE, cost);
  ff_business_budget_compute (&budget);
  g_assert_cmpuint (budget.break_even_month, ==, 0);
  g_assert_cmpint (budget.result_total, ==, -600000);
  g_assert_cmpint (budget.financing_gap, ==, 0);
  g_assert_cmpuint (budget.lowest_liquidity_month, ==, 12);

  /* −5 000 in each of the first five months, +4 000 after: −25 000 + 4 000 × 7 =
   * +3 000 only in month 12; at month 11 it is −1 000. */
  for (guint m = 0; m < 12; m++)
    revenue[m] = m < 5 ? 0 : 900000;
  for (guint m = 0; m < 12; m++)
    cost[m] = 500000;
  ff_business_budget_init (&budget);
  ff_business_budget_add_line (&budget, TRUE, revenue);
  ff_business_budget_add_line (&budget, FALSE, cost);
  budget.startup_total = 100000;
  budget.financing_total = 250000;
  ff_business_budget_compute (&budget);
  g_assert_cmpint (budget.accumulated[10], ==, -100000);
  g_assert_cmpuint (budget.break_even_month, ==, 12);
  g_assert_cmpint (budget.opening, ==, 150000);
  g_assert_cmpint (budget.financing_gap, ==, 0);

  /* Nothing at all: zero is not positive. */
  ff_business_budget_init (&budget);
  ff_business_budget_compute (&budget);
  g_assert_cmpuint (budget.break_even_month, ==, 0);
  g_assert_cmpint (budget.liquidity[11], ==, 0);
}

/* 50,000 kr in twelve months is not yet "over" 50,000 kr. */
static void
test_vat_threshold (void)
{
  gint64 months[12];
  FfBusinessBudget budget;

  ff_business_budget_spread (5000000, months);
  ff_business_budget_init (&budget);
  ff_business_budget_add_line (&budget, TRUE, months);
  ff_business_budget_compute (&budget);
  g_assert_cmpint (budget.revenue_total, ==, 5000000);
  g_assert_false (ff_business_budget_needs_vat (&budget));

  ff_business_budget_spread (5000001, months);
  ff_business_budget_init (&budget);
  ff_business_budget_add_line (&budget, TRUE, months);
  ff_business_budget_compute (&budget);
  g_assert_true (ff_business_budget_needs_vat (&budget));

  /* Costs do not count. */
  ff_business_budget_init (&budget);
  ff_business_budget_add_line (&budget, FALSE, months);
  ff_business_budget_compute (&budget);
  g_assert_false (ff_business_budget_needs_vat (&budget));
}

/* 100 000 kr a year: 8 333,34 in months 1–4, 8 333,33 after; and 11 øre. */
static void
test_spread (void)
{
  gint64 months[12];
  gint64 sum = 0;

  ff_business_budget_spread (10000000, months);
  for (guint m = 0; m < 12; m++)
    {
      g_assert_cmpint (months[m], ==, m < 4 ? 833334 : 833333);
      sum += months[m];
    }
  g_assert_cmpint (sum, ==, 10000000);

  ff_business_budget_spread (11, months);
  for (guint m = 0; m < 12; m++)
    g_assert_cmpint (months[m], ==, m < 11 ? 1 : 0);
}

static void
test_amounts_typed (void)
{
  static const struct
  {
    const char *typed;
    const char *ore;
  } accepted[] = {
    { "12500", "1250000" },
    { "12 500", "1250000" },
    { "12 500,50", "1250050" },
    { "12" NB "500,5", "1250050" },
    { "12.500", "1250000" },
    { "kr 12 500", "1250000" },
    { "12 500 kr", "1250000" },
    { "12 500,-", "1250000" },
    { "0", "0" },
    { "0,01", "1" },
    { "100 000 000", "10000000000" },
  };
  static const struct
  {
    const char *typed;
    int         code;
  } refused[] = {
    { "", FF_VALIDATE_ERROR_EMPTY },
    { "tolv tusen", FF_VALIDATE_ERROR_FORMAT },
    { "12 500,505", FF_VALIDATE_ERROR_FORMAT },
    { "1e5", FF_VALIDATE_ERROR_FORMAT },
    { "12,50,5", FF_VALIDATE_ERROR_FORMAT },
    { "-500", FF_VALIDATE_ERROR_IMPLAUSIBLE },
    { "\xe2\x88\x92" "500", FF_VALIDATE_ERROR_IMPLAUSIBLE },
    { "100 000 000,01", FF_VALIDATE_ERROR_IMPLAUSIBLE },
    { "1 000 000 000", FF_VALIDATE_ERROR_IMPLAUSIBLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *ore = NULL;

      if (!ff_validate_amount (accepted[i].typed, &ore, &error))
        g_error ("“%s” was refused: %s", accepted[i].typed, error->message);
      g_assert_cmpstr (ore, ==, accepted[i].ore);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *ore = NULL;

      if (ff_validate_amount (refused[i].typed, &ore, &error))
        g_error ("“%s” was accepted as %s øre", refused[i].typed, ore);
      g_assert_error (error, FF_VALIDATE_ERROR, refused[i].code);
      g_assert_nonnull (error->message);
    }
}

/* Shown as Norwegian and Ukrainian write amounts, and read back as the same. */
static void
test_amounts_shown (void)
{
  g_autofree char *nb = ff_format_money (1250000, "nb");
  g_autofree char *uk = ff_format_money (1250000, "uk");
  g_autofree char *nb_ore = ff_format_money (1250050, "nb");
  g_autofree char *back = NULL;

  g_assert_cmpstr (nb, ==, "kr" NB "12" NB "500");
  g_assert_cmpstr (uk, ==, "12" NB "500" NB "kr");
  g_assert_cmpstr (nb_ore, ==, "kr" NB "12" NB "500,50");
  g_assert_true (ff_validate_amount (uk, &back, NULL));
  g_assert_cmpstr (back, ==, "1250000");
}

/* A bad amount or month is refused in place, and nothing is written. */
static void
test_bad_input_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 person = ff_test_add_participant (f->store, "Andrii", "Shevchenko");
  gint64 plan = add_plan (f->store, person, "Foodtruck", FF_BUSINESS_KIND_FOOD_TRUCK);
  gint64 line = add_budget_line (f->store, plan, "cost", "Drivstoff");
  gint64 audit;

  set_month (f->store, line, 2, "1 500");
  ff_test_assert_refused (f->store, PART (BUDGET), line, FF_BUSINESS_BUDGET_MONTH_1 + 1, "mye",
                          FF_VALIDATE_ERROR_FORMAT, "150000");
  ff_test_assert_refused (f->store, PART (BUDGET), line, FF_BUSINESS_BUDGET_MONTH_1 + 1, "-20",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "150000");
  ff_test_assert_refused (f->store, PART (BUDGET), line, FF_BUSINESS_BUDGET_MONTH_1 + 1,
                          "250 000 000", FF_VALIDATE_ERROR_IMPLAUSIBLE, "150000");

  audit = ff_test_count_audit (f->store, PART (BUDGET), line, NULL);
  g_assert_false (ff_business_budget_line_set_month (f->store, line, 13, "100", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_false (ff_business_budget_line_set_month (f->store, line, 0, "100", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_false (ff_business_budget_line_fill (f->store, line, "-1", TRUE, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_cmpint (ff_test_count_audit (f->store, PART (BUDGET), line, NULL), ==, audit);

  /* The survey: no more would buy than were asked; counts are whole numbers. */
  g_assert_true (ff_record_set_field (f->store, &ff_business_plan_type, plan,
                                      FF_BUSINESS_PLAN_SURVEY_ASKED, "40", &error));
  g_assert_no_error (error);
  ff_test_assert_refused (f->store, &ff_business_plan_type, plan,
                          FF_BUSINESS_PLAN_SURVEY_WOULD_BUY, "41", FF_VALIDATE_ERROR_IMPLAUSIBLE,
                          "");
  ff_test_assert_refused (f->store, &ff_business_plan_type, plan,
                          FF_BUSINESS_PLAN_SURVEY_ASKED, "mange", FF_VALIDATE_ERROR_FORMAT,
                          "40");
  /* Text over the allowed length. */
  {
    g_autofree char *long_title = g_strnfill (5000, 'a');

    g_assert_false (ff_record_set_field (f->store, &ff_business_plan_type, plan,
                                         FF_BUSINESS_PLAN_TITLE, long_title, &error));
    g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_TOO_LONG);
    g_clear_error (&error);
  }
}

static void
test_survey_share (void)
{
  double percent = -1;

  g_assert_true (ff_business_survey_share (50, 40, &percent));
  g_assert_cmpfloat (percent, ==, 80.0);
  g_assert_true (ff_business_survey_share (3, 1, &percent));
  g_assert_cmpfloat_with_epsilon (percent, 33.333, 0.001);
  g_assert_true (ff_business_survey_share (7, 0, &percent));
  g_assert_cmpfloat (percent, ==, 0.0);
  g_assert_false (ff_business_survey_share (0, 0, &percent));
}

static void
set_status (Fixture          *f,
            gint64            plan,
            FfBusinessStatus  status,
            const char       *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_business_plan_set_status (f->store, plan, status, date, &error));
  g_assert_no_error (error);
}

static void
refuse_status (Fixture          *f,
               gint64            plan,
               FfBusinessStatus  status,
               const char       *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ff_business_plan_set_status (f->store, plan, status, date, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
}

static void
test_status_flow (Fixture       *f,
                  gconstpointer  data)
{
  static const gboolean allowed[3][3] = {
    /*               draft  review final */
    /* draft */    { FALSE, TRUE,  FALSE },
    /* review */   { TRUE,  FALSE, TRUE },
    /* final */    { FALSE, TRUE,  FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) history = NULL;
  gint64 person = ff_test_add_participant (f->store, "Iryna", "Melnyk");
  gint64 plan = add_plan (f->store, person, "Varenyky", FF_BUSINESS_KIND_FOOD_PRODUCTION);
  static const char * const expected[] = {
    "draft@2025-01-06", "in-review@2025-02-01", "draft@2025-02-10", "in-review@2025-03-01",
    "final@2025-03-15", "in-review@2025-04-01", "final@2025-04-02",
  };

  for (guint from = 0; from < 3; from++)
    for (guint to = 0; to < 3; to++)
      g_assert_true (ff_business_status_can_change (from, to) == allowed[from][to]);

  refuse_status (f, plan, FF_BUSINESS_STATUS_FINAL, "2025-02-01");
  refuse_status (f, plan, FF_BUSINESS_STATUS_DRAFT, "2025-02-01");
  set_status (f, plan, FF_BUSINESS_STATUS_IN_REVIEW, "01.02.2025");
  /* Not before the status it follows. */
  refuse_status (f, plan, FF_BUSINESS_STATUS_DRAFT, "2025-01-31");
  set_status (f, plan, FF_BUSINESS_STATUS_DRAFT, "2025-02-10");
  set_status (f, plan, FF_BUSINESS_STATUS_IN_REVIEW, "2025-03-01");
  set_status (f, plan, FF_BUSINESS_STATUS_FINAL, "2025-03-15");
  refuse_status (f, plan, FF_BUSINESS_STATUS_DRAFT, "2025-04-01");
  set_status (f, plan, FF_BUSINESS_STATUS_IN_REVIEW, "2025-04-01");
  set_status (f, plan, FF_BUSINESS_STATUS_FINAL, "2025-04-02");

  {
    g_autofree char *status = ff_test_record_field (f->store, &ff_business_plan_type, plan,
                                                    FF_BUSINESS_PLAN_STATUS);
    g_autofree char *date = ff_test_record_field (f->store, &ff_business_plan_type, plan,
                                                  FF_BUSINESS_PLAN_STATUS_DATE);

    g_assert_cmpstr (status, ==, "final");
    g_assert_cmpstr (date, ==, "2025-04-02");
  }

  history = ff_business_plan_history (f->store, plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < history->len; i++)
    {
      FfBusinessStatusChange *change = &g_array_index (history, FfBusinessStatusChange, i);
      g_autofree char *seen = g_strdup_printf ("%s@%s",
                                               ff_choice_list_key (&ff_business_statuses,
                                                                   change->status),
                                               change->date);

      g_assert_cmpstr (seen, ==, expected[i]);
    }

  /* Every change of status is in the audit log. */
  g_assert_cmpint (ff_test_count_audit (f->store, &ff_business_plan_type, plan, NULL), >=, 7);
}

/* The rule keys of a plan's checklist, in order, joined by spaces; with @fresh, every
 * item must be not started. */
static char *
checklist_rules_of (Fixture  *f,
                    gint64    plan,
                    gboolean  fresh)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = ff_record_load_owned (f->store, PART (CHECKLIST), plan, &error);
  GString *rules = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      FfRecord *item = g_ptr_array_index (items, i);

      if (fresh)
        g_assert_cmpstr (ff_record_get (item, FF_BUSINESS_ITEM_STATE), ==, "not-started");
      g_assert_cmpstr (ff_record_get (item, FF_BUSINESS_ITEM_TITLE), !=, "");
      g_string_append_printf (rules, "%s%s", i > 0 ? " " : "",
                              ff_record_get (item, FF_BUSINESS_ITEM_RULE));
    }

  return g_string_free (rules, FALSE);
}

#define checklist_rules(f, plan) checklist_rules_of ((f), (plan), TRUE)
#define checklist_rules_any(f, plan) checklist_rules_of ((f), (plan), FALSE)

#define EVERY "bronnoysund insurance accounting vat"

static void
test_checklist_defaults (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const expected[FF_BUSINESS_N_KINDS] = {
    [FF_BUSINESS_KIND_FOOD_PRODUCTION] = EVERY " mattilsynet",
    [FF_BUSINESS_KIND_CAFE] = EVERY " mattilsynet serving-licence etablererprove",
    [FF_BUSINESS_KIND_FOOD_TRUCK] = EVERY " mattilsynet",
    [FF_BUSINESS_KIND_CLEANING] = EVERY " cleaning-register",
    [FF_BUSINESS_KIND_BEAUTY] = EVERY " hygiene-notice",
    [FF_BUSINESS_KIND_CRAFTS] = EVERY,
    [FF_BUSINESS_KIND_RETAIL] = EVERY,
    [FF_BUSINESS_KIND_TRANSPORT] = EVERY,
    [FF_BUSINESS_KIND_TOURISM] = EVERY,
    [FF_BUSINESS_KIND_IT_SERVICES] = EVERY,
    [FF_BUSINESS_KIND_OTHER] = EVERY,
  };
  g_autoptr(GError) error = NULL;
  gint64 person = ff_test_add_participant (f->store, "Oksana", "Bondar");
  gint64 plan;

  for (guint kind = 0; kind < FF_BUSINESS_N_KINDS; kind++)
    {
      g_autofree char *rules = NULL;

      plan = add_plan (f->store, person, "Plan", kind);
      rules = checklist_rules (f, plan);
      g_assert_cmpstr (rules, ==, expected[kind]);
      g_assert_true (ff_business_kind_is_food (kind)
                     == (strstr (rules, "mattilsynet") != NULL));
    }

  /* A cleaning company that becomes a café gets the café's items, once; an item the
   * user removed does not come back. */
  plan = add_plan (f->store, person, "Plan", FF_BUSINESS_KIND_CLEANING);
  {
    g_autoptr(GPtrArray) items = ff_record_load_owned (f->store, PART (CHECKLIST), plan, &error);

    g_assert_true (ff_record_set_deleted (f->store, PART (CHECKLIST),
                                          ff_record_get_id (g_ptr_array_index (items, 1)), TRUE,
                                          &error));
    g_assert_no_error (error);
  }
  g_assert_true (ff_record_set_field (f->store, &ff_business_plan_type, plan,
                                      FF_BUSINESS_PLAN_KIND, "cafe", &error));
  g_assert_true (ff_business_plan_add_default_items (f->store, plan, &error));
  g_assert_no_error (error);
  g_assert_true (ff_business_plan_add_default_items (f->store, plan, &error));
  {
    g_autofree char *rules = checklist_rules (f, plan);

    g_assert_cmpstr (rules, ==, "bronnoysund accounting vat cleaning-register mattilsynet "
                                "serving-licence etablererprove");
  }
}

static void
test_legal_form_reminder (void)
{
  const char *reminder = ff_business_legal_form_reminder ("as");

  g_assert_nonnull (reminder);
  g_assert_nonnull (strstr (reminder, "30"));
  g_assert_null (ff_business_legal_form_reminder ("enk"));
  g_assert_null (ff_business_legal_form_reminder ("other"));
  g_assert_null (ff_business_legal_form_reminder (""));
  g_assert_cmpstr (ff_business_legal_form_reminder_msgid ("as"), ==,
                   "A limited company (AS) needs a share capital of at least 30,000 kr.");
  g_assert_null (ff_business_legal_form_reminder_msgid ("enk"));
  g_assert_cmpint (FF_BUSINESS_AS_MIN_SHARE_CAPITAL, ==, 30000 * 100);
}

static void
test_marks_and_sections (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  FfBusinessSectionState states[FF_BUSINESS_N_SECTIONS];
  gint64 person = ff_test_add_participant (f->store, "Taras", "Hnatiuk");
  gint64 plan = add_plan (f->store, person, "Renhold", FF_BUSINESS_KIND_CLEANING);

  g_assert_true (ff_record_set_field (f->store, &ff_business_plan_type, plan,
                                      FF_BUSINESS_PLAN_SUMMARY, "Renhold av hytter.", &error));
  g_assert_true (ff_record_set_field (f->store, &ff_business_plan_type, plan,
                                      FF_BUSINESS_PLAN_IDEA, "Utvask mellom gjester.", &error));
  g_assert_true (ff_business_plan_set_mark (f->store, plan, FF_BUSINESS_SECTION_SUMMARY,
                                            FF_BUSINESS_MARK_NEEDS_WORK, &error));
  g_assert_true (ff_business_plan_set_mark (f->store, plan, FF_BUSINESS_SECTION_SUMMARY,
                                            FF_BUSINESS_MARK_OK, &error));
  g_assert_true (ff_business_plan_set_mark (f->store, plan, FF_BUSINESS_SECTION_MARKET,
                                            FF_BUSINESS_MARK_NEEDS_WORK, &error));
  g_assert_true (ff_business_plan_set_mark (f->store, plan, FF_BUSINESS_SECTION_IDEA,
                                            FF_BUSINESS_MARK_OK, &error));
  g_assert_true (ff_business_plan_set_mark (f->store, plan, FF_BUSINESS_SECTION_IDEA,
                                            FF_BUSINESS_MARK_NONE, &error));
  g_assert_no_error (error);

  g_assert_true (ff_business_plan_section_states (f->store, plan, states, &error));
  g_assert_no_error (error);
  g_assert_cmpint (states[FF_BUSINESS_SECTION_SUMMARY], ==, FF_BUSINESS_SECTION_OK);
  g_assert_cmpint (states[FF_BUSINESS_SECTION_IDEA], ==, FF_BUSINESS_SECTION_WRITTEN);
  g_assert_cmpint (states[FF_BUSINESS_SECTION_MARKET], ==, FF_BUSINESS_SECTION_NEEDS_WORK);
  g_assert_cmpint (states[FF_BUSINESS_SECTION_PRODUCT], ==, FF_BUSINESS_SECTION_EMPTY);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM business_plan_mark"
                                                " WHERE deleted_at IS NULL"), ==, 2);
}

/* "New plan from…" takes the structure and the figures, and nothing of the person. */
static void
test_new_from_carries_nothing_personal (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 first = ff_test_add_participant (f->store, "Petro", "Lysenko");
  gint64 second = ff_test_add_participant (f->store, "Mariia", "Tkachenko");
  gint64 source = add_plan (f->store, first, "Petros shawarma", FF_BUSINESS_KIND_FOOD_TRUCK);
  gint64 line, copy;
  FfBusinessBudget before, after;

  for (guint s = 0; s < FF_BUSINESS_N_SECTIONS; s++)
    g_assert_true (ff_record_set_field (f->store, &ff_business_plan_type, source,
                                        ff_business_section_field (s),
                                        "Petro Lysenko har drevet kafé i Kharkiv.", &error));
  g_assert_true (ff_record_update (f->store, &ff_business_plan_type, source,
                                   (const char *[FF_BUSINESS_PLAN_N_FIELDS]) {
                                     [FF_BUSINESS_PLAN_LEGAL_FORM] = "as",
                                     [FF_BUSINESS_PLAN_SURVEY_ASKED] = "40",
                                     [FF_BUSINESS_PLAN_SURVEY_WOULD_BUY] = "25",
                                     [FF_BUSINESS_PLAN_SURVEY_PRICE] = "139",
                                   }, &error));
  g_assert_no_error (error);
  add_part (f->store, FF_BUSINESS_PART_STARTUP, source,
            (const char *[]) { "Foodtruck", "180 000,50" });
  add_part (f->store, FF_BUSINESS_PART_FINANCING, source,
            (const char *[]) { "loan", "Lån fra onkel Mykola Lysenko", "100 000" });
  line = add_budget_line (f->store, source, "revenue", "Shawarma");
  g_assert_true (ff_business_budget_line_fill (f->store, line, "70 000", FALSE, &error));
  add_part (f->store, FF_BUSINESS_PART_MILESTONE, source,
            (const char *[]) { "2025-03-01", "Petro tar førerkort", "0" });
  add_part (f->store, FF_BUSINESS_PART_FEEDBACK, source,
            (const char *[]) { "market", "Kari Nordmo", "mentor", "2025-02-01",
                               "Petro, spør flere i bygda." });
  g_assert_true (ff_business_plan_set_mark (f->store, source, FF_BUSINESS_SECTION_MARKET,
                                            FF_BUSINESS_MARK_NEEDS_WORK, &error));
  {
    g_autoptr(GPtrArray) items = ff_record_load_owned (f->store, PART (CHECKLIST), source,
                                                       &error);
    gint64 item = ff_record_get_id (g_ptr_array_index (items, 0));

    g_assert_true (ff_record_update (f->store, PART (CHECKLIST), item,
                                     (const char *[]) { NULL, "done", "2025-02-03", NULL },
                                     &error));
  }
  set_status (f, source, FF_BUSINESS_STATUS_IN_REVIEW, "2025-02-01");
  g_assert_no_error (error);

  copy = ff_business_plan_create_from (f->store, source, second, "Shawarma i bygda", &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy, >, 0);

  {
    g_autoptr(FfRecord) plan = ff_record_load (f->store, &ff_business_plan_type, copy, &error);

    g_assert_cmpstr (ff_record_get (plan, FF_BUSINESS_PLAN_TITLE), ==, "Shawarma i bygda");
    g_assert_cmpstr (ff_record_get (plan, FF_BUSINESS_PLAN_KIND), ==, "food-truck");
    g_assert_cmpstr (ff_record_get (plan, FF_BUSINESS_PLAN_LEGAL_FORM), ==, "as");
    g_assert_cmpstr (ff_record_get (plan, FF_BUSINESS_PLAN_STATUS), ==, "draft");
    for (guint s = 0; s < FF_BUSINESS_N_SECTIONS; s++)
      g_assert_cmpstr (ff_record_get (plan, ff_business_section_field (s)), ==, "");
    g_assert_cmpstr (ff_record_get (plan, FF_BUSINESS_PLAN_SURVEY_ASKED), ==, "");
    g_assert_cmpstr (ff_record_get (plan, FF_BUSINESS_PLAN_SURVEY_PRICE), ==, "");
    g_assert_cmpstr (ff_record_get_extra (plan, FF_BUSINESS_PLAN_PARTICIPANT_NAME), ==,
                     "Mariia Tkachenko");
  }

  /* No text of the copy holds a name of the first plan's people. */
  {
    g_autofree char *sql = g_strdup_printf (
      "SELECT count(*) FROM ("
      " SELECT title || what || '' AS t FROM (SELECT title, '' AS what FROM business_plan_item"
      "   WHERE plan_id = %1$" G_GINT64_FORMAT
      "  UNION ALL SELECT '', what FROM business_plan_startup WHERE plan_id = %1$" G_GINT64_FORMAT
      "  UNION ALL SELECT '', what FROM business_plan_financing WHERE plan_id = %1$" G_GINT64_FORMAT
      "  UNION ALL SELECT title, '' FROM business_plan_budget WHERE plan_id = %1$" G_GINT64_FORMAT
      "  UNION ALL SELECT title || summary || idea || product || market || competitors"
      "   || marketing || organisation, '' FROM business_plan WHERE id = %1$" G_GINT64_FORMAT
      " )) WHERE t LIKE '%%Petro%%' OR t LIKE '%%Lysenko%%' OR t LIKE '%%Mykola%%'"
      "  OR t LIKE '%%Kari%%'",
      copy);

    g_assert_cmpint (ff_test_query_int (f->store, sql), ==, 0);
  }
  {
    g_autofree char *sql = g_strdup_printf (
      "SELECT (SELECT count(*) FROM business_plan_feedback WHERE plan_id = %1$" G_GINT64_FORMAT ")"
      " + (SELECT count(*) FROM business_plan_mark WHERE plan_id = %1$" G_GINT64_FORMAT ")"
      " + (SELECT count(*) FROM business_plan_milestone WHERE plan_id = %1$" G_GINT64_FORMAT ")"
      " + (SELECT count(*) FROM business_plan_item WHERE plan_id = %1$" G_GINT64_FORMAT
      "    AND (state <> 'not-started' OR date <> ''))",
      copy);

    g_assert_cmpint (ff_test_query_int (f->store, sql), ==, 0);
  }

  /* Without a title of its own, named after its kind, not after the first plan. */
  {
    gint64 untitled = ff_business_plan_create_from (f->store, source, second, NULL, &error);
    g_autofree char *title = NULL;

    g_assert_no_error (error);
    title = ff_test_record_field (f->store, &ff_business_plan_type, untitled,
                                  FF_BUSINESS_PLAN_TITLE);
    g_assert_cmpstr (title, ==, "Food truck");
  }

  /* The same checklist and figures. */
  {
    g_autofree char *rules_source = checklist_rules_any (f, source);
    g_autofree char *rules_copy = checklist_rules (f, copy);

    g_assert_cmpstr (rules_copy, ==, rules_source);
  }
  g_assert_true (ff_business_budget_read (f->store, source, &before, &error));
  g_assert_true (ff_business_budget_read (f->store, copy, &after, &error));
  g_assert_no_error (error);
  g_assert_cmpint (after.startup_total, ==, 18000050);
  g_assert_cmpint (after.startup_total, ==, before.startup_total);
  g_assert_cmpint (after.financing_total, ==, before.financing_total);
  g_assert_cmpint (after.revenue_total, ==, before.revenue_total);
  g_assert_cmpuint (after.break_even_month, ==, before.break_even_month);
}

/* A participant's plans go to the tombstones with them, and come back with Undo. */
static void
test_deleted_with_participant (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) own = NULL;
  gint64 person = ff_test_add_participant (f->store, "Halyna", "Savchenko");
  gint64 other = ff_test_add_participant (f->store, "Anna", "Berg");
  gint64 plan = add_plan (f->store, person, "Negler", FF_BUSINESS_KIND_BEAUTY);
  gint64 kept = add_plan (f->store, other, "Kaker", FF_BUSINESS_KIND_FOOD_PRODUCTION);

  g_assert_cmpint (ff_test_count_audit (f->store, &ff_business_plan_type, plan, "created"), ==, 1);

  all = ff_business_plan_query_ids (f->store, 0, &error);
  g_assert_cmpuint (all->len, ==, 2);
  g_clear_pointer (&all, g_array_unref);

  g_assert_true (ff_record_set_deleted (f->store, &ff_participant_type, person, TRUE, &error));
  g_assert_no_error (error);
  all = ff_business_plan_query_ids (f->store, 0, &error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpint (g_array_index (all, gint64, 0), ==, kept);
  own = ff_business_plan_query_ids (f->store, person, &error);
  g_assert_cmpuint (own->len, ==, 0);
  g_clear_pointer (&all, g_array_unref);
  g_clear_pointer (&own, g_array_unref);

  g_assert_true (ff_record_set_deleted (f->store, &ff_participant_type, person, FALSE, &error));
  g_assert_no_error (error);
  own = ff_business_plan_query_ids (f->store, person, &error);
  g_assert_cmpuint (own->len, ==, 1);
  g_assert_cmpint (g_array_index (own, gint64, 0), ==, plan);

  /* A plan deleted on its own, and brought back. */
  g_assert_true (ff_record_set_deleted (f->store, &ff_business_plan_type, plan, TRUE, &error));
  g_clear_pointer (&own, g_array_unref);
  own = ff_business_plan_query_ids (f->store, person, &error);
  g_assert_cmpuint (own->len, ==, 0);
  g_assert_true (ff_record_set_deleted (f->store, &ff_business_plan_type, plan, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_count_audit (f->store, &ff_business_plan_type, plan, "restored"), ==, 1);
}

/* Changes announce themselves: the plan's own as its participant's, a part's as the
 * plan's. */
static void
test_changes_announced (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  gint64 person = ff_test_add_participant (f->store, "Roman", "Kravets");
  gint64 plan = add_plan (f->store, person, "Taxi", FF_BUSINESS_KIND_TRANSPORT);
  g_autofree char *expected = NULL;

  g_signal_connect (f->store, "changed", G_CALLBACK (ff_test_note_change), seen);
  g_assert_true (ff_record_set_field (f->store, &ff_business_plan_type, plan,
                                      FF_BUSINESS_PLAN_MARKETING, "Plakater.", &error));
  add_part (f->store, FF_BUSINESS_PART_STARTUP, plan, (const char *[]) { "Bil", "250000" });
  g_assert_no_error (error);

  expected = g_strdup_printf ("participant:%" G_GINT64_FORMAT " business-plan:%" G_GINT64_FORMAT
                              " ", person, plan);
  g_assert_cmpstr (seen->str, ==, expected);
  g_signal_handlers_disconnect_by_data (f->store, seen);
}

static void
exec_on (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
}

/* A file of version 7 is brought up to date, keeps its participant, and takes plans. */
static void
test_from_version_7 (void)
{
  g_autofree char *dir = ff_test_make_own_dir ();
  g_autofree char *path = g_build_filename (dir, "version-7.sqlite3", NULL);
  g_autofree char *header = g_strdup_printf ("PRAGMA application_id = %d;"
                                             " PRAGMA user_version = 7;",
                                             FF_STORE_APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  FfStore *store;
  sqlite3 *db = NULL;
  gint64 plan;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_on (db, header);
  for (guint v = 1; v <= 7; v++)
    exec_on (db, ff_schema_migration (v));
  exec_on (db, "INSERT INTO participant (uuid, created_at, updated_at, given_name, family_name)"
               " VALUES ('p1', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 'Olha', 'Koval')");
  sqlite3_close (db);

  store = ff_test_open_store (dir, "version-7.sqlite3");
  g_assert_cmpint (ff_test_query_int (store, "PRAGMA user_version"), ==, FF_STORE_SCHEMA_VERSION);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM participant"), ==, 1);
  plan = add_plan (store, ff_test_query_int (store, "SELECT id FROM participant"), "Kafé",
                   FF_BUSINESS_KIND_CAFE);
  g_assert_true (ff_business_plan_set_status (store, plan, FF_BUSINESS_STATUS_IN_REVIEW,
                                              "2025-02-01", &error));
  g_assert_no_error (error);
  ff_test_store_close (store, g_steal_pointer (&dir));
}

/* A participant's copy of their data holds their plans with every part, and erasing
 * them leaves none. */
static void
test_access_and_erasure (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const tables[] = {
    "business_plan", "business_plan_status", "business_plan_item", "business_plan_startup",
    "business_plan_financing", "business_plan_budget", "business_plan_milestone",
    "business_plan_feedback", "business_plan_mark",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPersonData) person_data = NULL;
  g_autoptr(GPtrArray) person_tables = NULL;
  gint64 person = ff_test_add_participant (f->store, "Vira", "Polishchuk");
  gint64 other = ff_test_add_participant (f->store, "Liv", "Hansen");
  gint64 plan = add_plan (f->store, person, "Manikyr", FF_BUSINESS_KIND_BEAUTY);

  add_plan (f->store, other, "Butikk", FF_BUSINESS_KIND_RETAIL);
  add_part (f->store, FF_BUSINESS_PART_STARTUP, plan, (const char *[]) { "Stol", "30000" });
  add_part (f->store, FF_BUSINESS_PART_FINANCING, plan,
            (const char *[]) { "own-capital", "", "20000" });
  add_budget_line (f->store, plan, "revenue", "Behandlinger");
  add_part (f->store, FF_BUSINESS_PART_MILESTONE, plan, (const char *[]) { "", "Åpning", "0" });
  add_part (f->store, FF_BUSINESS_PART_FEEDBACK, plan,
            (const char *[]) { "", "Ola Isaksen", "adviser", "2025-02-01", "Bra." });
  g_assert_true (ff_business_plan_set_mark (f->store, plan, FF_BUSINESS_SECTION_SUMMARY,
                                            FF_BUSINESS_MARK_OK, &error));
  g_assert_no_error (error);

  person_tables = ff_person_tables (f->store, &error);
  g_assert_no_error (error);
  person_data = ff_person_read (f->store, person, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      FfPersonSection *section = ff_person_data_find (person_data, tables[i]);
      gboolean found = FALSE;

      for (guint t = 0; t < person_tables->len; t++)
        found |= g_str_equal (((FfPersonTable *) g_ptr_array_index (person_tables, t))->table,
                              tables[i]);
      g_assert_true (found);
      g_assert_nonnull (section);
      g_assert_cmpuint (section->rows->len, >=, 1);
    }
  g_assert_cmpuint (ff_person_data_find (person_data, "business_plan")->rows->len, ==, 1);

  g_assert_true (ff_person_erase (f->store, person, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf (
        "SELECT count(*) FROM %s WHERE %s = %" G_GINT64_FORMAT, tables[i],
        i == 0 ? "id" : "plan_id", plan);

      g_assert_cmpint (ff_test_query_int (f->store, sql), ==, 0);
    }
  /* The other participant's plan stays. */
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM business_plan"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/business-plan/budget/by-hand", test_budget_by_hand);
  g_test_add_func ("/core/business-plan/budget/never-and-late", test_budget_never_and_late);
  g_test_add_func ("/core/business-plan/budget/vat-threshold", test_vat_threshold);
  g_test_add_func ("/core/business-plan/budget/spread", test_spread);
  g_test_add_func ("/core/business-plan/amount/typed", test_amounts_typed);
  g_test_add_func ("/core/business-plan/amount/shown", test_amounts_shown);
  ff_test_store_add ("/core/business-plan/bad-input-refused", test_bad_input_refused);
  g_test_add_func ("/core/business-plan/survey-share", test_survey_share);
  ff_test_store_add ("/core/business-plan/status/flow", test_status_flow);
  ff_test_store_add ("/core/business-plan/checklist/defaults", test_checklist_defaults);
  g_test_add_func ("/core/business-plan/legal-form/as-reminder", test_legal_form_reminder);
  ff_test_store_add ("/core/business-plan/marks-and-sections", test_marks_and_sections);
  ff_test_store_add ("/core/business-plan/new-from/nothing-personal",
                     test_new_from_carries_nothing_personal);
  ff_test_store_add ("/core/business-plan/deleted-with-participant",
                     test_deleted_with_participant);
  ff_test_store_add ("/core/business-plan/changes-announced", test_changes_announced);
  g_test_add_func ("/core/business-plan/open/version-7-file", test_from_version_7);
  ff_test_store_add ("/core/business-plan/person/access-and-erasure", test_access_and_erasure);

  return g_test_run ();
}
