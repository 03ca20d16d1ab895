/* ff-new-programme-dialog.c — asks for the name and kind of a new programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-new-programme-dialog.h"

struct _FfNewProgrammeDialog
{
  AdwMessageDialog  parent_instance;

  char             *name;

  GtkEditable      *name_entry;
  GtkDropDown      *kind_dropdown;
  GtkStringList    *kind_names;
};

G_DEFINE_FINAL_TYPE (FfNewProgrammeDialog, ff_new_programme_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
name_changed_cb (FfNewProgrammeDialog *self,
                 GtkEditable          *editable)
{
  g_free (self->name);
  self->name = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "create",
                                           *self->name != '\0');
}

static void
ff_new_programme_dialog_finalize (GObject *object)
{
  FfNewProgrammeDialog *self = FF_NEW_PROGRAMME_DIALOG (object);

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (ff_new_programme_dialog_parent_class)->finalize (object);
}

static void
ff_new_programme_dialog_class_init (FfNewProgrammeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ff_new_programme_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-new-programme-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfNewProgrammeDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FfNewProgrammeDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FfNewProgrammeDialog, kind_names);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
}

static void
ff_new_programme_dialog_init (FfNewProgrammeDialog *self)
{
  self->name = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));

  for (FfProgrammeKind kind = 0; kind < FF_PROGRAMME_N_KINDS; kind++)
    gtk_string_list_append (self->kind_names, ff_choice_list_label (&ff_programme_kinds, kind));
  gtk_drop_down_set_selected (self->kind_dropdown, FF_PROGRAMME_KIND_INTRODUCTION);
}

GtkWidget *
ff_new_programme_dialog_new (GtkWindow *parent)
{
  return g_object_new (FF_TYPE_NEW_PROGRAMME_DIALOG,
                       "transient-for", parent,
                       NULL);
}

const char *
ff_new_programme_dialog_get_name (FfNewProgrammeDialog *self)
{
  g_return_val_if_fail (FF_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  return self->name;
}

FfProgrammeKind
ff_new_programme_dialog_get_kind (FfNewProgrammeDialog *self)
{
  guint selected;

  g_return_val_if_fail (FF_IS_NEW_PROGRAMME_DIALOG (self), FF_PROGRAMME_KIND_OTHER);

  selected = gtk_drop_down_get_selected (self->kind_dropdown);
  if (selected >= FF_PROGRAMME_N_KINDS)
    return FF_PROGRAMME_KIND_OTHER;

  return (FfProgrammeKind) selected;
}
