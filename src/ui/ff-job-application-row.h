/* ff-job-application-row.h — one entry of a job-seeker log: its summary, and inside it,
 * made when it is first opened, its details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-job-log.h"
#include "ff-summary-row.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_APPLICATION_ROW (ff_job_application_row_get_type ())
G_DECLARE_FINAL_TYPE (FfJobApplicationRow, ff_job_application_row, FF, JOB_APPLICATION_ROW,
                      FfSummaryRow)

/* A summary row (ff-summary-row.h) titled with the employer, "Shop assistant · Sent and
 * waiting · 03.03.2026" under it, with a button that deletes it (job-log.delete, target
 * its id). Opened, it holds the entry's details (ff-job-application-details.h), bound to
 * @autosave. */
GtkWidget   *ff_job_application_row_new           (FfStore              *store,
                                                   FfAutosave           *autosave,
                                                   FfRecord             *application);

gint64       ff_job_application_row_get_id        (FfJobApplicationRow  *self);

/* Shows @application as the store now holds it, in the fields no one is typing in. When
 * it is another entry than the one shown, what was typed in that one is written and the
 * row shows the new one closed: rows are used again when another participant is shown. */
void         ff_job_application_row_update        (FfJobApplicationRow  *self,
                                                   FfRecord             *application);

/* Writes what was typed in the row, lets its details go and closes it, showing no entry
 * until it is given one. */
void         ff_job_application_row_reset         (FfJobApplicationRow  *self);

/* Its place in the log, newest first. */
guint        ff_job_application_row_get_position  (FfJobApplicationRow  *self);
void         ff_job_application_row_set_position  (FfJobApplicationRow  *self,
                                                   guint                 position);

/* The row of @field (one of FfJobApplicationField), for tests and the first field to
 * type in; it makes the details when they were not yet. */
GtkWidget   *ff_job_application_row_get_field     (FfJobApplicationRow  *self,
                                                   guint                 field);
/* The button that adds the typed employer to the register (shown while the employer is
 * not one of it); the row of the status. */
GtkWidget   *ff_job_application_row_get_register_button (FfJobApplicationRow *self);
GtkWidget   *ff_job_application_row_get_status_row      (FfJobApplicationRow *self);

G_END_DECLS
