/* ff-business-budget-view.h — a business plan's 12-month operating budget, its figures
 * computed as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-autosave.h"
#include "ff-business-budget.h"
#include "ff-business-budget-line.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_BUDGET_VIEW (ff_business_budget_view_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessBudgetView, ff_business_budget_view, FF, BUSINESS_BUDGET_VIEW,
                      GtkBox)

/* Shows the budget of plan @plan_id, its fields bound through @autosave. */
void         ff_business_budget_view_set_plan   (FfBusinessBudgetView *self,
                                                 FfStore              *store,
                                                 FfAutosave           *autosave,
                                                 gint64                plan_id);

/* Reads the lines, start-up costs and financing again: lines that stay keep their
 * widgets and what is typed in them. */
void         ff_business_budget_view_reload     (FfBusinessBudgetView *self);

/* The figures as shown now, what is typed counted. */
const FfBusinessBudget *ff_business_budget_view_get_budget (FfBusinessBudgetView *self);

/* The widgets of line @line_id, or NULL; how many lines there are. */
FfBusinessBudgetLine *ff_business_budget_view_get_line (FfBusinessBudgetView *self,
                                                        gint64                line_id);
guint        ff_business_budget_view_get_n_lines (FfBusinessBudgetView *self);

/* What the summary shows, for tests. */
const char  *ff_business_budget_view_get_break_even_text (FfBusinessBudgetView *self);
const char  *ff_business_budget_view_get_result_text     (FfBusinessBudgetView *self);
const char  *ff_business_budget_view_get_revenue_text    (FfBusinessBudgetView *self);
const char  *ff_business_budget_view_get_cost_text       (FfBusinessBudgetView *self);
gboolean     ff_business_budget_view_get_vat_shown       (FfBusinessBudgetView *self);

G_END_DECLS
