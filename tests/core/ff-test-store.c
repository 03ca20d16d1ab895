/* ff-test-store.c — opening, filling and querying a store in the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

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

FfStore *
ff_test_store_new (char **dir)
{
  *dir = ff_test_make_own_dir ();
  return ff_test_open_store (*dir, "fotfeste.sqlite3");
}

void
ff_test_store_close (FfStore *store,
                     char    *dir)
{
  g_assert_finalize_object (store);
  ff_test_remove_tree (dir);
  g_free (dir);
}

void
ff_test_store_set_up (FfTestStore   *f,
                      gconstpointer  data)
{
  f->store = ff_test_store_new (&f->dir);
}

void
ff_test_store_tear_down (FfTestStore   *f,
                         gconstpointer  data)
{
  ff_test_store_close (f->store, f->dir);
}

void
ff_test_note_change (FfStore      *store,
                     FfRecordKind  kind,
                     gint64        id,
                     GString      *seen)
{
  g_string_append_printf (seen, "%s:%" G_GINT64_FORMAT " ", ff_record_kind_nick (kind), id);
}

gint64
ff_test_count_audit (FfStore            *store,
                     const FfRecordType *type,
                     gint64              id,
                     const char         *what)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  sql = g_strdup_printf ("SELECT count(*) FROM audit a JOIN %s t ON t.uuid = a.row_uuid"
                         " WHERE t.id = ?1 AND a.table_name = ?2"
                         " AND (?3 IS NULL OR (a.field IS NULL AND a.new_value = ?3))",
                         type->table);
  g_assert_cmpint (sqlite3_prepare_v2 (ff_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, type->table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, what, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return n;
}

char *
ff_test_record_field (FfStore            *store,
                      const FfRecordType *type,
                      gint64              id,
                      guint               field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfRecord) record = ff_record_load (store, type, id, &error);

  g_assert_no_error (error);
  return g_strdup (ff_record_get_values (record)[field]);
}

void
ff_test_assert_refused (FfStore            *store,
                        const FfRecordType *type,
                        gint64              id,
                        guint               field,
                        const char         *value,
                        int                 code,
                        const char         *kept)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  gint64 n_audit = ff_test_count_audit (store, type, id, NULL);

  g_assert_false (ff_record_set_field (store, type, id, field, value, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");

  stored = ff_test_record_field (store, type, id, field);
  g_assert_cmpstr (stored, ==, kept);
  g_assert_cmpint (ff_test_count_audit (store, type, id, NULL), ==, n_audit);
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

gint64
ff_test_add_participant (FfStore    *store,
                         const char *given_name,
                         const char *family_name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_participant_create (store, given_name, family_name, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
ff_test_set_participant (FfStore            *store,
                         gint64              participant_id,
                         FfParticipantField  field,
                         const char         *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_participant_set_field (store, participant_id, field, value, &error));
  g_assert_no_error (error);
}

gint64
ff_test_add_programme (FfStore         *store,
                       const char      *name,
                       FfProgrammeKind  kind)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_programme_create (store, name, kind, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
ff_test_set_programme (FfStore          *store,
                       gint64            programme_id,
                       FfProgrammeField  field,
                       const char       *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_programme_set_field (store, programme_id, field, value, &error));
  g_assert_no_error (error);
}

gint64
ff_test_add_enrolment (FfStore    *store,
                       gint64      participant_id,
                       gint64      programme_id,
                       const char *since)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_enrolment_create (store, participant_id, programme_id,
                                   FF_ENROLMENT_STATUS_ACTIVE, since, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
ff_test_add_plan (FfStore *store,
                  gint64   enrolment_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_plan_create (store, enrolment_id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
ff_test_set_plan (FfStore     *store,
                  gint64       plan_id,
                  FfPlanField  field,
                  const char  *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_plan_set_field (store, plan_id, field, value, &error));
  g_assert_no_error (error);
}

gint64
ff_test_add_part (FfStore        *store,
                  gint64          plan_id,
                  FfPlanPartKind  kind,
                  const char     *date)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_plan_add_part (store, plan_id, kind, date, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
ff_test_set_part (FfStore     *store,
                  gint64       part_id,
                  FfPlanField  field,
                  const char  *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_plan_set_part_field (store, part_id, field, value, &error));
  g_assert_no_error (error);
}

FfPlan *
ff_test_load_plan (FfStore *store,
                   gint64   plan_id)
{
  g_autoptr(GError) error = NULL;
  FfPlan *plan = ff_plan_load (store, plan_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

gint64
ff_test_add_olena_plan (FfStore    *store,
                        const char *organisation,
                        const char *since,
                        gint64     *participant_id,
                        gint64     *programme_id,
                        gint64     *enrolment_id)
{
  gint64 olena = ff_test_add_participant (store, "Olena", "Kovalenko");
  gint64 programme;

  ff_test_set_participant (store, olena, FF_PARTICIPANT_NATIVE_NAME, "Олена Коваленко");
  ff_test_set_participant (store, olena, FF_PARTICIPANT_BIRTH_DATE, "1988-04-12");
  ff_test_set_participant (store, olena, FF_PARTICIPANT_CONTACT_PERSON, "Kari Nordmann");
  ff_test_set_participant (store, olena, FF_PARTICIPANT_LANGUAGES, "ukrainsk, russisk");
  programme = ff_test_add_programme (store, "Introduksjonsprogrammet",
                                     FF_PROGRAMME_KIND_INTRODUCTION);
  ff_test_set_programme (store, programme, FF_PROGRAMME_ORGANISATION, organisation);

  *participant_id = olena;
  *programme_id = programme;
  *enrolment_id = ff_test_add_enrolment (store, olena, programme, since);
  return ff_test_add_plan (store, *enrolment_id);
}

void
ff_test_plan_fixture_set_up (FfTestPlanFixture *f,
                             gconstpointer      data)
{
  f->store = ff_test_store_new (&f->dir);
  f->plan = ff_test_add_olena_plan (f->store, "Skien kommune", "2024-01-08", &f->olena,
                                    &f->programme, &f->enrolment);
}

void
ff_test_plan_fixture_tear_down (FfTestPlanFixture *f,
                                gconstpointer      data)
{
  ff_test_store_close (f->store, f->dir);
}

char *
ff_test_plan_field (FfStore     *store,
                    gint64       plan_id,
                    FfPlanField  field)
{
  g_autoptr(FfPlan) plan = ff_test_load_plan (store, plan_id);

  return g_strdup (ff_plan_get_field (plan, field));
}

char *
ff_test_parts_text (FfStore         *store,
                    gint64           plan_id,
                    FfPlanPartKind   kind,
                    FfPlanField      field)
{
  g_autoptr(FfPlan) plan = ff_test_load_plan (store, plan_id);
  GPtrArray *parts = ff_plan_get_parts (plan, kind);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);

      g_assert_cmpint (ff_plan_part_get_kind (part), ==, kind);
      g_string_append_printf (text, "%s%s", i > 0 ? "|" : "",
                              ff_plan_part_get_field (part, field));
    }

  return g_strdup (text->str);
}
