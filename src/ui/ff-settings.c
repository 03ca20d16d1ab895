/* ff-settings.c — the application's settings, and the one way to choose a backup folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-settings.h"

GSettings *
ff_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
folder_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  GSettings       *settings)
{
  g_autoptr(GFile) chosen = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (chosen != NULL)
    path = g_file_get_path (chosen);
  if (path != NULL)
    g_settings_set_string (settings, "backup-folder", path);

  g_object_unref (settings);
  g_object_unref (chooser);
}

void
ff_settings_choose_backup_folder (GtkWindow *parent,
                                  GSettings *settings)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (G_IS_SETTINGS (settings));

  chooser = gtk_file_chooser_native_new (_("Choose a Backup Folder"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_chosen_cb),
                    g_object_ref (settings));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
