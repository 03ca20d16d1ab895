/* ff-status-dialog.h — a status in a programme, with its date and reason: the first one
 * when enrolling, or a new one
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

/* Enrols participant @participant_id in a programme chosen in the dialog, with its first
 * status ("Create a programme first" when there is none). */
GtkWidget  *ff_status_dialog_new_enrolment (FfStore           *store,
                                            gint64             participant_id);

/* Gives enrolment @enrolment_id in @programme_name a new status (@current chosen at
 * first). Completing it, or ending it (dropped out, moved), then asks for its outcome
 * (ff-outcome-dialog.h), transient for the same window. */
GtkWidget  *ff_status_dialog_new           (FfStore           *store,
                                            gint64             enrolment_id,
                                            const char        *programme_name,
                                            FfEnrolmentStatus  current);

/* Signal "saved" (gint64 enrolment_id): the enrolment was made or its status changed;
 * the dialog then closes. Action "status.save" saves. */

G_END_DECLS
