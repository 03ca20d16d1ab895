/* ff-job-target-dialog.h — a new weekly target of applications for a participant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_TARGET_DIALOG (ff_job_target_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfJobTargetDialog, ff_job_target_dialog, FF, JOB_TARGET_DIALOG,
                      AdwWindow)

/* Asks for a weekly target of participant @participant_id: from (at first the Monday
 * of this week), until (optional) and applications per week. A refused value is marked
 * on its row as it is typed, and the target can be added only when all are valid. */
GtkWidget  *ff_job_target_dialog_new        (FfStore           *store,
                                             gint64             participant_id);

/* The row of field @field (an FfJobTargetField), for tests. */
GtkWidget  *ff_job_target_dialog_get_field  (FfJobTargetDialog *self,
                                             guint              field);

/* Signal "saved" (gint64 target_id): the target was added; the dialog then closes.
 * Action "job-target-dialog.add" adds it. */

G_END_DECLS
