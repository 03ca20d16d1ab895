/* ff-store-lock.c — one writer per database file, also across computers
 *
 * SQLite's own locks keep two writers from corrupting the file, but not from
 * overwriting each other's work, and they are unreliable on network shares. So the
 * writer also leaves a small file beside the database that says who it is. Anyone
 * can read it to tell the user who has the file open; the holder touches it now and
 * then, so that a lock left by a crash on another computer can be told from a live
 * one by its age.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ff-store.h"
#include "ff-store-lock.h"

struct _FfStoreLock
{
  char    *path;
  /* Connections of this process to the file: each has taken the lock. */
  guint    n_users;
  GThread *heartbeat;
  GMutex   mutex;
  GCond    cond;
  gboolean stopping;
  /* Let go of by ff_store_lock_release_all(): the file may be another's now. */
  gboolean released;
};

/* The locks this process holds, by their canonical path: a process may open several
 * connections to its file (a worker writing sample data while the window reads). */
G_LOCK_DEFINE_STATIC (held);
static GHashTable *held;

char *
ff_store_lock_path (const char *db_path)
{
  g_return_val_if_fail (db_path != NULL, NULL);

  return g_strconcat (db_path, ".lock", NULL);
}

void
ff_store_lock_holder_free (FfStoreLockHolder *holder)
{
  if (holder == NULL)
    return;

  g_free (holder->user);
  g_free (holder->host);
  g_free (holder->boot);
  g_free (holder->pid_namespace);
  g_clear_pointer (&holder->since, g_date_time_unref);
  g_free (holder);
}

/* This boot of this computer: a process of an earlier one is gone. */
static char *
boot_id (void)
{
  g_autofree char *id = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &id, NULL, NULL))
    return g_strdup ("");

  return g_strstrip (g_steal_pointer (&id));
}

/* The process numbers this process sees: a sandbox (Flatpak) has its own, where
 * another instance may have the very same number. */
static char *
pid_namespace (void)
{
  char *link = g_file_read_link ("/proc/self/ns/pid", NULL);

  return link != NULL ? link : g_strdup ("");
}

static char *
holder_contents (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *since = g_date_time_format_iso8601 (now);
  g_autofree char *boot = boot_id ();
  g_autofree char *namespace = pid_namespace ();

  /* One key=value a line: read by ff_store_lock_read_holder(), and by a person. */
  return g_strdup_printf ("user=%s\nhost=%s\npid=%ld\nsince=%s\nboot=%s\npidns=%s\n",
                          g_get_user_name (), g_get_host_name (), (long) getpid (), since,
                          boot, namespace);
}

FfStoreLockHolder *
ff_store_lock_read_holder (const char *lock_path)
{
  g_autoptr(FfStoreLockHolder) holder = g_new0 (FfStoreLockHolder, 1);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (lock_path != NULL, NULL);

  if (!g_file_get_contents (lock_path, &contents, NULL, NULL))
    return NULL;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *value = strchr (lines[i], '=');

      if (value == NULL)
        continue;
      value++;

      if (g_str_has_prefix (lines[i], "user="))
        {
          g_free (holder->user);
          holder->user = g_strdup (value);
        }
      else if (g_str_has_prefix (lines[i], "host="))
        {
          g_free (holder->host);
          holder->host = g_strdup (value);
        }
      else if (g_str_has_prefix (lines[i], "boot="))
        {
          g_free (holder->boot);
          holder->boot = g_strdup (value);
        }
      else if (g_str_has_prefix (lines[i], "pidns="))
        {
          g_free (holder->pid_namespace);
          holder->pid_namespace = g_strdup (value);
        }
      else if (g_str_has_prefix (lines[i], "pid="))
        holder->pid = g_ascii_strtoll (value, NULL, 10);
      else if (g_str_has_prefix (lines[i], "since="))
        {
          g_clear_pointer (&holder->since, g_date_time_unref);
          holder->since = g_date_time_new_from_iso8601 (value, NULL);
        }
    }

  if (holder->boot == NULL)
    holder->boot = g_strdup ("");
  if (holder->pid_namespace == NULL)
    holder->pid_namespace = g_strdup ("");

  /* A lock file cut short by a crash while it was written holds no one. */
  if (holder->user == NULL || holder->host == NULL || holder->pid <= 0 ||
      holder->since == NULL)
    return NULL;

  return g_steal_pointer (&holder);
}

gboolean
ff_store_lock_holder_is_stale (const FfStoreLockHolder *holder,
                               gint64                   age_seconds)
{
  g_autofree char *boot = NULL;
  g_autofree char *namespace = NULL;

  g_return_val_if_fail (holder != NULL, TRUE);

  /* Every holder keeps its lock fresh, so an old one was left by a crash. */
  if (age_seconds > FF_STORE_LOCK_STALE_SECONDS)
    return TRUE;

  /* Elsewhere nothing else can be known. */
  if (g_strcmp0 (holder->host, g_get_host_name ()) != 0)
    return FALSE;

  /* This computer has been started again since. */
  boot = boot_id ();
  if (*holder->boot != '\0' && *boot != '\0' && g_strcmp0 (holder->boot, boot) != 0)
    return TRUE;

  /* Where its process number means the same to us, the process itself says whether
   * it is still there. */
  namespace = pid_namespace ();
  if (g_strcmp0 (holder->pid_namespace, namespace) == 0)
    return kill ((pid_t) holder->pid, 0) != 0 && errno == ESRCH;

  return FALSE;
}

static gboolean
set_in_use_error (const char               *db_path,
                  const FfStoreLockHolder  *holder,
                  GError                  **error)
{
  g_autofree char *display = g_filename_display_name (db_path);
  g_autoptr(GDateTime) local = g_date_time_to_local (holder->since);
  g_autofree char *since = g_date_time_format (local, "%d.%m.%Y %H:%M");
  /* Another computer may write its names in another encoding. */
  g_autofree char *user = g_utf8_make_valid (holder->user, -1);
  g_autofree char *host = g_utf8_make_valid (holder->host, -1);

  g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IN_USE,
               /* Translators: a file name, then the user name, computer name and date
                * and time (“05.12.2026 09:14”) of who has the file open */
               _("“%s” is in use by %s on %s since %s. Only one person at a time can "
                 "change it."),
               display, user, host, since);
  return FALSE;
}

/* A lock file that cannot be read yet: one being written this very moment. */
static gboolean
set_in_use_by_someone_error (const char  *db_path,
                             GError     **error)
{
  g_autofree char *display = g_filename_display_name (db_path);

  g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IN_USE,
               /* Translators: %s is a file name */
               _("“%s” is being opened by someone else. Only one person at a time can "
                 "change it."),
               display);
  return FALSE;
}

static gboolean
set_lock_io_error (const char  *lock_path,
                   int          saved_errno,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_name (lock_path);

  g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IO,
               /* Translators: %s is a file name, %s the system's reason */
               _("Could not create the lock file “%s”: %s. Check that you may write in "
                 "the database's folder."),
               display, g_strerror (saved_errno));
  return FALSE;
}

/* Creates the lock file only if there is none: O_EXCL makes this one atomic step,
 * also on NFS v3 and later. */
static gboolean
create_lock_file (const char *lock_path,
                  int        *saved_errno)
{
  g_autofree char *contents = holder_contents ();
  gsize length = strlen (contents);
  gsize written = 0;
  int fd;

  fd = g_open (lock_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }

  while (written < length)
    {
      gssize n = write (fd, contents + written, length - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *saved_errno = errno;
          close (fd);
          g_unlink (lock_path);
          return FALSE;
        }
      written += (gsize) n;
    }

  if (fsync (fd) != 0 || close (fd) != 0)
    {
      *saved_errno = errno;
      g_unlink (lock_path);
      return FALSE;
    }

  return TRUE;
}

static gpointer
heartbeat (gpointer data)
{
  FfStoreLock *lock = data;

  g_mutex_lock (&lock->mutex);
  while (!lock->stopping)
    {
      gint64 until = g_get_monotonic_time () +
                     FF_STORE_LOCK_HEARTBEAT_SECONDS * G_TIME_SPAN_SECOND;

      if (!g_cond_wait_until (&lock->cond, &lock->mutex, until) && !lock->stopping)
        {
          /* Only the time is touched: what the file says stays as it was. */
          if (utime (lock->path, NULL) != 0)
            g_debug ("Could not touch %s: %s", lock->path, g_strerror (errno));
        }
    }
  g_mutex_unlock (&lock->mutex);

  return NULL;
}

FfStoreLock *
ff_store_lock_acquire (const char  *db_path,
                       GError     **error)
{
  g_autofree char *lock_path = NULL;
  FfStoreLock *lock;
  int saved_errno = 0;

  g_return_val_if_fail (db_path != NULL, NULL);

  {
    g_autofree char *absolute = g_canonicalize_filename (db_path, NULL);

    lock_path = ff_store_lock_path (absolute);
  }

  G_LOCK (held);
  lock = held != NULL ? g_hash_table_lookup (held, lock_path) : NULL;
  if (lock != NULL)
    {
      lock->n_users++;
      G_UNLOCK (held);
      return lock;
    }

  /* Twice at most: once more after clearing a lock left by a crash. */
  for (int attempt = 0; !create_lock_file (lock_path, &saved_errno); attempt++)
    {
      g_autoptr(FfStoreLockHolder) holder = NULL;
      struct stat st;
      gint64 age;

      if (saved_errno != EEXIST)
        {
          G_UNLOCK (held);
          set_lock_io_error (lock_path, saved_errno, error);
          return NULL;
        }

      if (g_stat (lock_path, &st) != 0)
        continue;  /* let go of just now: try again */
      age = g_get_real_time () / G_USEC_PER_SEC - (gint64) st.st_mtime;

      holder = ff_store_lock_read_holder (lock_path);
      if (holder == NULL && (attempt > 0 || age < 5))
        {
          G_UNLOCK (held);
          set_in_use_by_someone_error (db_path, error);
          return NULL;
        }
      if (holder != NULL && (attempt > 0 || !ff_store_lock_holder_is_stale (holder, age)))
        {
          G_UNLOCK (held);
          set_in_use_error (db_path, holder, error);
          return NULL;
        }

      /* Stale, or unreadable for a while (a crash as it was written): clear it. */
      g_debug ("Clearing the stale lock %s", lock_path);
      if (g_unlink (lock_path) != 0 && errno != ENOENT)
        {
          int saved = errno;

          G_UNLOCK (held);
          set_lock_io_error (lock_path, saved, error);
          return NULL;
        }
    }

  lock = g_new0 (FfStoreLock, 1);
  lock->path = g_steal_pointer (&lock_path);
  lock->n_users = 1;
  g_mutex_init (&lock->mutex);
  g_cond_init (&lock->cond);
  lock->heartbeat = g_thread_new ("ff-store-lock", heartbeat, lock);

  if (held == NULL)
    held = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (held, lock->path, lock);
  G_UNLOCK (held);

  return lock;
}

/* Stops the heartbeat and removes the file; with G_LOCK (held) held. */
static void
let_go (FfStoreLock *lock)
{
  if (lock->released)
    return;

  g_mutex_lock (&lock->mutex);
  lock->stopping = TRUE;
  g_cond_signal (&lock->cond);
  g_mutex_unlock (&lock->mutex);
  g_thread_join (lock->heartbeat);
  lock->heartbeat = NULL;

  g_unlink (lock->path);
  lock->released = TRUE;
}

void
ff_store_lock_release (FfStoreLock *lock)
{
  if (lock == NULL)
    return;

  G_LOCK (held);
  if (--lock->n_users > 0)
    {
      G_UNLOCK (held);
      return;
    }
  g_hash_table_remove (held, lock->path);
  if (g_hash_table_size (held) == 0)
    g_clear_pointer (&held, g_hash_table_unref);
  let_go (lock);
  G_UNLOCK (held);

  g_mutex_clear (&lock->mutex);
  g_cond_clear (&lock->cond);
  g_free (lock->path);
  g_free (lock);
}

void
ff_store_lock_release_all (void)
{
  GHashTableIter iter;
  gpointer lock;

  G_LOCK (held);
  if (held != NULL)
    {
      g_hash_table_iter_init (&iter, held);
      while (g_hash_table_iter_next (&iter, NULL, &lock))
        let_go (lock);
    }
  G_UNLOCK (held);
}
