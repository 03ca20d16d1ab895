/* ff-basic-amount.c — G as a setting, with the date each value applies from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "ff-basic-amount.h"
#include "ff-store-private.h"
#include "ff-validate.h"

static const FfField fields[FF_BASIC_AMOUNT_N_FIELDS] = {
  [FF_BASIC_AMOUNT_VALID_FROM] = { "valid_from", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL,
                                   NULL, N_("Enter the date the basic amount applies from.") },
  [FF_BASIC_AMOUNT_AMOUNT] = { "amount", NULL, FF_CHECK_MONEY, FF_FIELD_REQUIRED, NULL, NULL,
                               N_("Enter the basic amount (G) in kroner.") },
};

/* G is an amount above 0. */
static gboolean
check (const char * const *values,
       guint               changed,
       GError            **error)
{
  gint64 ore = g_ascii_strtoll (values[FF_BASIC_AMOUNT_AMOUNT], NULL, 10);

  if (ore <= 0 || ore > FF_ABSENCE_AMOUNT_MAX)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           ore <= 0 ? _("The basic amount (G) must be more than 0 kr.")
                                    : _("The basic amount (G) can be at most 100 million "
                                        "kr."));
      return FALSE;
    }

  return TRUE;
}

const FfRecordType ff_basic_amount_type = {
  .kind = FF_RECORD_COURSE,
  .table = "basic_amount",
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .not_found = N_("The basic amount no longer exists. Reload the settings."),
  .sort_column = "valid_from",
  .title_field = FF_BASIC_AMOUNT_VALID_FROM,
  .check = check,
};

gint64
ff_basic_amount_set (FfStore     *store,
                     const char  *valid_from,
                     const char  *amount,
                     GError     **error)
{
  const char *values[FF_BASIC_AMOUNT_N_FIELDS] = { valid_from, amount };
  g_autofree char *date = NULL;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (!ff_record_validate (&ff_basic_amount_type, FF_BASIC_AMOUNT_VALID_FROM, valid_from,
                           &date, error))
    return 0;

  if (!ff_store_begin (store, error))
    return 0;

  {
    g_auto(FfStoreStmt) stmt =
      ff_store_prepare_bound (store, error,
                              "SELECT id FROM basic_amount"
                              " WHERE valid_from = ?1 AND deleted_at IS NULL",
                              "t", date);

    if (stmt == NULL)
      goto fail;
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      id = sqlite3_column_int64 (stmt, 0);
    else if (rc != SQLITE_DONE)
      {
        ff_store_set_sqlite_error (store, error);
        goto fail;
      }
  }

  if (id != 0)
    {
      const char *changed[FF_BASIC_AMOUNT_N_FIELDS] = { NULL, amount };

      if (!ff_record_update (store, &ff_basic_amount_type, id, changed, error))
        goto fail;
    }
  else
    {
      id = ff_record_insert (store, &ff_basic_amount_type, 0, values, error);
      if (id == 0)
        goto fail;
    }

  if (!ff_store_commit (store, error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

GArray *
ff_basic_amount_table (FfStore  *store,
                       GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GArray) table = g_array_new (FALSE, TRUE, sizeof (FfBasicAmount));
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare (store,
                           "SELECT valid_from, amount FROM basic_amount"
                           " WHERE deleted_at IS NULL ORDER BY valid_from",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfBasicAmount g = { 0 };
      int year = 0, month = 0, day = 0;

      if (sscanf (ff_store_column_text (stmt, 0), "%d-%d-%d", &year, &month, &day) != 3
          || !g_date_valid_dmy (day, month, year))
        continue;
      g_date_clear (&g.valid_from, 1);
      g_date_set_dmy (&g.valid_from, day, month, year);
      g.amount = sqlite3_column_int64 (stmt, 1);
      g_array_append_val (table, g);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&table);
}

gboolean
ff_basic_amount_seed (FfStore  *store,
                      GError  **error)
{
  gsize n = 0;
  const FfBasicAmount *known = ff_absence_reduction_known_basic_amounts (&n);

  for (gsize i = 0; i < n; i++)
    {
      char date[11];
      char amount[32];
      const char *values[FF_BASIC_AMOUNT_N_FIELDS] = { date, amount };

      g_snprintf (date, sizeof date, "%04d-%02d-%02d", g_date_get_year (&known[i].valid_from),
                  g_date_get_month (&known[i].valid_from), g_date_get_day (&known[i].valid_from));
      g_snprintf (amount, sizeof amount, "%" G_GINT64_FORMAT ",%02d", known[i].amount / 100,
                  (int) (known[i].amount % 100));
      if (ff_record_insert (store, &ff_basic_amount_type, 0, values, error) == 0)
        return FALSE;
    }

  return TRUE;
}
