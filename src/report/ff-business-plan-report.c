/* ff-business-plan-report.c — a participant's business plan as a printed document
 *
 * Everything the plan shows is read from the store when the document is made, so that
 * laying it out again (a print dialog's page setup) reads nothing. Only the layout is
 * here: pages, tables, labels in one or two languages, header and footer are the page
 * flow's (ff-page-flow.h); printing and PDF files are the document's (ff-document.h);
 * the figures of the budget are computed in core (ff-business-budget.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-business-budget.h"
#include "ff-business-plan.h"
#include "ff-business-plan-report.h"
#include "ff-format.h"
#include "ff-participant.h"
#include "ff-report-language.h"

/* A page at least this wide (A4 on its side) shows six months a table; a narrower one
 * (A4 upright, when a print dialog turns it so) four. */
#define WIDE_TABLE 650.0

#define PART(kind) (&ff_business_part_types[FF_BUSINESS_PART_ ## kind])

struct _FfBusinessPlanReport
{
  FfDocument        parent_instance;

  FfRecord         *plan;          /* the document's source */
  FfParticipant    *participant;
  gboolean          with_feedback;
  GPtrArray        *parts[FF_BUSINESS_N_PART_KINDS];  /* FfRecord, in their order */
  FfBusinessBudget  budget;
};

G_DEFINE_FINAL_TYPE (FfBusinessPlanReport, ff_business_plan_report, FF_TYPE_DOCUMENT)

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

static const char *
language_of (FfBusinessPlanReport *self)
{
  return ff_document_get_language (FF_DOCUMENT (self));
}

/* A stored date as the document's language writes it. */
static char *
format_date (FfBusinessPlanReport *self,
             const char           *iso)
{
  return ff_format_date (iso, language_of (self));
}

static char *
format_money (FfBusinessPlanReport *self,
              gint64                ore)
{
  return ff_format_money (ore, language_of (self));
}

/* A stored amount (øre as text, "" for none) in the document's language; NULL when
 * empty. */
static char *
format_stored_money (FfBusinessPlanReport *self,
                     const char           *stored)
{
  if (stored == NULL || stored[0] == '\0')
    return NULL;

  return format_money (self, g_ascii_strtoll (stored, NULL, 10));
}

/* The label of @key of @list as a message for the page flow; NULL for "" when "" is
 * not one of the choices. */
static const char *
choice_msgid (const FfChoiceList *list,
              const char         *key)
{
  if ((key == NULL || key[0] == '\0') && !ff_choice_list_has_empty (list))
    return NULL;

  return ff_report_choice_msgid (list, ff_choice_list_index (list, key));
}

/* As choice_msgid() for a field, which always says something: the list's fallback
 * for a key it does not hold (a kind of business not chosen is "Other"). */
static const char *
field_msgid (const FfChoiceList *list,
             const char         *key)
{
  return ff_report_choice_msgid (list, ff_choice_list_index (list, key));
}

static const char *
plan_field (FfBusinessPlanReport *self,
            FfBusinessPlanField   field)
{
  return ff_record_get (self->plan, field);
}

static void
layout_title (FfBusinessPlanReport *self,
              FfPageFlow           *flow)
{
  const char *display = ff_participant_get_display_name (self->participant);
  const char *native = ff_participant_get_field (self->participant, FF_PARTICIPANT_NATIVE_NAME);
  const char *legal_form = plan_field (self, FF_BUSINESS_PLAN_LEGAL_FORM);
  const char *reminder = ff_business_legal_form_reminder_msgid (legal_form);
  g_autofree char *name = NULL;
  g_autofree char *national_id = ff_format_national_id_masked (
    ff_participant_get_field (self->participant, FF_PARTICIPANT_NATIONAL_ID));
  g_autofree char *status_date = format_date (self, plan_field (self,
                                                               FF_BUSINESS_PLAN_STATUS_DATE));

  if (native != NULL && native[0] != '\0' && g_strcmp0 (native, display) != 0)
    name = g_strdup_printf ("%s\n%s", display, native);
  else
    name = g_strdup (display);

  ff_page_flow_set_header (flow, plan_field (self, FF_BUSINESS_PLAN_TITLE), display);

  /* Translators: the title of a printed business plan (forretningsplan) */
  ff_page_flow_add_title (flow, N_("Business plan"));
  /* Translators: printed on a business plan: the plan's own title ("Food truck in
   * Burfjord") */
  ff_page_flow_add_field (flow, N_("Title"), plan_field (self, FF_BUSINESS_PLAN_TITLE));
  /* Translators: printed on a business plan, beside the participant's name */
  ff_page_flow_add_field (flow, N_("Participant"), name);
  ff_page_flow_add_field (flow, N_("National identity number"), national_id);
  /* Translators: printed on a business plan: its kind of business (café, food truck …) */
  ff_page_flow_add_choice_field (flow, N_("Kind of business"),
                                 field_msgid (&ff_business_kinds,
                                              plan_field (self, FF_BUSINESS_PLAN_KIND)));
  /* Translators: printed on a business plan: draft, in review or final */
  ff_page_flow_add_choice_field (flow, N_("Status"),
                                 field_msgid (&ff_business_statuses,
                                              plan_field (self, FF_BUSINESS_PLAN_STATUS)));
  /* Translators: printed on a business plan: the day it reached its status */
  ff_page_flow_add_field (flow, N_("Status date"), status_date);
  /* Translators: printed on a business plan: ENK, AS or other */
  ff_page_flow_add_choice_field (flow, N_("Legal form"),
                                 field_msgid (&ff_business_legal_forms, legal_form));
  if (reminder != NULL)
    ff_page_flow_add_label (flow, reminder);
}

/* The market survey: how many were asked, how many would buy, the share, the price. */
static void
layout_survey (FfBusinessPlanReport *self,
               FfPageFlow           *flow)
{
  const char *asked = plan_field (self, FF_BUSINESS_PLAN_SURVEY_ASKED);
  const char *would_buy = plan_field (self, FF_BUSINESS_PLAN_SURVEY_WOULD_BUY);
  g_autofree char *price = format_stored_money (self,
                                                plan_field (self, FF_BUSINESS_PLAN_SURVEY_PRICE));
  g_autofree char *share = NULL;
  double percent;

  if (asked[0] == '\0' && would_buy[0] == '\0' && price == NULL)
    return;

  if (ff_business_survey_share ((guint) g_ascii_strtoull (asked, NULL, 10),
                                (guint) g_ascii_strtoull (would_buy, NULL, 10), &percent))
    share = ff_format_percent (percent, language_of (self));

  ff_page_flow_add_space (flow, 6);
  /* Translators: printed on a business plan: the heading of the market survey, asking
   * people whether they would buy */
  ff_page_flow_add_label (flow, N_("Market survey"));
  /* Translators: printed on a business plan: how many people the survey asked */
  ff_page_flow_add_field (flow, N_("People asked"), asked);
  /* Translators: printed on a business plan: how many of those asked would buy */
  ff_page_flow_add_field (flow, N_("Would buy"), would_buy);
  /* Translators: printed on a business plan: the share of those asked who would buy,
   * in percent */
  ff_page_flow_add_field (flow, N_("Share who would buy"), share);
  /* Translators: printed on a business plan: the price the survey asked about */
  ff_page_flow_add_field (flow, N_("At the price"), price);
}

static void
layout_sections (FfBusinessPlanReport *self,
                 FfPageFlow           *flow)
{
  for (guint i = 0; i < FF_BUSINESS_N_SECTIONS; i++)
    {
      ff_page_flow_add_heading (flow, ff_report_choice_msgid (&ff_business_sections, i), 40);
      ff_page_flow_add_text (flow, plan_field (self, ff_business_section_field (i)));
      if (i == FF_BUSINESS_SECTION_MARKET)
        layout_survey (self, flow);
    }
}

static void
layout_checklist (FfBusinessPlanReport *self,
                  FfPageFlow           *flow)
{
  static const FfTableColumn columns[] = {
    /* Translators: printed on a business plan: a column of the checklist of permits and
     * registrations */
    { N_("Permit or registration"), 0, FF_CELL_TEXT },
    /* Translators: printed on a business plan: a column of the checklist, not started,
     * in progress, done or not relevant */
    { N_("State"), 110, FF_CELL_LABEL },
    /* Translators: printed on a business plan: a column of the checklist */
    { N_("Date"), 80, FF_CELL_TEXT },
  };
  GPtrArray *items = self->parts[FF_BUSINESS_PART_CHECKLIST];

  /* Translators: printed on a business plan: a section's heading */
  ff_page_flow_begin_table (flow, N_("Permits and registrations"), columns,
                            G_N_ELEMENTS (columns));
  for (guint i = 0; i < items->len; i++)
    {
      FfRecord *item = g_ptr_array_index (items, i);
      g_autofree char *date = format_date (self, ff_record_get (item, FF_BUSINESS_ITEM_DATE));
      const char *cells[] = {
        ff_record_get (item, FF_BUSINESS_ITEM_TITLE),
        choice_msgid (&ff_business_item_states, ff_record_get (item, FF_BUSINESS_ITEM_STATE)),
        date,
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

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

static void
layout_milestones (FfBusinessPlanReport *self,
                   FfPageFlow           *flow)
{
  static const FfTableColumn columns[] = {
    { N_("Date"), 80, FF_CELL_TEXT },
    /* Translators: printed on a business plan: a column of the milestones */
    { N_("Milestone"), 0, FF_CELL_TEXT },
    /* Translators: printed on a business plan: a column of the milestones, whether each
     * is reached */
    { N_("Reached"), 90, FF_CELL_LABEL },
  };
  const FfChoiceList *done = PART (MILESTONE)->fields[FF_BUSINESS_MILESTONE_DONE].choices;
  GPtrArray *milestones = self->parts[FF_BUSINESS_PART_MILESTONE];

  /* Translators: printed on a business plan: a section's heading */
  ff_page_flow_begin_table (flow, N_("Milestones"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < milestones->len; i++)
    {
      FfRecord *milestone = g_ptr_array_index (milestones, i);
      g_autofree char *date = format_date (self, ff_record_get (milestone,
                                                                FF_BUSINESS_MILESTONE_DATE));
      const char *cells[] = {
        date,
        ff_record_get (milestone, FF_BUSINESS_MILESTONE_WHAT),
        choice_msgid (done, ff_record_get (milestone, FF_BUSINESS_MILESTONE_DONE)),
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

/* The section a feedback or a mark is on: "" for the whole plan. */
static const char *
section_msgid (const char *key)
{
  int section = ff_choice_list_find (&ff_business_sections, key);

  if (section < 0)
    /* Translators: printed on a business plan: feedback on the plan as a whole */
    return N_("The whole plan");
  return ff_report_choice_msgid (&ff_business_sections, section);
}

static void
layout_feedback (FfBusinessPlanReport *self,
                 FfPageFlow           *flow)
{
  static const FfTableColumn mark_columns[] = {
    /* Translators: printed on a business plan: a column of the reviewers' marks */
    { N_("Section"), 0, FF_CELL_LABEL },
    /* Translators: printed on a business plan: a column of the reviewers' marks, ok or
     * needs work */
    { N_("Mark"), 160, FF_CELL_LABEL },
  };
  static const FfTableColumn columns[] = {
    { N_("Date"), 62, FF_CELL_TEXT },
    { N_("Section"), 110, FF_CELL_LABEL },
    /* Translators: printed on a business plan: a column of the feedback, who wrote it */
    { N_("From"), 110, FF_CELL_TEXT },
    /* Translators: printed on a business plan: a column of the feedback, mentor,
     * adviser or lecturer */
    { N_("Role"), 70, FF_CELL_LABEL },
    /* Translators: printed on a business plan: a column of the feedback */
    { N_("Comment"), 0, FF_CELL_TEXT },
  };
  GPtrArray *marks = self->parts[FF_BUSINESS_PART_MARK];
  GPtrArray *comments = self->parts[FF_BUSINESS_PART_FEEDBACK];

  if (marks->len > 0)
    {
      /* Translators: printed on a business plan: a section's heading, the reviewers'
       * marks of its sections */
      ff_page_flow_begin_table (flow, N_("Reviewers' marks"), mark_columns,
                                G_N_ELEMENTS (mark_columns));
      for (guint i = 0; i < marks->len; i++)
        {
          FfRecord *mark = g_ptr_array_index (marks, i);
          const char *cells[] = {
            section_msgid (ff_record_get (mark, FF_BUSINESS_MARK_SECTION)),
            choice_msgid (&ff_business_marks, ff_record_get (mark, FF_BUSINESS_MARK_MARK)),
          };

          ff_page_flow_add_row (flow, cells);
        }
      ff_page_flow_end_table (flow);
    }

  if (comments->len == 0)
    {
      /* Translators: printed on a business plan: a section's heading, the comments of
       * mentors, advisers and lecturers */
      ff_page_flow_add_heading (flow, N_("Feedback"), 20);
      /* Translators: printed on a business plan printed with its feedback, when there
       * is none */
      ff_page_flow_add_label (flow, N_("No feedback has been given yet."));
      return;
    }

  ff_page_flow_begin_table (flow, N_("Feedback"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < comments->len; i++)
    {
      FfRecord *comment = g_ptr_array_index (comments, i);
      g_autofree char *date = format_date (self, ff_record_get (comment,
                                                                FF_BUSINESS_FEEDBACK_DATE));
      const char *cells[] = {
        date,
        section_msgid (ff_record_get (comment, FF_BUSINESS_FEEDBACK_SECTION)),
        ff_record_get (comment, FF_BUSINESS_FEEDBACK_AUTHOR),
        choice_msgid (&ff_business_reviewer_roles,
                      ff_record_get (comment, FF_BUSINESS_FEEDBACK_ROLE)),
        ff_record_get (comment, FF_BUSINESS_FEEDBACK_TEXT),
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
ff_business_plan_report_layout (FfDocument *document,
                                FfPageFlow *flow)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (document);

  layout_title (self, flow);
  layout_sections (self, flow);
  layout_checklist (self, flow);
  layout_startup (self, flow);
  layout_financing (self, flow);
  layout_budget (self, flow);
  layout_milestones (self, flow);
  if (self->with_feedback)
    layout_feedback (self, flow);
}

static char *
ff_business_plan_report_dup_title (FfDocument *document)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (document);

  return g_strdup_printf ("%s — %s",
                          ff_report_gettext (ff_document_get_language (document),
                                             N_("Business plan")),
                          ff_participant_get_display_name (self->participant));
}

static char *
ff_business_plan_report_dup_job_name (FfDocument *document)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (document);

  /* Translators: the name of a print job: the document's name ("Business plan") and
   * the participant's name */
  return g_strdup_printf (C_("print job", "%s – %s"), _("Business plan"),
                          ff_participant_get_display_name (self->participant));
}

static char *
ff_business_plan_report_dup_suggested_file_name (FfDocument *document)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (document);

  /* Translators: the file name offered for a business plan's PDF: the participant's
   * name and the plan's title, "Olena Kovalenko – Food truck.pdf" */
  return g_strdup_printf (C_("file name", "%s – %s.pdf"),
                          ff_participant_get_display_name (self->participant),
                          ff_record_get (self->plan, FF_BUSINESS_PLAN_TITLE));
}

static void
ff_business_plan_report_constructed (GObject *object)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (object);

  G_OBJECT_CLASS (ff_business_plan_report_parent_class)->constructed (object);

  self->plan = FF_RECORD (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_business_plan_report_finalize (GObject *object)
{
  FfBusinessPlanReport *self = FF_BUSINESS_PLAN_REPORT (object);

  g_clear_object (&self->participant);
  for (guint i = 0; i < FF_BUSINESS_N_PART_KINDS; i++)
    g_clear_pointer (&self->parts[i], g_ptr_array_unref);

  G_OBJECT_CLASS (ff_business_plan_report_parent_class)->finalize (object);
}

static void
ff_business_plan_report_class_init (FfBusinessPlanReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_business_plan_report_constructed;
  object_class->finalize = ff_business_plan_report_finalize;

  document_class->layout = ff_business_plan_report_layout;
  document_class->dup_title = ff_business_plan_report_dup_title;
  document_class->dup_job_name = ff_business_plan_report_dup_job_name;
  document_class->dup_suggested_file_name = ff_business_plan_report_dup_suggested_file_name;
  /* six months of the budget, with the line names, in a table */
  document_class->landscape = TRUE;
}

static void
ff_business_plan_report_init (FfBusinessPlanReport *self)
{
}

/* The plan's parts and the budget computed from them. */
static gboolean
read_parts (FfBusinessPlanReport  *self,
            FfStore               *store,
            GError               **error)
{
  gint64 plan_id = ff_record_get_id (self->plan);

  for (guint i = 0; i < FF_BUSINESS_N_PART_KINDS; i++)
    {
      self->parts[i] = ff_record_load_owned (store, &ff_business_part_types[i], plan_id, error);
      if (self->parts[i] == NULL)
        return FALSE;
    }

  return ff_business_budget_read (store, plan_id, &self->budget, error);
}

FfBusinessPlanReport *
ff_business_plan_report_new (FfStore     *store,
                             gint64       plan_id,
                             const char  *language,
                             const char  *second_language,
                             gboolean     with_feedback,
                             GError     **error)
{
  g_autoptr(FfRecord) plan = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfBusinessPlanReport) self = NULL;
  gint64 participant_id;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = ff_record_load (store, &ff_business_plan_type, plan_id, error);
  if (plan == NULL)
    return NULL;
  participant_id = g_ascii_strtoll (ff_record_get_extra (plan, FF_BUSINESS_PLAN_PARTICIPANT_ID),
                                    NULL, 10);
  participant = ff_participant_load (store, participant_id, error);
  if (participant == NULL)
    return NULL;

  self = g_initable_new (FF_TYPE_BUSINESS_PLAN_REPORT, NULL, error,
                         "source", plan,
                         "language", language,
                         "second-language", second_language,
                         NULL);
  if (self == NULL)
    return NULL;

  self->participant = g_steal_pointer (&participant);
  self->with_feedback = with_feedback;
  if (!read_parts (self, store, error))
    return NULL;

  ff_document_set_audit (FF_DOCUMENT (self), store, participant_id, FF_AUDIT_BUSINESS_PLAN);

  return g_steal_pointer (&self);
}

gint64
ff_business_plan_report_get_participant_id (FfBusinessPlanReport *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_REPORT (self), 0);

  return ff_participant_get_id (self->participant);
}
