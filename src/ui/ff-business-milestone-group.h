/* ff-business-milestone-group.h — a business plan's milestones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_MILESTONE_GROUP (ff_business_milestone_group_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessMilestoneGroup, ff_business_milestone_group, FF,
                      BUSINESS_MILESTONE_GROUP, AdwPreferencesGroup)

/* Shows the milestones of plan @plan_id, bound through @autosave. */
void         ff_business_milestone_group_set_plan (FfBusinessMilestoneGroup *self,
                                                   FfStore                  *store,
                                                   FfAutosave               *autosave,
                                                   gint64                    plan_id);

/* Reads them again; rows that stay keep what is typed in them. */
void         ff_business_milestone_group_reload   (FfBusinessMilestoneGroup *self);

G_END_DECLS
