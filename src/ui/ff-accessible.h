/* ff-accessible.h — what a screen reader says for each widget, set right in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* From now on, every widget of the process, when it is first shown, gets the
 * accessible name a person reads, where GTK 4.8 and libadwaita 1.2 would say something
 * else:
 * - a control with a mnemonic (a button, check box, menu button or preferences row
 *   with use-underline) is named by its text without the underscore ("Add", not
 *   "_Add Add"), also after its label changes;
 * - a widget GTK would name after its type ("AdwLeaflet", "GtkImage", "GtkStackPage")
 *   because nothing names it is left unnamed when it only lays out or decorates, and
 *   named after what it belongs to when it is a list or a popup: the list of rows of
 *   a preferences group or expander row by its title, a drop-down's button and list
 *   and a menu button's menu by their drop-down or button;
 * - a search entry without a name is named by its placeholder text.
 * Names set in a .ui file or in code are kept. Needs GTK initialised; a second call
 * does nothing. */
void  ff_accessible_init  (void);

G_END_DECLS
