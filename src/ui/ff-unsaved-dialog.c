/* ff-unsaved-dialog.c — what an earlier run typed and did not save, offered back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-edit-journal.h"
#include "ff-unsaved-dialog.h"

struct _FfUnsavedDialog
{
  AdwMessageDialog  parent_instance;

  FfStore          *store;
  FfEditJournal    *journal;

  GtkListBox       *list;
};

G_DEFINE_FINAL_TYPE (FfUnsavedDialog, ff_unsaved_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* One edit: the text as typed, then where it was typed (and why it could not be
 * restored). */
static void
add_row (FfUnsavedDialog          *self,
         const FfEditJournalEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) where = g_string_new (entry->label);
  g_autofree char *masked = NULL;
  const char *text = entry->text;

  /* A national id typed before stays masked here too, as on its page. */
  if (entry->type != NULL &&
      (entry->type->fields[entry->field].flags & FF_FIELD_MASKED) != 0)
    text = masked = ff_record_mask (entry->type, entry->field, entry->text);

  if (entry->title != NULL && *entry->title != '\0')
    g_string_append_printf (where, " — %s", entry->title);
  if (entry->message != NULL)
    g_string_append_printf (where, "\n%s", entry->message);

  /* What people type is plain text. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 *text != '\0' ? text
                                 /* Translators: shown for a field that was emptied */
                                 : C_("unsaved text", "(empty)"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_append (self->list, row);
}

static FfUnsavedDialog *
unsaved_dialog_new (GtkWindow     *parent,
                    FfStore       *store,
                    FfEditJournal *journal,
                    GPtrArray     *entries)
{
  FfUnsavedDialog *self = g_object_new (FF_TYPE_UNSAVED_DIALOG,
                                        "transient-for", parent,
                                        NULL);

  self->store = g_object_ref (store);
  self->journal = g_object_ref (journal);
  for (guint i = 0; i < entries->len; i++)
    add_row (self, g_ptr_array_index (entries, i));

  return self;
}

static gboolean
present_cb (gpointer user_data)
{
  g_autoptr(GtkWindow) dialog = user_data;

  if (gtk_window_get_transient_for (dialog) != NULL)
    gtk_window_present (dialog);

  return G_SOURCE_REMOVE;
}

static void
parent_mapped_cb (GtkWindow *dialog)
{
  /* Once the parent is on screen, not while it is being put there: shown in the
   * same moment, the parent may come on top of it. */
  g_idle_add (present_cb, g_object_ref (dialog));
}

/* Shows @dialog over @parent now, or once @parent is on screen. */
static void
present_over (GtkWindow *dialog,
              GtkWindow *parent)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (parent)))
    gtk_window_present (dialog);
  else
    g_signal_connect_object (parent, "map", G_CALLBACK (parent_mapped_cb), dialog,
                             G_CONNECT_SWAPPED);
}

static void
response_cb (FfUnsavedDialog *self,
             const char      *response)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GPtrArray) refused = NULL;
  FfUnsavedDialog *failed;

  if (g_str_equal (response, "discard"))
    {
      ff_edit_journal_discard_left (self->journal);
      return;
    }
  if (!g_str_equal (response, "restore"))
    return;

  refused = ff_edit_journal_restore_left (self->journal, self->store);
  if (refused == NULL || parent == NULL)
    return;

  failed = unsaved_dialog_new (parent, self->store, self->journal, refused);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (failed),
                                  _("Some Changes Could Not Be Restored"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (failed),
                               _("These values were not saved. Type them again where they "
                                 "belong."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (failed), "close", _("_Close"));
  present_over (GTK_WINDOW (failed), parent);
}

static void
ff_unsaved_dialog_dispose (GObject *object)
{
  FfUnsavedDialog *self = FF_UNSAVED_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_UNSAVED_DIALOG);
  g_clear_object (&self->journal);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_unsaved_dialog_parent_class)->dispose (object);
}

static void
ff_unsaved_dialog_class_init (FfUnsavedDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_unsaved_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-unsaved-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfUnsavedDialog, list);
}

static void
ff_unsaved_dialog_init (FfUnsavedDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
ff_unsaved_dialog_offer (GtkWindow *parent,
                         FfStore   *store)
{
  g_autoptr(FfEditJournal) journal = NULL;
  FfUnsavedDialog *self;
  GPtrArray *left;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (FF_IS_STORE (store));

  journal = ff_edit_journal_get (store);
  left = ff_edit_journal_get_left (journal, store);
  if (left->len == 0)
    return;

  self = unsaved_dialog_new (parent, store, journal, left);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Restore Unsaved Changes?"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("Fotfeste stopped before it could save what was typed "
                                 "last. Restore it as it was typed, or discard it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "restore");
  /* Escape decides nothing: the edits are offered again at the next start. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "later");
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);

  present_over (GTK_WINDOW (self), parent);
}
