/* ff-new-programme-dialog.h — asks for the name and kind of a new programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-programme.h"

G_BEGIN_DECLS

#define FF_TYPE_NEW_PROGRAMME_DIALOG (ff_new_programme_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfNewProgrammeDialog, ff_new_programme_dialog,
                      FF, NEW_PROGRAMME_DIALOG, AdwMessageDialog)

/* Responses: "cancel" and "create" (only with a name). */
GtkWidget       *ff_new_programme_dialog_new      (GtkWindow            *parent);
/* Trimmed. */
const char      *ff_new_programme_dialog_get_name (FfNewProgrammeDialog *self);
FfProgrammeKind  ff_new_programme_dialog_get_kind (FfNewProgrammeDialog *self);

G_END_DECLS
