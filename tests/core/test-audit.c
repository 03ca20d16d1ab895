/* test-audit.c — the audit log records every change, and cannot itself be changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-audit.h"
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

static void
test_disclosure (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) reader = NULL;
  g_autofree char *path = NULL;
  g_autofree char *value = NULL;
  g_autofree char *user = NULL;
  gint64 ids[2];
  gint64 before;

  ids[0] = ff_test_add_participant (f->store, "Amal", "Haddad");
  ids[1] = ff_test_add_participant (f->store, "Olena", "Kovalenko");
  before = ff_test_query_int (f->store, "SELECT count(*) FROM audit");

  /* Showing a national id is a row of its own, of the participant, by this user. */
  g_assert_true (ff_audit_log_disclosure (f->store, "participant", ids[0], FF_AUDIT_SHOWN,
                                          "national_id", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"), ==, before + 1);
  value = ff_test_query_text (f->store,
                              "SELECT new_value FROM audit a JOIN participant p"
                              " ON p.uuid = a.row_uuid WHERE p.given_name = 'Amal'"
                              " AND a.field IS NULL AND a.old_value IS NULL"
                              " ORDER BY a.id DESC LIMIT 1");
  g_assert_cmpstr (value, ==, "shown:national_id");
  user = ff_test_query_text (f->store, "SELECT os_user FROM audit ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (user, ==, g_get_user_name ());

  /* A list exported: a row for everyone in it, or none when one is gone. */
  g_assert_true (ff_audit_log_disclosures (f->store, "participant", ids, 2,
                                           FF_AUDIT_EXPORTED, "list", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE new_value = 'exported:list'"), ==, 2);
  ids[1] = 999999;
  g_assert_false (ff_audit_log_disclosures (f->store, "participant", ids, 2,
                                            FF_AUDIT_PRINTED, "plan", &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE new_value = 'printed:plan'"), ==, 0);

  /* What cannot be recorded is refused, so that it is not disclosed unrecorded. */
  path = g_build_filename (f->dir, "fotfeste.sqlite3", NULL);
  reader = ff_store_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_false (ff_audit_log_disclosure (reader, "participant", ids[0], FF_AUDIT_SHOWN,
                                           "national_id", &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/audit/append-only", Fixture, NULL,
              ff_test_store_set_up, test_append_only, ff_test_store_tear_down);

  ff_test_store_add ("/core/audit/disclosure", test_disclosure);

  return g_test_run ();
}
