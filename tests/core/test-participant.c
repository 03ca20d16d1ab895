/* test-participant.c — a participant's record: editing, validation, search, lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

/* Field @field of participant @id as stored. */
#define STORED(id, field) \
  ff_test_record_field (fixture->store, &ff_participant_type, (id), (field))

/* Audit rows of participant @id that say @what, or all of them for NULL. */
#define AUDIT_ROWS(id, what) \
  ff_test_count_audit (fixture->store, &ff_participant_type, (id), (what))

#define ASSERT_REFUSED(id, field, value, code, kept) \
  ff_test_assert_refused (fixture->store, &ff_participant_type, (id), (field), (value), \
                          (code), (kept))

static gint64
create (Fixture    *fixture,
        const char *given,
        const char *family)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_participant_create (fixture->store, given, family, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set (Fixture            *fixture,
     gint64              id,
     FfParticipantField  field,
     const char         *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_participant_set_field (fixture->store, id, field, value, &error));
  g_assert_no_error (error);
}

/* A valid national id for the date: not every individual number has check digits. */
static char *
national_id (int year,
             int month,
             int day)
{
  for (guint individual = 100; individual < 500; individual++)
    {
      char *id = ff_national_id_make (year, month, day, individual, FALSE);

      if (id != NULL)
        return id;
    }

  g_assert_not_reached ();
}

/* The ids a query returns, as a string such as "3 1 2", for readable failures. */
static char *
query (Fixture           *fixture,
       const char        *search,
       gint64             programme_id,
       FfEnrolmentStatus  status,
       FfParticipantSort  sort)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  FfParticipantQuery q = { search, programme_id, status, sort };

  ids = ff_participant_query_ids (fixture->store, &q, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                            g_array_index (ids, gint64, i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
search (Fixture    *fixture,
        const char *text)
{
  return query (fixture, text, 0, FF_ENROLMENT_STATUS_ANY, FF_PARTICIPANT_SORT_NAME);
}

static char *
ids_string (gint64 first,
            ...)
{
  GString *out = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (gint64 id = first; id != 0; id = va_arg (args, gint64))
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, out->len > 0 ? " " : "", id);
  va_end (args);

  return g_string_free (out, FALSE);
}

#define assert_ids(actual, ...) \
  G_STMT_START { \
    g_autofree char *_actual = (actual); \
    g_autofree char *_expected = ids_string (__VA_ARGS__, (gint64) 0); \
    g_assert_cmpstr (_actual, ==, _expected); \
  } G_STMT_END

static void
on_changed (FfStore      *store,
            FfRecordKind  kind,
            gint64        id,
            guint        *n_changed)
{
  (*n_changed)++;
}

static void
test_edit_lifecycle (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *family = NULL;
  guint n_changed = 0;
  gint64 id;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), &n_changed);

  id = create (fixture, "  Olena ", "Kovalenko");
  g_assert_cmpint (AUDIT_ROWS (id, "created"), ==, 1);
  g_assert_cmpint (AUDIT_ROWS (id, NULL), ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);

  {
    g_autoptr(FfParticipant) participant = ff_participant_load (fixture->store, id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (ff_participant_get_field (participant, FF_PARTICIPANT_GIVEN_NAME), ==,
                     "Olena");
    g_assert_cmpstr (ff_participant_get_display_name (participant), ==, "Olena Kovalenko");
    g_assert_true (g_uuid_string_is_valid (ff_record_get_uuid (FF_RECORD (participant))));
    g_assert_cmpint (ff_participant_get_status (participant), ==, FF_ENROLMENT_STATUS_NONE);
  }

  set (fixture, id, FF_PARTICIPANT_FAMILY_NAME, "Kovalenko-Berg");
  set (fixture, id, FF_PARTICIPANT_COUNTRY, "Ukraina");
  g_assert_cmpint (AUDIT_ROWS (id, NULL), ==, 3);
  g_assert_cmpuint (n_changed, ==, 3);

  /* The same value again writes nothing and announces nothing. */
  set (fixture, id, FF_PARTICIPANT_COUNTRY, " Ukraina ");
  g_assert_cmpint (AUDIT_ROWS (id, NULL), ==, 3);
  g_assert_cmpuint (n_changed, ==, 3);
  family = STORED (id, FF_PARTICIPANT_FAMILY_NAME);
  g_assert_cmpstr (family, ==, "Kovalenko-Berg");

  g_assert_true (ff_participant_delete (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (AUDIT_ROWS (id, "deleted"), ==, 1);
  g_assert_cmpint (ff_participant_count (fixture->store), ==, 0);
  {
    g_autoptr(FfParticipant) gone = ff_participant_load (fixture->store, id, &error);

    g_assert_null (gone);
    g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* A deleted participant cannot be edited. */
  g_assert_false (ff_participant_set_field (fixture->store, id, FF_PARTICIPANT_COUNTRY,
                                            "Polen", &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (ff_participant_undelete (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (AUDIT_ROWS (id, "restored"), ==, 1);
  g_assert_cmpint (AUDIT_ROWS (id, NULL), ==, 5);
  g_assert_cmpint (ff_participant_count (fixture->store), ==, 1);
  g_assert_cmpuint (n_changed, ==, 5);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good_id = national_id (1990, 5, 17);
  g_autofree char *other_date_id = national_id (1985, 1, 2);
  g_autofree char *bad_id = g_strdup (good_id);
  gint64 id = create (fixture, "Hamid", "Rahimi");

  bad_id[10] = bad_id[10] == '9' ? '0' : bad_id[10] + 1;

  /* Valid values are stored normalised. */
  set (fixture, id, FF_PARTICIPANT_BIRTH_DATE, "17.05.1990");
  set (fixture, id, FF_PARTICIPANT_NATIONAL_ID, good_id);
  set (fixture, id, FF_PARTICIPANT_EMAIL, "hamid@Example.NO");
  set (fixture, id, FF_PARTICIPANT_NORWEGIAN_ORAL, "b1");
  set (fixture, id, FF_PARTICIPANT_GENDER, "Male");
  set (fixture, id, FF_PARTICIPANT_POSTCODE, "9161");
  set (fixture, id, FF_PARTICIPANT_NOTES, "\n Første samtale.\nØnsker kokkefag. \n");
  {
    g_autofree char *birth = STORED (id, FF_PARTICIPANT_BIRTH_DATE);
    g_autofree char *level = STORED (id, FF_PARTICIPANT_NORWEGIAN_ORAL);
    g_autofree char *gender = STORED (id, FF_PARTICIPANT_GENDER);
    g_autofree char *notes = STORED (id, FF_PARTICIPANT_NOTES);
    g_autofree char *email = STORED (id, FF_PARTICIPANT_EMAIL);

    g_assert_cmpstr (birth, ==, "1990-05-17");
    g_assert_cmpstr (level, ==, "B1");
    g_assert_cmpstr (gender, ==, "male");
    g_assert_cmpstr (notes, ==, "Første samtale.\nØnsker kokkefag.");
    g_assert_cmpstr (email, ==, "hamid@example.no");
  }

  /* Invalid ones are refused and the last valid value stays. */
  {
    const struct
    {
      FfParticipantField  field;
      const char         *value;
      FfValidateError     code;
      const char         *kept;
    } refused[] = {
      { FF_PARTICIPANT_NATIONAL_ID, bad_id, FF_VALIDATE_ERROR_CHECK_DIGIT, good_id },
      { FF_PARTICIPANT_NATIONAL_ID, other_date_id, FF_VALIDATE_ERROR_IMPLAUSIBLE, good_id },
      { FF_PARTICIPANT_BIRTH_DATE, "31.02.1990", FF_VALIDATE_ERROR_NO_SUCH_DATE, "1990-05-17" },
      { FF_PARTICIPANT_EMAIL, "hamid@@example", FF_VALIDATE_ERROR_FORMAT, "hamid@example.no" },
      { FF_PARTICIPANT_NORWEGIAN_ORAL, "B3", FF_VALIDATE_ERROR_FORMAT, "B1" },
      { FF_PARTICIPANT_GENDER, "unknown", FF_VALIDATE_ERROR_FORMAT, "male" },
      { FF_PARTICIPANT_POSTCODE, "91 61x", FF_VALIDATE_ERROR_FORMAT, "9161" },
      { FF_PARTICIPANT_GIVEN_NAME, "   ", FF_VALIDATE_ERROR_EMPTY, "Hamid" },
      { FF_PARTICIPANT_ARRIVAL_DATE, "2999-01-01", FF_VALIDATE_ERROR_IMPLAUSIBLE, "" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      ASSERT_REFUSED (id, refused[i].field, refused[i].value, refused[i].code,
                      refused[i].kept);
  }

  /* Emptying an optional field is allowed. */
  set (fixture, id, FF_PARTICIPANT_EMAIL, "");

  g_assert_cmpint (ff_participant_create (fixture->store, " ", "Rahimi", &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY);
  g_assert_cmpint (ff_participant_count (fixture->store), ==, 1);
}

static void
test_field_table (void)
{
  const FfField *fields = ff_participant_type.fields;

  g_assert_cmpstr (fields[FF_PARTICIPANT_GIVEN_NAME].key, ==, "given_name");
  g_assert_cmpstr (fields[FF_PARTICIPANT_NORWEGIAN_WRITTEN].key, ==, "norwegian_written");
  g_assert_cmpstr (fields[FF_PARTICIPANT_NOTES].key, ==, "notes");
  g_assert_true (fields[FF_PARTICIPANT_NATIONAL_ID].flags & FF_FIELD_SENSITIVE);
  g_assert_true (fields[FF_PARTICIPANT_HEALTH_NOTES].flags & FF_FIELD_SENSITIVE);
  g_assert_false (fields[FF_PARTICIPANT_PHONE].flags & FF_FIELD_SENSITIVE);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *semhar_id = national_id (1988, 11, 3);
  gint64 odegard = create (fixture, "Kari", "Ødegård");
  gint64 olena = create (fixture, "Olena", "Kovalenko");
  gint64 ali = create (fixture, "Ali", "Hassan");
  gint64 alina = create (fixture, "Alina", "Petrenko");
  gint64 semhar = create (fixture, "Semhar", "Tesfay");

  set (fixture, olena, FF_PARTICIPANT_NATIVE_NAME, "Олена Коваленко");
  set (fixture, semhar, FF_PARTICIPANT_NATIONAL_ID, semhar_id);
  set (fixture, ali, FF_PARTICIPANT_PHONE, "912 34 567");

  /* Norwegian letters, whatever the case or accents typed. */
  assert_ids (search (fixture, "ødeg"), odegard);
  assert_ids (search (fixture, "ØDEG"), odegard);
  assert_ids (search (fixture, "gård"), odegard);

  /* The name in its own script. */
  assert_ids (search (fixture, "олена"), olena);
  assert_ids (search (fixture, "КОВАЛ"), olena);

  /* National id and phone, with or without the country code and spaces. */
  assert_ids (search (fixture, semhar_id), semhar);
  assert_ids (search (fixture, "91234567"), ali);
  assert_ids (search (fixture, "+47 912 34 567"), ali);
  assert_ids (search (fixture, "34567"), ali);

  /* One or two letters find the start of a word ("al" is in Kovalenko, but no word
   * of hers begins with it); three or more find any part of a word. */
  assert_ids (search (fixture, "Al"), ali, alina);
  assert_ids (search (fixture, "ко"), olena);
  assert_ids (search (fixture, "Ø"), odegard);
  assert_ids (search (fixture, "ale"), olena);
  assert_ids (search (fixture, "ali"), ali, alina);

  /* Several words must all match. */
  assert_ids (search (fixture, "ali has"), ali);
  assert_ids (search (fixture, "kari ød"), odegard);
  assert_ids (search (fixture, "olena hassan"), 0);

  /* Quotes and FTS syntax in a search are plain text. */
  assert_ids (search (fixture, "\"ali\" OR NOT"), 0);
  assert_ids (search (fixture, "*"), ali, olena, alina, semhar, odegard);

  /* A deleted participant is not found. */
  g_assert_true (ff_participant_delete (fixture->store, ali, NULL));
  assert_ids (search (fixture, "ali"), alina);
  assert_ids (search (fixture, ""), olena, alina, semhar, odegard);

  /* Renaming updates the index. */
  set (fixture, semhar, FF_PARTICIPANT_FAMILY_NAME, "Gebremedhin");
  assert_ids (search (fixture, "tesfay"), 0);
  assert_ids (search (fixture, "gebremed"), semhar);
}

static gint64
programme (Fixture    *fixture,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_programme_create (fixture->store, name, FF_PROGRAMME_KIND_INTRODUCTION,
                                   &error);

  g_assert_no_error (error);
  return id;
}

static void
enrol (Fixture           *fixture,
       gint64             participant,
       gint64             programme_id,
       FfEnrolmentStatus  status,
       const char        *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ff_enrolment_create (fixture->store, participant, programme_id, status,
                                        date, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_filters_and_sorts (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 zahra = create (fixture, "Zahra", "Ahmadi");
  gint64 berg = create (fixture, "Ola", "Berg");
  gint64 bergan = create (fixture, "Anne", "Bergan");
  gint64 odegard = create (fixture, "Kari", "Ødegård");
  gint64 aas = create (fixture, "Per", "Aas");
  gint64 vang = programme (fixture, "Vang bulystven");
  gint64 drammen = programme (fixture, "Veiviseren");

  set (fixture, berg, FF_PARTICIPANT_ARRIVAL_DATE, "2022-03-15");
  set (fixture, bergan, FF_PARTICIPANT_ARRIVAL_DATE, "2023-06-01");
  set (fixture, zahra, FF_PARTICIPANT_ARRIVAL_DATE, "2022-03-15");

  enrol (fixture, berg, vang, FF_ENROLMENT_STATUS_ACTIVE, "2024-01-10");
  enrol (fixture, odegard, vang, FF_ENROLMENT_STATUS_REFERRED, "2024-01-05");
  enrol (fixture, zahra, drammen, FF_ENROLMENT_STATUS_WAITING_LIST, "2024-02-01");
  enrol (fixture, odegard, drammen, FF_ENROLMENT_STATUS_ACTIVE, "2024-03-01");

  /* Names in Norwegian order: family name first, Ø after Z, Berg before Bergan. */
  assert_ids (query (fixture, NULL, 0, FF_ENROLMENT_STATUS_ANY, FF_PARTICIPANT_SORT_NAME),
              aas, zahra, berg, bergan, odegard);

  /* By status as the statuses are ordered, not enrolled first; then by name. */
  assert_ids (query (fixture, NULL, 0, FF_ENROLMENT_STATUS_ANY, FF_PARTICIPANT_SORT_STATUS),
              aas, bergan, zahra, berg, odegard);

  /* Newest arrival first, unknown arrival last. */
  assert_ids (query (fixture, NULL, 0, FF_ENROLMENT_STATUS_ANY, FF_PARTICIPANT_SORT_ARRIVAL),
              bergan, zahra, berg, aas, odegard);

  /* Filters. */
  assert_ids (query (fixture, NULL, vang, FF_ENROLMENT_STATUS_ANY, FF_PARTICIPANT_SORT_NAME),
              berg, odegard);
  assert_ids (query (fixture, NULL, drammen, FF_ENROLMENT_STATUS_ANY,
                     FF_PARTICIPANT_SORT_NAME),
              zahra, odegard);
  assert_ids (query (fixture, NULL, 0, FF_ENROLMENT_STATUS_ACTIVE, FF_PARTICIPANT_SORT_NAME),
              berg, odegard);
  assert_ids (query (fixture, NULL, 0, FF_ENROLMENT_STATUS_NONE, FF_PARTICIPANT_SORT_NAME),
              aas, bergan);
  assert_ids (query (fixture, NULL, drammen, FF_ENROLMENT_STATUS_WAITING_LIST,
                     FF_PARTICIPANT_SORT_NAME),
              zahra);
  assert_ids (query (fixture, "berg", vang, FF_ENROLMENT_STATUS_ANY,
                     FF_PARTICIPANT_SORT_NAME),
              berg);
}

/* The list's three orders and its search must be served by indexes, or a list of
 * 100,000 participants would sort on every keystroke. */
static void
test_query_plans (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const orders[] = {
    "p.sort_name, p.id",
    "p.status_rank, p.sort_name, p.id",
    "p.arrival_date = '', p.arrival_date DESC, p.sort_name, p.id",
  };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      g_autofree char *sql = g_strdup_printf ("EXPLAIN QUERY PLAN SELECT p.id FROM"
                                              " participant p WHERE p.deleted_at IS NULL"
                                              " ORDER BY %s", orders[i]);
      g_autoptr(GString) plan = g_string_new (NULL);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (ff_store_get_db (fixture->store), sql, -1, &stmt,
                                           NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);

      g_test_message ("%s:\n%s", orders[i], plan->str);
      g_assert_nonnull (strstr (plan->str, "USING"));
      g_assert_null (strstr (plan->str, "TEMP B-TREE"));
    }
}

static void
test_load_many (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = create (fixture, "Abdi", "Warsame");
  gint64 b = create (fixture, "Tesfay", "Gebre");
  gint64 c = create (fixture, "Yusuf", "Ahmed");
  /* b is deleted and 9999 missing: both are skipped. */
  gint64 ids[] = { c, b, a, 9999, c };
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GPtrArray) none = NULL;

  g_assert_true (ff_participant_delete (fixture->store, b, NULL));
  loaded = ff_participant_load_many (fixture->store, ids, G_N_ELEMENTS (ids), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->len, ==, 3);
  g_assert_cmpint (ff_participant_get_id (g_ptr_array_index (loaded, 0)), ==, c);
  g_assert_cmpint (ff_participant_get_id (g_ptr_array_index (loaded, 1)), ==, a);
  g_assert_cmpint (ff_participant_get_id (g_ptr_array_index (loaded, 2)), ==, c);
  g_assert_cmpstr (ff_participant_get_display_name (g_ptr_array_index (loaded, 1)), ==,
                   "Abdi Warsame");

  none = ff_participant_load_many (fixture->store, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/participant/fields/keys-and-sensitivity", test_field_table);
  ff_test_store_add ("/core/participant/edit/create-edit-delete-undelete-audited",
                     test_edit_lifecycle);
  ff_test_store_add ("/core/participant/validate/refuses-bad-values-keeps-last", test_validation);
  ff_test_store_add ("/core/participant/search/names-scripts-ids-phones", test_search);
  ff_test_store_add ("/core/participant/list/filters-and-sorts", test_filters_and_sorts);
  ff_test_store_add ("/core/participant/list/sorts-use-indexes", test_query_plans);
  ff_test_store_add ("/core/participant/load-many/keeps-order", test_load_many);

  return g_test_run ();
}
