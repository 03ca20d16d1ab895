/* ff-autosave-mask.c — fields shown masked until someone asks to see them
 *
 * A field flagged FF_FIELD_MASKED (a national identity number) is shown masked
 * ("010290 *****") and cannot be typed into while it is. Its row's Show button (a
 * descendant of the row named "reveal", with its own tooltip and accessible label in
 * the page's template) shows the value, once the audit log has recorded that it was
 * shown; a file open read-only cannot record it, and then the value stays hidden and
 * the user is told why. Shown, the value is edited as any other, until the page shows
 * another record. An empty field hides nothing: it is typed into at once, and what is
 * typed stays shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-autosave-private.h"
#include "ff-toast.h"

#define REVEAL_NAME "reveal"

/* Whether the widget shows the mask rather than the value. */
static gboolean
is_hidden (Binding *binding)
{
  return binding->masked && !binding->revealed &&
         binding->stored != NULL && binding->stored[0] != '\0';
}

static void
update (Binding *binding)
{
  gboolean hidden = is_hidden (binding);

  if (binding->widget != NULL && GTK_IS_EDITABLE (binding->widget))
    gtk_editable_set_editable (GTK_EDITABLE (binding->widget),
                               binding->self->editable && !hidden);
  if (binding->reveal != NULL)
    gtk_widget_set_visible (binding->reveal, hidden);
}

static GtkWidget *
find_reveal (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_str_equal (gtk_widget_get_name (child), REVEAL_NAME))
        return child;
      found = find_reveal (child);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
refuse (Binding *binding,
        GError  *error)
{
  g_autofree char *message = NULL;
  const char *title = binding->base_title != NULL && binding->base_title[0] != '\0'
                      ? binding->base_title : binding->type->fields[binding->field].key;

  if (g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY))
    /* Translators: %s names a field ("National identity number"); shown when its
     * Show button is pressed in a file opened read-only */
    message = g_strdup_printf (_("%s stays hidden: the file is open read-only, so "
                                 "showing it cannot be recorded in the audit log."),
                               title);
  else
    /* Translators: the first %s names a field ("National identity number"), the second
     * says what went wrong */
    message = g_strdup_printf (_("%s stays hidden: %s"), title, error->message);

  ff_toast_show_message (binding->widget, message);
}

static void
reveal_clicked_cb (GtkButton *button,
                   Binding   *binding)
{
  g_autoptr(GError) error = NULL;

  if (binding->widget == NULL || binding->id == 0 || !is_hidden (binding))
    return;

  if (!ff_audit_log_disclosure (binding->self->store, binding->type->table, binding->id,
                                FF_AUDIT_SHOWN, binding->type->fields[binding->field].key,
                                &error))
    {
      refuse (binding, error);
      return;
    }

  binding->revealed = TRUE;
  ff_autosave_binding_show (binding, binding->stored);
  gtk_widget_grab_focus (binding->widget);
}

void
ff_autosave_mask_attach (Binding *binding)
{
  binding->reveal = find_reveal (binding->widget);
  if (binding->reveal == NULL)
    return;

  g_object_add_weak_pointer (G_OBJECT (binding->reveal), (gpointer *) &binding->reveal);
  g_signal_connect (binding->reveal, "clicked", G_CALLBACK (reveal_clicked_cb), binding);
  update (binding);
}

void
ff_autosave_mask_reset (Binding *binding)
{
  binding->revealed = FALSE;
  update (binding);
}

char *
ff_autosave_mask_display (Binding    *binding,
                          char       *display)
{
  char *masked = display;

  if (is_hidden (binding))
    masked = ff_record_mask (binding->type, binding->field, display);

  update (binding);
  return masked;
}

void
ff_autosave_mask_edited (Binding *binding)
{
  binding->revealed = TRUE;
  update (binding);
}

void
ff_autosave_mask_set_editable (Binding  *binding,
                               gboolean  editable)
{
  update (binding);
}
