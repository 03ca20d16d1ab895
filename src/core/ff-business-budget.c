/* ff-business-budget.c — a business plan's results, liquidity, totals, financing gap
 * and break-even month, from its lines; and quick entry of a budget line's months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-business-budget.h"
#include "ff-business-plan.h"
#include "ff-store-private.h"
#include "ff-validate.h"

#define BUDGET_TYPE (&ff_business_part_types[FF_BUSINESS_PART_BUDGET])

void
ff_business_budget_init (FfBusinessBudget *budget)
{
  g_return_if_fail (budget != NULL);

  memset (budget, 0, sizeof *budget);
}

void
ff_business_budget_add_line (FfBusinessBudget *budget,
                             gboolean          revenue,
                             const gint64      months[FF_BUSINESS_MONTHS])
{
  g_return_if_fail (budget != NULL);
  g_return_if_fail (months != NULL);

  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    {
      if (revenue)
        budget->revenue[m] += months[m];
      else
        budget->cost[m] += months[m];
    }
}

void
ff_business_budget_compute (FfBusinessBudget *budget)
{
  gint64 accumulated = 0;

  g_return_if_fail (budget != NULL);

  budget->revenue_total = 0;
  budget->cost_total = 0;
  budget->break_even_month = 0;
  budget->lowest_liquidity_month = 1;
  budget->opening = budget->financing_total - budget->startup_total;
  budget->financing_gap = MAX (budget->startup_total - budget->financing_total, 0);

  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    {
      budget->result[m] = budget->revenue[m] - budget->cost[m];
      accumulated += budget->result[m];
      budget->accumulated[m] = accumulated;
      budget->liquidity[m] = budget->opening + accumulated;
      budget->revenue_total += budget->revenue[m];
      budget->cost_total += budget->cost[m];

      if (budget->break_even_month == 0 && accumulated > 0)
        budget->break_even_month = m + 1;
      if (budget->liquidity[m] < budget->liquidity[budget->lowest_liquidity_month - 1])
        budget->lowest_liquidity_month = m + 1;
    }

  budget->result_total = budget->revenue_total - budget->cost_total;
}

gboolean
ff_business_budget_needs_vat (const FfBusinessBudget *budget)
{
  g_return_val_if_fail (budget != NULL, FALSE);

  return budget->revenue_total > FF_BUSINESS_VAT_THRESHOLD;
}

/* The sum of the amounts in @sql's one row (NULL as 0). */
static gboolean
read_sum (FfStore     *store,
          const char  *sql,
          gint64       plan_id,
          gint64      *sum,
          GError     **error)
{
  g_auto(FfStoreStmt) stmt = ff_store_prepare_bound (store, error, sql, "i", plan_id);

  if (stmt == NULL || !ff_store_step_row (store, stmt, NULL, error))
    return FALSE;
  *sum = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

gboolean
ff_business_budget_read (FfStore           *store,
                         gint64             plan_id,
                         FfBusinessBudget  *budget,
                         GError           **error)
{
  g_auto(FfStoreStmt) lines = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (budget != NULL, FALSE);

  ff_business_budget_init (budget);

  if (!read_sum (store, "SELECT coalesce (sum (amount), 0) FROM business_plan_startup"
                        " WHERE plan_id = ?1 AND deleted_at IS NULL",
                 plan_id, &budget->startup_total, error)
      || !read_sum (store, "SELECT coalesce (sum (amount), 0) FROM business_plan_financing"
                           " WHERE plan_id = ?1 AND deleted_at IS NULL",
                    plan_id, &budget->financing_total, error))
    return FALSE;

  lines = ff_store_prepare_bound (store, error,
                                  "SELECT side = 'revenue', m1, m2, m3, m4, m5, m6, m7, m8,"
                                  " m9, m10, m11, m12 FROM business_plan_budget"
                                  " WHERE plan_id = ?1 AND deleted_at IS NULL",
                                  "i", plan_id);
  if (lines == NULL)
    return FALSE;

  while ((rc = sqlite3_step (lines)) == SQLITE_ROW)
    {
      gint64 months[FF_BUSINESS_MONTHS];

      for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
        months[m] = sqlite3_column_int64 (lines, m + 1);
      ff_business_budget_add_line (budget, sqlite3_column_int (lines, 0) != 0, months);
    }
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  ff_business_budget_compute (budget);
  return TRUE;
}

void
ff_business_budget_spread (gint64 yearly,
                           gint64 months[FF_BUSINESS_MONTHS])
{
  gint64 each = yearly / FF_BUSINESS_MONTHS;
  gint64 left = yearly % FF_BUSINESS_MONTHS;

  g_return_if_fail (months != NULL);

  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    months[m] = each + ((gint64) m < left ? 1 : 0);
}

gboolean
ff_business_budget_line_fill (FfStore     *store,
                              gint64       line_id,
                              const char  *amount,
                              gboolean     yearly,
                              GError     **error)
{
  g_autofree char *ore_text = NULL;
  const char *values[FF_BUSINESS_BUDGET_N_FIELDS] = { NULL };
  char typed[FF_BUSINESS_MONTHS][32];
  gint64 months[FF_BUSINESS_MONTHS];
  gint64 ore;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  /* Checked as one month's amount; a yearly amount as the same kind of amount. */
  if (!ff_record_validate (BUDGET_TYPE, FF_BUSINESS_BUDGET_MONTH_1, amount, &ore_text, error))
    return FALSE;
  ore = *ore_text != '\0' ? g_ascii_strtoll (ore_text, NULL, 10) : 0;

  if (yearly)
    ff_business_budget_spread (ore, months);
  else
    for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
      months[m] = ore;

  /* Written back as kroner with a decimal point, as the amount check reads them. */
  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    {
      g_snprintf (typed[m], sizeof typed[m], "%" G_GINT64_FORMAT ".%02d",
                  months[m] / 100, (int) (months[m] % 100));
      values[FF_BUSINESS_BUDGET_MONTH_1 + m] = typed[m];
    }

  return ff_record_update (store, BUDGET_TYPE, line_id, values, error);
}

gboolean
ff_business_budget_line_set_month (FfStore     *store,
                                   gint64       line_id,
                                   guint        month,
                                   const char  *amount,
                                   GError     **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (month < 1 || month > FF_BUSINESS_MONTHS)
    {
      g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                   /* Translators: the budget has months 1 to 12 (%d) */
                   _("The budget has months 1 to %d only."), FF_BUSINESS_MONTHS);
      return FALSE;
    }

  return ff_record_set_field (store, BUDGET_TYPE, line_id,
                              FF_BUSINESS_BUDGET_MONTH_1 + month - 1, amount, error);
}
