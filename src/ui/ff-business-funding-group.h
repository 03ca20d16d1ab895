/* ff-business-funding-group.h — a business plan's start-up costs and financing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_FUNDING_GROUP (ff_business_funding_group_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessFundingGroup, ff_business_funding_group, FF,
                      BUSINESS_FUNDING_GROUP, AdwPreferencesGroup)

/* Shows the start-up costs and financing of plan @plan_id, bound through @autosave. */
void         ff_business_funding_group_set_plan (FfBusinessFundingGroup *self,
                                                 FfStore                *store,
                                                 FfAutosave             *autosave,
                                                 gint64                  plan_id);

/* Reads them again; rows that stay keep what is typed in them. */
void         ff_business_funding_group_reload   (FfBusinessFundingGroup *self);

/* For tests: the gap as shown. */
const char  *ff_business_funding_group_get_gap_text (FfBusinessFundingGroup *self);

G_END_DECLS
