/* test-person.c — everything about one participant: every table that holds it is
 * found from the schema, exported, and erased to the last byte
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "ff-job-log.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-person.h"
#include "ff-sample.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

/* The tables that hold no participant's data. A table added to the schema must be
 * either reachable from the participant table by its foreign keys, and so exported
 * and erased, or named here, by someone who has thought about it. */
static const char *const not_personal[] = {
  "programme", "employer", "schema_field", "course", "session", "basic_amount",
  /* Mentors are people of the organisation's own, as employers' contacts are. */
  "mentor",
  /* Rows refer to the participant's rows by UUID: exported and erased with them. */
  "audit",
  NULL,
};

/* Every table of the schema, without SQLite's own and the full-text indexes' shadow
 * tables. */
static GPtrArray *
schema_tables (FfStore *store)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ff_store_get_db (store),
                                       "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%'"
                                       " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
                                       " AND name NOT IN (SELECT v.name || s.suffix"
                                       "   FROM sqlite_schema AS v, (SELECT '_data' AS suffix"
                                       "     UNION SELECT '_idx' UNION SELECT '_docsize'"
                                       "     UNION SELECT '_config' UNION SELECT '_content')"
                                       "     AS s"
                                       "   WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  return names;
}

static gboolean
is_person_table (GPtrArray  *tables,
                 const char *name)
{
  for (guint i = 0; i < tables->len; i++)
    {
      if (g_str_equal (((FfPersonTable *) g_ptr_array_index (tables, i))->table, name))
        return TRUE;
    }
  return FALSE;
}

static void
test_tables_from_schema (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = ff_person_tables (f->store, &error);
  g_autoptr(GPtrArray) all = schema_tables (f->store);

  g_assert_no_error (error);

  /* Those the job-seeker log, plans and enrolments put there, among others. */
  for (guint i = 0; i < all->len; i++)
    {
      const char *name = g_ptr_array_index (all, i);
      gboolean excluded = g_strv_contains (not_personal, name);

      if (is_person_table (tables, name) == excluded)
        g_error ("The table “%s” is %s: either it holds a participant's data and must "
                 "refer to them by a foreign key, or it belongs in not_personal[]",
                 name, excluded ? "found as a participant's and listed as not one"
                                : "neither found as a participant's nor listed as not one");
    }
  for (const char *const *name = (const char *const[]) { "participant", "enrolment",
         "enrolment_status", "plan", "plan_subgoal", "plan_activity", "plan_review",
         "job_application", "job_application_status", "job_target", "business_plan",
         "business_plan_status", "business_plan_item", "business_plan_startup",
         "business_plan_financing", "business_plan_budget", "business_plan_milestone",
         "business_plan_feedback", "business_plan_mark", "course_participant",
         "attendance_mark", NULL };
       *name != NULL; name++)
    g_assert_true (is_person_table (tables, *name));
}

/* The participant of the sample with the most rows of their own in the job-seeker log
 * and plans. */
static gint64
busiest_participant (FfStore *store)
{
  return ff_test_query_int (store,
                            "SELECT p.id FROM participant AS p"
                            " ORDER BY (SELECT count(*) FROM job_application AS a"
                            "           WHERE a.participant_id = p.id)"
                            "        * (SELECT count(*) FROM enrolment AS e JOIN plan AS pl"
                            "           ON pl.enrolment_id = e.id"
                            "           WHERE e.participant_id = p.id) DESC, p.id"
                            " LIMIT 1");
}

static guint
count_nodes (xmlDocPtr   doc,
             const char *xpath)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result = xmlXPathEvalExpression (BAD_CAST xpath, context);
  guint n = result->nodesetval != NULL ? (guint) result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return n;
}

static void
test_export_holds_everything (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "person.xml", NULL);
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *given = NULL;
  xmlDocPtr doc;
  gint64 id;
  GStatBuf st;

  g_assert_true (ff_sample_generate (f->store, 120, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  id = busiest_participant (f->store);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT given_name FROM participant WHERE id = %"
                                            G_GINT64_FORMAT, id);

    given = ff_test_query_text (f->store, sql);
  }

  g_assert_true (ff_person_export (f->store, id, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);

  /* A <table> for every table of the schema that holds a participant's data, found
   * here by the schema's foreign keys, and one for the audit log. */
  tables = ff_person_tables (f->store, &error);
  all = schema_tables (f->store);
  for (guint i = 0; i < all->len; i++)
    {
      const char *name = g_ptr_array_index (all, i);
      g_autofree char *xpath = g_strdup_printf ("/fotfeste-person/table[@name='%s']", name);

      if (g_strv_contains (not_personal, name) && !g_str_equal (name, "audit"))
        continue;
      if (count_nodes (doc, xpath) != 1)
        g_error ("The export leaves out the table “%s”", name);
    }

  /* Their own rows of the tables that name them, each one. */
  for (guint i = 0; i < tables->len; i++)
    {
      FfPersonTable *table = g_ptr_array_index (tables, i);
      g_autofree char *count_sql = NULL;
      g_autofree char *xpath = NULL;

      if (g_strcmp0 (table->column, "participant_id") != 0)
        continue;
      count_sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE participant_id = %"
                                   G_GINT64_FORMAT, table->table, id);
      xpath = g_strdup_printf ("/fotfeste-person/table[@name='%s']/row", table->table);
      g_assert_cmpuint (count_nodes (doc, xpath), ==,
                        (guint) ff_test_query_int (f->store, count_sql));
    }
  g_assert_cmpuint (count_nodes (doc, "/fotfeste-person/table[@name='job_application']/row"),
                    >, 0);
  g_assert_cmpuint (count_nodes (doc, "/fotfeste-person/table[@name='plan']/row"), >, 0);

  /* Their name, and the audit log's entries about them, this export among them. */
  {
    g_autofree char *xpath = g_strdup_printf ("/fotfeste-person/table[@name='participant']"
                                              "/row/field[@name='given_name' and .='%s']",
                                              given);

    g_assert_cmpuint (count_nodes (doc, xpath), ==, 1);
  }
  g_assert_cmpuint (count_nodes (doc, "/fotfeste-person/table[@name='audit']/row"), >, 1);
  g_assert_cmpuint (count_nodes (doc, "/fotfeste-person/table[@name='audit']/row"
                                      "/field[@name='new_value' and .='exported:access-xml']"), ==, 1);
  xmlFreeDoc (doc);
}

static void
test_read_holds_everything (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(FfPersonData) person = NULL;
  FfPersonSection *section;
  gint64 id;
  guint n_audit;

  g_assert_true (ff_sample_generate (f->store, 40, 3, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  id = busiest_participant (f->store);
  tables = ff_person_tables (f->store, &error);
  g_assert_no_error (error);

  person = ff_person_read (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (person);
  g_assert_cmpint (person->id, ==, id);

  /* A section for every table ff_person_tables() lists, in its order, then the audit
   * log's. */
  g_assert_cmpuint (person->sections->len, ==, tables->len + 1);
  for (guint i = 0; i < tables->len; i++)
    {
      FfPersonTable *table = g_ptr_array_index (tables, i);

      section = g_ptr_array_index (person->sections, i);
      g_assert_cmpstr (section->table, ==, table->table);
      g_assert_true (ff_person_data_find (person, table->table) == section);
      /* Every column is named for people to read (the schema's name, when nothing
       * better is known), and every row has a value or NULL for each. */
      g_assert_cmpuint (section->columns->len, >, 0);
      for (guint c = 0; c < section->columns->len; c++)
        {
          FfPersonColumn *column = g_ptr_array_index (section->columns, c);

          g_assert_nonnull (column->label);
          g_assert_cmpstr (column->label, !=, "");
        }
      for (guint r = 0; r < section->rows->len; r++)
        g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (section->rows, r))->len, ==,
                          section->columns->len);
    }

  section = ff_person_data_find (person, "participant");
  g_assert_cmpuint (section->rows->len, ==, 1);
  g_assert_cmpstr (section->label, ==, "Participant");
  g_assert_cmpuint (ff_person_data_find (person, "job_application")->rows->len, >, 0);
  g_assert_cmpuint (ff_person_data_find (person, "plan")->rows->len, >, 0);

  /* Their audit entries, and no one else's; reading records nothing. */
  section = g_ptr_array_index (person->sections, person->sections->len - 1);
  g_assert_cmpstr (section->table, ==, "audit");
  n_audit = section->rows->len;
  g_assert_cmpuint (n_audit, >, 0);
  g_clear_pointer (&person, ff_person_data_free);
  person = ff_person_read (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ff_person_data_find (person, "audit")->rows->len, ==, n_audit);

  /* Nobody there: nothing read. */
  g_assert_null (ff_person_read (f->store, 999999, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
}

static gint64
count_participant (FfStore *store,
                   gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM participant WHERE id = %"
                                          G_GINT64_FORMAT, id);

  return ff_test_query_int (store, sql);
}

static void
test_erase_leaves_no_byte (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *national_id = ff_national_id_make (1991, 3, 14, 437, FALSE);
  const char *db_path = ff_store_get_path (f->store);
  gint64 zainab;
  gint64 olena;
  gint64 job;

  g_assert_true (ff_sample_generate (f->store, 60, 3, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* A participant whose name occurs nowhere else, with a log, a plan and a history of
   * changes in the audit log. */
  zainab = ff_test_add_participant (f->store, "Zainabqx", "Qasemivw");
  ff_test_set_participant (f->store, zainab, FF_PARTICIPANT_NATIONAL_ID, national_id);
  ff_test_set_participant (f->store, zainab, FF_PARTICIPANT_FAMILY_NAME, "Qasemiwv");
  ff_test_set_participant (f->store, zainab, FF_PARTICIPANT_FAMILY_NAME, "Qasemivw");
  job = ff_test_query_int (f->store, "SELECT id FROM job_application LIMIT 1");
  g_assert_true (ff_store_exec (f->store, &error,
                                "UPDATE job_application SET participant_id = ?1,"
                                " notes = 'Zainabqx ringte arbeidsgiver' WHERE id = ?2",
                                "ii", zainab, job));
  olena = ff_test_add_participant (f->store, "Olenazz", "Kovalenkozz");

  g_assert_cmpuint (ff_test_count_in_database_files (db_path, "Qasemivw"), >, 0);
  g_assert_cmpuint (ff_test_count_in_database_files (db_path, national_id), >, 0);

  g_assert_true (ff_person_erase (f->store, zainab, &error));
  g_assert_no_error (error);

  /* Not a byte of her name or national id, in the file or its log … */
  g_assert_cmpuint (ff_test_count_in_database_files (db_path, "Qasemivw"), ==, 0);
  g_assert_cmpuint (ff_test_count_in_database_files (db_path, "Qasemiwv"), ==, 0);
  g_assert_cmpuint (ff_test_count_in_database_files (db_path, "Zainabqx"), ==, 0);
  g_assert_cmpuint (ff_test_count_in_database_files (db_path, national_id), ==, 0);
  g_assert_cmpint (count_participant (f->store, zainab), ==, 0);

  /* … while everyone else is as they were, and the log says that someone was erased. */
  g_assert_cmpuint (ff_test_count_in_database_files (db_path, "Kovalenkozz"), >, 0);
  g_assert_cmpint (count_participant (f->store, olena), ==, 1);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE new_value = 'erased'"), ==, 1);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM participant"), ==, 61);

  /* The audit log is append-only again afterwards. */
  g_assert_cmpint (sqlite3_exec (ff_store_get_db (f->store), "DELETE FROM audit", NULL, NULL,
                                 NULL), ==, SQLITE_CONSTRAINT_TRIGGER);
}

static void
test_purge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, FF_PERSON_PURGE_DAYS + 1);
  gint64 gone;
  gint64 kept;
  gint64 application;
  gint64 programme;
  gint64 n_before;
  guint n_purged = 0;

  g_assert_true (ff_sample_generate (f->store, 60, 5, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  n_before = ff_test_query_int (f->store, "SELECT count(*) FROM participant");

  /* A participant deleted, with all their rows; an application deleted on its own,
   * with its status history; a programme deleted that enrolments still name. */
  gone = busiest_participant (f->store);
  g_assert_true (ff_participant_delete (f->store, gone, &error));
  application = ff_test_query_int (f->store, "SELECT a.id FROM job_application AS a"
                                             " JOIN job_application_status AS s"
                                             " ON s.application_id = a.id"
                                             " JOIN participant AS p ON p.id = a.participant_id"
                                             " WHERE p.deleted_at IS NULL LIMIT 1");
  g_assert_true (ff_record_set_deleted (f->store, &ff_job_application_type, application, TRUE,
                                        &error));
  programme = ff_test_query_int (f->store, "SELECT programme_id FROM enrolment LIMIT 1");
  g_assert_true (ff_record_set_deleted (f->store, &ff_programme_type, programme, TRUE, &error));
  g_assert_no_error (error);

  /* Nothing is old enough yet. */
  g_assert_true (ff_person_purge (f->store, FF_PERSON_PURGE_DAYS, now, &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 0);

  /* A month later, one more deleted just now stays in the tombstones. */
  kept = ff_test_add_participant (f->store, "Amal", "Haddad");
  g_assert_true (ff_participant_delete (f->store, kept, &error));
  {
    g_autofree char *iso = g_date_time_format_iso8601 (later);
    g_autofree char *sql = g_strdup_printf ("UPDATE participant SET deleted_at = '%s'"
                                            " WHERE id = %" G_GINT64_FORMAT, iso, kept);

    g_assert_cmpint (sqlite3_exec (ff_store_get_db (f->store), sql, NULL, NULL, NULL), ==,
                     SQLITE_OK);
  }
  ff_person_purge (f->store, FF_PERSON_PURGE_DAYS, later, &n_purged, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 2);

  g_assert_cmpint (count_participant (f->store, gone), ==, 0);
  g_assert_cmpint (count_participant (f->store, kept), ==, 1);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM participant"), ==,
                   n_before);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM job_application_status"
                                            " WHERE application_id = %" G_GINT64_FORMAT,
                                            application);

    g_assert_cmpint (ff_test_query_int (f->store, sql), ==, 0);
  }
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM programme WHERE id = %"
                                            G_GINT64_FORMAT, programme);

    g_assert_cmpint (ff_test_query_int (f->store, sql), ==, 1);
  }
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/person/tables/found-from-schema", Fixture, NULL,
              ff_test_store_set_up, test_tables_from_schema, ff_test_store_tear_down);
  g_test_add ("/core/person/read/holds-every-table", Fixture, NULL,
              ff_test_store_set_up, test_read_holds_everything, ff_test_store_tear_down);
  g_test_add ("/core/person/export/holds-every-table", Fixture, NULL,
              ff_test_store_set_up, test_export_holds_everything, ff_test_store_tear_down);
  g_test_add ("/core/person/purge/old-tombstones", Fixture, NULL,
              ff_test_store_set_up, test_purge, ff_test_store_tear_down);
  g_test_add ("/core/person/erase/leaves-no-byte", Fixture, NULL,
              ff_test_store_set_up, test_erase_leaves_no_byte, ff_test_store_tear_down);

  return g_test_run ();
}
