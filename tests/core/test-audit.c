/* test-audit.c — the audit log records every change, and cannot itself be changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-participant.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"

typedef FfTestStore Fixture;

static void
test_append_only (Fixture       *f,
                  gconstpointer  data)
{
  sqlite3 *db = ff_store_get_db (f->store);
  g_autoptr(GError) error = NULL;
  gint64 before;
  gint64 id;
  char *message = NULL;

  id = ff_participant_create (f->store, "Amal", "Haddad", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  before = ff_test_query_int (f->store, "SELECT count(*) FROM audit");
  g_assert_cmpint (before, >, 0);

  /* Neither rewriting nor deleting what happened, not even by hand in SQL. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE audit SET new_value = 'Someone else'",
                                 NULL, NULL, &message), ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_nonnull (strstr (message, "append-only"));
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM audit", NULL, NULL, &message), ==,
                   SQLITE_CONSTRAINT_TRIGGER);
  g_assert_nonnull (strstr (message, "append-only"));
  sqlite3_free (message);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"), ==, before);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE new_value = 'Someone else'"), ==, 0);

  /* Adding to it goes on as before. */
  ff_test_set_participant (f->store, id, FF_PARTICIPANT_GIVEN_NAME, "Amaal");
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"), ==, before + 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/audit/append-only", Fixture, NULL,
              ff_test_store_set_up, test_append_only, ff_test_store_tear_down);

  return g_test_run ();
}
