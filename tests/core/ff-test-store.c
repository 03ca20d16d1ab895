/* ff-test-store.c — opening and querying a store in the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-test-store.h"

FfStore *
ff_test_open_store (const char *dir,
                    const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  FfStore *store = ff_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* Prepared and stepped to its one row; the caller reads column 0 and finalizes. */
static sqlite3_stmt *
query_row (FfStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ff_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return stmt;
}

gint64
ff_test_query_int (FfStore    *store,
                   const char *sql)
{
  sqlite3_stmt *stmt = query_row (store, sql);
  gint64 value = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  return value;
}

char *
ff_test_query_text (FfStore    *store,
                    const char *sql)
{
  sqlite3_stmt *stmt = query_row (store, sql);
  char *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  sqlite3_finalize (stmt);
  return value;
}
