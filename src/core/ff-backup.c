/* ff-backup.c — verified, rotated backups of the database, and restoring one
 *
 * A backup is only worth something if it can be opened when it is needed. So each is
 * written under a temporary name, opened and checked, and named only then; rotation
 * never deletes the newest; and restoring moves the damaged or unwanted file aside
 * instead of deleting it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ff-backup.h"
#include "ff-erasure.h"
#include "ff-store-file.h"
#include "ff-store-lock.h"
#include "ff-store-private.h"

#define NAME_PREFIX "fotfeste-"
#define NAME_SUFFIX ".sqlite3"
#define NAME_TIME_FORMAT "%Y%m%dT%H%M%SZ"

void
ff_backup_free (FfBackup *backup)
{
  if (backup == NULL)
    return;

  g_free (backup->path);
  g_clear_pointer (&backup->time, g_date_time_unref);
  g_free (backup);
}

char *
ff_backup_default_folder (const char *db_path)
{
  g_autofree char *usual = ff_store_default_path ();
  g_autofree char *absolute = NULL;
  g_autofree char *base = NULL;
  g_autofree char *checksum = NULL;
  char *dot;

  g_return_val_if_fail (db_path != NULL, NULL);

  absolute = g_canonicalize_filename (db_path, NULL);
  if (g_strcmp0 (absolute, usual) == 0)
    return g_build_filename (g_get_user_data_dir (), "fotfeste", "backups", NULL);

  /* Two files of the same name in different folders must not rotate each other's
   * backups away. */
  base = g_path_get_basename (absolute);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);
  checksum[8] = '\0';

  {
    g_autofree char *name = g_strdup_printf ("%s-%s", base, checksum);

    return g_build_filename (g_get_user_data_dir (), "fotfeste", "backups", name, NULL);
  }
}

char *
ff_backup_folder (const char *db_path)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  /* The command line shares the application's setting where it is installed. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "backup-folder"))
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);
      g_autofree char *chosen = g_settings_get_string (settings, "backup-folder");

      if (*chosen != '\0')
        return g_steal_pointer (&chosen);
    }

  return ff_backup_default_folder (db_path);
}

static gboolean
set_io_error (const char  *path,
              int          saved_errno,
              GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IO,
               /* Translators: %s is a file or folder name, %s the system's reason */
               _("Could not write the backup “%s”: %s. Check that the disk is not full "
                 "and that you may write in the backup folder."),
               display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
set_not_a_backup_error (const char  *path,
                        const char  *reason,
                        GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_CORRUPT,
               /* Translators: %s is a file name, %s what is wrong with it */
               _("“%s” is not a usable backup: %s"),
               display, reason);
  return FALSE;
}

gboolean
ff_backup_verify (const char  *path,
                  GError     **error)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *uri_immutable = NULL;
  g_autoptr(GError) identity_error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_tables = 0;
  gboolean whole = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);

  if (uri == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return set_not_a_backup_error (path, _("there is no such file."), error);

  /* Read as if it could not change: nothing is written beside it. */
  uri_immutable = g_strconcat (uri, "?immutable=1", NULL);
  if (sqlite3_open_v2 (uri_immutable, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL)
      != SQLITE_OK)
    {
      sqlite3_close (db);
      return set_not_a_backup_error (path, _("it cannot be opened."), error);
    }

  if (!ff_store_file_query_int (db, "PRAGMA application_id", &application_id) ||
      !ff_store_file_query_int (db, "PRAGMA user_version", &user_version) ||
      !ff_store_file_query_int (db, "SELECT count(*) FROM sqlite_schema", &n_tables))
    {
      sqlite3_close (db);
      return set_not_a_backup_error (path, _("it is damaged or is not a database."), error);
    }

  if (n_tables == 0 ||
      !ff_store_file_check_identity (path, (guint32) application_id, (guint32) user_version,
                                     n_tables > 0, &identity_error))
    {
      sqlite3_close (db);
      if (identity_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&identity_error));
          return FALSE;
        }
      return set_not_a_backup_error (path, _("it holds no Fotfeste data."), error);
    }

  /* One row "ok", or one row for each problem. */
  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) == SQLITE_OK)
    {
      whole = TRUE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
            whole = FALSE;
        }
      if (rc != SQLITE_DONE)
        whole = FALSE;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (!whole)
    return set_not_a_backup_error (path, _("it is damaged."), error);

  return TRUE;
}

gboolean
ff_backup_read_contents (const char        *path,
                         FfBackupContents  *contents,
                         GError           **error)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *uri_immutable = NULL;
  sqlite3 *db = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  memset (contents, 0, sizeof *contents);
  if (uri == NULL)
    return set_not_a_backup_error (path, _("it cannot be opened."), error);

  uri_immutable = g_strconcat (uri, "?immutable=1", NULL);
  if (sqlite3_open_v2 (uri_immutable, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL)
      != SQLITE_OK)
    {
      sqlite3_close (db);
      return set_not_a_backup_error (path, _("it cannot be opened."), error);
    }

  ok = ff_store_file_query_int (db, "SELECT count(*) FROM participant"
                                    " WHERE deleted_at IS NULL",
                                &contents->n_participants) &&
       ff_store_file_query_int (db, "SELECT count(*) FROM programme"
                                    " WHERE deleted_at IS NULL",
                                &contents->n_programmes) &&
       ff_store_file_query_int (db, "SELECT count(*) FROM plan WHERE deleted_at IS NULL",
                                &contents->n_plans);
  /* Backups made before the job-seeker log have none. */
  if (ok && !ff_store_file_query_int (db, "SELECT count(*) FROM job_application"
                                          " WHERE deleted_at IS NULL",
                                      &contents->n_applications))
    contents->n_applications = 0;
  sqlite3_close (db);

  if (!ok)
    return set_not_a_backup_error (path, _("it is damaged or is not a database."), error);

  return TRUE;
}

char *
ff_backup_describe_contents (const FfBackupContents *contents)
{
  g_autofree char *participants = NULL;
  g_autofree char *plans = NULL;
  g_autofree char *applications = NULL;

  participants = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld participant",
                                               "%lld participants",
                                               (gulong) contents->n_participants),
                                  (long long) contents->n_participants);
  plans = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld plan", "%lld plans",
                                        (gulong) contents->n_plans),
                           (long long) contents->n_plans);
  applications = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld job application",
                                               "%lld job applications",
                                               (gulong) contents->n_applications),
                                  (long long) contents->n_applications);

  /* Translators: what a backup holds: participants, plans and job applications, each
   * counted as above ("300 participants") */
  return g_strdup_printf (_("%s, %s, %s"), participants, plans, applications);
}

static gboolean
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);

  return ok;
}

static gboolean
sync_file (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);

  return ok;
}

char *
ff_backup_create (FfStore     *store,
                  const char  *folder,
                  GDateTime   *now,
                  GError     **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (folder != NULL, NULL);

  when = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  stamp = g_date_time_format (when, NAME_TIME_FORMAT);
  name = g_strconcat (NAME_PREFIX, stamp, NAME_SUFFIX, NULL);
  path = g_build_filename (folder, name, NULL);
  partial = g_strconcat (path, ".partial", NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      set_io_error (folder, errno, error);
      return NULL;
    }

  if (!ff_store_file_copy (ff_store_get_db (store), partial, &local_error) ||
      !sync_file (partial) ||
      !ff_backup_verify (partial, &local_error))
    {
      g_unlink (partial);
      if (local_error == NULL)
        set_io_error (partial, errno, error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (partial);
      set_io_error (path, saved_errno, error);
      return NULL;
    }
  sync_folder (folder);

  if (!ff_backup_rotate (folder, error))
    return NULL;

  return g_steal_pointer (&path);
}

typedef struct
{
  char *db_path;
  char *folder;
} CreateJob;

static void
create_job_free (CreateJob *job)
{
  g_free (job->db_path);
  g_free (job->folder);
  g_free (job);
}

static void
create_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CreateJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = ff_store_open (job->db_path, &error);
  char *path = NULL;

  if (store != NULL)
    path = ff_backup_create (store, job->folder, NULL, &error);

  if (path != NULL)
    g_task_return_pointer (task, path, g_free);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
ff_backup_create_async (const char          *db_path,
                        const char          *folder,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CreateJob *job;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (folder != NULL);

  job = g_new0 (CreateJob, 1);
  job->db_path = g_strdup (db_path);
  job->folder = g_strdup (folder);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ff_backup_create_async);
  g_task_set_name (task, "[fotfeste] backup");
  g_task_set_task_data (task, job, (GDestroyNotify) create_job_free);
  g_task_run_in_thread (task, create_thread);
}

char *
ff_backup_create_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static GDateTime *
time_from_name (const char *name)
{
  g_autofree char *iso = NULL;
  const char *t;

  if (!g_str_has_prefix (name, NAME_PREFIX) || !g_str_has_suffix (name, NAME_SUFFIX))
    return NULL;

  /* fotfeste-20261206T051500Z.sqlite3 */
  t = name + strlen (NAME_PREFIX);
  if (strlen (t) != strlen ("20261206T051500Z") + strlen (NAME_SUFFIX))
    return NULL;
  for (int i = 0; i < 15; i++)
    {
      if (i == 8 ? t[i] != 'T' : !g_ascii_isdigit (t[i]))
        return NULL;
    }
  if (t[15] != 'Z')
    return NULL;

  iso = g_strdup_printf ("%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ", t, t + 4, t + 6, t + 9, t + 11,
                         t + 13);
  return g_date_time_new_from_iso8601 (iso, NULL);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const FfBackup *first = *(FfBackup * const *) a;
  const FfBackup *second = *(FfBackup * const *) b;

  return g_date_time_compare (second->time, first->time);
}

GPtrArray *
ff_backup_list (const char  *folder,
                GError     **error)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) ff_backup_free);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (folder != NULL, NULL);

  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&backups);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      GDateTime *time = time_from_name (name);
      FfBackup *backup;

      if (time == NULL)
        continue;

      backup = g_new0 (FfBackup, 1);
      backup->path = g_build_filename (folder, name, NULL);
      backup->time = time;
      g_ptr_array_add (backups, backup);
    }

  g_ptr_array_sort (backups, compare_newest_first);
  return g_steal_pointer (&backups);
}

/* A key for the day, ISO week or month of @time, in local time. */
static int
period_key (GDateTime *time,
            int        which)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  switch (which)
    {
    case 0:
      return g_date_time_get_year (local) * 1000 + g_date_time_get_day_of_year (local);
    case 1:
      return g_date_time_get_week_numbering_year (local) * 100 +
             g_date_time_get_week_of_year (local);
    default:
      return g_date_time_get_year (local) * 100 + g_date_time_get_month (local);
    }
}

GArray *
ff_backup_choose_kept (GPtrArray *backups)
{
  static const guint limits[] = { FF_BACKUP_KEEP_DAYS, FF_BACKUP_KEEP_WEEKS,
                                  FF_BACKUP_KEEP_MONTHS };
  GArray *kept;

  g_return_val_if_fail (backups != NULL, NULL);

  kept = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), backups->len);
  g_array_set_size (kept, backups->len);

  /* Newest first: the first backup of each period is the newest of it. */
  for (int which = 0; which < 3; which++)
    {
      guint n_periods = 0;
      int last = -1;

      for (guint i = 0; i < backups->len && n_periods < limits[which]; i++)
        {
          FfBackup *backup = g_ptr_array_index (backups, i);
          int key = period_key (backup->time, which);

          if (key == last)
            continue;
          last = key;
          n_periods++;
          g_array_index (kept, gboolean, i) = TRUE;
        }
    }

  return kept;
}

gboolean
ff_backup_rotate (const char  *folder,
                  GError     **error)
{
  g_autoptr(GPtrArray) backups = ff_backup_list (folder, error);
  g_autoptr(GArray) kept = NULL;

  if (backups == NULL)
    return FALSE;

  kept = ff_backup_choose_kept (backups);
  for (guint i = 0; i < backups->len; i++)
    {
      FfBackup *backup = g_ptr_array_index (backups, i);

      if (!g_array_index (kept, gboolean, i) && g_unlink (backup->path) != 0 &&
          errno != ENOENT)
        return set_io_error (backup->path, errno, error);
    }

  return TRUE;
}

/* Removes the copies that opening @path made before migrating it
 * ("PATH.backup-vN-STAMP"). */
static void
remove_migration_copies (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ".backup-v", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, prefix))
        {
          g_autofree char *child = g_build_filename (folder, name, NULL);

          g_unlink (child);
        }
    }
}

/* Moves @from to @to if it is there. */
static gboolean
move_if_there (const char  *from,
               const char  *to,
               GError     **error)
{
  if (g_rename (from, to) != 0 && errno != ENOENT)
    return set_io_error (to, errno, error);

  return TRUE;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);

  if (!g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;

  /* Private whatever the backup's own mode was. */
  if (g_chmod (to, 0600) != 0 || !sync_file (to))
    {
      g_unlink (to);
      return set_io_error (to, errno, error);
    }

  return TRUE;
}

/* Erases from @restoring, the copy of a backup that is to replace @db_path, those
 * erased from @db_path since (ff-erasure.h). On failure the copy is removed. */
static gboolean
erase_again (const char  *db_path,
             const char  *restoring,
             guint       *n_erased,
             GError     **error)
{
  g_auto(GStrv) uuids = ff_erasure_read (db_path, error);
  g_autoptr(FfStore) store = NULL;
  gboolean ok;

  if (uuids == NULL)
    {
      g_unlink (restoring);
      return FALSE;
    }
  if (uuids[0] == NULL)
    return TRUE;

  store = ff_store_open (restoring, error);
  ok = store != NULL &&
       ff_erasure_reapply (store, (const char * const *) uuids, n_erased, error);
  g_clear_object (&store);

  /* A backup of an older version is migrated on opening, after a copy of it as it
   * was: that copy holds those erased, and the backup itself is still there. */
  remove_migration_copies (restoring);
  {
    g_autofree char *noted = ff_erasure_list_path (restoring);

    g_unlink (noted);
  }

  if (!ok)
    g_unlink (restoring);
  return ok;
}

gboolean
ff_backup_restore (const char  *backup_path,
                   const char  *db_path,
                   char       **set_aside,
                   guint       *n_erased_again,
                   GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, NAME_TIME_FORMAT);
  g_autofree char *aside = NULL;
  g_autofree char *restoring = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *wal_aside = NULL;
  g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);
  FfStoreLock *lock;
  gboolean had_file;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (db_path != NULL, FALSE);

  if (set_aside != NULL)
    *set_aside = NULL;
  if (n_erased_again != NULL)
    *n_erased_again = 0;

  if (!ff_backup_verify (backup_path, error))
    return FALSE;

  /* No one may have the file open while it is replaced. */
  lock = ff_store_lock_acquire (db_path, error);
  if (lock == NULL)
    return FALSE;

  folder = g_path_get_dirname (db_path);
  restoring = g_strconcat (db_path, ".restoring", NULL);
  aside = g_strconcat (db_path, ".replaced-", stamp, NULL);
  wal_aside = g_strconcat (aside, "-wal", NULL);
  had_file = g_file_test (db_path, G_FILE_TEST_EXISTS);

  /* First a whole copy beside it, so that a failure half way leaves the database as
   * it was. */
  if (!copy_file (backup_path, restoring, error) ||
      !erase_again (db_path, restoring, n_erased_again, error))
    goto fail;

  /* The database moves aside with its write-ahead log, which holds its last changes:
   * opened under its new name, it is whole. */
  if (had_file)
    {
      if (g_rename (db_path, aside) != 0)
        {
          set_io_error (aside, errno, error);
          g_unlink (restoring);
          goto fail;
        }
      if (!move_if_there (wal, wal_aside, error))
        {
          /* Put it back as it was. */
          g_rename (aside, db_path);
          g_unlink (restoring);
          goto fail;
        }
      g_unlink (shm);
    }

  if (g_rename (restoring, db_path) != 0)
    {
      set_io_error (db_path, errno, error);
      g_unlink (restoring);
      if (had_file)
        {
          g_rename (aside, db_path);
          g_rename (wal_aside, wal);
        }
      goto fail;
    }
  sync_folder (folder);

  ff_store_lock_release (lock);
  if (set_aside != NULL && had_file)
    *set_aside = g_steal_pointer (&aside);
  return TRUE;

fail:
  ff_store_lock_release (lock);
  return FALSE;
}
