/* ff-store-file.c — the file behind a store: whose it is before SQLite touches it,
 * consistent copies of it, and its health
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ff-store-file.h"
#include "ff-store-private.h"

#define HEADER_SIZE 100

static FfStoreError
error_code_for_sqlite (int code)
{
  switch (code & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return FF_STORE_ERROR_CORRUPT;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return FF_STORE_ERROR_IO;
    case SQLITE_CONSTRAINT:
      return FF_STORE_ERROR_INVALID;
    default:
      return FF_STORE_ERROR_FAILED;
    }
}

gboolean
ff_store_file_set_db_error (sqlite3     *db,
                            const char  *path,
                            GError     **error)
{
  int code = sqlite3_extended_errcode (db);
  g_autofree char *display = g_filename_display_name (path);

  if ((code & 0xff) == SQLITE_READONLY)
    {
      g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY,
                   /* Translators: %s is a file name */
                   _("“%s” cannot be changed: it is read-only. Check that you may write "
                     "to the file and to its folder."),
                   display);
      return FALSE;
    }

  switch (error_code_for_sqlite (code))
    {
    case FF_STORE_ERROR_CORRUPT:
      g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_CORRUPT,
                   /* Translators: %s is a file name */
                   _("“%s” is damaged or incomplete. Restore it from a backup."),
                   display);
      break;
    case FF_STORE_ERROR_IO:
      g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IO,
                   /* Translators: %s is a file name, %s the system's reason */
                   _("Could not read or write “%s”: %s. Check that the disk is not full "
                     "and that no other program is using the file."),
                   display, sqlite3_errmsg (db));
      break;
    default:
      g_set_error (error, FF_STORE_ERROR, error_code_for_sqlite (code),
                   /* Translators: %s is a file name, %s the database's reason */
                   _("The database “%s” reported an error: %s. Try again, or restart "
                     "Fotfeste."),
                   display, sqlite3_errmsg (db));
      break;
    }

  return FALSE;
}

static gboolean
refuse (FfStoreError   code,
        const char    *path,
        GError       **error)
{
  g_autofree char *display = g_filename_display_name (path);

  switch (code)
    {
    case FF_STORE_ERROR_NOT_OURS:
      g_set_error (error, FF_STORE_ERROR, code,
                   /* Translators: %s is a file name */
                   _("“%s” is not a Fotfeste database. Choose another file, or move it "
                     "away and start again."),
                   display);
      break;
    case FF_STORE_ERROR_TOO_NEW:
      g_set_error (error, FF_STORE_ERROR, code,
                   /* Translators: %s is a file name */
                   _("“%s” was written by a newer version of Fotfeste. Update Fotfeste "
                     "to open it."),
                   display);
      break;
    case FF_STORE_ERROR_CORRUPT:
    default:
      g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_CORRUPT,
                   /* Translators: %s is a file name */
                   _("“%s” is damaged or incomplete. Restore it from a backup."),
                   display);
      break;
    }

  return FALSE;
}

static gboolean
set_io_error (const char  *path,
              int          saved_errno,
              GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IO,
               /* Translators: %s is a file name, %s the system's reason */
               _("Could not open “%s”: %s. Check that the folder exists and that you "
                 "may write in it."),
               display, g_strerror (saved_errno));
  return FALSE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* What the SQLite header says, read before SQLite itself opens the file so that a
 * file we refuse is never touched (no journal, no WAL, no lock files). */
typedef struct
{
  gboolean empty;
  guint32  application_id;
  guint32  user_version;
  guint32  schema_cookie;
} Header;

static gboolean
read_header (const char  *path,
             gboolean     has_log,
             Header      *header,
             GError     **error)
{
  static const char magic[16] = "SQLite format 3";  /* with its NUL */
  guint8 bytes[HEADER_SIZE];
  struct stat st;
  gssize n_read = 0;
  guint32 page_size;
  int fd;

  memset (header, 0, sizeof *header);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return set_io_error (path, errno, error);

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_io_error (path, saved_errno, error);
    }

  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      return refuse (FF_STORE_ERROR_NOT_OURS, path, error);
    }

  while (n_read < HEADER_SIZE)
    {
      gssize n = read (fd, bytes + n_read, HEADER_SIZE - n_read);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          return set_io_error (path, saved_errno, error);
        }
      if (n == 0)
        break;
      n_read += n;
    }
  close (fd);

  if (n_read == 0)
    {
      header->empty = TRUE;
      return TRUE;
    }

  /* A short file that begins like SQLite was cut off; anything else is foreign. */
  if (memcmp (bytes, magic, MIN ((gsize) n_read, sizeof magic)) != 0)
    return refuse (FF_STORE_ERROR_NOT_OURS, path, error);
  if (n_read < HEADER_SIZE)
    return refuse (FF_STORE_ERROR_CORRUPT, path, error);

  page_size = ((guint32) bytes[16] << 8) | bytes[17];
  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)) != 0)
    return refuse (FF_STORE_ERROR_CORRUPT, path, error);
  /* SQLite writes whole pages: a file that ends inside one was cut off, whatever
   * the page count below says (SQLite rewrites it at the first change). */
  if ((guint64) st.st_size < page_size || st.st_size % page_size != 0)
    return refuse (FF_STORE_ERROR_CORRUPT, path, error);

  /* The page count at 28 is only to be trusted when the change counter at 24
   * equals the "version valid for" number at 92 (older writers leave it stale), and
   * when there is no write-ahead log: a checkpoint cut off (by a full disk, or a
   * crash) leaves the file short of it, and is finished from the log. */
  if (!has_log && read_be32 (bytes + 24) == read_be32 (bytes + 92))
    {
      guint64 n_pages = read_be32 (bytes + 28);

      if (n_pages > 0 && (guint64) st.st_size < n_pages * page_size)
        return refuse (FF_STORE_ERROR_CORRUPT, path, error);
    }

  header->schema_cookie = read_be32 (bytes + 40);
  header->user_version = read_be32 (bytes + 60);
  header->application_id = read_be32 (bytes + 68);

  return TRUE;
}

/* The rules for whose file it is, for the header and again for what SQLite sees. */
gboolean
ff_store_file_check_identity (const char  *path,
                              guint32      application_id,
                              guint32      user_version,
                              gboolean     has_tables,
                              GError     **error)
{
  if (application_id == 0)
    {
      /* A blank SQLite file (e.g. made by a file manager) may become ours. */
      if (user_version != 0 || has_tables)
        return refuse (FF_STORE_ERROR_NOT_OURS, path, error);
      return TRUE;
    }

  if (application_id != FF_STORE_APPLICATION_ID)
    return refuse (FF_STORE_ERROR_NOT_OURS, path, error);

  if (user_version > FF_STORE_SCHEMA_VERSION)
    return refuse (FF_STORE_ERROR_TOO_NEW, path, error);

  return TRUE;
}

gboolean
ff_store_file_query_int (sqlite3    *db,
                         const char *sql,
                         gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return rc == SQLITE_ROW;
}

/* What SQLite reports of the file, read as if it could not change: an immutable
 * connection creates no -wal, -shm or journal and never writes. */
static gboolean
inspect_immutable (const char  *path,
                   GError     **error)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = NULL;
  g_autofree char *uri_immutable = NULL;
  sqlite3 *db = NULL;
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_tables = 0;
  gboolean ok;

  uri = g_filename_to_uri (absolute, NULL, NULL);
  if (uri == NULL)
    return refuse (FF_STORE_ERROR_NOT_OURS, path, error);
  uri_immutable = g_strconcat (uri, "?immutable=1", NULL);

  if (sqlite3_open_v2 (uri_immutable, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL)
      != SQLITE_OK)
    {
      ok = ff_store_file_set_db_error (db, path, error);
      sqlite3_close (db);
      return ok;
    }

  /* Reading every schema row makes SQLite look at the pages a damaged file
   * tends to break. */
  ok = (ff_store_file_query_int (db, "PRAGMA application_id", &application_id) &&
        ff_store_file_query_int (db, "PRAGMA user_version", &user_version) &&
        ff_store_file_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE length(sql) >= 0",
                   &n_tables));
  if (!ok)
    {
      int code = sqlite3_errcode (db) & 0xff;

      /* A plain error here is a header SQLite cannot read ("unsupported file
       * format"): damage, as no SQLite has written such a file. */
      if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_ERROR)
        refuse (FF_STORE_ERROR_CORRUPT, path, error);
      else
        ff_store_file_set_db_error (db, path, error);
      sqlite3_close (db);
      return FALSE;
    }

  sqlite3_close (db);

  return ff_store_file_check_identity (path, (guint32) application_id, (guint32) user_version,
                         n_tables > 0, error);
}

/* Creates @path empty with mode 0600 whatever the umask, or truncates it. */
static gboolean
create_private_file (const char  *path,
                     gboolean     truncate,
                     GError     **error)
{
  int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (truncate ? O_TRUNC : O_EXCL);
  int fd = g_open (path, flags, 0600);

  if (fd < 0)
    return set_io_error (path, errno, error);

  if (fchmod (fd, 0600) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_io_error (path, saved_errno, error);
    }

  close (fd);
  return TRUE;
}

gboolean
ff_store_file_copy (sqlite3     *source,
                    const char  *dest,
                    GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_backup *backup;
  int rc;

  if (!create_private_file (dest, TRUE, error))
    return FALSE;

  if (sqlite3_open_v2 (dest, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      ff_store_file_set_db_error (db, dest, error);
      sqlite3_close (db);
      return FALSE;
    }

  backup = sqlite3_backup_init (db, "main", source, "main");
  if (backup == NULL)
    {
      ff_store_file_set_db_error (db, dest, error);
      sqlite3_close (db);
      return FALSE;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      ff_store_file_set_db_error (db, dest, error);
      sqlite3_close (db);
      g_unlink (dest);
      return FALSE;
    }

  if (sqlite3_close (db) != SQLITE_OK)
    return set_io_error (dest, EIO, error);

  return TRUE;
}

gboolean
ff_store_is_on_network_share (FfStore *self)
{
  /* f_type values from linux/magic.h and the file systems' own sources */
  static const unsigned long network_types[] = {
    0x6969,      /* NFS */
    0x517B,      /* SMB */
    0xFF534D42,  /* CIFS */
    0xFE534D42,  /* SMB2 */
    0x65735546,  /* FUSE: sshfs, and the GVfs mounts of SMB and WebDAV */
    0x5346414F,  /* AFS */
    0x564C,      /* NCP */
    0x01021997,  /* 9P */
    0x73757245,  /* Coda */
  };
  struct statfs st;

  g_return_val_if_fail (FF_IS_STORE (self), FALSE);

  if (statfs (ff_store_get_path (self), &st) != 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (network_types); i++)
    {
      if ((unsigned long) (guint32) st.f_type == network_types[i])
        return TRUE;
    }

  return FALSE;
}

gboolean
ff_store_check (FfStore    *self,
                GPtrArray **problems,
                GError    **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  /* Not cached: run rarely, and a check should not keep a statement around. */
  if (sqlite3_prepare_v2 (ff_store_get_db (self), "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    return ff_store_set_sqlite_error (self, error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = ff_store_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (found,
                         /* Translators: %s is SQLite's own (English) description of
                          * a damaged part of the database file */
                         g_strdup_printf (_("The file is damaged: %s. Restore it from a "
                                            "backup."),
                                          line));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      /* A file too damaged to check is itself the finding. */
      if (error_code_for_sqlite (sqlite3_errcode (ff_store_get_db (self))) != FF_STORE_ERROR_CORRUPT)
        return ff_store_set_sqlite_error (self, error);
      g_ptr_array_add (found,
                       g_strdup (_("The file is too damaged to check. Restore it from a "
                                   "backup.")));
    }

  if (sqlite3_prepare_v2 (ff_store_get_db (self), "PRAGMA foreign_key_check", -1, &stmt, NULL)
      != SQLITE_OK)
    return ff_store_set_sqlite_error (self, error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (found,
                       /* Translators: a database table, a row number in it, and the
                        * table it refers to */
                       g_strdup_printf (_("Row %lld of “%s” refers to a "
                                          "missing row in “%s”. Restore the file from a "
                                          "backup."),
                                        (long long) sqlite3_column_int64 (stmt, 1),
                                        ff_store_column_text (stmt, 0),
                                        ff_store_column_text (stmt, 2)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (self, error);

  *problems = g_steal_pointer (&found);
  return TRUE;
}

gboolean
ff_store_backup (FfStore     *self,
                 const char  *dest,
                 GError     **error)
{
  g_return_val_if_fail (FF_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  return ff_store_file_copy (ff_store_get_db (self), dest, error);
}

gboolean
ff_store_file_prepare (const char  *path,
                       GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  gboolean has_log;
  Header header;

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      /* Only a folder we make ourselves is made private; an existing one is the
       * user's choice. */
      if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
        return set_io_error (path, errno, error);
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!create_private_file (path, FALSE, error))
        return FALSE;
    }

  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    GStatBuf st;

    has_log = g_stat (wal, &st) == 0 && st.st_size > 0;
  }

  if (!read_header (path, has_log, &header, error))
    return FALSE;
  if (header.empty)
    return TRUE;

  /* An immutable connection reads the file without its log: with one, what it sees
   * is not the database, and SQLite itself judges it once the log is read. */
  return ff_store_file_check_identity (path, header.application_id, header.user_version,
                                       header.schema_cookie != 0, error) &&
         (has_log || inspect_immutable (path, error));
}
