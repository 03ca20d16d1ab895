/* ff-business-plan-group.h — a participant's business plans on their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_PLAN_GROUP (ff_business_plan_group_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessPlanGroup, ff_business_plan_group, FF, BUSINESS_PLAN_GROUP,
                      AdwPreferencesGroup)

GtkWidget   *ff_business_plan_group_new      (void);

/* Shows the plans of participant @participant_id (0: none), or the same read again. */
void         ff_business_plan_group_show     (FfBusinessPlanGroup *self,
                                              FfStore             *store,
                                              gint64               participant_id);

/* The row of plan @plan_id, when shown, for tests. */
GtkWidget   *ff_business_plan_group_get_row  (FfBusinessPlanGroup *self,
                                              gint64               plan_id);
guint        ff_business_plan_group_get_n_plans (FfBusinessPlanGroup *self);

G_END_DECLS
