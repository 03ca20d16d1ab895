/* ff-field-error.h — how a form shows that a value was refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Marks @widget as holding a refused value (@message) or, with @message NULL, as
 * valid again. A preferences row shows the message after its @title, so that it is
 * seen without hovering and read out with the row's name; the tooltip and the
 * accessible description carry it whole, and @tooltip comes back once it is fixed. */
void  ff_field_error_show  (GtkWidget  *widget,
                            const char *title,
                            const char *tooltip,
                            const char *message);

G_END_DECLS
