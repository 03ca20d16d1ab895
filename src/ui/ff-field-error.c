/* ff-field-error.c — how a form shows that a value was refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2 has no subtitle for an AdwEntryRow, and a row's title is one line:
 * a message put there is cut off at a narrow width. The message goes in a row of its
 * own under the field instead, wrapped over as many lines as it needs.
 */

#include "config.h"

#include "ff-field-error.h"

#define ERROR_KEY "ff-field-error"

struct _FfFieldError
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *message_label;
};

G_DEFINE_FINAL_TYPE (FfFieldError, ff_field_error, GTK_TYPE_LIST_BOX_ROW)

/* The message takes no focus, and keeps none from the field after it: a list box
 * passes the focus row by row and would give up at a row that takes none, so that Tab
 * from a refused field left the form. The focus goes on to the next row that takes it,
 * in the direction it moves. */
static gboolean
ff_field_error_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  gboolean back = direction == GTK_DIR_TAB_BACKWARD || direction == GTK_DIR_UP ||
                  direction == GTK_DIR_LEFT;

  for (GtkWidget *sibling = back ? gtk_widget_get_prev_sibling (widget)
                                 : gtk_widget_get_next_sibling (widget);
       sibling != NULL;
       sibling = back ? gtk_widget_get_prev_sibling (sibling)
                      : gtk_widget_get_next_sibling (sibling))
    {
      if (gtk_widget_child_focus (sibling, direction))
        return TRUE;
    }

  return FALSE;
}

static void
ff_field_error_class_init (FfFieldErrorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->focus = ff_field_error_focus;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-field-error.ui");
  gtk_widget_class_bind_template_child (widget_class, FfFieldError, message_label);
}

static void
ff_field_error_init (FfFieldError *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FfFieldError *
ff_field_error_get_for (GtkWidget *widget)
{
  g_autoptr(GObject) error = NULL;
  GWeakRef *ref;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  ref = g_object_get_data (G_OBJECT (widget), ERROR_KEY);
  if (ref == NULL || (error = g_weak_ref_get (ref)) == NULL)
    return NULL;

  /* Not a reference: the field's list or box holds it while it is shown. */
  return FF_FIELD_ERROR (error);
}

const char *
ff_field_error_get_message (FfFieldError *self)
{
  g_return_val_if_fail (FF_IS_FIELD_ERROR (self), NULL);

  return gtk_label_get_text (self->message_label);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

/* Puts an FfFieldError right under @widget: into its list after it, or into its box
 * after it. Returns NULL where there is no such place. */
static FfFieldError *
field_error_add (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  FfFieldError *error;
  GWeakRef *ref;

  if (GTK_IS_LIST_BOX (parent) && GTK_IS_LIST_BOX_ROW (widget))
    {
      error = g_object_new (FF_TYPE_FIELD_ERROR, NULL);
      gtk_list_box_insert (GTK_LIST_BOX (parent), GTK_WIDGET (error),
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget)) + 1);
    }
  else if (GTK_IS_BOX (parent))
    {
      error = g_object_new (FF_TYPE_FIELD_ERROR, NULL);
      gtk_box_insert_child_after (GTK_BOX (parent), GTK_WIDGET (error), widget);
    }
  else
    return NULL;

  /* Hidden with its field. */
  g_object_bind_property (widget, "visible", error, "visible", G_BINDING_SYNC_CREATE);

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, error);
  g_object_set_data_full (G_OBJECT (widget), ERROR_KEY, ref, (GDestroyNotify) weak_ref_free);

  return error;
}

static void
field_error_remove (GtkWidget *widget)
{
  FfFieldError *error = ff_field_error_get_for (widget);
  GtkWidget *parent;

  g_object_set_data (G_OBJECT (widget), ERROR_KEY, NULL);
  if (error == NULL || (parent = gtk_widget_get_parent (GTK_WIDGET (error))) == NULL)
    return;

  if (GTK_IS_LIST_BOX (parent))
    gtk_list_box_remove (GTK_LIST_BOX (parent), GTK_WIDGET (error));
  else
    gtk_box_remove (GTK_BOX (parent), GTK_WIDGET (error));
}

/* Tells assistive technology whether @accessible holds a refused value, and why. */
static void
mark_invalid (GtkAccessible *accessible,
              const char    *message)
{
  if (message != NULL)
    {
      gtk_accessible_update_state (accessible,
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (accessible,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_accessible_reset_state (accessible, GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

void
ff_field_error_show (GtkWidget  *widget,
                     const char *tooltip,
                     const char *message)
{
  GtkWidget *delegate = NULL;
  FfFieldError *error;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* The text a screen reader is in when typing: an AdwEntryRow's or GtkEntry's GtkText. */
  if (GTK_IS_EDITABLE (widget))
    delegate = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (widget)));

  mark_invalid (GTK_ACCESSIBLE (widget), message);
  if (delegate != NULL)
    mark_invalid (GTK_ACCESSIBLE (delegate), message);

  /* A tooltip is the description too: while the value is refused, the message is. Set
   * only when it changes: setting one asks the display where the pointer is. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) != 0)
    gtk_widget_set_tooltip_text (widget, tooltip);
  if (message != NULL || tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    message != NULL ? message : tooltip,
                                    -1);

  if (message == NULL)
    {
      gtk_widget_remove_css_class (widget, "error");
      field_error_remove (widget);
      return;
    }

  gtk_widget_add_css_class (widget, "error");
  error = ff_field_error_get_for (widget);
  if (error == NULL)
    error = field_error_add (widget);
  if (error != NULL)
    gtk_label_set_text (error->message_label, message);
}
