/* ff-field-error.c — how a form shows that a value was refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-field-error.h"

void
ff_field_error_show (GtkWidget  *widget,
                     const char *title,
                     const char *tooltip,
                     const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (message != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, tooltip);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  if (ADW_IS_PREFERENCES_ROW (widget) && title != NULL)
    {
      g_autofree char *marked = NULL;

      if (message != NULL)
        /* Translators: a field's name and what is wrong with its value,
         * e.g. "Birth date — There is no such date." */
        marked = g_strdup_printf (C_("field error", "%s — %s"), title, message);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget),
                                     marked != NULL ? marked : title);
    }
}
