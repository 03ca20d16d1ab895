/* ff-audit.c — disclosures in the audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-audit.h"
#include "ff-store-private.h"

static gboolean
valid_word (const char *word)
{
  if (word == NULL || *word == '\0')
    return FALSE;
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* Inside a transaction: the audit row of one disclosure. */
static gboolean
log_one (FfStore    *store,
         const char *uuid_sql,
         const char *table,
         gint64      id,
         const char *value,
         GError    **error)
{
  g_autofree char *uuid = NULL;

  {
    g_auto(FfStoreStmt) stmt = ff_store_prepare_bound (store, error, uuid_sql, "i", id);

    if (stmt == NULL ||
        !ff_store_step_row (store, stmt, _("The record is no longer there."), error))
      return FALSE;
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  }

  return ff_store_audit (store, table, uuid, NULL, NULL, value, error);
}

gboolean
ff_audit_log_disclosures (FfStore       *store,
                          const char    *table,
                          const gint64  *ids,
                          guint          n_ids,
                          const char    *event,
                          const char    *what,
                          GError       **error)
{
  g_autofree char *uuid_sql = NULL;
  g_autofree char *value = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  /* Names from the code, never from input: checked so that they may stand in SQL. */
  g_return_val_if_fail (valid_word (table), FALSE);
  g_return_val_if_fail (valid_word (event), FALSE);
  g_return_val_if_fail (valid_word (what), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  uuid_sql = g_strdup_printf ("SELECT uuid FROM \"%s\" WHERE id = ?1", table);
  value = g_strconcat (event, ":", what, NULL);

  if (!ff_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    if (!log_one (store, uuid_sql, table, ids[i], value, error))
      {
        ff_store_rollback (store);
        return FALSE;
      }

  return ff_store_commit (store, error);
}

gboolean
ff_audit_log_disclosure (FfStore     *store,
                         const char  *table,
                         gint64       id,
                         const char  *event,
                         const char  *what,
                         GError     **error)
{
  return ff_audit_log_disclosures (store, table, &id, 1, event, what, error);
}
