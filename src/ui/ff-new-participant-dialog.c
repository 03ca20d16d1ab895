/* ff-new-participant-dialog.c — asks for the name of a new participant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-new-participant-dialog.h"

struct _FfNewParticipantDialog
{
  AdwMessageDialog  parent_instance;

  char             *given_name;
  char             *family_name;

  GtkEditable      *given_entry;
  GtkEditable      *family_entry;
};

G_DEFINE_FINAL_TYPE (FfNewParticipantDialog, ff_new_participant_dialog,
                     ADW_TYPE_MESSAGE_DIALOG)

static void
entry_changed_cb (FfNewParticipantDialog *self,
                  GtkEditable            *editable)
{
  g_free (self->given_name);
  self->given_name = g_strstrip (g_strdup (gtk_editable_get_text (self->given_entry)));
  g_free (self->family_name);
  self->family_name = g_strstrip (g_strdup (gtk_editable_get_text (self->family_entry)));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add",
                                           *self->given_name != '\0');
}

static void
ff_new_participant_dialog_finalize (GObject *object)
{
  FfNewParticipantDialog *self = FF_NEW_PARTICIPANT_DIALOG (object);

  g_clear_pointer (&self->given_name, g_free);
  g_clear_pointer (&self->family_name, g_free);

  G_OBJECT_CLASS (ff_new_participant_dialog_parent_class)->finalize (object);
}

static void
ff_new_participant_dialog_class_init (FfNewParticipantDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ff_new_participant_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-new-participant-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfNewParticipantDialog, given_entry);
  gtk_widget_class_bind_template_child (widget_class, FfNewParticipantDialog, family_entry);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
}

static void
ff_new_participant_dialog_init (FfNewParticipantDialog *self)
{
  self->given_name = g_strdup ("");
  self->family_name = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_new_participant_dialog_new (GtkWindow *parent)
{
  return g_object_new (FF_TYPE_NEW_PARTICIPANT_DIALOG,
                       "transient-for", parent,
                       NULL);
}

const char *
ff_new_participant_dialog_get_given_name (FfNewParticipantDialog *self)
{
  g_return_val_if_fail (FF_IS_NEW_PARTICIPANT_DIALOG (self), NULL);

  return self->given_name;
}

const char *
ff_new_participant_dialog_get_family_name (FfNewParticipantDialog *self)
{
  g_return_val_if_fail (FF_IS_NEW_PARTICIPANT_DIALOG (self), NULL);

  return self->family_name;
}
