/* ff-business-plan-report-budget.c — the figures of the printed business plan: its
 * start-up costs, financing and financing gap, and its 12-month operating budget in
 * tables of six months (four on an upright page), each kept on one page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-plan-report-private.h"

/* A page at least this wide (A4 on its side) shows six months a table; a narrower one
 * (A4 upright, when a print dialog turns it so) four. */
#define WIDE_TABLE 650.0


/* The months as the heads of the budget's columns: month 1 is the business's first
 * month, not January. */
static const char * const month_msgids[FF_BUSINESS_MONTHS] = {
  /* Translators: printed on a business plan: a column of the budget, the business's
   * first month (not January) */
  N_("Month 1"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 2"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 3"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 4"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 5"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 6"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 7"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 8"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 9"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 10"),
  /* Translators: printed on a business plan: a column of the budget */
  N_("Month 11"),
  /* Translators: printed on a business plan: a column of the budget, the business's
   * twelfth month */
  N_("Month 12"),
};

static void
layout_startup (FfBusinessPlanReport *self,
                FfPageFlow           *flow)
{
  static const FfTableColumn columns[] = {
    /* Translators: printed on a business plan: a column of the start-up costs */
    { N_("What"), 0, FF_CELL_TEXT },
    /* Translators: printed on a business plan: a column of amounts of money */
    { N_("Amount"), 110, FF_CELL_NUMBER },
  };
  GPtrArray *lines = self->parts[FF_BUSINESS_PART_STARTUP];
  g_autofree char *total = format_money (self, self->budget.startup_total);
  const char *total_cells[] = { total };

  /* Translators: printed on a business plan: a section's heading */
  ff_page_flow_begin_table (flow, N_("Start-up costs"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < lines->len; i++)
    {
      FfRecord *line = g_ptr_array_index (lines, i);
      g_autofree char *amount = format_stored_money (self,
                                                     ff_record_get (line,
                                                                    FF_BUSINESS_STARTUP_AMOUNT));
      const char *cells[] = { ff_record_get (line, FF_BUSINESS_STARTUP_WHAT), amount };

      ff_page_flow_add_row (flow, cells);
    }
  /* Translators: printed on a business plan: the sum of the start-up costs */
  ff_page_flow_add_total_row (flow, N_("Total start-up costs"), total_cells);
  ff_page_flow_end_table (flow);
}

static void
layout_financing (FfBusinessPlanReport *self,
                  FfPageFlow           *flow)
{
  static const FfTableColumn columns[] = {
    /* Translators: printed on a business plan: a column of the financing, own capital,
     * a loan, a grant … */
    { N_("Kind"), 170, FF_CELL_LABEL },
    /* Translators: printed on a business plan: a column of the financing, who gives it
     * and on what terms */
    { N_("From whom"), 0, FF_CELL_TEXT },
    { N_("Amount"), 110, FF_CELL_NUMBER },
  };
  GPtrArray *lines = self->parts[FF_BUSINESS_PART_FINANCING];
  g_autofree char *total = format_money (self, self->budget.financing_total);
  g_autofree char *gap = format_money (self, self->budget.financing_gap);
  g_autofree char *opening = format_money (self, self->budget.opening);
  const char *total_cells[] = { NULL, total };

  /* Translators: printed on a business plan: a section's heading */
  ff_page_flow_begin_table (flow, N_("Financing"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < lines->len; i++)
    {
      FfRecord *line = g_ptr_array_index (lines, i);
      g_autofree char *amount = format_stored_money (self,
                                                     ff_record_get (line,
                                                                    FF_BUSINESS_FINANCING_AMOUNT));
      const char *cells[] = {
        choice_msgid (&ff_business_financing_kinds,
                      ff_record_get (line, FF_BUSINESS_FINANCING_KIND)),
        ff_record_get (line, FF_BUSINESS_FINANCING_WHAT),
        amount,
      };

      ff_page_flow_add_row (flow, cells);
    }
  /* Translators: printed on a business plan: the sum of the financing */
  ff_page_flow_add_total_row (flow, N_("Total financing"), total_cells);
  ff_page_flow_end_table (flow);

  ff_page_flow_add_space (flow, 6);
  /* Translators: printed on a business plan: how much of the start-up costs the
   * financing does not cover */
  ff_page_flow_add_field (flow, N_("Financing gap"), gap);
  /* Translators: printed on a business plan: the financing less the start-up costs,
   * the money the first month begins with */
  ff_page_flow_add_field (flow, N_("Opening liquidity"), opening);
}

/* The twelve amounts of a budget line. */
static void
line_months (FfRecord *line,
             gint64    months[FF_BUSINESS_MONTHS])
{
  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    months[m] = g_ascii_strtoll (ff_record_get (line, FF_BUSINESS_BUDGET_MONTH_1 + m), NULL,
                                 10);
}

/* A row of @title (NULL: a total row labelled @label_msgid) with months @first to
 * @first + @n - 1 of @months, and their sum over the year when @year. */
static void
budget_row (FfBusinessPlanReport *self,
            FfPageFlow           *flow,
            const char           *title,
            const char           *label_msgid,
            const gint64          months[FF_BUSINESS_MONTHS],
            guint                 first,
            guint                 n,
            gboolean              year,
            gint64                year_amount)
{
  char *amounts[FF_TABLE_MAX_COLUMNS] = { NULL };
  const char *cells[FF_TABLE_MAX_COLUMNS] = { NULL };
  guint n_cells = 0;

  for (guint m = first; m < first + n; m++)
    amounts[n_cells++] = format_money (self, months[m]);
  if (year)
    amounts[n_cells++] = format_money (self, year_amount);

  if (title != NULL)
    {
      cells[0] = title;
      for (guint i = 0; i < n_cells; i++)
        cells[i + 1] = amounts[i];
      ff_page_flow_add_row (flow, cells);
    }
  else
    ff_page_flow_add_total_row (flow, label_msgid, (const char * const *) amounts);

  for (guint i = 0; i < n_cells; i++)
    g_free (amounts[i]);
}

static gint64
sum_months (const gint64 months[FF_BUSINESS_MONTHS])
{
  gint64 sum = 0;

  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    sum += months[m];
  return sum;
}

/* The lines of @side, then their total. */
static void
budget_side (FfBusinessPlanReport *self,
             FfPageFlow           *flow,
             FfBusinessSide        side,
             guint                 first,
             guint                 n,
             gboolean              year)
{
  GPtrArray *lines = self->parts[FF_BUSINESS_PART_BUDGET];
  const char *key = ff_choice_list_key (&ff_business_sides, side);
  const FfBusinessBudget *budget = &self->budget;

  for (guint i = 0; i < lines->len; i++)
    {
      FfRecord *line = g_ptr_array_index (lines, i);
      gint64 months[FF_BUSINESS_MONTHS];

      if (ff_choice_list_index (&ff_business_sides,
                                ff_record_get (line, FF_BUSINESS_BUDGET_SIDE)) != (guint) side)
        continue;
      line_months (line, months);
      budget_row (self, flow, ff_record_get (line, FF_BUSINESS_BUDGET_TITLE), NULL, months,
                  first, n, year, sum_months (months));
    }

  if (g_strcmp0 (key, "revenue") == 0)
    /* Translators: printed on a business plan: a row of the budget, the sum of its
     * revenue lines */
    budget_row (self, flow, NULL, N_("Total revenue"), budget->revenue, first, n, year,
                budget->revenue_total);
  else
    /* Translators: printed on a business plan: a row of the budget, the sum of its cost
     * lines */
    budget_row (self, flow, NULL, N_("Total costs"), budget->cost, first, n, year,
                budget->cost_total);
}

/* Months @first to @first + @n - 1 in one table under @heading_msgid, with the year's
 * totals when @year; on a page of its own when it does not fit under what is there. */
static void
budget_table (FfBusinessPlanReport *self,
              FfPageFlow           *flow,
              const char           *heading_msgid,
              guint                 first,
              guint                 n,
              gboolean              year)
{
  /* the height of a row of one line, and of the header in two languages */
  const double row_height = 18;
  const double second_line = 10;
  guint n_rows = self->parts[FF_BUSINESS_PART_BUDGET]->len + 5;
  double keep_with = n_rows * row_height;
  FfTableColumn columns[FF_TABLE_MAX_COLUMNS];
  const FfBusinessBudget *budget = &self->budget;
  double width = ff_page_flow_get_width (flow);
  guint n_columns = 0;
  double amount_width = (width - (width >= WIDE_TABLE ? 150 : 100)) / (n + (year ? 1 : 0));

  /* Translators: printed on a business plan: the first column of the budget, the
   * names of its lines */
  columns[n_columns++] = (FfTableColumn) { N_("Budget line"), 0, FF_CELL_TEXT };
  for (guint m = first; m < first + n; m++)
    columns[n_columns++] = (FfTableColumn) { month_msgids[m], amount_width, FF_CELL_NUMBER };
  if (year)
    /* Translators: printed on a business plan: the column of the budget's yearly
     * totals */
    columns[n_columns++] = (FfTableColumn) { N_("Year"), amount_width, FF_CELL_NUMBER };

  if (ff_document_get_second_language (FF_DOCUMENT (self)) != NULL)
    keep_with += second_line * 3;
  ff_page_flow_add_heading (flow, heading_msgid, keep_with);
  ff_page_flow_begin_table (flow, NULL, columns, n_columns);
  budget_side (self, flow, FF_BUSINESS_REVENUE, first, n, year);
  budget_side (self, flow, FF_BUSINESS_COST, first, n, year);
  /* Translators: printed on a business plan: a row of the budget, revenue less costs */
  budget_row (self, flow, NULL, N_("Result"), budget->result, first, n, year,
              budget->result_total);
  /* Translators: printed on a business plan: a row of the budget, the money at the end
   * of each month: the opening liquidity and the results so far */
  budget_row (self, flow, NULL, N_("Accumulated liquidity"), budget->liquidity, first, n,
              year, budget->liquidity[FF_BUSINESS_MONTHS - 1]);
  ff_page_flow_end_table (flow);
}

static void
layout_budget (FfBusinessPlanReport *self,
               FfPageFlow           *flow)
{
  /* The headings of the tables of six months, on a page on its side… */
  static const char * const halves[] = {
    /* Translators: printed on a business plan: a section's heading, the budget of the
     * business's first six months */
    N_("Operating budget, months 1–6"),
    /* Translators: printed on a business plan: a section's heading, the budget of the
     * business's months 7 to 12, with the year's totals */
    N_("Operating budget, months 7–12 and the year"),
  };
  /* …and of four months, on an upright one. */
  static const char * const thirds[] = {
    /* Translators: printed on a business plan: a section's heading, the budget of the
     * business's first four months */
    N_("Operating budget, months 1–4"),
    /* Translators: printed on a business plan: a section's heading, the budget of the
     * business's months 5 to 8 */
    N_("Operating budget, months 5–8"),
    /* Translators: printed on a business plan: a section's heading, the budget of the
     * business's months 9 to 12, with the year's totals */
    N_("Operating budget, months 9–12 and the year"),
  };
  const FfBusinessBudget *budget = &self->budget;
  gboolean wide = ff_page_flow_get_width (flow) >= WIDE_TABLE;
  guint per_table = wide ? 6 : 4;
  const char * const *headings = wide ? halves : thirds;
  g_autofree char *revenue = format_money (self, budget->revenue_total);
  g_autofree char *costs = format_money (self, budget->cost_total);
  g_autofree char *result = format_money (self, budget->result_total);

  for (guint first = 0; first < FF_BUSINESS_MONTHS; first += per_table)
    {
      gboolean last = first + per_table >= FF_BUSINESS_MONTHS;

      budget_table (self, flow, headings[first / per_table], first,
                    MIN (per_table, FF_BUSINESS_MONTHS - first), last);
    }

  ff_page_flow_add_space (flow, 8);
  /* Translators: printed on a business plan: the revenue of the budget's twelve months */
  ff_page_flow_add_field (flow, N_("Revenue in the year"), revenue);
  /* Translators: printed on a business plan: the costs of the budget's twelve months */
  ff_page_flow_add_field (flow, N_("Costs in the year"), costs);
  /* Translators: printed on a business plan: the result of the budget's twelve months */
  ff_page_flow_add_field (flow, N_("Result for the year"), result);
  /* Translators: printed on a business plan: the first month the accumulated result is
   * above zero */
  ff_page_flow_add_choice_field (flow, N_("Break-even month"),
                                 budget->break_even_month > 0
                                 ? month_msgids[budget->break_even_month - 1]
                                 /* Translators: printed on a business plan as its
                                  * break-even month: the result does not turn positive
                                  * within the twelve months */
                                 : N_("Never within the twelve months"));
  if (ff_business_budget_needs_vat (budget))
    /* Translators: printed on a business plan whose budget's revenue passes the VAT
     * threshold */
    ff_page_flow_add_label (flow, N_("The revenue passes 50,000 kr in twelve months: the "
                                     "business must be registered for VAT."));
}

void
ff_business_plan_report_layout_figures (FfBusinessPlanReport *self,
                                        FfPageFlow           *flow)
{
  layout_startup (self, flow);
  layout_financing (self, flow);
  layout_budget (self, flow);
}
