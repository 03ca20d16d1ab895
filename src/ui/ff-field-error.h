/* ff-field-error.h — how a form shows that a value was refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FF_TYPE_FIELD_ERROR (ff_field_error_get_type ())
G_DECLARE_FINAL_TYPE (FfFieldError, ff_field_error, FF, FIELD_ERROR, GtkListBoxRow)

/* Marks @widget as holding a refused value (@message) or, with @message NULL, as
 * valid again. The message is shown whole, wrapped, in an FfFieldError right under
 * the field (a row of its list, or a line of its box), so that it is seen at any
 * width without hovering; the field turns red, and tells assistive technology that it
 * is invalid and why (its accessible description). Its tooltip stays @tooltip, a
 * hint on what to type, or none. */
void         ff_field_error_show          (GtkWidget    *widget,
                                           const char   *tooltip,
                                           const char   *message);

/* The FfFieldError shown under @widget, or NULL while its value is valid. */
FfFieldError *ff_field_error_get_for      (GtkWidget    *widget);
/* The message it shows. */
const char  *ff_field_error_get_message   (FfFieldError *self);

G_END_DECLS
