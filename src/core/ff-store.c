/* ff-store.c — the one SQLite file that holds an organisation's data
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

#include "ff-schema.h"
#include "ff-store.h"
#include "ff-store-private.h"

#define HEADER_SIZE 100

struct _FfStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  /* SQL text → sqlite3_stmt, finalized with the store */
  GHashTable *statements;
  /* Depth of nested ff_store_begin calls; 0 outside a transaction. */
  guint       depth;
  /* The changes to announce at the outermost commit: by kind, whether there is one
   * and the record's id (0: many). */
  gboolean    pending[FF_RECORD_N_KINDS];
  gint64      pending_id[FF_RECORD_N_KINDS];
};

G_DEFINE_FINAL_TYPE (FfStore, ff_store, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (ff-store-error-quark, ff_store_error)

static void
ff_store_finalize (GObject *object)
{
  FfStore *self = FF_STORE (object);

  /* Statements first: sqlite3_close refuses a connection with live statements. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (ff_store_parent_class)->finalize (object);
}

static void
ff_store_class_init (FfStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ff_store_finalize;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, FF_TYPE_RECORD_KIND, G_TYPE_INT64);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
ff_store_init (FfStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

char *
ff_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "fotfeste", "fotfeste.sqlite3", NULL);
}

const char *
ff_store_get_path (FfStore *self)
{
  g_return_val_if_fail (FF_IS_STORE (self), NULL);

  return self->path;
}

sqlite3 *
ff_store_get_db (FfStore *self)
{
  g_return_val_if_fail (FF_IS_STORE (self), NULL);

  return self->db;
}

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

static gboolean
set_db_error (sqlite3     *db,
              const char  *path,
              GError     **error)
{
  int code = sqlite3_extended_errcode (db);
  g_autofree char *display = g_filename_display_name (path);

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

gboolean
ff_store_set_sqlite_error (FfStore  *self,
                           GError  **error)
{
  g_return_val_if_fail (FF_IS_STORE (self), FALSE);

  return set_db_error (self->db, self->path, error);
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
  if ((guint64) st.st_size < page_size)
    return refuse (FF_STORE_ERROR_CORRUPT, path, error);

  /* The page count at 28 is only to be trusted when the change counter at 24
   * equals the "version valid for" number at 92 (older writers leave it stale). */
  if (read_be32 (bytes + 24) == read_be32 (bytes + 92))
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
static gboolean
check_identity (const char  *path,
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

static gboolean
query_int (sqlite3    *db,
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
      ok = set_db_error (db, path, error);
      sqlite3_close (db);
      return ok;
    }

  /* Reading every schema row makes SQLite look at the pages a damaged file
   * tends to break. */
  ok = (query_int (db, "PRAGMA application_id", &application_id) &&
        query_int (db, "PRAGMA user_version", &user_version) &&
        query_int (db, "SELECT count(*) FROM sqlite_schema WHERE length(sql) >= 0",
                   &n_tables));
  if (!ok)
    {
      int code = sqlite3_errcode (db) & 0xff;

      if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        refuse (FF_STORE_ERROR_CORRUPT, path, error);
      else
        set_db_error (db, path, error);
      sqlite3_close (db);
      return FALSE;
    }

  sqlite3_close (db);

  return check_identity (path, (guint32) application_id, (guint32) user_version,
                         n_tables > 0, error);
}

static gboolean
exec (FfStore     *self,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return ff_store_set_sqlite_error (self, error);

  return TRUE;
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

static gboolean
copy_database (sqlite3     *source,
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
      set_db_error (db, dest, error);
      sqlite3_close (db);
      return FALSE;
    }

  backup = sqlite3_backup_init (db, "main", source, "main");
  if (backup == NULL)
    {
      set_db_error (db, dest, error);
      sqlite3_close (db);
      return FALSE;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      set_db_error (db, dest, error);
      sqlite3_close (db);
      g_unlink (dest);
      return FALSE;
    }

  if (sqlite3_close (db) != SQLITE_OK)
    return set_io_error (dest, EIO, error);

  return TRUE;
}

static gboolean
migrate (FfStore  *self,
         GError  **error)
{
  gint64 version = 0;
  gint64 n_tables = 0;
  g_autofree char *set_id = NULL;
  g_autofree char *set_version = NULL;

  if (!query_int (self->db, "PRAGMA user_version", &version) ||
      !query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_tables))
    return ff_store_set_sqlite_error (self, error);

  if (version >= FF_STORE_SCHEMA_VERSION)
    return TRUE;

  /* Keep the file as it was before we change its tables: a migration that goes
   * wrong in a way SQLite cannot roll back must not cost the user their data. */
  if (n_tables > 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
      g_autofree char *backup = g_strdup_printf ("%s.backup-v%" G_GINT64_FORMAT "-%s",
                                                 self->path, version, stamp);

      if (!copy_database (self->db, backup, error))
        return FALSE;
    }

  set_id = g_strdup_printf ("PRAGMA application_id = %d", FF_STORE_APPLICATION_ID);
  set_version = g_strdup_printf ("PRAGMA user_version = %d", FF_STORE_SCHEMA_VERSION);

  if (!ff_store_begin (self, error))
    return FALSE;

  for (guint v = (guint) version + 1; v <= ff_schema_n_migrations (); v++)
    {
      if (!ff_schema_migrate (self, v, error))
        goto fail;
    }

  if (!exec (self, set_id, error) || !exec (self, set_version, error))
    goto fail;

  return ff_store_commit (self, error);

fail:
  ff_store_rollback (self);
  return FALSE;
}

FfStore *
ff_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(FfStore) self = NULL;
  g_autofree char *folder = NULL;
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_tables = 0;
  Header header;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = g_path_get_dirname (path);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      /* Only a folder we make ourselves is made private; an existing one is the
       * user's choice. */
      if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
        {
          set_io_error (path, errno, error);
          return NULL;
        }
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!create_private_file (path, FALSE, error))
        return NULL;
    }

  /* Every refusal happens here, before anything could write to the file. */
  if (!read_header (path, &header, error))
    return NULL;
  if (!header.empty)
    {
      if (!check_identity (path, header.application_id, header.user_version,
                           header.schema_cookie != 0, error))
        return NULL;
      if (!inspect_immutable (path, error))
        return NULL;
    }

  self = g_object_new (FF_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL)
      != SQLITE_OK)
    {
      ff_store_set_sqlite_error (self, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  /* A write-ahead log left by a crash holds changes the header did not show yet. */
  if (!query_int (self->db, "PRAGMA application_id", &application_id) ||
      !query_int (self->db, "PRAGMA user_version", &user_version) ||
      !query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_tables))
    {
      ff_store_set_sqlite_error (self, error);
      return NULL;
    }
  if (!check_identity (path, (guint32) application_id, (guint32) user_version,
                       n_tables > 0, error))
    return NULL;

  if (!exec (self, "PRAGMA journal_mode = WAL", error) ||
      !exec (self, "PRAGMA synchronous = FULL", error) ||
      !exec (self, "PRAGMA foreign_keys = ON", error) ||
      /* 16 MiB of pages (the default is 2): searches over 100,000 participants
       * look up rows all over the table. Filled only as pages are read. */
      !exec (self, "PRAGMA cache_size = -16384", error))
    return NULL;

  if (!migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

sqlite3_stmt *
ff_store_prepare (FfStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FF_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL)
      != SQLITE_OK)
    {
      g_warning ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      ff_store_set_sqlite_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
ff_store_begin (FfStore  *self,
                GError  **error)
{
  g_autofree char *savepoint = NULL;

  g_return_val_if_fail (FF_IS_STORE (self), FALSE);

  if (self->depth == 0)
    {
      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
    }
  else
    {
      savepoint = g_strdup_printf ("SAVEPOINT ff_%u", self->depth);
      if (!exec (self, savepoint, error))
        return FALSE;
    }

  self->depth++;
  return TRUE;
}

static void
emit (FfStore      *self,
      FfRecordKind  kind,
      gint64        id)
{
  g_signal_emit (self, signals[CHANGED],
                 g_quark_from_static_string (ff_record_kind_nick (kind)), kind, id);
}

static void
emit_pending (FfStore *self)
{
  for (FfRecordKind kind = 0; kind < FF_RECORD_N_KINDS; kind++)
    {
      if (!self->pending[kind])
        continue;

      self->pending[kind] = FALSE;
      emit (self, kind, self->pending_id[kind]);
    }
}

gboolean
ff_store_commit (FfStore  *self,
                 GError  **error)
{
  g_autofree char *release = NULL;

  g_return_val_if_fail (FF_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      release = g_strdup_printf ("RELEASE ff_%u", self->depth - 1);
      if (!exec (self, release, error))
        return FALSE;
      self->depth--;
      return TRUE;
    }

  if (!exec (self, "COMMIT", error))
    return FALSE;

  self->depth = 0;
  emit_pending (self);
  return TRUE;
}

void
ff_store_rollback (FfStore *self)
{
  g_autofree char *undo = NULL;

  g_return_if_fail (FF_IS_STORE (self));

  if (self->depth == 0)
    return;

  if (self->depth > 1)
    {
      undo = g_strdup_printf ("ROLLBACK TO ff_%u; RELEASE ff_%u",
                              self->depth - 1, self->depth - 1);
      sqlite3_exec (self->db, undo, NULL, NULL, NULL);
      self->depth--;
      return;
    }

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->depth = 0;
  memset (self->pending, 0, sizeof self->pending);
}

void
ff_store_emit_changed (FfStore      *self,
                       FfRecordKind  kind,
                       gint64        id)
{
  g_return_if_fail (FF_IS_STORE (self));
  g_return_if_fail (kind < FF_RECORD_N_KINDS);

  if (self->depth == 0)
    {
      emit (self, kind, id);
      return;
    }

  /* Inside an outer transaction the change is not visible yet: announce it at the
   * outermost commit, as "many records" (0) if the kind changed more than once. */
  if (self->pending[kind] && self->pending_id[kind] != id)
    self->pending_id[kind] = 0;
  else if (!self->pending[kind])
    self->pending_id[kind] = id;
  self->pending[kind] = TRUE;
}

gboolean
ff_store_audit (FfStore     *self,
                const char  *table,
                const char  *row_uuid,
                const char  *field,
                const char  *old_value,
                const char  *new_value,
                GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *uuid = ff_store_new_uuid ();
  g_autofree char *now = ff_store_now ();

  g_return_val_if_fail (FF_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  stmt = ff_store_prepare (self,
                           "INSERT INTO audit (uuid, created_at, updated_at, table_name,"
                           " row_uuid, field, old_value, new_value, os_user)"
                           " VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, row_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, field, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, old_value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, new_value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, g_get_user_name (), -1, SQLITE_TRANSIENT);

  return ff_store_step_done (self, stmt, error);
}

gboolean
ff_store_commit_audited (FfStore      *self,
                         FfRecordKind  kind,
                         const char   *table,
                         gint64        id,
                         const char   *row_uuid,
                         const char   *field,
                         const char   *old_value,
                         const char   *new_value,
                         GError      **error)
{
  if (!ff_store_audit (self, table, row_uuid, field, old_value, new_value, error) ||
      !ff_store_commit (self, error))
    return FALSE;

  ff_store_emit_changed (self, kind, id);
  return TRUE;
}

gboolean
ff_store_set_deleted (FfStore     *self,
                      const char  *table,
                      gint64       id,
                      gboolean     deleted,
                      const char  *now,
                      GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (FF_IS_STORE (self), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);

  sql = g_strconcat ("UPDATE ", table,
                     " SET deleted_at = CASE WHEN ?1 THEN ?2 END, updated_at = ?2"
                     " WHERE id = ?3", NULL);
  stmt = ff_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, deleted);
  ff_store_bind_text (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, id);

  return ff_store_step_done (self, stmt, error);
}

gboolean
ff_store_step_row (FfStore       *self,
                   sqlite3_stmt  *stmt,
                   const char    *not_found,
                   GError       **error)
{
  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      return TRUE;
    case SQLITE_DONE:
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    default:
      return ff_store_set_sqlite_error (self, error);
    }
}

gboolean
ff_store_step_done (FfStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return ff_store_set_sqlite_error (self, error);

  return TRUE;
}

char *
ff_store_new_uuid (void)
{
  return g_uuid_string_random ();
}

char *
ff_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
ff_store_is_empty (FfStore *self)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (self), TRUE);

  stmt = ff_store_prepare (self,
                           "SELECT NOT EXISTS (SELECT 1 FROM programme"
                           "                   WHERE deleted_at IS NULL)"
                           "   AND NOT EXISTS (SELECT 1 FROM participant"
                           "                   WHERE deleted_at IS NULL)",
                           NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  return sqlite3_column_int (stmt, 0) != 0;
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

  if (statfs (self->path, &st) != 0)
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
  if (sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
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
      if (error_code_for_sqlite (sqlite3_errcode (self->db)) != FF_STORE_ERROR_CORRUPT)
        return ff_store_set_sqlite_error (self, error);
      g_ptr_array_add (found,
                       g_strdup (_("The file is too damaged to check. Restore it from a "
                                   "backup.")));
    }

  if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL)
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

  return copy_database (self->db, dest, error);
}
