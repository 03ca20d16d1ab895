/* ff-job-status-dialog.h — a new status of a job application, with its date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-job-log.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_STATUS_DIALOG (ff_job_status_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfJobStatusDialog, ff_job_status_dialog, FF, JOB_STATUS_DIALOG, AdwWindow)

/* Gives application @application_id (titled @title, "Rema 1000 Drammen") a new status,
 * @current chosen at first, dated today unless another date is typed. A date that is
 * not one, or comes before the application's, is marked on the date field and the
 * dialog stays open. */
GtkWidget   *ff_job_status_dialog_new          (FfStore      *store,
                                                gint64        application_id,
                                                const char   *title,
                                                FfJobStatus   current);

/* The rows, for tests. */
GtkWidget   *ff_job_status_dialog_get_status_row (FfJobStatusDialog *self);
GtkWidget   *ff_job_status_dialog_get_date_row   (FfJobStatusDialog *self);

/* Signal "saved" (gint64 application_id): the status was changed; the dialog then
 * closes. Action "job-status.save" saves. */

G_END_DECLS
