/* ff-form-keys.h — what the keys do in a dialog that asks for a few fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Lets the fields in @form, inside dialog @window, be filled in by keyboard with no
 * surprise:
 * - when @window is shown, the focus is on the first field of @form (if it shows none,
 *   GTK's own choice stands: the first button);
 * - Return on a row of a list (an AdwComboRow) activates it, as Space does: a combo row
 *   opens its list and never submits;
 * - Return in a text field (AdwEntryRow, GtkEntry) moves on to the next field, and in the
 *   last one activates @window's default widget, if that is sensitive: a form whose
 *   default is insensitive until it is valid is submitted only when valid.
 * The text fields' own activates-default is turned off. Fields may be added to @form
 * until @window is shown. Escape is the dialog's own (a binding, or AdwMessageDialog's
 * close response). */
void  ff_form_keys_attach  (GtkWindow *window,
                            GtkWidget *form);

G_END_DECLS
