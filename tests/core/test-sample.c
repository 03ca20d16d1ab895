/* test-sample.c — synthetic data: the same for a seed, varied, valid and cancellable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ff-business-budget.h"
#include "ff-business-plan.h"
#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-employer.h"
#include "ff-sample-private.h"
#include "ff-test-store.h"
#include "ff-course-absence.h"
#include "ff-course-grid.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef FfTestDir Fixture;

static FfStore *
generate (Fixture    *f,
          const char *name,
          guint       n,
          guint32     seed)
{
  FfStore *store = ff_test_open_store (f->dir, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_sample_generate (store, n, seed, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return store;
}

/* Every participant, in the list's order (by name). */
static GPtrArray *
load_all (FfStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_participant_query_ids (store, NULL, &error);
  GPtrArray *participants;

  g_assert_no_error (error);
  participants = ff_participant_load_many (store, (const gint64 *) ids->data, ids->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, ids->len);
  return participants;
}

/* Every participant of a sample generated as generate() does, in the list's order;
 * the store is given in @store unless that is NULL. */
static GPtrArray *
generate_and_load (Fixture     *f,
                   const char  *name,
                   guint        n,
                   guint32      seed,
                   FfStore    **store)
{
  g_autoptr(FfStore) generated = generate (f, name, n, seed);
  GPtrArray *participants = load_all (generated);

  if (store != NULL)
    *store = g_steal_pointer (&generated);
  return participants;
}

/* Asserts that ff_store_check() finds nothing wrong with @store. */
static void
assert_store_consistent (FfStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (ff_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* What a user sees of a participant in the list and on the page. */
static char *
describe (FfParticipant *p)
{
  return g_strdup_printf ("%s|%s|%s|%s|%s|%s",
                          ff_participant_get_display_name (p),
                          ff_participant_get_field (p, FF_PARTICIPANT_NATIVE_NAME),
                          ff_participant_get_field (p, FF_PARTICIPANT_BIRTH_DATE),
                          ff_participant_get_field (p, FF_PARTICIPANT_NATIONAL_ID),
                          ff_participant_get_field (p, FF_PARTICIPANT_PHONE),
                          ff_enrolment_status_to_key (ff_participant_get_status (p)));
}

static void
test_same_seed_same_people (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) a = generate_and_load (f, "first.sqlite3", 300, 42, NULL);
  g_autoptr(GPtrArray) b = generate_and_load (f, "second.sqlite3", 300, 42, NULL);
  g_autoptr(GPtrArray) c = generate_and_load (f, "other.sqlite3", 300, 43, NULL);
  guint same_as_other = 0;

  g_assert_cmpuint (a->len, ==, 300);
  g_assert_cmpuint (b->len, ==, 300);
  g_assert_cmpuint (c->len, ==, 300);

  for (guint i = 0; i < a->len; i++)
    {
      g_autofree char *in_a = describe (a->pdata[i]);
      g_autofree char *in_b = describe (b->pdata[i]);
      g_autofree char *in_c = describe (c->pdata[i]);

      g_assert_cmpstr (in_a, ==, in_b);
      if (g_strcmp0 (in_a, in_c) == 0)
        same_as_other++;
    }

  /* Another seed gives other people. */
  g_assert_cmpuint (same_as_other, <, 10);
}

static void
test_counts_and_programmes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "counts.sqlite3");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GHashTable) kinds = g_hash_table_new (NULL, NULL);
  gint64 enrolled = 0;

  g_assert_true (ff_store_is_empty (store));
  g_assert_true (ff_sample_generate (store, 250, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (ff_store_is_empty (store));
  g_assert_cmpint (ff_participant_count (store), ==, 250);

  programmes = ff_programme_list (store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (programmes->len, >=, 4);
  g_assert_cmpuint (programmes->len, <=, 6);
  for (guint i = 0; i < programmes->len; i++)
    {
      FfProgramme *programme = programmes->pdata[i];
      g_autoptr(FfProgramme) counted = ff_programme_load (store, ff_programme_get_id (programme),
                                                          NULL);

      g_assert_cmpstr (ff_programme_get_name (programme), !=, "");
      g_assert_cmpstr (ff_programme_get_field (programme, FF_PROGRAMME_FUNDER), !=, "");
      g_assert_cmpstr (ff_programme_get_field (programme, FF_PROGRAMME_START_DATE), <=,
                       ff_programme_get_field (programme, FF_PROGRAMME_END_DATE));
      g_hash_table_add (kinds, GINT_TO_POINTER (ff_programme_get_kind (programme)));
      enrolled += ff_programme_get_n_participants (counted);
    }
  /* Several kinds of programme, and nearly everyone in at least one. */
  g_assert_cmpuint (g_hash_table_size (kinds), >=, 4);
  g_assert_cmpint (enrolled, >=, 200);
}

static gboolean
has_script (const char     *text,
            GUnicodeScript  script)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_get_script (g_utf8_get_char (p)) == script)
        return TRUE;
    }
  return FALSE;
}

static void
test_fields_are_valid (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) all = generate_and_load (f, "valid.sqlite3", 400, 7, NULL);
  g_autoptr(GHashTable) national_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) given_names = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_fodselsnummer = 0, n_d_nummer = 0, n_none = 0;
  guint n_cyrillic = 0, n_arabic = 0, n_ethiopic = 0;

  for (guint i = 0; i < all->len; i++)
    {
      FfParticipant *p = all->pdata[i];
      const char *id = ff_participant_get_field (p, FF_PARTICIPANT_NATIONAL_ID);
      const char *birth = ff_participant_get_field (p, FF_PARTICIPANT_BIRTH_DATE);
      const char *native = ff_participant_get_field (p, FF_PARTICIPANT_NATIVE_NAME);

      g_assert_cmpstr (ff_participant_get_field (p, FF_PARTICIPANT_GIVEN_NAME), !=, "");
      g_hash_table_add (given_names,
                        (gpointer) ff_participant_get_field (p, FF_PARTICIPANT_GIVEN_NAME));

      /* Every field passes the checks a user's typing must pass. */
      for (FfParticipantField field = 0; field < FF_PARTICIPANT_N_FIELDS; field++)
        {
          const char *value = ff_participant_get_field (p, field);
          g_autofree char *normalized = NULL;
          g_autoptr(GError) error = NULL;

          if (!ff_record_validate (&ff_participant_type, field, value, &normalized, &error))
            g_error ("%s = \"%s\": %s", ff_participant_type.fields[field].key, value,
                     error->message);
          g_assert_cmpstr (normalized, ==, value);
        }

      /* 16 to 65 years old on the data's reference day in late 2025 */
      g_assert_cmpstr (birth, >, "1959-11-28");
      g_assert_cmpstr (birth, <=, "2009-11-28");

      if (*id == '\0')
        {
          n_none++;
        }
      else
        {
          FfNationalIdKind kind;
          int day;

          g_assert_true (ff_validate_national_id (id, &kind, NULL, NULL));
          g_assert_false (g_hash_table_contains (national_ids, id));
          g_hash_table_add (national_ids, (gpointer) id);
          if (kind == FF_NATIONAL_ID_D_NUMMER)
            n_d_nummer++;
          else
            n_fodselsnummer++;

          /* The number begins with the birth date. */
          day = (id[0] - '0') * 10 + (id[1] - '0') - (kind == FF_NATIONAL_ID_D_NUMMER ? 40 : 0);
          g_assert_cmpint (day, ==, atoi (birth + 8));
          g_assert_cmpint (strncmp (id + 2, birth + 5, 2), ==, 0);
          g_assert_cmpint (strncmp (id + 4, birth + 2, 2), ==, 0);
        }

      n_cyrillic += has_script (native, G_UNICODE_SCRIPT_CYRILLIC);
      n_arabic += has_script (native, G_UNICODE_SCRIPT_ARABIC);
      n_ethiopic += has_script (native, G_UNICODE_SCRIPT_ETHIOPIC);
    }

  g_assert_cmpuint (n_fodselsnummer, >, all->len / 2);
  g_assert_cmpuint (n_d_nummer, >, 0);
  g_assert_cmpuint (n_none, >, 0);
  g_assert_cmpuint (n_cyrillic, >, 0);
  g_assert_cmpuint (n_arabic, >, 0);
  g_assert_cmpuint (n_ethiopic, >, 0);
  /* Varied enough to look like real people. */
  g_assert_cmpuint (g_hash_table_size (given_names), >, 100);
}

static gboolean
is_terminal (FfEnrolmentStatus status)
{
  return status == FF_ENROLMENT_STATUS_COMPLETED
         || status == FF_ENROLMENT_STATUS_DROPPED_OUT
         || status == FF_ENROLMENT_STATUS_MOVED;
}

static void
test_histories_are_ordered (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GPtrArray) all = generate_and_load (f, "history.sqlite3", 300, 11, &store);
  g_autoptr(GHashTable) statuses = g_hash_table_new (NULL, NULL);
  guint n_long = 0;

  for (guint i = 0; i < all->len; i++)
    {
      FfParticipant *p = all->pdata[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) enrolments =
        ff_enrolment_list_for_participant (store, ff_participant_get_id (p), &error);

      g_assert_no_error (error);
      g_assert_cmpuint (enrolments->len, <=, 2);
      g_hash_table_add (statuses, GINT_TO_POINTER (ff_participant_get_status (p)));

      if (enrolments->len == 0)
        {
          g_assert_cmpint (ff_participant_get_status (p), ==, FF_ENROLMENT_STATUS_NONE);
          continue;
        }

      /* The participant shows the status of the most recently changed enrolment. */
      g_assert_cmpint (ff_participant_get_status (p), ==,
                       ff_enrolment_get_status (enrolments->pdata[0]));

      for (guint e = 0; e < enrolments->len; e++)
        {
          FfEnrolment *enrolment = enrolments->pdata[e];
          g_autoptr(GPtrArray) history =
            ff_enrolment_history (store, ff_record_get_id (FF_RECORD (enrolment)), &error);
          FfStatusChange *last;

          g_assert_no_error (error);
          g_assert_cmpuint (history->len, >=, 1);
          g_assert_cmpuint (history->len, <=, 5);
          if (history->len >= 3)
            n_long++;

          for (guint h = 0; h < history->len; h++)
            {
              FfStatusChange *change = history->pdata[h];

              g_assert_cmpstr (ff_status_change_get_reason (change), !=, "");
              if (h == 0)
                continue;
              /* Dated in order, and nothing after a final status. */
              g_assert_cmpstr (ff_status_change_get_date (history->pdata[h - 1]), <=,
                               ff_status_change_get_date (change));
              g_assert_false (is_terminal (ff_status_change_get_status (history->pdata[h - 1])));
              g_assert_cmpint (ff_status_change_get_status (change), !=,
                               ff_status_change_get_status (history->pdata[h - 1]));
            }

          last = history->pdata[history->len - 1];
          g_assert_cmpint (ff_status_change_get_status (last), ==,
                           ff_enrolment_get_status (enrolment));
          g_assert_cmpstr (ff_status_change_get_date (last), ==,
                           ff_record_get (FF_RECORD (enrolment),
                                          FF_ENROLMENT_FIELD_STATUS_DATE));
        }
    }

  /* Most statuses occur in 300 people, and some histories are long. */
  g_assert_cmpuint (g_hash_table_size (statuses), >=, 6);
  g_assert_true (g_hash_table_contains (statuses,
                                        GINT_TO_POINTER (FF_ENROLMENT_STATUS_ACTIVE)));
  g_assert_true (g_hash_table_contains (statuses,
                                        GINT_TO_POINTER (FF_ENROLMENT_STATUS_COMPLETED)));
  g_assert_cmpuint (n_long, >, 20);
}

static void
test_search_finds_both_scripts (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GPtrArray) all = generate_and_load (f, "search.sqlite3", 300, 5, &store);
  FfParticipant *with_native = NULL;

  for (guint i = 0; i < all->len && with_native == NULL; i++)
    {
      const char *native = ff_participant_get_field (all->pdata[i], FF_PARTICIPANT_NATIVE_NAME);

      if (has_script (native, G_UNICODE_SCRIPT_CYRILLIC))
        with_native = all->pdata[i];
    }
  g_assert_nonnull (with_native);

  {
    const char *searches[] = {
      ff_participant_get_field (with_native, FF_PARTICIPANT_NATIVE_NAME),
      ff_participant_get_field (with_native, FF_PARTICIPANT_FAMILY_NAME),
    };

    for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
      {
        FfParticipantQuery query = {
          .search = searches[s],
          .status = FF_ENROLMENT_STATUS_ANY,
          .sort = FF_PARTICIPANT_SORT_NAME,
        };
        g_autoptr(GError) error = NULL;
        g_autoptr(GArray) ids = ff_participant_query_ids (store, &query, &error);
        gboolean found = FALSE;

        g_assert_no_error (error);
        for (guint i = 0; i < ids->len; i++)
          found |= g_array_index (ids, gint64, i) == ff_participant_get_id (with_native);
        g_assert_true (found);
      }
  }
}

typedef struct
{
  GCancellable *cancellable;
  double cancel_at;             /* cancels once the share done reaches it */
  guint calls;
  double last;
  gboolean went_back;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->went_back |= fraction < progress->last;
  progress->last = fraction;
  progress->calls++;
  if (progress->cancellable != NULL && fraction >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

/* Asserts that generating @n participants from @seed into @store is cancelled, with the
 * progress reported to @progress unless that is NULL. */
static void
assert_generate_cancelled (FfStore      *store,
                           guint         n,
                           guint32       seed,
                           Progress     *progress,
                           GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ff_sample_generate (store, n, seed, progress != NULL ? on_progress : NULL,
                                      progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
record_fraction (double  fraction,
                 GArray *fractions)
{
  g_array_append_val (fractions, fraction);
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "progress.sqlite3");
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };

  g_assert_true (ff_sample_generate (store, 4500, 3, on_progress, &progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (progress.went_back);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  /* At least once every 1,000 rows */
  g_assert_cmpuint (progress.calls, >=, 4500 / 1000);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "cancel.sqlite3");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  /* Progress comes in hundredths: 0.6 comes after 6,000 rows. */
  Progress progress = { .cancellable = cancellable, .cancel_at = 0.6 };
  gint64 kept;

  assert_generate_cancelled (store, 10000, 3, &progress, cancellable);

  /* Finished batches stay; the batch that was being written when the user
   * cancelled is gone entirely, so fewer than the 6,000 written so far remain. */
  kept = ff_participant_count (store);
  g_assert_cmpint (kept, >, 0);
  g_assert_cmpint (kept, <, 6000);

  assert_store_consistent (store);
}

static void
test_cancel_before_start (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "cancelled.sqlite3");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  assert_generate_cancelled (store, 100, 3, NULL, cancellable);
  g_assert_true (ff_store_is_empty (store));
}

/* Every row of @table as text, without what differs from file to file (UUIDs, times of
 * writing, the OS user). */
static void
append_table (GString    *text,
              FfStore    *store,
              const char *table)
{
  static const char * const skip[] = {
    "uuid", "row_uuid", "created_at", "updated_at", "os_user", NULL,
  };
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", table);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ff_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_string_append_printf (text, "[%s]\n", table);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          if (!g_strv_contains (skip, sqlite3_column_name (stmt, i)))
            g_string_append_printf (text, "%s|", sqlite3_column_text (stmt, i));
        }
      g_string_append_c (text, '\n');
    }
  sqlite3_finalize (stmt);
}

/* Everything the sample wrote, audit included. */
static char *
store_text (FfStore *store)
{
  static const char * const tables[] = {
    "programme", "participant", "enrolment", "enrolment_status", "plan", "plan_subgoal",
    "plan_activity", "plan_review", "employer", "course", "course_participant", "session",
    "attendance_mark", "mentor", "mentor_match", "mentor_meeting", "placement",
    "placement_approval", "follow_up", "follow_up_action", "outcome", "audit",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    append_table (text, store, tables[i]);

  return g_string_free (text, FALSE);
}

static void
test_same_seed_same_data (Fixture       *f,
                          gconstpointer  data)
{
  /* Three batches, so that batches and the employers between them count too. */
  guint n = 1100;
  g_autoptr(FfStore) first = generate (f, "first.sqlite3", n, 42);
  g_autoptr(FfStore) second = generate (f, "second.sqlite3", n, 42);
  g_autoptr(FfStore) other = generate (f, "other.sqlite3", n, 43);
  g_autofree char *in_first = store_text (first);
  g_autofree char *in_second = store_text (second);
  g_autofree char *in_other = store_text (other);

  g_assert_cmpuint (n / ff_sample_batch_size (n), ==, 2);
  g_assert_cmpuint (strlen (in_first), >, 100000);
  g_assert_cmpstr (in_first, ==, in_second);
  g_assert_cmpstr (in_first, !=, in_other);
}

static void
test_every_write_is_audited (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(FfStore) store = generate (f, "audit.sqlite3", 200, 4);
  static const char * const tables[] = {
    "programme", "participant", "enrolment", "plan", "plan_subgoal", "plan_activity",
    "plan_review", "employer", "course", "course_participant", "session", "attendance_mark",
  };

  /* Written as a user's edits are: every row has its "created" in the audit. */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *rows = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      g_autofree char *created = g_strdup_printf ("SELECT count(*) FROM audit"
                                                  " WHERE table_name = '%s' AND field IS NULL"
                                                  " AND new_value = 'created'", tables[i]);

      g_assert_cmpint (ff_test_query_int (store, rows), >, 0);
      g_assert_cmpint (ff_test_query_int (store, rows), ==, ff_test_query_int (store, created));
    }
}

static gboolean
is_industry (const char *industry)
{
  static const char * const known[] = {
    "helse og omsorg", "dagligvarehandel", "bygg og anlegg", "renhold", "restaurant",
    "transport", "barnehage", "bakeri og konditori", "lager og logistikk",
    "hotell og reiseliv", "fiske og havbruk", "bilverksted", "frisør og skjønnhet",
    "jordbruk og gartneri", NULL,
  };

  return g_strv_contains (known, industry);
}

/* The employers of a sample of @n, checked against its participants' places. */
static void
check_employers (FfStore *store,
                 guint    n)
{
  FfRecordQuery query = { .include_archived = TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_record_query_ids (store, &ff_employer_type, &query, &error);
  g_autoptr(GPtrArray) employers = NULL;
  g_autoptr(GPtrArray) participants = load_all (store);
  g_autoptr(GHashTable) postcodes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) industries = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  employers = ff_record_load_many (store, &ff_employer_type, (const gint64 *) ids->data,
                                   ids->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (employers->len, ==, ff_sample_n_employers (n));

  /* Where the participants live: municipality → postcode. */
  for (guint i = 0; i < participants->len; i++)
    g_hash_table_insert (postcodes,
                         (gpointer) ff_participant_get_field (participants->pdata[i],
                                                              FF_PARTICIPANT_MUNICIPALITY),
                         (gpointer) ff_participant_get_field (participants->pdata[i],
                                                              FF_PARTICIPANT_POSTCODE));

  for (guint i = 0; i < employers->len; i++)
    {
      FfRecord *employer = employers->pdata[i];
      const char *number = ff_record_get (employer, FF_EMPLOYER_ORG_NUMBER);
      const char *place = ff_record_get (employer, FF_EMPLOYER_PLACE);

      /* A valid, distinct organisation number beginning with 9 or 8. */
      g_assert_true (ff_validate_org_number (number, NULL, NULL));
      g_assert_cmpuint (strlen (number), ==, 9);
      g_assert_true (number[0] == '9' || number[0] == '8');
      g_assert_false (g_hash_table_contains (numbers, number));
      g_hash_table_add (numbers, (gpointer) number);

      /* In a place where participants live, with its postcode. */
      g_assert_true (g_hash_table_contains (postcodes, place));
      g_assert_cmpstr (ff_record_get (employer, FF_EMPLOYER_POSTCODE), ==,
                       g_hash_table_lookup (postcodes, place));

      g_assert_true (is_industry (ff_record_get (employer, FF_EMPLOYER_INDUSTRY)));
      g_hash_table_add (industries, (gpointer) ff_record_get (employer, FF_EMPLOYER_INDUSTRY));
      g_hash_table_add (names, (gpointer) ff_record_get (employer, FF_EMPLOYER_NAME));

      for (FfEmployerField field = 0; field < FF_EMPLOYER_N_FIELDS; field++)
        {
          const char *value = ff_record_get (employer, field);
          g_autofree char *normalized = NULL;
          g_autoptr(GError) invalid = NULL;

          if (field != FF_EMPLOYER_NOTES)
            g_assert_cmpstr (value, !=, "");
          if (!ff_record_validate (&ff_employer_type, field, value, &normalized, &invalid))
            g_error ("%s = \"%s\": %s", ff_employer_type.fields[field].key, value,
                     invalid->message);
          g_assert_cmpstr (normalized, ==, value);
        }
    }

  if (employers->len >= 20)
    {
      g_assert_cmpuint (g_hash_table_size (industries), >=, 5);
      g_assert_cmpuint (g_hash_table_size (names), >=, employers->len * 9 / 10);
    }
}

static void
test_employers_in_participants_places (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(FfStore) store = generate (f, "employers.sqlite3", 300, 9);
  g_autoptr(FfStore) small = generate (f, "small.sqlite3", 3, 2);

  check_employers (store, 300);
  /* Three participants live in three places at most: the employers too. */
  check_employers (small, 3);
  g_assert_cmpint (ff_test_query_int (small, "SELECT count(DISTINCT place) FROM employer"),
                   <=, 3);
}

/* Job seekers keep logs against the register's employers, whose statuses move on
 * sensibly with time, with a few offers, all of it by the sample's today. */
/* The participants of the establishment course have business plans of the course's
 * kinds, in every status, whose budgets break even, never do, or lack financing. */
static void
test_business_plans (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FfStore) store = generate (f, "business-plans.sqlite3", 600, 13);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_business_plan_query_ids (store, 0, &error);
  guint break_even = 0, never = 0, gap = 0, vat = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >=, 10);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM business_plan b"
                                             " WHERE NOT EXISTS (SELECT 1 FROM enrolment e"
                                             "  JOIN programme pr ON pr.id = e.programme_id"
                                             "  WHERE e.participant_id = b.participant_id"
                                             "  AND pr.kind = 'establishment-course')"), ==, 0);
  for (const char *const *status = (const char *const[]) { "draft", "in-review", "final", NULL };
       *status != NULL; status++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM business_plan"
                                              " WHERE status = '%s'", *status);

      g_assert_cmpint (ff_test_query_int (store, sql), >, 0);
    }
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(DISTINCT kind) FROM business_plan"),
                   >=, 5);
  /* Reviewed plans have feedback; every plan has its checklist and history. */
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM business_plan b"
                                             " WHERE status <> 'draft' AND NOT EXISTS"
                                             " (SELECT 1 FROM business_plan_feedback f"
                                             "  WHERE f.plan_id = b.id)"), ==, 0);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM business_plan b"
                                             " WHERE NOT EXISTS (SELECT 1 FROM business_plan_item i"
                                             "  WHERE i.plan_id = b.id)"
                                             " OR NOT EXISTS (SELECT 1 FROM business_plan_status s"
                                             "  WHERE s.plan_id = b.id)"), ==, 0);

  for (guint i = 0; i < ids->len; i++)
    {
      FfBusinessBudget budget;

      g_assert_true (ff_business_budget_read (store, g_array_index (ids, gint64, i), &budget,
                                              &error));
      g_assert_no_error (error);
      g_assert_cmpint (budget.revenue_total, >, 0);
      g_assert_cmpint (budget.cost_total, >, 0);
      break_even += budget.break_even_month != 0;
      never += budget.break_even_month == 0;
      gap += budget.financing_gap > 0;
      vat += ff_business_budget_needs_vat (&budget);
    }
  g_assert_cmpuint (break_even, >, 0);
  g_assert_cmpuint (never, >, 0);
  g_assert_cmpuint (gap, >, 0);
  g_assert_cmpuint (vat, >, 0);
}

/* Courses in every programme, marked up to the data's today, mostly present; those who
 * attend badly do so on every course, so that warnings and reductions show. */
static void
test_courses (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(FfStore) store = generate (f, "courses.sqlite3", 1500, 21);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) rows = NULL;
  guint below = 0, reduced = 0;
  gint64 marks, present, introduction;

  g_assert_cmpint (ff_test_query_int (store, "SELECT count(DISTINCT programme_id) FROM course"),
                   ==, FF_SAMPLE_N_PROGRAMMES);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(DISTINCT kind) FROM course"), >=, 7);
  /* No session on a public holiday (17 May 2025 a Saturday: no course meets then). */
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM session"
                                             " WHERE date IN ('2025-01-01', '2025-04-17',"
                                             " '2025-04-18', '2025-04-21', '2025-05-01',"
                                             " '2025-05-29', '2025-06-09')"), ==, 0);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM session"
                                             " WHERE cancelled = 1"), >, 0);
  /* Marked up to the data's today, never in a cancelled session. */
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM attendance_mark m"
                                             " JOIN session s ON s.id = m.session_id"
                                             " WHERE s.date > '2025-11-28' OR s.cancelled = 1"),
                   ==, 0);
  marks = ff_test_query_int (store, "SELECT count(*) FROM attendance_mark");
  present = ff_test_query_int (store, "SELECT count(*) FROM attendance_mark"
                                      " WHERE kind = 'present'");
  g_assert_cmpint (marks, >, 1000);
  g_assert_cmpint (present * 100, >, marks * 75);
  for (const char *const *kind = (const char *const[]) { "late", "left-early", "excused",
                                                         "unexcused", NULL };
       *kind != NULL; kind++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM attendance_mark"
                                              " WHERE kind = '%s'", *kind);

      g_assert_cmpint (ff_test_query_int (store, sql), >, 0);
    }

  /* Warnings on some courses' participants. */
  ids = ff_course_query_ids (store, 0, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(FfCourseGrid) grid = ff_course_grid_load (store, g_array_index (ids, gint64, i),
                                                          &error);

      g_assert_no_error (error);
      for (guint row = 0; row < ff_course_grid_get_n_participants (grid); row++)
        below += ff_course_grid_below_threshold (grid, row);
    }
  g_assert_cmpuint (below, >, 0);

  /* The introduction programme pays a benefit, and absence costs some of it. */
  introduction = ff_test_query_int (store, "SELECT id FROM programme"
                                           " WHERE kind = 'introduction'");
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM enrolment"
                                             " WHERE yearly_benefit IS NOT NULL"
                                             " AND programme_id <> (SELECT id FROM programme"
                                             "  WHERE kind = 'introduction')"), ==, 0);
  rows = ff_course_reductions (store, introduction, "2025-08-01", "2025-11-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    reduced += g_array_index (rows, FfReductionRow, i).reduction.reduction > 0;
  g_assert_cmpuint (reduced, >, 0);
}

static void
test_job_logs (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(FfStore) store = generate (f, "job-logs.sqlite3", 400, 11);
  gint64 applications = ff_test_query_int (store, "SELECT count(*) FROM job_application");
  gint64 seekers = ff_test_query_int (store, "SELECT count(DISTINCT participant_id)"
                                             " FROM job_application");

  /* Some participants, not all, each with a handful or more. */
  g_assert_cmpint (seekers, >, 400 / 20);
  g_assert_cmpint (seekers, <, 400 / 2);
  g_assert_cmpint (applications, >=, seekers * 4);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_application"
                                             " WHERE status = 'offered'"), >, 0);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_application"
                                             " WHERE status = 'offered'"), <,
                   applications / 10);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_application"
                                             " WHERE status = 'not-hired'"), >,
                   applications / 4);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_target"), >, 0);

  /* Most at employers of the register, and those by the register's name. */
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_application"
                                             " WHERE employer_id IS NOT NULL"), >,
                   applications / 2);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_application a"
                                             " LEFT JOIN employer e ON e.id = a.employer_id"
                                             " WHERE a.employer_id IS NOT NULL"
                                             " AND (e.id IS NULL OR e.name <> a.employer)"),
                   ==, 0);

  /* Nothing after the sample's today; answers older than the questions never. */
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_application"
                                             " WHERE date > '2025-11-28'"
                                             " OR status_date > '2025-11-28'"
                                             " OR status_date < date"
                                             " OR (deadline <> '' AND deadline < date)"
                                             " OR (follow_up <> '' AND follow_up < date)"),
                   ==, 0);
  /* The current status is the latest of each history; an ended one was sent first. */
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_application a"
                                             " WHERE a.status <> (SELECT s.status"
                                             "  FROM job_application_status s"
                                             "  WHERE s.application_id = a.id"
                                             "  ORDER BY s.date DESC, s.id DESC LIMIT 1)"),
                   ==, 0);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_application a"
                                             " WHERE a.status IN ('offered', 'not-hired',"
                                             " 'withdrawn') AND (SELECT s.status"
                                             "  FROM job_application_status s"
                                             "  WHERE s.application_id = a.id"
                                             "  ORDER BY s.date, s.id LIMIT 1) <> 'sent'"),
                   ==, 0);
  /* Follow-ups only of applications still open. */
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM job_application"
                                             " WHERE follow_up <> ''"
                                             " AND status NOT IN ('sent', 'interview')"),
                   ==, 0);
}

static void
test_progress_in_hundredths (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "hundredths.sqlite3");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));

  g_assert_true (ff_sample_generate (store, 1500, 3, (FfProgressFunc) record_fraction,
                                     fractions, NULL, &error));
  g_assert_no_error (error);

  /* 0, 0.01 … 1: each hundredth once, in order, and 1 only at the very end. */
  g_assert_cmpuint (fractions->len, ==, 101);
  for (guint i = 0; i < fractions->len; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (fractions, double, i), i / 100.0, 1e-9);
}

static void
test_cancel_keeps_whole_batches (Fixture       *f,
                                 gconstpointer  data)
{
  const guint n = 2500;
  const guint batch = ff_sample_batch_size (n);
  const double cancel_at[] = { 0.5, 0.9 };

  for (guint c = 0; c < G_N_ELEMENTS (cancel_at); c++)
    {
      g_autofree char *name = g_strdup_printf ("cancel-%u.sqlite3", c);
      g_autoptr(FfStore) store = ff_test_open_store (f->dir, name);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      Progress progress = { .cancellable = cancellable, .cancel_at = cancel_at[c] };
      guint written = (guint) (cancel_at[c] * n);
      gint64 kept;

      assert_generate_cancelled (store, n, 5, &progress, cancellable);

      /* The batches finished before, whole, and nothing of the one under way. */
      kept = ff_participant_count (store);
      g_assert_cmpint (kept, ==, written / batch * batch);
      g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM employer"), ==,
                       (gint64) ff_sample_n_employers (n) * kept / n);
      /* Every participant kept has what was written with them: a history for each
       * enrolment, a draft for each plan. */
      g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM enrolment e"
                                                 " WHERE NOT EXISTS (SELECT 1 FROM"
                                                 " enrolment_status s"
                                                 " WHERE s.enrolment_id = e.id)"), ==, 0);
      g_assert_cmpint (ff_test_query_int (store, "SELECT count(DISTINCT enrolment_id)"
                                                 " FROM plan"), ==,
                       ff_test_query_int (store, "SELECT count(*) FROM plan"
                                                 " WHERE state = 'draft'"));
      g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM audit"
                                                 " WHERE table_name = 'participant'"
                                                 " AND new_value = 'created'"), ==, kept);

      assert_store_consistent (store);
    }
}

/* The worker thread: what a caller of ff_sample_generate_async() sees. */
typedef struct
{
  GMainContext *context;
  GMainLoop *loop;
  GThread *thread;                /* the caller's */
  GArray *fractions;
  guint freed;                    /* calls of the progress data's free function */
  gboolean done;
  gboolean ok;
  GError *error;
  double cancel_at;
  GCancellable *cancellable;
  FfStore *store;                 /* the caller's own connection, or NULL */
  guint batch;                    /* of the run, for what that connection reads */
  gint64 seen_while_writing;
} Caller;

static void
caller_progress (double   fraction,
                 gpointer user_data)
{
  Caller *caller = user_data;

  /* On the caller's thread and main context, never after the end. */
  g_assert_true (g_thread_self () == caller->thread);
  g_assert_true (g_main_context_is_owner (caller->context));
  g_assert_false (caller->done);
  g_assert_cmpuint (caller->freed, ==, 0);
  if (caller->fractions->len > 0)
    g_assert_cmpfloat (fraction, >, g_array_index (caller->fractions, double,
                                                   caller->fractions->len - 1));
  g_array_append_val (caller->fractions, fraction);

  /* A window reads on its own connection while the worker writes on another. */
  if (caller->store != NULL)
    {
      gint64 count = ff_participant_count (caller->store);

      g_assert_cmpint (count % caller->batch, ==, 0);
      caller->seen_while_writing = MAX (caller->seen_while_writing, count);
    }

  if (caller->cancellable != NULL && fraction >= caller->cancel_at)
    g_cancellable_cancel (caller->cancellable);
}

static void
caller_free (gpointer user_data)
{
  Caller *caller = user_data;

  g_assert_true (g_thread_self () == caller->thread);
  g_assert_false (caller->done);
  caller->freed++;
}

static void
caller_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Caller *caller = user_data;

  g_assert_true (g_thread_self () == caller->thread);
  g_assert_true (g_main_context_is_owner (caller->context));
  caller->ok = ff_sample_generate_finish (result, &caller->error);
  caller->done = TRUE;
  g_main_loop_quit (caller->loop);
}

/* Runs the sample into @path from the thread-default context of the calling thread,
 * as a window or fotfeste-cli does, and waits for it in a main loop. */
static void
caller_run (Caller     *caller,
            const char *path,
            guint       n)
{
  caller->context = g_main_context_ref_thread_default ();
  caller->loop = g_main_loop_new (caller->context, FALSE);
  caller->thread = g_thread_self ();
  caller->fractions = g_array_new (FALSE, FALSE, sizeof (double));

  ff_sample_generate_async (path, n, 21, caller_progress, caller, caller_free,
                            caller->cancellable, caller_done, caller);
  g_main_loop_run (caller->loop);

  g_assert_true (caller->done);
  g_assert_cmpuint (caller->freed, ==, 1);
}

static void
caller_clear (Caller *caller)
{
  g_clear_pointer (&caller->loop, g_main_loop_unref);
  g_clear_pointer (&caller->context, g_main_context_unref);
  g_clear_pointer (&caller->fractions, g_array_unref);
  g_clear_error (&caller->error);
}

static void
test_async_reports_on_callers_context (Fixture       *f,
                                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "async.sqlite3", NULL);
  g_autoptr(FfStore) store = NULL;
  guint n = 1200;
  Caller caller = { 0 };

  caller_run (&caller, path, n);
  g_assert_no_error (caller.error);
  g_assert_true (caller.ok);
  /* From 0 to 1, all of it before the end was reported. */
  g_assert_cmpuint (caller.fractions->len, >=, 2);
  g_assert_cmpuint (caller.fractions->len, <=, 101);
  g_assert_cmpfloat (g_array_index (caller.fractions, double, 0), ==, 0.0);
  g_assert_cmpfloat (g_array_index (caller.fractions, double, caller.fractions->len - 1), ==,
                     1.0);
  caller_clear (&caller);

  store = ff_test_open_store (f->dir, "async.sqlite3");
  g_assert_cmpint (ff_participant_count (store), ==, n);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM employer"), ==,
                   ff_sample_n_employers (n));
}

static gpointer
run_in_thread (gpointer data)
{
  const char *path = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  Caller caller = { 0 };
  gboolean ok;

  g_main_context_push_thread_default (context);
  caller_run (&caller, path, 300);
  ok = caller.ok && caller.error == NULL &&
       g_array_index (caller.fractions, double, caller.fractions->len - 1) == 1.0;
  caller_clear (&caller);
  g_main_context_pop_thread_default (context);

  return GINT_TO_POINTER (ok);
}

static void
test_async_reports_on_thread_default_context (Fixture       *f,
                                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "thread.sqlite3", NULL);
  GThread *thread = g_thread_new ("caller", run_in_thread, path);

  /* The checks of caller_progress() and caller_done() run in that thread. */
  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));
}

static void
test_async_window_like_caller (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "window.sqlite3");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint n = 2000;
  guint batch = ff_sample_batch_size (n);
  Caller caller = { .cancellable = cancellable, .cancel_at = 0.75, .store = store,
                    .batch = batch };
  gint64 kept;

  /* Into the file the window has open; the user presses Cancel three quarters of the
   * way. */
  caller_run (&caller, ff_store_get_path (store), n);
  g_assert_false (caller.ok);
  g_assert_error (caller.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* By then the window read the first batch, committed while the worker went on. */
  g_assert_cmpint (caller.seen_while_writing, >=, batch);
  caller_clear (&caller);

  /* What its connection reads afterwards: whole batches (the one under way when the
   * user cancelled is gone), a consistent file. */
  kept = ff_participant_count (store);
  g_assert_cmpint (kept % batch, ==, 0);
  g_assert_cmpint (kept, >=, caller.seen_while_writing);
  g_assert_cmpint (kept, <, n);
  assert_store_consistent (store);
}

static void
test_async_failure_still_ends (Fixture       *f,
                               gconstpointer  data)
{
  /* A folder is no database. */
  Caller caller = { 0 };

  caller_run (&caller, f->dir, 10);
  g_assert_false (caller.ok);
  g_assert_nonnull (caller.error);
  g_assert_false (g_error_matches (caller.error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  caller_clear (&caller);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_dir_add ("/core/sample/same-seed-same-people", test_same_seed_same_people);
  ff_test_dir_add ("/core/sample/counts-and-programmes", test_counts_and_programmes);
  ff_test_dir_add ("/core/sample/fields-are-valid", test_fields_are_valid);
  ff_test_dir_add ("/core/sample/histories-are-ordered", test_histories_are_ordered);
  ff_test_dir_add ("/core/sample/search-finds-both-scripts", test_search_finds_both_scripts);
  ff_test_dir_add ("/core/sample/progress", test_progress);
  ff_test_dir_add ("/core/sample/cancel", test_cancel);
  ff_test_dir_add ("/core/sample/cancel-before-start", test_cancel_before_start);

  ff_test_dir_add ("/core/sample/same-seed-same-data", test_same_seed_same_data);
  ff_test_dir_add ("/core/sample/every-write-is-audited", test_every_write_is_audited);
  ff_test_dir_add ("/core/sample/employers/in-participants-places",
                   test_employers_in_participants_places);
  ff_test_dir_add ("/core/sample/job-logs/realistic-and-consistent", test_job_logs);
  ff_test_dir_add ("/core/sample/business-plans/every-status-and-budget", test_business_plans);
  ff_test_dir_add ("/core/sample/courses/marked-with-warnings-and-reductions", test_courses);
  ff_test_dir_add ("/core/sample/progress/in-hundredths-to-one", test_progress_in_hundredths);
  ff_test_dir_add ("/core/sample/cancel/keeps-whole-batches", test_cancel_keeps_whole_batches);
  ff_test_dir_add ("/core/sample/async/reports-on-callers-context",
                   test_async_reports_on_callers_context);
  ff_test_dir_add ("/core/sample/async/reports-on-thread-default-context",
                   test_async_reports_on_thread_default_context);
  ff_test_dir_add ("/core/sample/async/window-like-caller", test_async_window_like_caller);
  ff_test_dir_add ("/core/sample/async/failure-still-ends", test_async_failure_still_ends);

  return g_test_run ();
}
