/* ff-plan-private.h — what the rest of src/core needs from plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-plan.h"

G_BEGIN_DECLS

/* The fields of the plan itself come first in FfPlanField. */
#define N_PLAN_FIELDS (FF_PLAN_FIELD_SECOND_LANGUAGE + 1)

/* Inside the caller's transaction, without audit rows or ::changed: marks plan
 * @plan_id signed on @signed_date (YYYY-MM-DD) and keeps in it the participant's
 * and programme's details as they are now. */
gboolean ff_plan_freeze (FfStore     *store,
                         gint64       plan_id,
                         const char  *signed_date,
                         const char  *now,
                         GError     **error);

G_END_DECLS
