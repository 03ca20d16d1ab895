/* ff-backup.h — verified, rotated backups of the database, and restoring one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ff-store.h"

G_BEGIN_DECLS

/* How many backups rotation keeps: the newest of each of the last days, weeks (ISO,
 * Monday to Sunday) and months that have one, in local time. */
#define FF_BACKUP_KEEP_DAYS 7
#define FF_BACKUP_KEEP_WEEKS 4
#define FF_BACKUP_KEEP_MONTHS 12

/* A backup in a folder of backups. */
typedef struct
{
  char      *path;
  GDateTime *time;  /* when it was made (UTC), from its name */
} FfBackup;

/* What a backup holds, to show before restoring it. */
typedef struct
{
  gint64 n_participants;
  gint64 n_programmes;
  gint64 n_plans;
  gint64 n_applications;
} FfBackupContents;

void        ff_backup_free            (FfBackup     *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfBackup, ff_backup_free)

/* Where the backups of @db_path go when the user has not chosen a folder: the
 * "backups" folder beside Fotfeste's own database, with a folder of its own for any
 * other database file (newly allocated). */
char       *ff_backup_default_folder  (const char   *db_path);

/* Where the backups of @db_path go: the folder chosen in Preferences (the
 * "backup-folder" setting), or ff_backup_default_folder() (newly allocated). */
char       *ff_backup_folder          (const char   *db_path);

/* Writes a consistent copy of @store into @folder (made 0700 if it is missing) as
 * "fotfeste-YYYYMMDDTHHMMSSZ.sqlite3" (0600), checks it (ff_backup_verify()), and only
 * then gives it its name; then rotates the folder. Returns the backup's path, or NULL
 * with nothing left behind. @now is the time of the backup (NULL: now). */
char       *ff_backup_create          (FfStore      *store,
                                       const char   *folder,
                                       GDateTime    *now,
                                       GError      **error);

/* As ff_backup_create(), off the caller's thread, on a connection of its own to the
 * database at @db_path (in this process it shares the lock of the caller's). */
void        ff_backup_create_async    (const char          *db_path,
                                       const char          *folder,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
char       *ff_backup_create_finish   (GAsyncResult        *result,
                                       GError             **error);

/* Opens @path without changing it and checks that it is a whole Fotfeste database
 * this version can open: SQLite's integrity check, and ours. */
gboolean    ff_backup_verify          (const char   *path,
                                       GError      **error);

/* What @path holds. */
gboolean    ff_backup_read_contents   (const char        *path,
                                       FfBackupContents  *contents,
                                       GError           **error);

/* What @contents counts, in words: "300 participants, 120 plans, 40 job
 * applications" (newly allocated). */
char       *ff_backup_describe_contents (const FfBackupContents *contents);

/* The backups in @folder, newest first (an empty array when the folder is missing). */
GPtrArray  *ff_backup_list            (const char   *folder,
                                       GError      **error);

/* Of @backups (newest first), those rotation keeps: see FF_BACKUP_KEEP_DAYS. Returns
 * a boolean for each. */
GArray     *ff_backup_choose_kept     (GPtrArray    *backups);

/* Deletes the backups of @folder that rotation does not keep. */
gboolean    ff_backup_rotate          (const char   *folder,
                                       GError      **error);

/* Puts the backup @backup_path in the place of the database @db_path, which no one may
 * have open: checks the backup first, erases again from it those erased from the
 * database since (ff-erasure.h; how many in @n_erased_again), then moves the database
 * (with its write-ahead log) aside, never deleting it, to the path returned in
 * @set_aside (NULL when there was none). */
gboolean    ff_backup_restore         (const char   *backup_path,
                                       const char   *db_path,
                                       char        **set_aside,
                                       guint        *n_erased_again,
                                       GError      **error);

G_END_DECLS
