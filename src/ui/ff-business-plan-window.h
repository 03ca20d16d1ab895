/* ff-business-plan-window.h — one business plan, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-business-plan.h"
#include "ff-business-budget-view.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_PLAN_WINDOW (ff_business_plan_window_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessPlanWindow, ff_business_plan_window, FF, BUSINESS_PLAN_WINDOW,
                      AdwWindow)

GtkWidget   *ff_business_plan_window_new          (FfStore              *store,
                                                   gint64                plan_id);

/* Shows plan @plan_id: the window that already shows it, or a new one (transient for
 * @parent, in its application). */
FfBusinessPlanWindow *ff_business_plan_window_open (FfStore             *store,
                                                    gint64               plan_id,
                                                    GtkWindow           *parent);

/* Shows the budget page (whose cells are made when it is first shown). */
void         ff_business_plan_window_show_budget  (FfBusinessPlanWindow *self);

gint64       ff_business_plan_window_get_plan_id  (FfBusinessPlanWindow *self);
/* Writes every pending, valid edit now (before printing or closing). */
void         ff_business_plan_window_flush        (FfBusinessPlanWindow *self);

/* Writes the plan as stored, pending edits written first, to the PDF file @path, in the
 * interface's language, with the reviewers' feedback and marks when @with_feedback;
 * recorded in the audit log, and refused when it cannot be. */
gboolean     ff_business_plan_window_export_to_path (FfBusinessPlanWindow  *self,
                                                     const char            *path,
                                                     gboolean               with_feedback,
                                                     GError               **error);

/* For tests: the widget bound to @field of the plan, the mark of @section, the
 * status row, the budget, the checklist, the AS reminder and the survey share. */
GtkWidget   *ff_business_plan_window_get_field    (FfBusinessPlanWindow *self,
                                                   FfBusinessPlanField   field);
GtkWidget   *ff_business_plan_window_get_mark     (FfBusinessPlanWindow *self,
                                                   FfBusinessSection     section);
GtkWidget   *ff_business_plan_window_get_status_row (FfBusinessPlanWindow *self);
GtkWidget   *ff_business_plan_window_get_funding_group (FfBusinessPlanWindow *self);
FfBusinessBudgetView *ff_business_plan_window_get_budget_view (FfBusinessPlanWindow *self);
GtkWidget   *ff_business_plan_window_get_checklist (FfBusinessPlanWindow *self);
GtkWidget   *ff_business_plan_window_get_new_item_row (FfBusinessPlanWindow *self);
GtkWidget   *ff_business_plan_window_get_milestone_group (FfBusinessPlanWindow *self);
GtkWidget   *ff_business_plan_window_get_feedback_group (FfBusinessPlanWindow *self);
GtkWidget   *ff_business_plan_window_get_reminder_row (FfBusinessPlanWindow *self);
const char  *ff_business_plan_window_get_share_text (FfBusinessPlanWindow *self);

G_END_DECLS
