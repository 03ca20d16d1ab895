/* ff-enrol-dialog.h — enrolling a participant in a programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_ENROL_DIALOG (ff_enrol_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfEnrolDialog, ff_enrol_dialog, FF, ENROL_DIALOG, AdwWindow)

/* A modal window that enrols @participant_id in one of the programmes that are not
 * archived, with a first status, a date and a reason. It closes itself after
 * "enrolled" (gint64 enrolment_id); errors are shown in it and it stays open. */
GtkWidget  *ff_enrol_dialog_new  (FfStore  *store,
                                  gint64    participant_id);

G_END_DECLS
