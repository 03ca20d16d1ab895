/* ff-form-keys.c — what the keys do in a dialog that asks for a few fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-form-keys.h"

/* Set on a text field once it is handled: the form it is in. */
#define FORM_KEY "ff-form-keys-form"

/* Return in a text field: on to the next field, or from the last one, submit. Moving
 * on rather than submitting keeps a half-filled form, whose remaining choices would
 * otherwise go in as their defaults, from being sent by the key that ends a line. */
static void
text_activated_cb (GtkWidget *field,
                   GtkWidget *form)
{
  GtkRoot *root = gtk_widget_get_root (form);
  GtkWidget *default_widget;

  if (gtk_widget_child_focus (form, GTK_DIR_TAB_FORWARD))
    return;

  /* Not gtk_widget_activate_default (): with the default insensitive, GTK would activate
   * the focus, this field, again. */
  default_widget = GTK_IS_WINDOW (root) ? gtk_window_get_default_widget (GTK_WINDOW (root))
                                        : NULL;
  if (default_widget != NULL && gtk_widget_is_sensitive (default_widget))
    gtk_widget_activate (default_widget);
}

static void
handle_text_fields (GtkWidget *widget,
                    GtkWidget *form)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *signal;

      if (ADW_IS_ENTRY_ROW (child))
        {
          adw_entry_row_set_activates_default (ADW_ENTRY_ROW (child), FALSE);
          signal = "entry-activated";
        }
      else if (GTK_IS_ENTRY (child))
        {
          gtk_entry_set_activates_default (GTK_ENTRY (child), FALSE);
          signal = "activate";
        }
      else
        {
          handle_text_fields (child, form);
          continue;
        }

      if (g_object_get_data (G_OBJECT (child), FORM_KEY) == NULL)
        {
          g_object_set_data (G_OBJECT (child), FORM_KEY, form);
          g_signal_connect_object (child, signal, G_CALLBACK (text_activated_cb), form, 0);
        }
    }
}

/* Return on a row of a list. GtkListBox binds only Space to its row: Return would go on
 * to the window, which activates its default and so submits the form. */
static gboolean
activate_row (GtkWidget *form,
              GVariant  *args,
              gpointer   data)
{
  GtkRoot *root = gtk_widget_get_root (form);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (!GTK_IS_LIST_BOX_ROW (focus))
    return FALSE;

  /* A combo row opens its list; one with nothing else to choose does nothing. */
  gtk_widget_activate (focus);
  return TRUE;
}

static void
window_map_cb (GtkWindow *window,
               GtkWidget *form)
{
  handle_text_fields (form, form);

  /* The first field rather than the first button of the header bar, which GTK would
   * choose when nothing holds the focus. */
  gtk_window_set_focus (window, NULL);
  gtk_widget_child_focus (form, GTK_DIR_TAB_FORWARD);
}

void
ff_form_keys_attach (GtkWindow *window,
                     GtkWidget *form)
{
  GtkEventController *controller;
  GtkShortcut *shortcut;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GTK_IS_WIDGET (form));
  g_return_if_fail (gtk_widget_is_ancestor (form, GTK_WIDGET (window)));

  shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Return|KP_Enter|ISO_Enter"),
                               gtk_callback_action_new (activate_row, NULL, NULL));
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (form, controller);

  g_signal_connect_object (window, "map", G_CALLBACK (window_map_cb), form, 0);
}
