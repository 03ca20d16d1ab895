/* ff-business-checklist-group.h — a business plan's permits and registrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_CHECKLIST_GROUP (ff_business_checklist_group_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessChecklistGroup, ff_business_checklist_group, FF,
                      BUSINESS_CHECKLIST_GROUP, AdwPreferencesGroup)

/* Shows the checklist of plan @plan_id, its states bound through @autosave. */
void         ff_business_checklist_group_set_plan (FfBusinessChecklistGroup *self,
                                                   FfStore                  *store,
                                                   FfAutosave               *autosave,
                                                   gint64                    plan_id);

/* Reads it again; rows that stay keep their state as shown. */
void         ff_business_checklist_group_reload   (FfBusinessChecklistGroup *self);

/* The list of items, one AdwComboRow each. */
GtkWidget   *ff_business_checklist_group_get_list (FfBusinessChecklistGroup *self);

/* The row a new item is typed in. */
GtkWidget   *ff_business_checklist_group_get_new_item_row (FfBusinessChecklistGroup *self);

G_END_DECLS
