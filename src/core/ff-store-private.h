/* ff-store-private.h — what the rest of src/core needs from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "ff-store.h"

G_BEGIN_DECLS

sqlite3      *ff_store_get_db            (FfStore       *self);

/* A cached prepared statement for @sql (reset and with bindings cleared). The
 * store keeps it: reset it when done (FfStoreStmt does that on leaving scope), so
 * that no read stays open and the next user finds it free. */
sqlite3_stmt *ff_store_prepare           (FfStore       *self,
                                          const char    *sql,
                                          GError       **error);

/* As ff_store_prepare(), with its parameters ?1, ?2 … bound to the arguments that
 * follow, one letter of @params each: 'i' a gint64 (cast any other integer), 't' a
 * text (NULL as ""), 'n' a text that stays NULL when it is. */
sqlite3_stmt *ff_store_prepare_bound     (FfStore       *self,
                                          GError       **error,
                                          const char    *sql,
                                          const char    *params,
                                          ...);

/* Runs @sql, a write, with its parameters bound as by ff_store_prepare_bound(). */
gboolean      ff_store_exec              (FfStore       *self,
                                          GError       **error,
                                          const char    *sql,
                                          const char    *params,
                                          ...);

/* A cached statement that resets itself on leaving scope:
 *   g_auto (FfStoreStmt) stmt = ff_store_prepare (store, sql, error); */
typedef sqlite3_stmt *FfStoreStmt;
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (FfStoreStmt, sqlite3_reset, NULL)

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. They nest: an inner begin opens a savepoint
 * that the matching commit releases or rollback undoes, and ::changed is held back
 * until the outermost commit. */
gboolean      ff_store_begin             (FfStore       *self,
                                          GError       **error);
/* As ff_store_begin() for the outermost transaction, but the begins nested in it make
 * no savepoints, and a nested rollback undoes nothing by itself: for a writer that
 * rolls the whole transaction back on any error (sample data), which then saves a
 * savepoint and its release for every write. */
gboolean      ff_store_begin_bulk        (FfStore       *self,
                                          GError       **error);
gboolean      ff_store_commit            (FfStore       *self,
                                          GError       **error);
void          ff_store_rollback          (FfStore       *self);

/* Inside a transaction: one audit row (table, row uuid, field, old and new value,
 * time, OS user). @field is NULL for "created", "deleted" or "restored" rows, which
 * then go in @new_value. */
gboolean      ff_store_audit             (FfStore       *self,
                                          const char    *table,
                                          const char    *row_uuid,
                                          const char    *field,
                                          const char    *old_value,
                                          const char    *new_value,
                                          GError       **error);

/* Ends a change of row @id of @table that the caller began: writes its audit row
 * (as ff_store_audit()), commits, and announces record @id of @kind as changed. On
 * FALSE nothing is committed and the caller rolls back. */
gboolean      ff_store_commit_audited    (FfStore       *self,
                                          FfRecordKind   kind,
                                          const char    *table,
                                          gint64         id,
                                          const char    *row_uuid,
                                          const char    *field,
                                          const char    *old_value,
                                          const char    *new_value,
                                          GError       **error);

/* Steps @stmt, a read of one row. TRUE on the row; otherwise FALSE, with
 * FF_STORE_ERROR_NOT_FOUND and @not_found (a translated message) when there is no
 * row, or with the SQLite error. */
gboolean      ff_store_step_row          (FfStore       *self,
                                          sqlite3_stmt  *stmt,
                                          const char    *not_found,
                                          GError       **error);

/* Steps @stmt, a write, to its end; FALSE with the SQLite error if it fails. */
gboolean      ff_store_step_done         (FfStore       *self,
                                          sqlite3_stmt  *stmt,
                                          GError       **error);

/* Makes an object of the row @stmt stands on. */
typedef gpointer (*FfStoreRowFunc) (sqlite3_stmt *stmt,
                                    gpointer      data);

/* Steps @stmt, a read, to its end: an object made by @func of each row, in order, or
 * NULL with the SQLite error. */
GPtrArray    *ff_store_collect_rows      (FfStore        *self,
                                          sqlite3_stmt   *stmt,
                                          FfStoreRowFunc  func,
                                          gpointer        data,
                                          GDestroyNotify  free_func,
                                          GError        **error);

/* Steps @stmt, a read of ids in its first column, to its end: the ids (gint64) in
 * order, or NULL with the SQLite error. */
GArray       *ff_store_collect_ids       (FfStore        *self,
                                          sqlite3_stmt   *stmt,
                                          GError        **error);

/* Sets @error from the connection's last SQLite error. Always returns FALSE. */
gboolean      ff_store_set_sqlite_error  (FfStore       *self,
                                          GError       **error);

/* A new random UUID (RFC 4122 v4) and the current UTC time as ISO 8601. */
char         *ff_store_new_uuid          (void);
char         *ff_store_now               (void);

/* Binds @text, or "" for NULL, as a copied UTF-8 string. */
static inline int
ff_store_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  return sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

/* Column @index as text, "" for NULL. */
static inline const char *
ff_store_column_text (sqlite3_stmt *stmt,
                      int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text != NULL ? text : "";
}

G_END_DECLS
