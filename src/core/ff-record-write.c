/* ff-record-write.c — one way to write every kind of record: insert, change fields,
 * delete and restore, archive; each in its own transaction, with an audit row and
 * FfStore::changed
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

/* Reading and writing rows */

/* The row as a write inside the caller's transaction needs it. */
typedef struct
{
  char      *uuid;
  gboolean   deleted;
  gboolean   archived;
  gboolean   frozen;
  gint64     owner_id;
  char     **values;    /* by field */
  char     **derived;   /* by derived column */
} Row;

static void
row_clear (Row *row)
{
  g_free (row->uuid);
  g_strfreev (row->values);
  g_strfreev (row->derived);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Row, row_clear)

/* The table whose row says whether @type's row is frozen: its owner's, or its own. */
static const FfRecordType *
root_type (const FfRecordType *type)
{
  return type->owner != NULL ? type->owner : type;
}

/* Reads row @id of @type inside the caller's transaction: refuses a deleted row
 * unless @include_deleted, and a frozen one. */
static gboolean
read_row (FfStore             *store,
          const FfRecordType  *type,
          gint64               id,
          gboolean             include_deleted,
          Row                 *row,
          GError             **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GString) sql = g_string_new ("SELECT t.uuid, t.deleted_at IS NOT NULL");
  const FfRecordType *root = root_type (type);
  int column;

  /* Table and column names come from the static description only; values are bound. */
  g_string_append (sql, type->flags & FF_RECORD_ARCHIVABLE ? ", t.archived_at IS NOT NULL"
                                                           : ", 0");
  if (type->owner != NULL)
    g_string_append_printf (sql, ", t.%s", type->owner_column);
  else
    g_string_append (sql, ", 0");
  if (root->frozen != NULL)
    g_string_append_printf (sql, ", (%s)", root->frozen);
  else
    g_string_append (sql, ", 0");
  ff_record_append_field_columns (sql, type);
  for (guint i = 0; i < type->n_derived; i++)
    g_string_append_printf (sql, ", t.%s", type->derived[i].column);
  g_string_append_printf (sql, " FROM %s t", type->table);
  if (root->frozen != NULL)
    g_string_append_printf (sql, " JOIN %s r ON r.id = t.%s", root->table,
                            type->owner != NULL ? type->owner_column : "id");
  g_string_append (sql, " WHERE t.id = ?1");

  stmt = ff_store_prepare_bound (store, error, sql->str, "i", id);
  if (stmt == NULL)
    return FALSE;

  if (!ff_store_step_row (store, stmt, ff_record_not_found (type), error))
    return FALSE;

  row->deleted = sqlite3_column_int (stmt, 1) != 0;
  if (row->deleted && !include_deleted)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND,
                           ff_record_not_found (type));
      return FALSE;
    }

  row->frozen = sqlite3_column_int (stmt, 4) != 0;
  if (row->frozen)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                           g_dgettext (GETTEXT_PACKAGE, root->frozen_message));
      return FALSE;
    }

  row->uuid = g_strdup (ff_store_column_text (stmt, 0));
  row->archived = sqlite3_column_int (stmt, 2) != 0;
  row->owner_id = sqlite3_column_int64 (stmt, 3);

  column = 5;
  row->values = g_new0 (char *, type->n_fields + 1);
  for (guint i = 0; i < type->n_fields; i++)
    row->values[i] = ff_record_column_value (stmt, column++, &type->fields[i]);
  row->derived = g_new0 (char *, type->n_derived + 1);
  for (guint i = 0; i < type->n_derived; i++)
    row->derived[i] = g_strdup (ff_store_column_text (stmt, column++));

  return TRUE;
}

/* Checks that @owner_id is a record of @type's owner that can take a new part. */
static gboolean
check_owner (FfStore             *store,
             const FfRecordType  *type,
             gint64               owner_id,
             GError             **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GString) sql = g_string_new ("SELECT r.deleted_at IS NOT NULL");
  const FfRecordType *owner = type->owner;

  if (owner->frozen != NULL)
    g_string_append_printf (sql, ", (%s)", owner->frozen);
  else
    g_string_append (sql, ", 0");
  g_string_append_printf (sql, " FROM %s r WHERE r.id = ?1", owner->table);

  stmt = ff_store_prepare_bound (store, error, sql->str, "i", owner_id);
  if (stmt == NULL)
    return FALSE;

  if (!ff_store_step_row (store, stmt, ff_record_not_found (owner), error))
    return FALSE;

  if (sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND,
                           ff_record_not_found (owner));
      return FALSE;
    }
  if (sqlite3_column_int (stmt, 1) != 0)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                           g_dgettext (GETTEXT_PACKAGE, owner->frozen_message));
      return FALSE;
    }

  return TRUE;
}

/* A change of an owned record is a change of its owner too. */
static gboolean
touch_owner (FfStore             *store,
             const FfRecordType  *type,
             gint64               owner_id,
             const char          *now,
             GError             **error)
{
  g_autofree char *sql = NULL;

  if (type->owner == NULL)
    return TRUE;

  sql = g_strconcat ("UPDATE ", type->owner->table, " SET updated_at = ?1 WHERE id = ?2",
                     NULL);
  return ff_store_exec (store, error, sql, "ti", now, owner_id);
}

/* Ends a change the caller began: the audit row, the commit, and ::changed for the
 * record, or for its owner. */
static gboolean
commit_change (FfStore             *store,
               const FfRecordType  *type,
               gint64               id,
               gint64               owner_id,
               const char          *uuid,
               const char          *field,
               const char          *old_value,
               const char          *new_value,
               GError             **error)
{
  if (type->owner != NULL)
    return ff_store_commit_audited (store, type->owner->kind, type->table, owner_id, uuid,
                                    field, old_value, new_value, error);

  return ff_store_commit_audited (store, type->kind, type->table, id, uuid, field,
                                  old_value, new_value, error);
}

gint64
ff_record_insert (FfStore             *store,
                  const FfRecordType  *type,
                  gint64               owner_id,
                  const char * const  *values,
                  GError             **error)
{
  g_auto(GStrv) clean = NULL;
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(GPtrArray) derived = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  int param = 1;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);
  g_return_val_if_fail (type != NULL, 0);
  g_return_val_if_fail (type->owner == NULL || owner_id > 0, 0);

  clean = g_new0 (char *, type->n_fields + 1);
  for (guint i = 0; i < type->n_fields; i++)
    {
      if (!ff_record_validate (type, i, values != NULL ? values[i] : NULL, &clean[i], error))
        return 0;
    }

  if (!ff_record_check_row (type, (const char * const *) clean, G_MAXUINT, error))
    return 0;

  for (guint i = 0; i < type->n_derived; i++)
    g_ptr_array_add (derived, type->derived[i].compute ((const char * const *) clean));

  sql = g_string_new (NULL);
  g_string_append_printf (sql, "INSERT INTO %s (uuid, created_at, updated_at", type->table);
  if (type->owner != NULL)
    g_string_append_printf (sql, ", %s", type->owner_column);
  if (type->flags & FF_RECORD_ORDERED)
    g_string_append (sql, ", position");
  for (guint i = 0; i < type->n_fields; i++)
    g_string_append_printf (sql, ", %s", ff_record_type_column (type, i));
  for (guint i = 0; i < type->n_derived; i++)
    g_string_append_printf (sql, ", %s", type->derived[i].column);
  g_string_append (sql, ") VALUES (?, ?, ?");
  if (type->owner != NULL)
    g_string_append (sql, ", ?");
  /* Every part, removed ones too, keeps its place: one restored comes back where it
   * was. */
  if (type->flags & FF_RECORD_ORDERED)
    g_string_append_printf (sql, ", (SELECT coalesce (max (position) + 1, 0) FROM %s"
                                 " WHERE %s = ?)", type->table, type->owner_column);
  for (guint i = 0; i < type->n_fields + type->n_derived; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");

  if (!ff_store_begin (store, error))
    return 0;

  if (type->owner != NULL && !check_owner (store, type, owner_id, error))
    goto fail;

  if (type->write_hook != NULL &&
      !type->write_hook (store, 0, owner_id, NULL, (const char * const *) clean, G_MAXUINT,
                         error))
    goto fail;

  stmt = ff_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    goto fail;

  uuid = ff_store_new_uuid ();
  now = ff_store_now ();
  ff_store_bind_text (stmt, param++, uuid);
  ff_store_bind_text (stmt, param++, now);
  ff_store_bind_text (stmt, param++, now);
  if (type->owner != NULL)
    sqlite3_bind_int64 (stmt, param++, owner_id);
  if (type->flags & FF_RECORD_ORDERED)
    sqlite3_bind_int64 (stmt, param++, owner_id);
  for (guint i = 0; i < type->n_fields; i++)
    ff_record_bind_value (stmt, param++, &type->fields[i], clean[i]);
  for (guint i = 0; i < type->n_derived; i++)
    ff_store_bind_text (stmt, param++, g_ptr_array_index (derived, i));

  if (!ff_store_step_done (store, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (ff_store_get_db (store));

  if (!touch_owner (store, type, owner_id, now, error) ||
      !commit_change (store, type, id, owner_id, uuid, NULL, NULL, "created", error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

gboolean
ff_record_set_field (FfStore             *store,
                     const FfRecordType  *type,
                     gint64               id,
                     guint                field,
                     const char          *value,
                     GError             **error)
{
  g_auto(Row) row = { 0 };
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(GPtrArray) changed_derived = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) derived_index = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *normalized = NULL;
  g_autofree char *old_value = NULL;
  g_autofree char *now = NULL;
  int param = 1;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);
  g_return_val_if_fail (field < type->n_fields, FALSE);

  if (!ff_record_validate (type, field, value, &normalized, error))
    return FALSE;

  if (!ff_store_begin (store, error))
    return FALSE;

  if (!read_row (store, type, id, FALSE, &row, error))
    goto fail;

  if (strcmp (row.values[field], normalized) == 0)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  old_value = g_steal_pointer (&row.values[field]);
  row.values[field] = g_strdup (normalized);
  if (!ff_record_check_row (type, (const char * const *) row.values, field, error))
    goto fail;

  if (type->write_hook != NULL)
    {
      g_autofree const char **before = g_new (const char *, type->n_fields);

      for (guint i = 0; i < type->n_fields; i++)
        before[i] = i == field ? old_value : row.values[i];
      if (!type->write_hook (store, id, row.owner_id, before,
                             (const char * const *) row.values, field, error))
        goto fail;
    }

  /* Derived columns are written only when they change: a search text's index is
   * updated for every write of it. */
  for (guint i = 0; i < type->n_derived; i++)
    {
      char *derived = type->derived[i].compute ((const char * const *) row.values);

      if (g_strcmp0 (derived, row.derived[i]) == 0)
        {
          g_free (derived);
          continue;
        }
      g_ptr_array_add (changed_derived, derived);
      g_array_append_val (derived_index, i);
    }

  sql = g_string_new (NULL);
  g_string_append_printf (sql, "UPDATE %s SET %s = ?, updated_at = ?", type->table,
                          ff_record_type_column (type, field));
  for (guint i = 0; i < derived_index->len; i++)
    g_string_append_printf (sql, ", %s = ?",
                            type->derived[g_array_index (derived_index, guint, i)].column);
  g_string_append (sql, " WHERE id = ?");

  stmt = ff_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    goto fail;

  now = ff_store_now ();
  ff_record_bind_value (stmt, param++, &type->fields[field], normalized);
  ff_store_bind_text (stmt, param++, now);
  for (guint i = 0; i < changed_derived->len; i++)
    ff_store_bind_text (stmt, param++, g_ptr_array_index (changed_derived, i));
  sqlite3_bind_int64 (stmt, param++, id);

  if (!ff_store_step_done (store, stmt, error) ||
      !touch_owner (store, type, row.owner_id, now, error) ||
      !commit_change (store, type, id, row.owner_id, row.uuid, type->fields[field].key,
                      old_value, normalized, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

/* Frees @n values that may have NULL among them (not for g_strfreev). */
static void
free_values (char  **values,
             guint   n)
{
  for (guint i = 0; values != NULL && i < n; i++)
    g_free (values[i]);
  g_free (values);
}

gboolean
ff_record_update (FfStore             *store,
                  const FfRecordType  *type,
                  gint64               id,
                  const char * const  *values,
                  GError             **error)
{
  g_auto(Row) row = { 0 };
  char **clean = NULL;
  char **old = NULL;
  g_autoptr(GString) sql = NULL;
  g_autofree char *now = NULL;
  g_autofree guint *changed = NULL;
  guint n_changed = 0;
  gboolean ok = FALSE;
  int param = 1;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (type != NULL && values != NULL, FALSE);

  clean = g_new0 (char *, type->n_fields);
  old = g_new0 (char *, type->n_fields);
  for (guint i = 0; i < type->n_fields; i++)
    {
      if (values[i] != NULL &&
          !ff_record_validate (type, i, values[i], &clean[i], error))
        goto out;
    }

  if (!ff_store_begin (store, error))
    goto out;

  if (!read_row (store, type, id, FALSE, &row, error))
    goto fail;

  changed = g_new (guint, type->n_fields);
  for (guint i = 0; i < type->n_fields; i++)
    {
      if (clean[i] == NULL || strcmp (clean[i], row.values[i]) == 0)
        continue;
      changed[n_changed++] = i;
      old[i] = g_steal_pointer (&row.values[i]);
      row.values[i] = g_steal_pointer (&clean[i]);
    }

  if (n_changed == 0)
    {
      ff_store_rollback (store);
      ok = TRUE;
      goto out;
    }

  if (!ff_record_check_row (type, (const char * const *) row.values, G_MAXUINT, error))
    goto fail;

  if (type->write_hook != NULL)
    {
      g_autofree const char **before = g_new (const char *, type->n_fields);

      for (guint i = 0; i < type->n_fields; i++)
        before[i] = old[i] != NULL ? old[i] : row.values[i];
      if (!type->write_hook (store, id, row.owner_id, before,
                             (const char * const *) row.values,
                             n_changed == 1 ? changed[0] : G_MAXUINT, error))
        goto fail;
    }

  sql = g_string_new (NULL);
  g_string_append_printf (sql, "UPDATE %s SET updated_at = ?", type->table);
  for (guint i = 0; i < n_changed; i++)
    g_string_append_printf (sql, ", %s = ?", ff_record_type_column (type, changed[i]));
  for (guint i = 0; i < type->n_derived; i++)
    g_string_append_printf (sql, ", %s = ?", type->derived[i].column);
  g_string_append (sql, " WHERE id = ?");

  now = ff_store_now ();
  {
    g_auto(FfStoreStmt) stmt = ff_store_prepare (store, sql->str, error);

    if (stmt == NULL)
      goto fail;

    ff_store_bind_text (stmt, param++, now);
    for (guint i = 0; i < n_changed; i++)
      ff_record_bind_value (stmt, param++, &type->fields[changed[i]], row.values[changed[i]]);
    for (guint i = 0; i < type->n_derived; i++)
      {
        g_autofree char *derived =
          type->derived[i].compute ((const char * const *) row.values);

        ff_store_bind_text (stmt, param++, derived);
      }
    sqlite3_bind_int64 (stmt, param, id);

    if (!ff_store_step_done (store, stmt, error))
      goto fail;
  }

  /* One audit row for each field; the last one goes with the commit. */
  for (guint i = 0; i + 1 < n_changed; i++)
    {
      guint f = changed[i];

      if (!ff_store_audit (store, type->table, row.uuid, type->fields[f].key, old[f],
                           row.values[f], error))
        goto fail;
    }

  if (!touch_owner (store, type, row.owner_id, now, error) ||
      !commit_change (store, type, id, row.owner_id, row.uuid,
                      type->fields[changed[n_changed - 1]].key, old[changed[n_changed - 1]],
                      row.values[changed[n_changed - 1]], error))
    goto fail;

  ok = TRUE;
  goto out;

fail:
  ff_store_rollback (store);
out:
  free_values (clean, type->n_fields);
  free_values (old, type->n_fields);
  return ok;
}

/* Sets or clears the time stamp @column of record @id ("deleted_at": a tombstone,
 * "archived_at"), with an audit row saying @marked or @unmarked. */
static gboolean
set_stamp (FfStore             *store,
           const FfRecordType  *type,
           gint64               id,
           const char          *column,
           gboolean             on,
           const char          *marked,
           const char          *unmarked,
           GError             **error)
{
  gboolean deleting = g_str_equal (column, "deleted_at");
  g_auto(Row) row = { 0 };
  g_autofree char *now = NULL;
  g_autofree char *sql = NULL;

  if (!ff_store_begin (store, error))
    return FALSE;

  /* A deleted record may be brought back, not archived. */
  if (!read_row (store, type, id, deleting, &row, error))
    goto fail;

  if ((deleting ? row.deleted : row.archived) == !!on)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  now = ff_store_now ();
  sql = g_strconcat ("UPDATE ", type->table, " SET ", column, " = CASE WHEN ?1 THEN ?2 END,"
                     " updated_at = ?2 WHERE id = ?3", NULL);
  if (!ff_store_exec (store, error, sql, "iti", (gint64) !!on, now, id) ||
      !touch_owner (store, type, row.owner_id, now, error) ||
      !commit_change (store, type, id, row.owner_id, row.uuid, NULL, NULL,
                      on ? marked : unmarked, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

gboolean
ff_record_set_deleted (FfStore             *store,
                       const FfRecordType  *type,
                       gint64               id,
                       gboolean             deleted,
                       GError             **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  return set_stamp (store, type, id, "deleted_at", deleted, "deleted", "restored", error);
}

gboolean
ff_record_check_writable (FfStore             *store,
                          const FfRecordType  *type,
                          gint64               id,
                          char               **uuid,
                          GError             **error)
{
  g_auto(Row) row = { 0 };

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  if (!read_row (store, type, id, FALSE, &row, error))
    return FALSE;

  if (uuid != NULL)
    *uuid = g_steal_pointer (&row.uuid);
  return TRUE;
}

gboolean
ff_record_copy (FfStore             *store,
                const FfRecordType  *type,
                gint64               id,
                const char          *table,
                const char          *owner_column,
                gint64               owner_id,
                gint64              *new_id,
                GError             **error)
{
  g_auto(FfStoreStmt) copy = NULL;
  g_autoptr(GString) columns = g_string_new (NULL);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *uuid = ff_store_new_uuid ();
  g_autofree char *now = ff_store_now ();

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  if (table == NULL)
    table = type->table;
  if (owner_column == NULL)
    owner_column = type->owner_column;
  g_return_val_if_fail (owner_column != NULL, FALSE);

  /* Table and column names come from the static descriptions only. */
  if (type->flags & FF_RECORD_ORDERED)
    g_string_append (columns, ", position");
  for (guint i = 0; i < type->n_fields; i++)
    g_string_append_printf (columns, ", %s", ff_record_type_column (type, i));
  g_string_append_printf (sql, "INSERT INTO %s (uuid, created_at, updated_at, %s%s)"
                               " SELECT ?1, ?2, ?2, ?3%s FROM %s WHERE id = ?4",
                          table, owner_column, columns->str, columns->str, type->table);

  copy = ff_store_prepare_bound (store, error, sql->str, "ttii", uuid, now, owner_id, id);
  if (copy == NULL || !ff_store_step_done (store, copy, error))
    return FALSE;

  if (new_id != NULL)
    *new_id = sqlite3_last_insert_rowid (ff_store_get_db (store));

  return ff_store_audit (store, table, uuid, NULL, NULL, "created", error);
}

gboolean
ff_record_set_archived (FfStore             *store,
                        const FfRecordType  *type,
                        gint64               id,
                        gboolean             archived,
                        GError             **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);
  g_return_val_if_fail (type->flags & FF_RECORD_ARCHIVABLE, FALSE);

  return set_stamp (store, type, id, "archived_at", archived, "archived", "unarchived",
                    error);
}
