/* ff-record-read.c — one way to read every kind of record: one, many by id, those a
 * record holds, and the ids a list shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-record-private.h"
#include "ff-store-private.h"
#include "ff-text.h"
#include "ff-validate.h"

/* Loading */

static gpointer
record_from_row (sqlite3_stmt *stmt,
                 gpointer      type)
{
  return ff_record_new_from_row (type, stmt);
}

/* Every row @stmt gives, as records. */
static GPtrArray *
load_rows (FfStore             *store,
           const FfRecordType  *type,
           sqlite3_stmt        *stmt,
           GError             **error)
{
  return ff_store_collect_rows (store, stmt, record_from_row, (gpointer) type,
                                g_object_unref, error);
}

FfRecord *
ff_record_load (FfStore             *store,
                const FfRecordType  *type,
                gint64               id,
                GError             **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (type != NULL, NULL);

  sql = ff_record_select_sql (type, FALSE, "AND t.id = ?1");
  stmt = ff_store_prepare_bound (store, error, sql, "i", id);
  if (stmt == NULL)
    return NULL;

  if (!ff_store_step_row (store, stmt, ff_record_not_found (type), error))
    return NULL;

  return ff_record_new_from_row (type, stmt);
}

GPtrArray *
ff_record_load_selected (FfStore             *store,
                         const FfRecordType  *type,
                         sqlite3_stmt        *stmt,
                         GError             **error)
{
  g_autoptr(GArray) ids = ff_store_collect_ids (store, stmt, error);

  if (ids == NULL)
    return NULL;

  return ff_record_load_many (store, type, (const gint64 *) (gpointer) ids->data, ids->len,
                              error);
}

gboolean
ff_record_exists (FfStore             *store,
                  const FfRecordType  *type,
                  gint64               id)
{
  g_autoptr(GString) sql = g_string_new ("SELECT 1 FROM ");
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), TRUE);
  g_return_val_if_fail (type != NULL, TRUE);

  /* The table's name is the record type's own, from the code. */
  g_string_append (sql, type->table);
  g_string_append (sql, " WHERE id = ?1");
  stmt = ff_store_prepare_bound (store, NULL, sql->str, "i", id);
  if (stmt == NULL)
    return TRUE;

  return sqlite3_step (stmt) != SQLITE_DONE;
}

GPtrArray *
ff_record_load_many (FfStore             *store,
                     const FfRecordType  *type,
                     const gint64        *ids,
                     guint                n_ids,
                     GError             **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GString) json = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (type != NULL, NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  result = g_ptr_array_new_full (n_ids, g_object_unref);
  if (n_ids == 0)
    return g_steal_pointer (&result);

  /* The ids as one bound JSON array: one statement whatever their number. */
  json = g_string_new ("[");
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');

  sql = ff_record_select_sql (type, FALSE, "AND t.id IN (SELECT value FROM json_each (?1))");
  stmt = ff_store_prepare_bound (store, error, sql, "t", json->str);
  if (stmt == NULL)
    return NULL;

  records = load_rows (store, type, stmt, error);
  if (records == NULL)
    return NULL;

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < records->len; i++)
    {
      FfRecord *record = g_ptr_array_index (records, i);
      gint64 *id = g_new (gint64, 1);

      *id = ff_record_get_id (record);
      g_hash_table_insert (by_id, id, record);
    }

  for (guint i = 0; i < n_ids; i++)
    {
      FfRecord *record = g_hash_table_lookup (by_id, &ids[i]);

      if (record != NULL)
        g_ptr_array_add (result, g_object_ref (record));
    }

  return g_steal_pointer (&result);
}

GPtrArray *
ff_record_load_owned (FfStore             *store,
                      const FfRecordType  *type,
                      gint64               owner_id,
                      GError             **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *condition = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (type != NULL && type->owner != NULL, NULL);

  condition = g_strconcat ("AND t.", type->owner_column, " = ?1 ORDER BY ",
                           type->order != NULL ? type->order
                           : type->flags & FF_RECORD_ORDERED ? "t.position, t.id" : "t.id",
                           NULL);
  sql = ff_record_select_sql (type, FALSE, condition);
  stmt = ff_store_prepare_bound (store, error, sql, "i", owner_id);
  if (stmt == NULL)
    return NULL;

  return load_rows (store, type, stmt, error);
}

/* Appends @word to a LIKE pattern as "%word%", with LIKE's own characters escaped. */
static char *
like_pattern (const char *word)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

GArray *
ff_record_query_ids (FfStore             *store,
                     const FfRecordType  *type,
                     const FfRecordQuery *query,
                     GError             **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  int param = 1;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (type != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  sql = g_string_new (NULL);
  g_string_append_printf (sql, "SELECT t.id FROM %s t WHERE t.deleted_at IS NULL",
                          type->table);
  if ((type->flags & FF_RECORD_ARCHIVABLE) && !query->include_archived)
    g_string_append (sql, " AND t.archived_at IS NULL");

  folded = ff_text_fold (query->search);
  words = g_strsplit (folded, " ", -1);
  if (type->search_column != NULL)
    {
      for (guint i = 0; words[i] != NULL; i++)
        {
          if (*words[i] != '\0')
            g_string_append_printf (sql, " AND t.%s LIKE ? ESCAPE '\\'",
                                    type->search_column);
        }
    }

  if (type->sort_column != NULL)
    g_string_append_printf (sql, " ORDER BY t.%s, t.id", type->sort_column);
  else
    g_string_append (sql, " ORDER BY t.id");

  stmt = ff_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;

  if (type->search_column != NULL)
    {
      for (guint i = 0; words[i] != NULL; i++)
        {
          g_autofree char *pattern = NULL;

          if (*words[i] == '\0')
            continue;
          pattern = like_pattern (words[i]);
          ff_store_bind_text (stmt, param++, pattern);
        }
    }

  return ff_store_collect_ids (store, stmt, error);
}

gboolean
ff_record_update_derived (FfStore             *store,
                          const FfRecordType  *type,
                          GError             **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GString) sql = NULL;
  g_autofree char *select = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (type->n_derived == 0)
    return TRUE;

  /* Tombstones too: one restored is found by search again. */
  select = ff_record_select_sql (type, TRUE, "");
  {
    g_auto(FfStoreStmt) stmt = ff_store_prepare (store, select, error);

    if (stmt == NULL)
      return FALSE;
    records = load_rows (store, type, stmt, error);
    if (records == NULL)
      return FALSE;
  }

  /* Only rows whose values change are written: an unchanged search text is not
   * indexed again. */
  sql = g_string_new (NULL);
  g_string_append_printf (sql, "UPDATE %s SET ", type->table);
  for (guint i = 0; i < type->n_derived; i++)
    g_string_append_printf (sql, "%s%s = ?%u", i > 0 ? ", " : "", type->derived[i].column,
                            i + 1);
  g_string_append_printf (sql, " WHERE id = ?%u AND (", type->n_derived + 1);
  for (guint i = 0; i < type->n_derived; i++)
    g_string_append_printf (sql, "%s%s IS NOT ?%u", i > 0 ? " OR " : "",
                            type->derived[i].column, i + 1);
  g_string_append (sql, ")");

  for (guint r = 0; r < records->len; r++)
    {
      FfRecord *record = g_ptr_array_index (records, r);
      g_auto(FfStoreStmt) stmt = ff_store_prepare (store, sql->str, error);
      guint param = 1;

      if (stmt == NULL)
        return FALSE;

      for (guint i = 0; i < type->n_derived; i++)
        {
          g_autofree char *value =
            type->derived[i].compute (ff_record_get_values (record));

          ff_store_bind_text (stmt, param++, value);
        }
      sqlite3_bind_int64 (stmt, param, ff_record_get_id (record));
      if (!ff_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

