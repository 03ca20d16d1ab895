/* ff-record.c — one description of a kind of record, and one way to read and write it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-record.h"
#include "ff-store-private.h"
#include "ff-text.h"
#include "ff-validate.h"

typedef struct
{
  const FfRecordType  *type;
  gint64               id;
  char                *uuid;
  char                *created_at;
  char                *updated_at;
  gboolean             archived;
  char               **values;     /* n_fields, NULL-terminated */
  char               **extra;      /* n_extra, NULL-terminated */
  char                *subtitle;   /* made when first asked for */
} FfRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (FfRecord, ff_record, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Description */

const char *
ff_record_type_column (const FfRecordType *type,
                       guint               field)
{
  g_return_val_if_fail (field < type->n_fields, NULL);

  return type->fields[field].column != NULL ? type->fields[field].column
                                            : type->fields[field].key;
}

int
ff_record_type_find_field (const FfRecordType *type,
                           const char         *key)
{
  for (guint i = 0; i < type->n_fields; i++)
    {
      if (g_strcmp0 (type->fields[i].key, key) == 0)
        return (int) i;
    }

  return -1;
}

static void
bind_value (sqlite3_stmt  *stmt,
            int            index,
            const FfField *field,
            const char    *value)
{
  switch (field->check)
    {
    case FF_CHECK_HOURS:
      sqlite3_bind_int64 (stmt, index, ff_hours_to_minutes (value));
      break;
    case FF_CHECK_FLAG:
      sqlite3_bind_int (stmt, index, g_strcmp0 (value, "1") == 0);
      break;
    case FF_CHECK_MONEY:
    case FF_CHECK_PERCENT:
      if (value == NULL || *value == '\0')
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (value, NULL, 10));
      break;
    default:
      ff_store_bind_text (stmt, index, value);
      break;
    }
}

static char *
column_value (sqlite3_stmt  *stmt,
              int            index,
              const FfField *field)
{
  switch (field->check)
    {
    case FF_CHECK_HOURS:
      return ff_hours_from_minutes (sqlite3_column_int64 (stmt, index));
    case FF_CHECK_FLAG:
      return g_strdup (sqlite3_column_int (stmt, index) != 0 ? "1" : "0");
    case FF_CHECK_MONEY:
    case FF_CHECK_PERCENT:
      if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
        return g_strdup ("");
      return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, index));
    default:
      return g_strdup (ff_store_column_text (stmt, index));
    }
}

/* Validation */

gboolean
ff_record_validate (const FfRecordType  *type,
                    guint                field,
                    const char          *value,
                    char               **normalized,
                    GError             **error)
{
  const FfField *spec;
  g_autofree char *trimmed = NULL;
  g_autofree char *result = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (type != NULL, FALSE);
  g_return_val_if_fail (field < type->n_fields, FALSE);

  spec = &type->fields[field];
  trimmed = ff_validate_trim (value, error);
  if (trimmed == NULL)
    return FALSE;

  if (*trimmed == '\0' && spec->fallback == NULL && (spec->flags & FF_FIELD_REQUIRED))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                           spec->required != NULL ? g_dgettext (GETTEXT_PACKAGE, spec->required)
                                                  : _("Fill in this field."));
      return FALSE;
    }

  if (*trimmed == '\0')
    {
      if (normalized != NULL)
        *normalized = g_strdup (spec->fallback != NULL ? spec->fallback : "");
      return TRUE;
    }

  switch (spec->check)
    {
    case FF_CHECK_LINE:
      result = ff_text_one_line (trimmed);
      break;
    case FF_CHECK_TEXT:
      result = ff_text_lines (trimmed);
      break;
    case FF_CHECK_DATE:
      ok = ff_validate_date (trimmed, FF_DATE_ANY, &result, error);
      break;
    case FF_CHECK_PAST_DATE:
      ok = ff_validate_date (trimmed, FF_DATE_PAST, &result, error);
      break;
    case FF_CHECK_BIRTH_DATE:
      ok = ff_validate_date (trimmed, FF_DATE_BIRTH, &result, error);
      break;
    case FF_CHECK_CHOICE:
    case FF_CHECK_FLAG:
      ok = ff_choice_list_validate (spec->choices, trimmed, &result, error);
      break;
    case FF_CHECK_HOURS:
      ok = ff_validate_hours (trimmed, &result, error);
      break;
    case FF_CHECK_MONEY:
      ok = ff_validate_money (trimmed, &result, error);
      break;
    case FF_CHECK_PERCENT:
      ok = ff_validate_percentage (trimmed, &result, error);
      break;
    case FF_CHECK_EMAIL:
      ok = ff_validate_email (trimmed, &result, error);
      break;
    case FF_CHECK_PHONE:
      ok = ff_validate_phone (trimmed, &result, error);
      break;
    case FF_CHECK_NATIONAL_ID:
      ok = ff_validate_national_id (trimmed, NULL, &result, error);
      break;
    case FF_CHECK_ORG_NUMBER:
      ok = ff_validate_org_number (trimmed, &result, error);
      break;
    case FF_CHECK_POSTCODE:
      ok = ff_validate_postcode (trimmed, &result, error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    return FALSE;

  if (normalized != NULL)
    *normalized = g_steal_pointer (&result);
  return TRUE;
}

/* The checks that look at more than one field, once @changed has its new value. */
static gboolean
check_row (const FfRecordType  *type,
           const char * const  *values,
           guint                changed,
           GError             **error)
{
  for (guint i = 0; i < type->n_periods; i++)
    {
      const FfPeriod *period = &type->periods[i];

      if (changed != G_MAXUINT && changed != period->start && changed != period->end)
        continue;
      if (!ff_validate_period (values[period->start], values[period->end],
                               g_dgettext (GETTEXT_PACKAGE, period->message), error))
        return FALSE;
    }

  if (type->check != NULL)
    return type->check (values, changed, error);

  return TRUE;
}

char *
ff_record_display (const FfRecordType *type,
                   guint               field,
                   const char         *value,
                   gboolean            decimal_comma)
{
  const FfField *spec;

  g_return_val_if_fail (field < type->n_fields, NULL);

  spec = &type->fields[field];
  if (value == NULL)
    value = "";

  switch (spec->check)
    {
    case FF_CHECK_DATE:
    case FF_CHECK_PAST_DATE:
    case FF_CHECK_BIRTH_DATE:
      return ff_date_to_display (value);
    case FF_CHECK_HOURS:
      {
        char *text = g_strdup (value);

        if (decimal_comma)
          g_strdelimit (text, ".", ',');
        return text;
      }
    case FF_CHECK_MONEY:
      return ff_money_to_display (value, decimal_comma);
    case FF_CHECK_ORG_NUMBER:
      return ff_org_number_to_display (value);
    case FF_CHECK_CHOICE:
    case FF_CHECK_FLAG:
      return g_strdup (ff_choice_list_key_label (spec->choices, value));
    default:
      return g_strdup (value);
    }
}

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

static const char *
not_found_message (const FfRecordType *type)
{
  if (type->not_found != NULL)
    return g_dgettext (GETTEXT_PACKAGE, type->not_found);

  return _("The record no longer exists. Reload the list.");
}

/* The table whose row says whether @type's row is frozen: its owner's, or its own. */
static const FfRecordType *
root_type (const FfRecordType *type)
{
  return type->owner != NULL ? type->owner : type;
}

/* ", t.<column>" for every field, in order. */
static void
append_field_columns (GString            *sql,
                      const FfRecordType *type)
{
  for (guint i = 0; i < type->n_fields; i++)
    g_string_append_printf (sql, ", t.%s", ff_record_type_column (type, i));
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
  append_field_columns (sql, type);
  for (guint i = 0; i < type->n_derived; i++)
    g_string_append_printf (sql, ", t.%s", type->derived[i].column);
  g_string_append_printf (sql, " FROM %s t", type->table);
  if (root->frozen != NULL)
    g_string_append_printf (sql, " JOIN %s r ON r.id = t.%s", root->table,
                            type->owner != NULL ? type->owner_column : "id");
  g_string_append (sql, " WHERE t.id = ?1");

  stmt = ff_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!ff_store_step_row (store, stmt, not_found_message (type), error))
    return FALSE;

  row->deleted = sqlite3_column_int (stmt, 1) != 0;
  if (row->deleted && !include_deleted)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND,
                           not_found_message (type));
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
    row->values[i] = column_value (stmt, column++, &type->fields[i]);
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

  stmt = ff_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, owner_id);
  if (!ff_store_step_row (store, stmt, not_found_message (owner), error))
    return FALSE;

  if (sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND,
                           not_found_message (owner));
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
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *sql = NULL;

  if (type->owner == NULL)
    return TRUE;

  sql = g_strconcat ("UPDATE ", type->owner->table, " SET updated_at = ?1 WHERE id = ?2",
                     NULL);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  ff_store_bind_text (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, owner_id);

  return ff_store_step_done (store, stmt, error);
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

  if (!check_row (type, (const char * const *) clean, G_MAXUINT, error))
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
    bind_value (stmt, param++, &type->fields[i], clean[i]);
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
  if (!check_row (type, (const char * const *) row.values, field, error))
    goto fail;

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
  bind_value (stmt, param++, &type->fields[field], normalized);
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

  if (!check_row (type, (const char * const *) row.values, G_MAXUINT, error))
    goto fail;

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
      bind_value (stmt, param++, &type->fields[changed[i]], row.values[changed[i]]);
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

gboolean
ff_record_set_deleted (FfStore             *store,
                       const FfRecordType  *type,
                       gint64               id,
                       gboolean             deleted,
                       GError             **error)
{
  g_auto(Row) row = { 0 };
  g_autofree char *now = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  if (!ff_store_begin (store, error))
    return FALSE;

  if (!read_row (store, type, id, TRUE, &row, error))
    goto fail;

  if (row.deleted == !!deleted)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  now = ff_store_now ();
  if (!ff_store_set_deleted (store, type->table, id, deleted, now, error) ||
      !touch_owner (store, type, row.owner_id, now, error) ||
      !commit_change (store, type, id, row.owner_id, row.uuid, NULL, NULL,
                      deleted ? "deleted" : "restored", error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
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
ff_record_set_archived (FfStore             *store,
                        const FfRecordType  *type,
                        gint64               id,
                        gboolean             archived,
                        GError             **error)
{
  g_auto(Row) row = { 0 };
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *now = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);
  g_return_val_if_fail (type->flags & FF_RECORD_ARCHIVABLE, FALSE);

  if (!ff_store_begin (store, error))
    return FALSE;

  if (!read_row (store, type, id, FALSE, &row, error))
    goto fail;

  if (row.archived == !!archived)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  sql = g_strconcat ("UPDATE ", type->table, " SET archived_at = CASE WHEN ?1 THEN ?2 END,"
                     " updated_at = ?2 WHERE id = ?3", NULL);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    goto fail;

  now = ff_store_now ();
  sqlite3_bind_int (stmt, 1, archived);
  ff_store_bind_text (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, id);
  if (!ff_store_step_done (store, stmt, error) ||
      !commit_change (store, type, id, row.owner_id, row.uuid, NULL, NULL,
                      archived ? "archived" : "unarchived", error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

/* Loading */

/* "SELECT t.id, t.uuid, t.created_at, t.updated_at, <archived>, <fields>, <extra>
 * FROM <table> t WHERE t.deleted_at IS NULL" and then @condition; with @tombstones,
 * deleted rows too. */
static char *
select_sql (const FfRecordType *type,
            gboolean            tombstones,
            const char         *condition)
{
  GString *sql = g_string_new ("SELECT t.id, t.uuid, t.created_at, t.updated_at");

  g_string_append (sql, type->flags & FF_RECORD_ARCHIVABLE ? ", t.archived_at IS NOT NULL"
                                                           : ", 0");
  append_field_columns (sql, type);
  for (guint i = 0; i < type->n_extra; i++)
    g_string_append_printf (sql, ", %s", type->extra[i]);
  g_string_append_printf (sql, " FROM %s t WHERE %s %s", type->table,
                          tombstones ? "1" : "t.deleted_at IS NULL", condition);

  return g_string_free (sql, FALSE);
}

static FfRecord *
record_from_row (const FfRecordType *type,
                 sqlite3_stmt       *stmt)
{
  GType gtype = type->get_gtype != NULL ? type->get_gtype () : FF_TYPE_RECORD;
  FfRecord *self = g_object_new (gtype, NULL);
  FfRecordPrivate *priv = ff_record_get_instance_private (self);
  int column = 5;

  priv->type = type;
  priv->id = sqlite3_column_int64 (stmt, 0);
  priv->uuid = g_strdup (ff_store_column_text (stmt, 1));
  priv->created_at = g_strdup (ff_store_column_text (stmt, 2));
  priv->updated_at = g_strdup (ff_store_column_text (stmt, 3));
  priv->archived = sqlite3_column_int (stmt, 4) != 0;
  priv->values = g_new0 (char *, type->n_fields + 1);
  for (guint i = 0; i < type->n_fields; i++)
    priv->values[i] = column_value (stmt, column++, &type->fields[i]);
  priv->extra = g_new0 (char *, type->n_extra + 1);
  for (guint i = 0; i < type->n_extra; i++)
    priv->extra[i] = g_strdup (ff_store_column_text (stmt, column++));

  return self;
}

/* Every row @stmt gives, as records. */
static GPtrArray *
load_rows (FfStore             *store,
           const FfRecordType  *type,
           sqlite3_stmt        *stmt,
           GError             **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, record_from_row (type, stmt));
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&records);
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

  sql = select_sql (type, FALSE, "AND t.id = ?1");
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!ff_store_step_row (store, stmt, not_found_message (type), error))
    return NULL;

  return record_from_row (type, stmt);
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

  sql = select_sql (type, FALSE, "AND t.id IN (SELECT value FROM json_each (?1))");
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  ff_store_bind_text (stmt, 1, json->str);

  records = load_rows (store, type, stmt, error);
  if (records == NULL)
    return NULL;

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < records->len; i++)
    {
      FfRecord *record = g_ptr_array_index (records, i);
      FfRecordPrivate *priv = ff_record_get_instance_private (record);

      g_hash_table_insert (by_id, &priv->id, record);
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
                           type->flags & FF_RECORD_ORDERED ? "t.position, " : "", "t.id",
                           NULL);
  sql = select_sql (type, FALSE, condition);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, owner_id);
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
  g_autoptr(GArray) ids = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  int param = 1;
  int rc;

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

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
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
  select = select_sql (type, TRUE, "");
  {
    g_auto(FfStoreStmt) stmt = ff_store_prepare (store, select, error);

    if (stmt == NULL)
      return FALSE;
    records = load_rows (store, type, stmt, error);
    if (records == NULL)
      return FALSE;
  }

  sql = g_string_new (NULL);
  g_string_append_printf (sql, "UPDATE %s SET ", type->table);
  for (guint i = 0; i < type->n_derived; i++)
    g_string_append_printf (sql, "%s%s = ?", i > 0 ? ", " : "", type->derived[i].column);
  g_string_append (sql, " WHERE id = ?");

  for (guint r = 0; r < records->len; r++)
    {
      FfRecord *record = g_ptr_array_index (records, r);
      FfRecordPrivate *priv = ff_record_get_instance_private (record);
      g_auto(FfStoreStmt) stmt = ff_store_prepare (store, sql->str, error);
      guint param = 1;

      if (stmt == NULL)
        return FALSE;

      for (guint i = 0; i < type->n_derived; i++)
        {
          g_autofree char *value =
            type->derived[i].compute ((const char * const *) priv->values);

          ff_store_bind_text (stmt, param++, value);
        }
      sqlite3_bind_int64 (stmt, param, priv->id);
      if (!ff_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* The object */

static void
ff_record_finalize (GObject *object)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (FF_RECORD (object));

  g_clear_pointer (&priv->uuid, g_free);
  g_clear_pointer (&priv->created_at, g_free);
  g_clear_pointer (&priv->updated_at, g_free);
  g_clear_pointer (&priv->values, g_strfreev);
  g_clear_pointer (&priv->extra, g_strfreev);
  g_clear_pointer (&priv->subtitle, g_free);

  G_OBJECT_CLASS (ff_record_parent_class)->finalize (object);
}

static void
ff_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FfRecord *self = FF_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, ff_record_get_id (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, ff_record_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, ff_record_get_subtitle (self));
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, ff_record_get_archived (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_record_class_init (FfRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ff_record_finalize;
  object_class->get_property = ff_record_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "", flags);
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ff_record_init (FfRecord *self)
{
}

const FfRecordType *
ff_record_get_record_type (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return priv->type;
}

gint64
ff_record_get_id (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), 0);

  return priv->id;
}

const char *
ff_record_get_uuid (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return priv->uuid;
}

const char *
ff_record_get_created_at (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return priv->created_at;
}

const char *
ff_record_get_updated_at (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return priv->updated_at;
}

gboolean
ff_record_get_archived (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), FALSE);

  return priv->archived;
}

const char *
ff_record_get (FfRecord *self,
               guint     field)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), "");
  g_return_val_if_fail (priv->values != NULL && field < priv->type->n_fields, "");

  return priv->values[field];
}

const char * const *
ff_record_get_values (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), NULL);

  return (const char * const *) priv->values;
}

const char *
ff_record_get_extra (FfRecord *self,
                     guint     index)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), "");
  g_return_val_if_fail (priv->extra != NULL && index < priv->type->n_extra, "");

  return priv->extra[index];
}

const char *
ff_record_get_title (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), "");

  return priv->values != NULL ? priv->values[priv->type->title_field] : "";
}

const char *
ff_record_get_subtitle (FfRecord *self)
{
  FfRecordPrivate *priv = ff_record_get_instance_private (self);

  g_return_val_if_fail (FF_IS_RECORD (self), "");

  if (priv->subtitle == NULL)
    priv->subtitle = priv->type != NULL && priv->type->describe != NULL
                       ? priv->type->describe ((const char * const *) priv->values)
                       : g_strdup ("");

  return priv->subtitle;
}
