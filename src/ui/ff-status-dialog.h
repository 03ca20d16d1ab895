/* ff-status-dialog.h — a new status in a programme, with its date and reason
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-enrolment-status.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_STATUS_DIALOG (ff_status_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfStatusDialog, ff_status_dialog, FF, STATUS_DIALOG, AdwWindow)

/* A modal window that records a new status of @enrolment_id (in @programme_name,
 * now @current) on a date, with a reason. It closes itself after "status-changed";
 * errors are shown in it and it stays open. */
GtkWidget  *ff_status_dialog_new  (FfStore           *store,
                                   gint64             enrolment_id,
                                   const char        *programme_name,
                                   FfEnrolmentStatus  current);

G_END_DECLS
