/* ff-unsaved-dialog.h — what an earlier run typed and did not save, offered back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_UNSAVED_DIALOG (ff_unsaved_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfUnsavedDialog, ff_unsaved_dialog, FF, UNSAVED_DIALOG, AdwMessageDialog)

/* When a run on @store's file ended before it saved what was typed last (it was
 * killed, or crashed), asks over @parent, once @parent is shown, whether to restore
 * those edits or discard them (ff-edit-journal.h); those that cannot be restored are
 * then shown with the reason. Does nothing when there are none. Closed with Escape,
 * the question is asked again at the next start. */
void  ff_unsaved_dialog_offer  (GtkWindow  *parent,
                                FfStore    *store);

G_END_DECLS
