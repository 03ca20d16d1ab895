/* ff-record-section-actions.c — what a section of the window does to the open record:
 * archive it, and delete it, asked first where its kind says so, with Undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-record-section-private.h"
#include "ff-toast.h"

gboolean
ff_record_section_get_archived (FfRecordSection *self)
{
  FfRecord *record = ff_record_section_open_record (self);

  return record != NULL && ff_record_get_archived (record);
}

void
ff_record_section_set_archived (FfRecordSection *self,
                                gboolean         archived)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_record_section_open_id (self);

  if (id == 0 || !ff_record_section_archivable (self) ||
      ff_record_section_get_archived (self) == !!archived)
    return;

  ff_record_section_flush (self);
  if (!ff_record_set_archived (self->store, ff_record_section_record_type (self), id,
                               archived, &error))
    ff_toast_show_message (GTK_WIDGET (self), error->message);
}

/* Deletes record @id, named @title, with Undo in a toast. */
static void
delete_record (FfRecordSection *self,
               gint64           id,
               const char      *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* Translators: after a record (a participant, an employer …) was deleted; %s is its
   * name */
  message = g_strdup_printf (_("“%s” deleted"), title);

  if (!ff_record_set_deleted (self->store, ff_record_section_record_type (self), id, TRUE, &error))
    {
      ff_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  if (ff_record_section_open_id (self) == id)
    ff_record_section_show_id (self, 0);
  ff_toast_show_undo (GTK_WIDGET (self), message, "section.undo-delete", id);
}

static void
delete_question_response_cb (FfRecordSection *self,
                             const char      *response,
                             AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "delete") != 0)
    return;

  delete_record (self, *(gint64 *) g_object_get_data (G_OBJECT (dialog), "ff-id"),
                 g_object_get_data (G_OBJECT (dialog), "ff-title"));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfRecordSection *self = FF_RECORD_SECTION (widget);
  FfRecord *record;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root;
  GtkWidget *dialog;
  gint64 *id;

  /* An undo brings the record back as it was last typed: what is pending is written
   * first, and the page reads the record again. */
  ff_record_section_flush (self);
  record = ff_record_section_open_record (self);
  if (record == NULL)
    return;

  if (self->page_class->delete_question == NULL ||
      !self->page_class->delete_question (self->page, record, &heading, &body))
    {
      delete_record (self, ff_record_get_id (record), ff_record_get_title (record));
      return;
    }

  /* Some records are asked about first (a mentor with active matches). */
  root = gtk_widget_get_root (widget);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  id = g_new (gint64, 1);
  *id = ff_record_get_id (record);
  g_object_set_data_full (G_OBJECT (dialog), "ff-id", id, g_free);
  g_object_set_data_full (G_OBJECT (dialog), "ff-title",
                          g_strdup (ff_record_get_title (record)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_question_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfRecordSection *self = FF_RECORD_SECTION (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  if (!ff_record_set_deleted (self->store, ff_record_section_record_type (self), id, FALSE, &error))
    {
      ff_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  ff_record_section_open (self, id);
}

void
ff_record_section_class_add_record_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "section.archived", "archived");
  gtk_widget_class_install_action (widget_class, "section.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "section.undo-delete", "x",
                                   undo_delete_action);
}
