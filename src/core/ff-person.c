/* ff-person.c — everything the file holds about one participant: found from the
 * schema (ff-person-export.c reads it for them, GDPR article 15) and erased (article 17)
 *
 * The tables are not listed here by hand: a table holds a participant's data when a
 * chain of foreign keys leads from it to the participant table. So the job-seeker
 * log, and whatever later issues add (courses, mentors, placements), are exported and
 * erased without anyone remembering to add them.
 *
 * Table and column names come from the schema itself, never from outside, and are
 * quoted; the participant is always a bound parameter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ff-erasure.h"
#include "ff-person.h"
#include "ff-person-private.h"
#include "ff-store-private.h"

#define PARTICIPANT_TABLE "participant"

void
ff_person_table_free (FfPersonTable *table)
{
  if (table == NULL)
    return;

  g_free (table->table);
  g_free (table->parent);
  g_free (table->column);
  g_free (table->parent_column);
  g_free (table);
}

static FfPersonTable *
find_table (GPtrArray  *tables,
            const char *name)
{
  for (guint i = 0; i < tables->len; i++)
    {
      FfPersonTable *table = g_ptr_array_index (tables, i);

      if (g_str_equal (table->table, name))
        return table;
    }

  return NULL;
}

typedef struct
{
  char *table;
  char *parent;
  char *column;
  char *parent_column;
} ForeignKey;

static void
foreign_key_free (ForeignKey *key)
{
  g_free (key->table);
  g_free (key->parent);
  g_free (key->column);
  g_free (key->parent_column);
  g_free (key);
}

GPtrArray *
ff_person_tables (FfStore  *store,
                  GError  **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func ((GDestroyNotify) foreign_key_free);
  sqlite3_stmt *stmt = NULL;
  gboolean added;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  if (sqlite3_prepare_v2 (ff_store_get_db (store),
                          "SELECT m.name, f.\"table\", f.\"from\", coalesce (f.\"to\", 'id')"
                          " FROM sqlite_schema AS m, pragma_foreign_key_list (m.name) AS f"
                          " WHERE m.type = 'table'"
                          " ORDER BY m.name, f.id, f.seq",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ForeignKey *key = g_new0 (ForeignKey, 1);

      key->table = g_strdup (ff_store_column_text (stmt, 0));
      key->parent = g_strdup (ff_store_column_text (stmt, 1));
      key->column = g_strdup (ff_store_column_text (stmt, 2));
      key->parent_column = g_strdup (ff_store_column_text (stmt, 3));
      g_ptr_array_add (keys, key);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  tables = g_ptr_array_new_with_free_func ((GDestroyNotify) ff_person_table_free);
  {
    FfPersonTable *participant = g_new0 (FfPersonTable, 1);

    participant->table = g_strdup (PARTICIPANT_TABLE);
    g_ptr_array_add (tables, participant);
  }

  /* Until no more are found: each round adds the tables that refer to one found. */
  do
    {
      added = FALSE;
      for (guint i = 0; i < keys->len; i++)
        {
          ForeignKey *key = g_ptr_array_index (keys, i);
          FfPersonTable *table;

          if (find_table (tables, key->table) != NULL ||
              find_table (tables, key->parent) == NULL)
            continue;

          table = g_new0 (FfPersonTable, 1);
          table->table = g_strdup (key->table);
          table->parent = g_strdup (key->parent);
          table->column = g_strdup (key->column);
          table->parent_column = g_strdup (key->parent_column);
          g_ptr_array_add (tables, table);
          added = TRUE;
        }
    }
  while (added);

  return g_steal_pointer (&tables);
}

void
ff_person_append_identifier (GString    *sql,
                             const char *name)
{
  g_string_append_c (sql, '"');
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (sql, '"');
      g_string_append_c (sql, *p);
    }
  g_string_append_c (sql, '"');
}

void
ff_person_append_condition (GString       *sql,
                            GPtrArray     *tables,
                            FfPersonTable *table)
{
  FfPersonTable *parent;

  g_string_append (sql, " WHERE ");
  if (table->parent == NULL)
    {
      g_string_append (sql, "id = ?1");
      return;
    }

  parent = find_table (tables, table->parent);
  g_return_if_fail (parent != NULL);
  ff_person_append_identifier (sql, table->column);
  g_string_append (sql, " IN (SELECT ");
  ff_person_append_identifier (sql, table->parent_column);
  g_string_append (sql, " FROM ");
  ff_person_append_identifier (sql, parent->table);
  ff_person_append_condition (sql, tables, parent);
  g_string_append (sql, ")");
}

static gboolean
has_uuid (FfStore    *store,
          const char *table)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (ff_store_get_db (store),
                          "SELECT 1 FROM pragma_table_info (?1) WHERE name = 'uuid'",
                          -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  ff_store_bind_text (stmt, 1, table);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);

  return found;
}

void
ff_person_append_uuid_condition (GString    *sql,
                                 FfStore    *store,
                                 GPtrArray  *tables,
                                 const char *column)
{
  gboolean first = TRUE;

  g_string_append (sql, column);
  g_string_append (sql, " IN (");
  for (guint i = 0; i < tables->len; i++)
    {
      FfPersonTable *table = g_ptr_array_index (tables, i);

      if (!has_uuid (store, table->table))
        continue;
      if (!first)
        g_string_append (sql, " UNION ");
      first = FALSE;
      g_string_append (sql, "SELECT uuid FROM ");
      ff_person_append_identifier (sql, table->table);
      ff_person_append_condition (sql, tables, table);
    }
  g_string_append_c (sql, ')');
}

gboolean
ff_person_participant_uuid (FfStore  *store,
                            gint64    id,
                            char    **uuid,
                            GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  stmt = ff_store_prepare_bound (store, error, "SELECT uuid FROM participant WHERE id = ?1",
                                 "i", id);
  if (stmt == NULL ||
      !ff_store_step_row (store, stmt, _("There is no such participant."), error))
    return FALSE;

  *uuid = g_strdup (ff_store_column_text (stmt, 0));
  return TRUE;
}

static gboolean
exec (FfStore     *store,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (ff_store_get_db (store), sql, NULL, NULL, NULL) != SQLITE_OK)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

/* Runs @sql with ?1 bound to @id, to its end. */
static gboolean
exec_for (FfStore     *store,
          const char  *sql,
          gint64       id,
          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (ff_store_get_db (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    return ff_store_set_sqlite_error (store, error);
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

/* The SQL that makes the audit log's triggers, to drop and make again. */
static GPtrArray *
audit_triggers (FfStore  *store,
                GError  **error)
{
  g_autoptr(GPtrArray) triggers = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (ff_store_get_db (store),
                          "SELECT name, sql FROM sqlite_schema"
                          " WHERE type = 'trigger' AND tbl_name = 'audit'",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (triggers, g_strdup (ff_store_column_text (stmt, 0)));
      g_ptr_array_add (triggers, g_strdup (ff_store_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&triggers);
}

/* Every full-text index is merged into one segment, leaving out the deleted rows. */
static gboolean
optimize_text_indexes (FfStore  *store,
                       GError  **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (ff_store_get_db (store),
                          "SELECT name FROM sqlite_schema WHERE type = 'table'"
                          " AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'",
                          -1, &stmt, NULL) != SQLITE_OK)
    return ff_store_set_sqlite_error (store, error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup (ff_store_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GString) sql = g_string_new ("INSERT INTO ");

      ff_person_append_identifier (sql, g_ptr_array_index (names, i));
      g_string_append (sql, " (");
      ff_person_append_identifier (sql, g_ptr_array_index (names, i));
      g_string_append (sql, ") VALUES ('optimize')");
      if (!exec (store, sql->str, error))
        return FALSE;
    }

  return TRUE;
}

/* Moves every change into the file and empties the write-ahead log. */
static gboolean
checkpoint (FfStore  *store,
            GError  **error)
{
  for (int attempt = 0; attempt < 50; attempt++)
    {
      int n_log = -1;
      int n_done = -1;
      int rc = sqlite3_wal_checkpoint_v2 (ff_store_get_db (store), NULL,
                                          SQLITE_CHECKPOINT_TRUNCATE, &n_log, &n_done);

      if (rc == SQLITE_OK)
        return TRUE;
      if (rc != SQLITE_BUSY)
        return ff_store_set_sqlite_error (store, error);
      /* A reader of another connection: wait for it to end. */
      g_usleep (100 * 1000);
    }

  return ff_store_set_sqlite_error (store, error);
}

/* Inside a transaction: deletes participant @id's rows and the audit entries about
 * them, and writes the one that says they were erased. */
static gboolean
erase_rows (FfStore    *store,
            GPtrArray  *tables,
            GPtrArray  *triggers,
            gint64      id,
            GError    **error)
{
  g_autofree char *uuid = NULL;

  if (!ff_person_participant_uuid (store, id, &uuid, error))
    return FALSE;

  /* The audit log's entries of their rows go, while they can still be found. */
  for (guint i = 0; i < triggers->len; i += 2)
    {
      g_autoptr(GString) drop = g_string_new ("DROP TRIGGER ");

      ff_person_append_identifier (drop, g_ptr_array_index (triggers, i));
      if (!exec (store, drop->str, error))
        return FALSE;
    }
  {
    g_autoptr(GString) sql = g_string_new ("DELETE FROM audit WHERE ");

    ff_person_append_uuid_condition (sql, store, tables, "row_uuid");
    if (!exec_for (store, sql->str, id, error))
      return FALSE;
  }
  for (guint i = 0; i < triggers->len; i += 2)
    {
      if (!exec (store, g_ptr_array_index (triggers, i + 1), error))
        return FALSE;
    }

  /* Then their rows, those that refer to others first. */
  for (guint i = tables->len; i > 0; i--)
    {
      FfPersonTable *table = g_ptr_array_index (tables, i - 1);
      g_autoptr(GString) sql = g_string_new ("DELETE FROM ");

      ff_person_append_identifier (sql, table->table);
      ff_person_append_condition (sql, tables, table);
      if (!exec_for (store, sql->str, id, error))
        return FALSE;
    }

  return ff_store_audit (store, PARTICIPANT_TABLE, uuid, NULL, NULL, "erased", error);
}

/* After a commit that erased: what is left in the write-ahead log and in free pages
 * goes too. */
static gboolean
rewrite_file (FfStore  *store,
              GError  **error)
{
  return optimize_text_indexes (store, error) &&
         checkpoint (store, error) &&
         exec (store, "VACUUM", error) &&
         checkpoint (store, error);
}

gboolean
ff_person_erase (FfStore  *store,
                 gint64    id,
                 GError  **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) triggers = NULL;
  g_autoptr(GError) note_error = NULL;
  g_autofree char *uuid = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (!ff_person_participant_uuid (store, id, &uuid, error))
    return FALSE;
  tables = ff_person_tables (store, error);
  if (tables == NULL)
    return FALSE;
  triggers = audit_triggers (store, error);
  if (triggers == NULL)
    return FALSE;

  /* Pages freed from here on are overwritten with zeros. */
  if (!exec (store, "PRAGMA secure_delete = ON", error))
    return FALSE;

  if (ff_store_begin (store, error))
    {
      if (erase_rows (store, tables, triggers, id, error) && ff_store_commit (store, error))
        {
          ff_store_emit_changed (store, FF_RECORD_PARTICIPANT, id);
          /* Noted, so that restoring an older backup erases them again. */
          if (!ff_erasure_note (ff_store_get_path (store), uuid, &note_error))
            g_warning ("%s", note_error->message);
          ok = rewrite_file (store, error);
          if (ok && note_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&note_error));
              ok = FALSE;
            }
        }
      else
        ff_store_rollback (store);
    }

  sqlite3_exec (ff_store_get_db (store), "PRAGMA secure_delete = OFF", NULL, NULL, NULL);
  return ok;
}

/* The tables, other than the participant's, whose records are removed by marking
 * them (a deleted_at column), and of each the tables of history rows that refer to
 * it and are not themselves marked (the status history of an application). */
static gboolean
tombstoned_tables (FfStore    *store,
                   GPtrArray **names,
                   GPtrArray **children,
                   GError    **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* Children as "table\ncolumn\nparent" */
  if (sqlite3_prepare_v2 (ff_store_get_db (store),
                          "SELECT m.name, (SELECT group_concat (c.name || char (10) ||"
                          "                  c.\"from\" || char (10) || m.name, char (9))"
                          "                FROM (SELECT s.name, f.\"from\""
                          "                      FROM sqlite_schema AS s,"
                          "                           pragma_foreign_key_list (s.name) AS f"
                          "                      WHERE s.type = 'table' AND f.\"table\" = m.name"
                          "                        AND NOT EXISTS (SELECT 1 FROM"
                          "                          pragma_table_info (s.name)"
                          "                          WHERE name = 'deleted_at')) AS c)"
                          " FROM sqlite_schema AS m"
                          " WHERE m.type = 'table' AND m.name <> 'participant'"
                          "   AND EXISTS (SELECT 1 FROM pragma_table_info (m.name)"
                          "               WHERE name = 'deleted_at')",
                          -1, &stmt, NULL) != SQLITE_OK)
    return ff_store_set_sqlite_error (store, error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (found, g_strdup (ff_store_column_text (stmt, 0)));
      g_ptr_array_add (history, g_strdup (ff_store_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  *names = g_steal_pointer (&found);
  *children = g_steal_pointer (&history);
  return TRUE;
}

/* Removes row @id of @table, marked before, with its history rows (@children as
 * tombstoned_tables() gives them), unless a row that is still there refers to it:
 * then it stays, and so does everything. */
static gboolean
purge_row (FfStore     *store,
           const char  *table,
           const char  *children,
           gint64       id,
           gboolean    *purged,
           GError     **error)
{
  g_auto(GStrv) links = g_strsplit (children, "\t", -1);
  g_autoptr(GString) sql = g_string_new ("DELETE FROM ");
  g_autoptr(GError) local_error = NULL;

  *purged = FALSE;
  if (!ff_store_begin (store, error))
    return FALSE;

  for (guint i = 0; links[i] != NULL && *links[i] != '\0'; i++)
    {
      g_auto(GStrv) link = g_strsplit (links[i], "\n", 3);
      g_autoptr(GString) delete = g_string_new ("DELETE FROM ");

      if (g_strv_length (link) != 3)
        continue;
      ff_person_append_identifier (delete, link[0]);
      g_string_append (delete, " WHERE ");
      ff_person_append_identifier (delete, link[1]);
      g_string_append (delete, " = ?1");
      if (!exec_for (store, delete->str, id, error))
        {
          ff_store_rollback (store);
          return FALSE;
        }
    }

  ff_person_append_identifier (sql, table);
  g_string_append (sql, " WHERE id = ?1");
  if (!exec_for (store, sql->str, id, &local_error))
    {
      int code = sqlite3_extended_errcode (ff_store_get_db (store));

      ff_store_rollback (store);
      /* Still needed by a row that is there: kept. */
      if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *purged = TRUE;
  return ff_store_commit (store, error);
}

static GArray *
ids_marked_before (FfStore     *store,
                   const char  *table,
                   const char  *cutoff,
                   GError     **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id FROM ");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  int rc;

  ff_person_append_identifier (sql, table);
  g_string_append (sql, " WHERE deleted_at IS NOT NULL AND deleted_at < ?1 ORDER BY id");
  if (sqlite3_prepare_v2 (ff_store_get_db (store), sql->str, -1, &stmt, NULL) != SQLITE_OK)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }
  ff_store_bind_text (stmt, 1, cutoff);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

gboolean
ff_person_purge (FfStore   *store,
                 guint      older_than_days,
                 GDateTime *now,
                 guint     *n_purged,
                 GError   **error)
{
  g_autoptr(GDateTime) cutoff_time = NULL;
  g_autofree char *cutoff = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) triggers = NULL;
  g_autoptr(GPtrArray) marked_tables = NULL;
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(GArray) participants = NULL;
  guint n = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  {
    g_autoptr(GDateTime) base = now != NULL ? g_date_time_to_utc (now)
                                            : g_date_time_new_now_utc ();

    cutoff_time = g_date_time_add_days (base, -(gint) older_than_days);
  }
  cutoff = g_date_time_format (cutoff_time, "%Y-%m-%dT%H:%M:%SZ");

  tables = ff_person_tables (store, error);
  triggers = tables != NULL ? audit_triggers (store, error) : NULL;
  if (triggers == NULL || !tombstoned_tables (store, &marked_tables, &children, error))
    return FALSE;
  participants = ids_marked_before (store, PARTICIPANT_TABLE, cutoff, error);
  if (participants == NULL)
    return FALSE;

  if (!exec (store, "PRAGMA secure_delete = ON", error))
    return FALSE;

  /* A participant deleted long enough ago goes as wholly as one erased. */
  for (guint i = 0; i < participants->len; i++)
    {
      gint64 id = g_array_index (participants, gint64, i);

      if (!ff_store_begin (store, error))
        goto out;
      if (!erase_rows (store, tables, triggers, id, error) || !ff_store_commit (store, error))
        {
          ff_store_rollback (store);
          goto out;
        }
      n++;
    }

  for (guint t = 0; t < marked_tables->len; t++)
    {
      const char *table = g_ptr_array_index (marked_tables, t);
      g_autoptr(GArray) ids = ids_marked_before (store, table, cutoff, error);

      if (ids == NULL)
        goto out;
      for (guint i = 0; i < ids->len; i++)
        {
          gboolean purged = FALSE;

          if (!purge_row (store, table, g_ptr_array_index (children, t),
                          g_array_index (ids, gint64, i), &purged, error))
            goto out;
          n += purged ? 1 : 0;
        }
    }

  ok = n == 0 || rewrite_file (store, error);
  if (n > 0)
    ff_store_emit_changed (store, FF_RECORD_PARTICIPANT, 0);

out:
  sqlite3_exec (ff_store_get_db (store), "PRAGMA secure_delete = OFF", NULL, NULL, NULL);
  if (n_purged != NULL)
    *n_purged = n;
  return ok;
}
