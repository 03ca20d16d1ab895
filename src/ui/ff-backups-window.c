/* ff-backups-window.c — where automatic backups go, making one now, and restoring one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-backup.h"
#include "ff-backups-window.h"
#include "ff-settings.h"

struct _FfBackupsWindow
{
  AdwPreferencesWindow  parent_instance;

  FfStore              *store;
  GSettings            *settings;    /* NULL when the schema is not installed */
  GCancellable         *cancellable;

  /* template children */
  AdwActionRow         *folder_row;
  GtkListBox           *backups_list;
};

G_DEFINE_FINAL_TYPE (FfBackupsWindow, ff_backups_window, ADW_TYPE_PREFERENCES_WINDOW)

/* "Saturday 5 December 2026, 14:30" in the user's language. */
static char *
describe_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: the time a backup was made, in strftime format ("%d.%m.%Y %H:%M":
   * 05.12.2026 14:30) */
  return g_date_time_format (local, _("%d.%m.%Y %H:%M"));
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "ff-backup-path");
  GApplication *app = g_application_get_default ();

  if (g_strcmp0 (response, "restore") != 0 || app == NULL)
    return;

  g_action_group_activate_action (G_ACTION_GROUP (app), "restore-backup",
                                  g_variant_new_string (path));
}

void
ff_backups_confirm_restore (GtkWindow  *parent,
                            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *holds = NULL;
  g_autofree char *body = NULL;
  FfBackupContents contents;
  GtkWidget *dialog;

  if (!ff_backup_verify (path, &error) || !ff_backup_read_contents (path, &contents, &error))
    {
      dialog = adw_message_dialog_new (parent, _("This Backup Cannot Be Restored"),
                                       error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  holds = ff_backup_describe_contents (&contents);
  /* Translators: %s is what the backup holds ("300 participants, 120 plans, 40 job
   * applications") */
  body = g_strdup_printf (_("The database will hold what the backup holds: %s. What it "
                            "holds now is kept beside it, not deleted. Windows of "
                            "Fotfeste close and open again."),
                          holds);
  dialog = adw_message_dialog_new (parent, _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ff-backup-path", g_strdup (path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (restore_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_clicked_cb (GtkButton       *button,
                    FfBackupsWindow *self)
{
  ff_backups_confirm_restore (GTK_WINDOW (self),
                              g_object_get_data (G_OBJECT (button), "ff-backup-path"));
}

static char *
folder (FfBackupsWindow *self)
{
  return ff_backup_folder (ff_store_get_path (self->store));
}

static void
fill (FfBackupsWindow *self)
{
  g_autofree char *where = folder (self);
  g_autofree char *shown = g_filename_display_name (where);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  adw_action_row_set_subtitle (self->folder_row, shown);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->backups_list))) != NULL)
    {
      /* The placeholder is not a row. */
      if (!GTK_IS_LIST_BOX_ROW (child))
        break;
      gtk_list_box_remove (self->backups_list, child);
    }

  backups = ff_backup_list (where, &error);
  if (backups == NULL)
    {
      adw_action_row_set_subtitle (self->folder_row, error->message);
      return;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      FfBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *title = describe_time (backup->time);
      g_autofree char *subtitle = NULL;
      g_autoptr(GError) contents_error = NULL;
      FfBackupContents contents;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      if (ff_backup_read_contents (backup->path, &contents, &contents_error))
        subtitle = ff_backup_describe_contents (&contents);
      else
        subtitle = g_strdup (contents_error->message);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      button = gtk_button_new_with_mnemonic (_("_Restore…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Which backup the button restores, for a screen reader. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title, -1);
      g_object_set_data_full (G_OBJECT (button), "ff-backup-path", g_strdup (backup->path),
                              g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (restore_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->backups_list, row);
    }
}

static void
backed_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ff_backup_create_finish (result, &error);
  FfBackupsWindow *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = FF_BACKUPS_WINDOW (user_data);
  g_clear_object (&self->cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", TRUE);

  if (path == NULL)
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      return;
    }

  fill (self);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Backed up")));
}

static void
back_up_now_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfBackupsWindow *self = FF_BACKUPS_WINDOW (widget);
  g_autofree char *where = folder (self);

  if (self->cancellable != NULL)
    return;

  /* Off the main thread: a large database takes a few seconds. */
  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (widget, "backups.back-up-now", FALSE);
  ff_backup_create_async (ff_store_get_path (self->store), where, self->cancellable,
                          backed_up_cb, self);
}

static void
folder_changed_cb (FfBackupsWindow *self)
{
  if (self->store != NULL)
    fill (self);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FfBackupsWindow *self = FF_BACKUPS_WINDOW (widget);

  if (self->settings != NULL)
    ff_settings_choose_backup_folder (GTK_WINDOW (self), self->settings);
}

static void
ff_backups_window_dispose (GObject *object)
{
  FfBackupsWindow *self = FF_BACKUPS_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_backups_window_parent_class)->dispose (object);
}

static void
ff_backups_window_class_init (FfBackupsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_backups_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-backups-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBackupsWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, FfBackupsWindow, backups_list);

  gtk_widget_class_install_action (widget_class, "backups.back-up-now", NULL,
                                   back_up_now_action);
  gtk_widget_class_install_action (widget_class, "backups.choose-folder", NULL,
                                   choose_folder_action);
}

static void
ff_backups_window_init (FfBackupsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Chosen here or in Preferences: the list follows. */
  self->settings = ff_settings_new ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::backup-folder",
                             G_CALLBACK (folder_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.choose-folder",
                                 self->settings != NULL);
}

GtkWidget *
ff_backups_window_new (GtkWindow *parent,
                       FfStore   *store)
{
  FfBackupsWindow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_BACKUPS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  fill (self);

  /* A file only read here is backed up by whoever changes it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now",
                                 !ff_store_is_read_only (store));

  return GTK_WIDGET (self);
}
