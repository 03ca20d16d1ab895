/* ff-erase-dialog.h — asks before a participant is erased for good (GDPR article 17),
 * and erases them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_ERASE_DIALOG (ff_erase_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfEraseDialog, ff_erase_dialog, FF, ERASE_DIALOG, AdwMessageDialog)

/* A dialog, transient for @parent, that asks whether participant @id, called @name,
 * is to be erased, and on "erase" erases them off the main thread (ff-person.h),
 * showing that it works, and forgets their unsaved edits. Signal "erased" (no
 * arguments): done; the dialog then closes. A failure is said in the dialog. */
GtkWidget  *ff_erase_dialog_new      (GtkWindow  *parent,
                                      FfStore    *store,
                                      gint64      id,
                                      const char *name);

/* Whether the erasure runs. */
gboolean    ff_erase_dialog_is_working (FfEraseDialog *self);

G_END_DECLS
