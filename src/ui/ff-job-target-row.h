/* ff-job-target-row.h — one weekly target of applications, on a participant's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-summary-row.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_TARGET_ROW (ff_job_target_row_get_type ())
G_DECLARE_FINAL_TYPE (FfJobTargetRow, ff_job_target_row, FF, JOB_TARGET_ROW, FfSummaryRow)

/* A summary row (ff-summary-row.h) that sums the target up ("3 applications a week", "from
 * 03.11.2025"), with its from, until and per-week fields inside, bound to @autosave so
 * that they save as they are typed, and a button that removes it (action
 * job-target.remove, target its id). */
GtkWidget  *ff_job_target_row_new        (FfAutosave     *autosave,
                                          FfRecord       *target);

gint64      ff_job_target_row_get_id     (FfJobTargetRow *self);

/* Shows @target as the store now holds it, in the fields no one is typing in. */
void        ff_job_target_row_refresh    (FfJobTargetRow *self,
                                          FfRecord       *target);

/* Sums the target up again from its stored values. */
void        ff_job_target_row_update     (FfJobTargetRow *self);

/* The row of field @field (an FfJobTargetField), for tests. */
GtkWidget  *ff_job_target_row_get_field  (FfJobTargetRow *self,
                                          guint           field);

G_END_DECLS
