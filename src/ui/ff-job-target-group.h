/* ff-job-target-group.h — a participant's weekly target of applications and their
 * progress, on the participant's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_TARGET_GROUP (ff_job_target_group_get_type ())
G_DECLARE_FINAL_TYPE (FfJobTargetGroup, ff_job_target_group, FF, JOB_TARGET_GROUP,
                      AdwPreferencesGroup)

/* "Job Seeking": this week's applications against the target ("2 of 3 applications",
 * with a level bar), the last weeks as bars (FfWeekBars), and the participant's weekly
 * targets, each a row whose fields save as they are typed; "Add Target…" asks for a
 * new one, and a removed one comes back with Undo. */
GtkWidget  *ff_job_target_group_new        (void);

/* Shows participant @participant_id (0: none) as @store holds them now. Shown again
 * after a change, the rows of targets still there stay, with what is typed in them. */
void        ff_job_target_group_show       (FfJobTargetGroup *self,
                                            FfStore          *store,
                                            gint64            participant_id);

/* Writes what is pending in the targets' fields. */
gboolean    ff_job_target_group_flush      (FfJobTargetGroup *self);

/* For tests: the "This week" row, the bars, and the list of targets (FfJobTargetRow). */
GtkWidget  *ff_job_target_group_get_this_week_row (FfJobTargetGroup *self);
GtkWidget  *ff_job_target_group_get_week_bars     (FfJobTargetGroup *self);
GtkWidget  *ff_job_target_group_get_targets_list  (FfJobTargetGroup *self);

G_END_DECLS
