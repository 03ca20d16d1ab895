/* ff-job-log-group.h — a participant's job-seeker log on their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_LOG_GROUP (ff_job_log_group_get_type ())
G_DECLARE_FINAL_TYPE (FfJobLogGroup, ff_job_log_group, FF, JOB_LOG_GROUP, AdwPreferencesGroup)

/* At most this many entries are shown until "Show All" is chosen. */
#define FF_JOB_LOG_GROUP_SHOWN 20

GtkWidget   *ff_job_log_group_new    (void);

/* Shows the log of participant @participant_id (0: none), or the same log read again
 * after a change: the rows are kept, and what is being typed in them stays. Showing
 * another participant first writes what is pending. */
void         ff_job_log_group_show   (FfJobLogGroup  *self,
                                      FfStore        *store,
                                      gint64          participant_id);

/* Writes what is pending in the entries; FALSE when a value stays refused. */
gboolean     ff_job_log_group_flush  (FfJobLogGroup  *self);

G_END_DECLS
