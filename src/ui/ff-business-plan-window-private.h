/* ff-business-plan-window-private.h — what the business plan window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-business-plan-window.h"

G_BEGIN_DECLS

FfStore    *ff_business_plan_window_get_store         (FfBusinessPlanWindow *self);
void        ff_business_plan_window_show_message      (FfBusinessPlanWindow *self,
                                                       const char           *message);

/* "business-plan.print" and "business-plan.export-pdf", each with a boolean: whether
 * the reviewers' feedback and marks are printed too (ff-business-plan-window-print.c). */
void        ff_business_plan_window_class_add_print_actions (GtkWidgetClass *widget_class);

G_END_DECLS
