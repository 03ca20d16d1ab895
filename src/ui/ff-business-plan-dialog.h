/* ff-business-plan-dialog.h — a new business plan for a participant, from nothing or
 * from another plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_PLAN_DIALOG (ff_business_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessPlanDialog, ff_business_plan_dialog, FF, BUSINESS_PLAN_DIALOG,
                      AdwWindow)

/* Asks for the title and kind of business of a new plan of @participant_id; with
 * @from, for the plan to start from (ff_business_plan_create_from()) and an optional
 * title instead. Once made, the plan's window opens. */
GtkWidget   *ff_business_plan_dialog_new            (FfStore              *store,
                                                     gint64                participant_id,
                                                     gboolean              from);

GtkWidget   *ff_business_plan_dialog_get_title_row  (FfBusinessPlanDialog *self);
GtkWidget   *ff_business_plan_dialog_get_kind_row   (FfBusinessPlanDialog *self);
GtkWidget   *ff_business_plan_dialog_get_source_row (FfBusinessPlanDialog *self);

/* Signals:
 *   created (FfBusinessPlanDialog *, gint64 plan_id): the plan was made. */

G_END_DECLS
