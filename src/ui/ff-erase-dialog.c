/* ff-erase-dialog.c — asks before a participant is erased for good, and erases them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-edit-journal.h"
#include "ff-erase-dialog.h"
#include "ff-person.h"

struct _FfEraseDialog
{
  AdwMessageDialog  parent_instance;

  FfStore          *store;
  gint64            id;
  gboolean          working;

  /* template widgets */
  GtkWidget        *working_box;
  GtkSpinner       *spinner;
};

G_DEFINE_FINAL_TYPE (FfEraseDialog, ff_erase_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  SIGNAL_ERASED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_working (FfEraseDialog *self,
             gboolean       working)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  self->working = working;
  gtk_widget_set_visible (self->working_box, working);
  gtk_spinner_set_spinning (self->spinner, working);
  adw_message_dialog_set_response_enabled (dialog, "cancel", !working);
  adw_message_dialog_set_response_enabled (dialog, "erase",
                                           !working && !ff_store_is_read_only (self->store));
}

static void
erased_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FfEraseDialog) self = user_data;
  g_autoptr(FfEditJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) journal_error = NULL;

  set_working (self, FALSE);

  if (!ff_person_erase_finish (self->store, result, &error))
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Could Not Erase"));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), error->message);
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "erase", FALSE);
      return;
    }

  /* Nothing typed about them stays in the file of unsaved edits either. */
  journal = ff_edit_journal_get (self->store);
  if (!ff_edit_journal_forget_gone (journal, self->store, &journal_error))
    g_warning ("Could not rewrite the unsaved edits: %s", journal_error->message);

  g_signal_emit (self, signals[SIGNAL_ERASED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A response closes a message dialog, which here only hides it (hide-on-close): "erase"
 * shows it again while the erasure runs, and nothing closes it then. */
static void
ff_erase_dialog_response (AdwMessageDialog *dialog,
                          const char       *response)
{
  FfEraseDialog *self = FF_ERASE_DIALOG (dialog);

  if (self->working)
    return;

  if (g_strcmp0 (response, "erase") != 0 || ff_store_is_read_only (self->store))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  set_working (self, TRUE);
  gtk_window_present (GTK_WINDOW (self));
  ff_person_erase_async (self->store, self->id, NULL, erased_cb, g_object_ref (self));
}

static gboolean
ff_erase_dialog_close_request (GtkWindow *window)
{
  if (FF_ERASE_DIALOG (window)->working)
    return TRUE;

  return GTK_WINDOW_CLASS (ff_erase_dialog_parent_class)->close_request (window);
}

static void
ff_erase_dialog_dispose (GObject *object)
{
  FfEraseDialog *self = FF_ERASE_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_erase_dialog_parent_class)->dispose (object);
}

static void
ff_erase_dialog_class_init (FfEraseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = ff_erase_dialog_dispose;
  window_class->close_request = ff_erase_dialog_close_request;
  dialog_class->response = ff_erase_dialog_response;

  signals[SIGNAL_ERASED] = g_signal_new ("erased", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-erase-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfEraseDialog, working_box);
  gtk_widget_class_bind_template_child (widget_class, FfEraseDialog, spinner);
}

static void
ff_erase_dialog_init (FfEraseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_erase_dialog_new (GtkWindow  *parent,
                     FfStore    *store,
                     gint64      id,
                     const char *name)
{
  FfEraseDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (id > 0, NULL);

  self = g_object_new (FF_TYPE_ERASE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->id = id;

  /* Translators: the heading of the question before a participant is erased; %s is
   * their name */
  heading = g_strdup_printf (_("Erase “%s”?"), name);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "erase",
                                              ADW_RESPONSE_DESTRUCTIVE);

  if (ff_store_is_read_only (store))
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                   _("The file is open only for reading, so no one can be "
                                     "erased from it. Close Fotfeste and open it again when "
                                     "no one else has it open."));
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "erase", FALSE);
    }

  return GTK_WIDGET (self);
}

gboolean
ff_erase_dialog_is_working (FfEraseDialog *self)
{
  g_return_val_if_fail (FF_IS_ERASE_DIALOG (self), FALSE);

  return self->working;
}
