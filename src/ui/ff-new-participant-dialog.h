/* ff-new-participant-dialog.h — asks for the name of a new participant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FF_TYPE_NEW_PARTICIPANT_DIALOG (ff_new_participant_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfNewParticipantDialog, ff_new_participant_dialog,
                      FF, NEW_PARTICIPANT_DIALOG, AdwMessageDialog)

/* Responses: "cancel" and "add" (only with a given name). */
GtkWidget  *ff_new_participant_dialog_new             (GtkWindow              *parent);
/* Trimmed. */
const char *ff_new_participant_dialog_get_given_name  (FfNewParticipantDialog *self);
const char *ff_new_participant_dialog_get_family_name (FfNewParticipantDialog *self);

G_END_DECLS
