/* ff-business-budget-line.h — one line of a business plan's 12-month budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-autosave.h"
#include "ff-business-budget.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_BUDGET_LINE (ff_business_budget_line_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessBudgetLine, ff_business_budget_line, FF, BUSINESS_BUDGET_LINE,
                      GtkBox)

/* The widgets of budget line @line (an FfRecord of the budget part type), bound to it
 * through @autosave. */
GtkWidget   *ff_business_budget_line_new        (FfStore              *store,
                                                 FfAutosave           *autosave,
                                                 FfRecord             *line);

gint64       ff_business_budget_line_get_id     (FfBusinessBudgetLine *self);
/* Whether it is a line of revenue. */
gboolean     ff_business_budget_line_is_revenue (FfBusinessBudgetLine *self);

/* Shows @line's stored values where nobody is typing. */
void         ff_business_budget_line_update     (FfBusinessBudgetLine *self,
                                                 FfRecord             *line);

/* The amount of each month as shown: what is typed where it is a valid amount, the
 * stored amount where it is not. */
const gint64 *ff_business_budget_line_get_months (FfBusinessBudgetLine *self);

/* The field of month @month (1–12), and of the title. */
GtkWidget   *ff_business_budget_line_get_cell   (FfBusinessBudgetLine *self,
                                                 guint                 month);
GtkWidget   *ff_business_budget_line_get_title_entry (FfBusinessBudgetLine *self);
/* The amount of quick entry (budget-line.fill-monthly, budget-line.fill-yearly). */
GtkWidget   *ff_business_budget_line_get_quick_entry (FfBusinessBudgetLine *self);

/* Signals:
 *   edited (FfBusinessBudgetLine *): an amount shown changed (typed, or read again). */

G_END_DECLS
