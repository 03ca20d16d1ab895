/* ff-store.c — the one SQLite file that holds an organisation's data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ff-schema.h"
#include "ff-store.h"
#include "ff-store-file.h"
#include "ff-store-lock.h"
#include "ff-store-private.h"

struct _FfStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  /* NULL when read-only */
  FfStoreLock *lock;
  gboolean    read_only;
  /* SQL text → sqlite3_stmt, finalized with the store */
  GHashTable *statements;
  /* Depth of nested ff_store_begin calls; 0 outside a transaction. */
  guint       depth;
  /* The transaction began with ff_store_begin_bulk(): nested ones make no savepoints. */
  gboolean    bulk;
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
  /* Let go of the file only once it is closed. */
  g_clear_pointer (&self->lock, ff_store_lock_release);
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

gboolean
ff_store_set_sqlite_error (FfStore  *self,
                           GError  **error)
{
  g_return_val_if_fail (FF_IS_STORE (self), FALSE);

  return ff_store_file_set_db_error (self->db, self->path, error);
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

static gboolean
migrate (FfStore  *self,
         GError  **error)
{
  gint64 version = 0;
  gint64 n_tables = 0;
  g_autofree char *set_id = NULL;
  g_autofree char *set_version = NULL;

  if (!ff_store_file_query_int (self->db, "PRAGMA user_version", &version) ||
      !ff_store_file_query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_tables))
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

      if (!ff_store_file_copy (self->db, backup, error))
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
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_tables = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Every refusal happens here, before anything could write to the file. */
  if (!ff_store_file_prepare (path, error))
    return NULL;

  self = g_object_new (FF_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  self->lock = ff_store_lock_acquire (path, error);
  if (self->lock == NULL)
    return NULL;

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL)
      != SQLITE_OK)
    {
      ff_store_set_sqlite_error (self, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  /* A write-ahead log left by a crash holds changes the header did not show yet. */
  if (!ff_store_file_query_int (self->db, "PRAGMA application_id", &application_id) ||
      !ff_store_file_query_int (self->db, "PRAGMA user_version", &user_version) ||
      !ff_store_file_query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_tables))
    {
      ff_store_set_sqlite_error (self, error);
      return NULL;
    }
  if (!ff_store_file_check_identity (path, (guint32) application_id, (guint32) user_version,
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

FfStore *
ff_store_open_read_only (const char  *path,
                         GError     **error)
{
  g_autoptr(FfStore) self = NULL;
  g_autofree char *display = NULL;
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_tables = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FF_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = TRUE;

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL)
      != SQLITE_OK)
    {
      ff_store_set_sqlite_error (self, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  if (!ff_store_file_query_int (self->db, "PRAGMA application_id", &application_id) ||
      !ff_store_file_query_int (self->db, "PRAGMA user_version", &user_version) ||
      !ff_store_file_query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_tables))
    {
      ff_store_set_sqlite_error (self, error);
      return NULL;
    }
  if (!ff_store_file_check_identity (path, (guint32) application_id, (guint32) user_version,
                                     n_tables > 0, error))
    return NULL;

  /* Tables of an older version are only brought up to date by a writer. */
  if (user_version != FF_STORE_SCHEMA_VERSION)
    {
      display = g_filename_display_name (path);
      g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY,
                   /* Translators: %s is a file name */
                   _("“%s” must be brought up to date before it can be read. Open it "
                     "once when no one else has it open."),
                   display);
      return NULL;
    }

  if (!exec (self, "PRAGMA foreign_keys = ON", error) ||
      !exec (self, "PRAGMA cache_size = -16384", error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
ff_store_is_read_only (FfStore *self)
{
  g_return_val_if_fail (FF_IS_STORE (self), FALSE);

  return self->read_only;
}

static gboolean
refuse_read_only (FfStore  *self,
                  GError  **error)
{
  g_autofree char *display = g_filename_display_name (self->path);

  g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY,
               /* Translators: %s is a file name */
               _("“%s” is open only for reading, so changes cannot be saved. Close "
                 "Fotfeste and open it again when no one else has it open."),
               display);
  return FALSE;
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

/* Binds the arguments @args to @stmt's parameters ?1, ?2 … by the letters of
 * @params: 'i' a gint64, 't' a text (NULL as ""), 'n' a text that stays NULL. */
static void
bind_params (sqlite3_stmt *stmt,
             const char   *params,
             va_list       args)
{
  for (int i = 0; params[i] != '\0'; i++)
    {
      const char *text;

      switch (params[i])
        {
        case 'i':
          sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
          break;
        case 't':
          ff_store_bind_text (stmt, i + 1, va_arg (args, const char *));
          break;
        case 'n':
          text = va_arg (args, const char *);
          sqlite3_bind_text (stmt, i + 1, text, -1, SQLITE_TRANSIENT);
          break;
        default:
          g_critical ("Unknown parameter type “%c” for “%s”", params[i],
                      sqlite3_sql (stmt));
          return;
        }
    }
}

static sqlite3_stmt *
prepare_bound_va (FfStore     *self,
                  GError     **error,
                  const char  *sql,
                  const char  *params,
                  va_list      args)
{
  sqlite3_stmt *stmt = ff_store_prepare (self, sql, error);

  if (stmt != NULL)
    bind_params (stmt, params, args);

  return stmt;
}

sqlite3_stmt *
ff_store_prepare_bound (FfStore     *self,
                        GError     **error,
                        const char  *sql,
                        const char  *params,
                        ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  va_start (args, params);
  stmt = prepare_bound_va (self, error, sql, params, args);
  va_end (args);

  return stmt;
}

gboolean
ff_store_exec (FfStore     *self,
               GError     **error,
               const char  *sql,
               const char  *params,
               ...)
{
  g_auto(FfStoreStmt) stmt = NULL;
  va_list args;

  va_start (args, params);
  stmt = prepare_bound_va (self, error, sql, params, args);
  va_end (args);

  return stmt != NULL && ff_store_step_done (self, stmt, error);
}

gboolean
ff_store_begin (FfStore  *self,
                GError  **error)
{
  g_autofree char *savepoint = NULL;

  g_return_val_if_fail (FF_IS_STORE (self), FALSE);

  if (self->read_only)
    return refuse_read_only (self, error);

  if (self->depth == 0)
    {
      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
    }
  else if (!self->bulk)
    {
      savepoint = g_strdup_printf ("SAVEPOINT ff_%u", self->depth);
      if (!exec (self, savepoint, error))
        return FALSE;
    }

  self->depth++;
  return TRUE;
}

gboolean
ff_store_begin_bulk (FfStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (FF_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (!ff_store_begin (self, error))
    return FALSE;

  self->bulk = TRUE;
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
      if (!self->bulk)
        {
          release = g_strdup_printf ("RELEASE ff_%u", self->depth - 1);
          if (!exec (self, release, error))
            return FALSE;
        }
      self->depth--;
      return TRUE;
    }

  if (!exec (self, "COMMIT", error))
    return FALSE;

  self->depth = 0;
  self->bulk = FALSE;
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
      if (!self->bulk)
        {
          undo = g_strdup_printf ("ROLLBACK TO ff_%u; RELEASE ff_%u",
                                  self->depth - 1, self->depth - 1);
          sqlite3_exec (self->db, undo, NULL, NULL, NULL);
        }
      self->depth--;
      return;
    }

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->depth = 0;
  self->bulk = FALSE;
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
  g_autofree char *uuid = ff_store_new_uuid ();
  g_autofree char *now = ff_store_now ();

  g_return_val_if_fail (FF_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  return ff_store_exec (self, error,
                        "INSERT INTO audit (uuid, created_at, updated_at, table_name,"
                        " row_uuid, field, old_value, new_value, os_user)"
                        " VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        "ttnnnnnn", uuid, now, table, row_uuid, field, old_value, new_value,
                        g_get_user_name ());
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

GPtrArray *
ff_store_collect_rows (FfStore         *self,
                       sqlite3_stmt    *stmt,
                       FfStoreRowFunc   func,
                       gpointer         data,
                       GDestroyNotify   free_func,
                       GError         **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, func (stmt, data));
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

GArray *
ff_store_collect_ids (FfStore       *self,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
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
