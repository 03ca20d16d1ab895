/* ff-backup-timer.h — automatic backups: every so often while there are changes, and
 * on close
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

/* At most this often while the database changes. */
#define FF_BACKUP_TIMER_INTERVAL_SECONDS (30 * 60)

#define FF_TYPE_BACKUP_TIMER (ff_backup_timer_get_type ())
G_DECLARE_FINAL_TYPE (FfBackupTimer, ff_backup_timer, FF, BACKUP_TIMER, GObject)

/* Backs @store up into @folder (NULL: the one ff_backup_folder() names at the time),
 * off the main thread, every @interval_seconds in which
 * it changed. Holds @store until ff_backup_timer_close().
 *
 * Signals: "backed-up" (const char *path) after each backup; "failed" (const GError
 * *error) when one could not be made, with the reason in words for the user. */
FfBackupTimer *ff_backup_timer_new        (FfStore        *store,
                                           const char     *folder,
                                           guint           interval_seconds);

/* TRUE while a backup is being written. */
gboolean       ff_backup_timer_is_busy    (FfBackupTimer  *self);

/* The last backup on close: waits for one under way, then writes one if the database
 * changed since the last, or if the folder has none. Stops the timer and lets go of
 * the store. */
gboolean       ff_backup_timer_close      (FfBackupTimer  *self,
                                           GError        **error);

G_END_DECLS
