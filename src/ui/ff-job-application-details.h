/* ff-job-application-details.h — what an entry of a job-seeker log shows when opened: its
 * status with the history of it, the rows of its fields, and the employer register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-job-log.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_APPLICATION_DETAILS (ff_job_application_details_get_type ())
G_DECLARE_FINAL_TYPE (FfJobApplicationDetails, ff_job_application_details, FF,
                      JOB_APPLICATION_DETAILS, GtkListBoxRow)

/* A row of an expander row holding a row for every field of @application but its
 * status, bound to @autosave so that they save as they are typed; its status and the
 * history of it (action job-log.change-status, target its id). Typing an employer offers
 * those of the register; one not in it can be added to it (job-log.add-employer). The
 * bindings last as long as the details: ff_autosave_unbind () them before they go. */
GtkWidget   *ff_job_application_details_new     (FfStore                 *store,
                                                 FfAutosave              *autosave,
                                                 FfRecord                *application);

/* Shows @application as the store now holds it, in the fields no one is typing in, and
 * its status history read again. */
void         ff_job_application_details_update  (FfJobApplicationDetails *self,
                                                 FfRecord                *application);

GtkWidget   *ff_job_application_details_get_field           (FfJobApplicationDetails *self,
                                                             guint                    field);
GtkWidget   *ff_job_application_details_get_register_button (FfJobApplicationDetails *self);
GtkWidget   *ff_job_application_details_get_status_row      (FfJobApplicationDetails *self);

G_END_DECLS
