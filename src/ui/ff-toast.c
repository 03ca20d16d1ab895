/* ff-toast.c — messages in the window's toast overlay, and Undo after a delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-toast.h"

#define UNDO_ACTION_KEY "ff-undo-action"
#define UNDO_ID_KEY "ff-undo-id"

static void
undo_clicked_cb (GtkWidget *widget,
                 AdwToast  *toast)
{
  const char *action = g_object_get_data (G_OBJECT (toast), UNDO_ACTION_KEY);
  gint64 *id = g_object_get_data (G_OBJECT (toast), UNDO_ID_KEY);

  gtk_widget_activate_action (widget, action, "x", *id);
}

void
ff_toast_show (GtkWidget *widget,
               AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

void
ff_toast_show_message (GtkWidget  *widget,
                       const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  /* A toast's title is markup. */
  escaped = g_markup_escape_text (message, -1);
  ff_toast_show (widget, adw_toast_new (escaped));
}

void
ff_toast_show_undo (GtkWidget  *widget,
                    const char *message,
                    const char *undo_action,
                    gint64      id)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);
  g_return_if_fail (undo_action != NULL);

  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), UNDO_ACTION_KEY, g_strdup (undo_action), g_free);
  g_object_set_data_full (G_OBJECT (toast), UNDO_ID_KEY, g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), widget,
                           G_CONNECT_SWAPPED);
  ff_toast_show (widget, toast);
}
