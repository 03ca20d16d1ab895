/* ff-erasure.c — erasures outlive a restored backup
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

#include "ff-erasure.h"
#include "ff-person.h"
#include "ff-store-private.h"

char *
ff_erasure_list_path (const char *db_path)
{
  g_return_val_if_fail (db_path != NULL, NULL);

  return g_strconcat (db_path, ".erased", NULL);
}

static gboolean
set_io_error (const char  *path,
              int          saved_errno,
              GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               /* Translators: the first %s is a file name, the second why it failed */
               _("Could not note the erasure in “%s”: %s"), display,
               g_strerror (saved_errno));
  return FALSE;
}

gboolean
ff_erasure_note (const char  *db_path,
                 const char  *uuid,
                 GError     **error)
{
  g_autofree char *path = ff_erasure_list_path (db_path);
  g_autofree char *line = g_strconcat (uuid, "\n", NULL);
  size_t length = strlen (line);
  size_t written = 0;
  int fd;

  g_return_val_if_fail (uuid != NULL && strchr (uuid, '\n') == NULL, FALSE);

  fd = g_open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_io_error (path, errno, error);

  while (written < length)
    {
      ssize_t n = write (fd, line + written, length - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          return set_io_error (path, saved_errno, error);
        }
      written += (size_t) n;
    }

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_io_error (path, saved_errno, error);
    }
  if (close (fd) != 0)
    return set_io_error (path, errno, error);

  return TRUE;
}

GStrv
ff_erasure_read (const char  *db_path,
                 GError     **error)
{
  g_autofree char *path = ff_erasure_list_path (db_path);
  g_autofree char *contents = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_strv_builder_end (builder);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* A line cut short by a crash, or anything else that is no UUID, names no one. */
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_uuid_string_is_valid (lines[i]))
      g_strv_builder_add (builder, lines[i]);

  return g_strv_builder_end (builder);
}

gboolean
ff_erasure_reapply (FfStore             *store,
                    const char * const  *uuids,
                    guint               *n_erased,
                    GError             **error)
{
  guint n = 0;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (uuids != NULL, FALSE);

  for (guint i = 0; uuids[i] != NULL; i++)
    {
      gint64 id = 0;

      {
        g_auto(FfStoreStmt) stmt = ff_store_prepare_bound (store, error,
                                                           "SELECT id FROM participant"
                                                           " WHERE uuid = ?1",
                                                           "t", uuids[i]);
        int rc;

        if (stmt == NULL)
          return FALSE;
        rc = sqlite3_step (stmt);
        if (rc == SQLITE_ROW)
          id = sqlite3_column_int64 (stmt, 0);
        else if (rc != SQLITE_DONE)
          return ff_store_set_sqlite_error (store, error);
      }

      if (id == 0)
        continue;
      if (!ff_person_erase (store, id, error))
        return FALSE;
      n++;
    }

  if (n_erased != NULL)
    *n_erased = n;
  return TRUE;
}
