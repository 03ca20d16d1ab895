/* ff-backups-window.h — where automatic backups go, making one now, and restoring one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_BACKUPS_WINDOW (ff_backups_window_get_type ())
G_DECLARE_FINAL_TYPE (FfBackupsWindow, ff_backups_window, FF, BACKUPS_WINDOW,
                      AdwPreferencesWindow)

/* For the database of @store; restoring activates "app.restore-backup" with the
 * backup's path, after the user has seen what it holds and confirmed. */
GtkWidget *ff_backups_window_new (GtkWindow *parent,
                                  FfStore   *store);

/* A dialog that shows what @path holds and asks whether to put it in the place of the
 * database; "app.restore-backup" on yes. */
void       ff_backups_confirm_restore (GtkWindow  *parent,
                                       const char *path);

G_END_DECLS
