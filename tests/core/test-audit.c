/* test-audit.c — the audit log records every change, and cannot itself be changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ff-audit.h"
#include "ff-audit-entry.h"
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

static gboolean
write_text (const char  *path,
            gpointer     text,
            GError     **error)
{
  return g_file_set_contents (path, text, -1, error);
}

static gboolean
write_nothing (const char  *path,
               gpointer     data,
               GError     **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "The disk is full.");
  return FALSE;
}

static void
test_export_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) reader = NULL;
  g_autofree char *path = g_build_filename (f->dir, "log.csv", NULL);
  g_autofree char *db_path = g_build_filename (f->dir, "fotfeste.sqlite3", NULL);
  gint64 ids[2];

  ids[0] = ff_test_add_participant (f->store, "Amal", "Haddad");
  ids[1] = ff_test_add_participant (f->store, "Olena", "Kovalenko");

  /* Written and recorded: a row for each participant in the file. */
  g_assert_true (ff_audit_export_file (f->store, ids, 2, FF_AUDIT_JOB_LOG, path, write_text,
                                       "data", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE new_value = 'exported:job-log'"), ==, 2);
  g_unlink (path);

  /* Not written: not recorded either. */
  g_assert_false (ff_audit_export_file (f->store, ids, 2, FF_AUDIT_JOB_LOG, path,
                                        write_nothing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE new_value = 'exported:job-log'"), ==, 2);

  /* Printing is recorded too. */
  g_assert_true (ff_audit_log_print (f->store, ids[0], FF_AUDIT_PLAN, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE new_value = 'printed:plan'"), ==, 1);

  /* A file that cannot record it: nothing written, nothing printed, and said why. */
  reader = ff_store_open_read_only (db_path, &error);
  g_assert_no_error (error);
  g_assert_false (ff_audit_export_file (reader, ids, 2, FF_AUDIT_JOB_LOG, path, write_text,
                                        "data", &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "audit log"));
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (ff_audit_log_print (reader, ids[0], FF_AUDIT_PLAN, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE new_value = 'printed:plan'"), ==, 1);
}

/* The descriptions of @entries, newest first, one a line. */
static char *
descriptions (GListModel *entries)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(FfAuditEntry) entry = g_list_model_get_item (entries, i);
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (ff_audit_entry_get_time (entry),
                                                                NULL);

      g_assert_cmpstr (ff_audit_entry_get_user (entry), ==, g_get_user_name ());
      g_assert_nonnull (time);
      g_string_append_printf (text, "%s\n", ff_audit_entry_get_description (entry));
    }

  return g_string_free (text, FALSE);
}

static void
test_entries_for_participant (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GListModel) others = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other_text = NULL;
  gint64 amal, olena, programme, enrolment, plan;

  amal = ff_test_add_participant (f->store, "Amal", "Haddad");
  olena = ff_test_add_participant (f->store, "Olena", "Kovalenko");
  programme = ff_test_add_programme (f->store, "Veiviseren", FF_PROGRAMME_KIND_INTRODUCTION);
  enrolment = ff_test_add_enrolment (f->store, amal, programme, "2026-01-05");
  plan = ff_test_add_plan (f->store, enrolment);
  ff_test_set_plan (f->store, plan, FF_PLAN_FIELD_GOAL_TEXT, "Work as a cook");
  ff_test_set_participant (f->store, amal, FF_PARTICIPANT_PHONE, "98765432");
  ff_test_set_participant (f->store, amal, FF_PARTICIPANT_HEALTH_NOTES, "Asthma");
  ff_test_set_participant (f->store, amal, FF_PARTICIPANT_NOTES, "Private words");
  ff_test_set_participant (f->store, olena, FF_PARTICIPANT_PHONE, "41234567");
  g_assert_true (ff_audit_log_disclosure (f->store, "participant", amal, FF_AUDIT_SHOWN,
                                          "national_id", &error));
  g_assert_true (ff_audit_log_print (f->store, amal, FF_AUDIT_PLAN, &error));
  g_assert_no_error (error);

  entries = ff_audit_entries_for_participant (f->store, amal, &error);
  g_assert_no_error (error);
  text = descriptions (entries);

  /* Newest first: their own changes, their enrolment's and plan's, their disclosures. */
  g_assert_true (g_str_has_prefix (text, "Printed the individual plan\n"
                                         "Showed the national identity number\n"
                                         "Changed Notes\n"
                                         "Changed Health and adaptation needs\n"
                                         "Changed Phone to “+47 987 65 432”\n"));
  g_assert_nonnull (strstr (text, "Enrolled in Veiviseren\n"));
  /* The participant's status follows the enrolment's, told in its words. */
  g_assert_nonnull (strstr (text, "Changed Status from “Not enrolled” to “Active”\n"));
  g_assert_nonnull (strstr (text, "Plan: Changed Goal text\n"));
  g_assert_true (g_str_has_suffix (text, "Created the participant\n"));

  /* Sensitive values and free texts are not shown; nor is anyone else. */
  g_assert_null (strstr (text, "Asthma"));
  g_assert_null (strstr (text, "Private words"));
  g_assert_null (strstr (text, "Work as a cook"));
  g_assert_null (strstr (text, "412 34 567"));

  others = ff_audit_entries_for_participant (f->store, olena, &error);
  g_assert_no_error (error);
  other_text = descriptions (others);
  g_assert_cmpstr (other_text, ==, "Changed Phone to “+47 412 34 567”\nCreated the participant\n");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/audit/append-only", Fixture, NULL,
              ff_test_store_set_up, test_append_only, ff_test_store_tear_down);

  ff_test_store_add ("/core/audit/disclosure", test_disclosure);
  ff_test_store_add ("/core/audit/export-file", test_export_file);
  ff_test_store_add ("/core/audit/entries-for-participant", test_entries_for_participant);

  return g_test_run ();
}
