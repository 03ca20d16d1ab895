/* ff-business-budget.h — a business plan's figures: the 12-month operating budget,
 * start-up costs and financing, computed and never stored
 *
 * All amounts are whole øre. Month 1 is the budget's first month (the month the
 * business starts), not January.
 *
 *   result[m]      = revenue[m] − cost[m]
 *   opening        = financing − start-up costs
 *   liquidity[m]   = opening + result[1] + … + result[m]
 *   break-even     = the first month m where result[1] + … + result[m] > 0; 0 "never"
 *                    within the twelve months
 *   financing gap  = start-up costs − financing when that is more than 0, else 0
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_BUSINESS_MONTHS 12

/* Turnover above which a business must register in the VAT register: 50,000 kr in a
 * period of twelve months (merverdiavgiftsloven § 2-1 first paragraph), øre. */
#define FF_BUSINESS_VAT_THRESHOLD G_GINT64_CONSTANT (5000000)

/* The largest amount a plan takes: 100 million kr, øre (FF_CHECK_AMOUNT). */
#define FF_BUSINESS_AMOUNT_MAX G_GINT64_CONSTANT (10000000000)

typedef struct
{
  /* Given: the sums of the lines. */
  gint64  revenue[FF_BUSINESS_MONTHS];
  gint64  cost[FF_BUSINESS_MONTHS];
  gint64  startup_total;
  gint64  financing_total;

  /* Computed by ff_business_budget_compute(). */
  gint64  result[FF_BUSINESS_MONTHS];
  gint64  accumulated[FF_BUSINESS_MONTHS];   /* result of months 1 … m */
  gint64  liquidity[FF_BUSINESS_MONTHS];
  gint64  revenue_total;
  gint64  cost_total;
  gint64  result_total;
  gint64  opening;                           /* financing − start-up costs */
  gint64  financing_gap;                     /* ≥ 0 */
  guint   break_even_month;                  /* 1–12; 0: never */
  guint   lowest_liquidity_month;            /* 1–12: the month liquidity is lowest */
} FfBusinessBudget;

/* Empties @budget. */
void      ff_business_budget_init           (FfBusinessBudget   *budget);

/* Adds a line of revenue (@revenue TRUE) or cost, its twelve amounts. */
void      ff_business_budget_add_line       (FfBusinessBudget   *budget,
                                             gboolean            revenue,
                                             const gint64        months[FF_BUSINESS_MONTHS]);

/* Computes the results, liquidity, totals, gap and break-even month of what was
 * added. */
void      ff_business_budget_compute        (FfBusinessBudget   *budget);

/* Whether the budget's revenue in its twelve months passes the VAT threshold, so that
 * the plan must register for VAT. */
gboolean  ff_business_budget_needs_vat      (const FfBusinessBudget *budget);

/* Reads and computes plan @plan_id's budget: its budget lines, start-up costs and
 * financing, deleted ones left out. */
gboolean  ff_business_budget_read           (FfStore            *store,
                                             gint64              plan_id,
                                             FfBusinessBudget   *budget,
                                             GError            **error);

/* A yearly amount spread over the twelve months: equal amounts, the øre left over
 * given one each to the first months, so that the twelve add up to @yearly exactly. */
void      ff_business_budget_spread         (gint64              yearly,
                                             gint64              months[FF_BUSINESS_MONTHS]);

/* Quick entry on budget line @line_id: @amount (as typed) in every month, or, with
 * @yearly, the yearly @amount spread over the months. One change, audited per month
 * that changes. */
gboolean  ff_business_budget_line_fill      (FfStore            *store,
                                             gint64              line_id,
                                             const char         *amount,
                                             gboolean            yearly,
                                             GError            **error);

/* Sets month @month (1–12) of budget line @line_id to @amount as typed. A month
 * outside the budget is refused with a translated FF_VALIDATE_ERROR. */
gboolean  ff_business_budget_line_set_month (FfStore            *store,
                                             gint64              line_id,
                                             guint               month,
                                             const char         *amount,
                                             GError            **error);

G_END_DECLS
