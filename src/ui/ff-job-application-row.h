/* ff-job-application-row.h — one entry of a job-seeker log: its summary, and inside it
 * the rows of its fields, its status with the history of it, and the employer register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-job-log.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_APPLICATION_ROW (ff_job_application_row_get_type ())
G_DECLARE_FINAL_TYPE (FfJobApplicationRow, ff_job_application_row, FF, JOB_APPLICATION_ROW,
                      AdwExpanderRow)

/* An expander row titled with the employer, "Shop assistant · Sent and waiting ·
 * 03.03.2026" under it, holding a row for every field of @application but its status,
 * bound to @autosave so that they save as they are typed; its status and the history of
 * it (action job-log.change-status, target its id); and a button that deletes it
 * (job-log.delete). Typing an employer offers those of the register; one not in it
 * can be added to it (job-log.add-employer). */
GtkWidget   *ff_job_application_row_new           (FfStore              *store,
                                                   FfAutosave           *autosave,
                                                   FfRecord             *application);

gint64       ff_job_application_row_get_id        (FfJobApplicationRow  *self);

/* Shows @application as the store now holds it, in the fields no one is typing in. */
void         ff_job_application_row_update        (FfJobApplicationRow  *self,
                                                   FfRecord             *application);

/* Its place in the log, newest first. */
guint        ff_job_application_row_get_position  (FfJobApplicationRow  *self);
void         ff_job_application_row_set_position  (FfJobApplicationRow  *self,
                                                   guint                 position);

/* The row of @field (one of FfJobApplicationField), for tests and the first field to
 * type in. */
GtkWidget   *ff_job_application_row_get_field     (FfJobApplicationRow  *self,
                                                   guint                 field);
/* The button that adds the typed employer to the register (shown while the employer is
 * not one of it); the row of the status. */
GtkWidget   *ff_job_application_row_get_register_button (FfJobApplicationRow *self);
GtkWidget   *ff_job_application_row_get_status_row      (FfJobApplicationRow *self);

G_END_DECLS
