/* ff-job-log-group-private.h — the job-seeker log's widgets, for its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-job-application-row.h"
#include "ff-job-log-group.h"

G_BEGIN_DECLS

/* The quick-add fields, and the list under the employer field. */
GtkWidget            *ff_job_log_group_get_employer_entry (FfJobLogGroup *self);
GtkWidget            *ff_job_log_group_get_position_entry (FfJobLogGroup *self);
GtkWidget            *ff_job_log_group_get_deadline_entry (FfJobLogGroup *self);
GtkWidget            *ff_job_log_group_get_suggestions    (FfJobLogGroup *self);

/* The row of application @id, when shown. */
FfJobApplicationRow  *ff_job_log_group_get_row            (FfJobLogGroup *self,
                                                           gint64         id);
/* How many entries are shown, and the row that shows them all. */
guint                 ff_job_log_group_get_n_shown        (FfJobLogGroup *self);
GtkWidget            *ff_job_log_group_get_show_all_row   (FfJobLogGroup *self);

/* Shared with the printing and exporting in ff-job-log-group-export.c. */
FfStore              *ff_job_log_group_get_store          (FfJobLogGroup *self);
gint64                ff_job_log_group_get_participant_id (FfJobLogGroup *self);
void                  ff_job_log_group_show_message       (FfJobLogGroup *self,
                                                           const char    *message);
void                  ff_job_log_group_show_error         (FfJobLogGroup *self,
                                                           const char    *heading,
                                                           const char    *message);
/* Installs the actions job-log.print, job-log.export-pdf and job-log.export-csv. */
void                  ff_job_log_group_class_add_export_actions (GtkWidgetClass *widget_class);
/* Cancels a print or an export under way (the group goes). */
void                  ff_job_log_group_cancel_export      (FfJobLogGroup *self);

G_END_DECLS
