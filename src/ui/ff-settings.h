/* ff-settings.h — the application's settings, and the one way to choose a backup folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The application's settings (a new reference), or NULL where its schema is not
 * installed (a build run from its folder without GSETTINGS_SCHEMA_DIR). */
GSettings  *ff_settings_new                  (void);

/* Asks for a folder in a file chooser transient for @parent, and makes it
 * @settings' "backup-folder"; whoever shows the folder listens to that key. */
void        ff_settings_choose_backup_folder (GtkWindow  *parent,
                                              GSettings  *settings);

G_END_DECLS
