/* ff-toast.h — messages in the window's toast overlay, and Undo after a delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Shows @toast (taking it) in the AdwToastOverlay around @widget; drops it where there is
 * none. */
void  ff_toast_show          (GtkWidget  *widget,
                              AdwToast   *toast);

/* Shows @message, plain text, the same way. */
void  ff_toast_show_message  (GtkWidget  *widget,
                              const char *message);

/* After a record was deleted: @message, plain text, with an Undo button that activates
 * @undo_action on @widget with the record's @id as its target, while @widget is there.
 * The toast shows outside @widget, where its actions are not found: the button calls
 * them on it. */
void  ff_toast_show_undo     (GtkWidget  *widget,
                              const char *message,
                              const char *undo_action,
                              gint64      id);

G_END_DECLS
