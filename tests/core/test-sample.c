/* test-sample.c — synthetic data: the same for a seed, varied, valid and cancellable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-sample.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ff_test_make_dir ("fotfeste-sample-XXXXXX");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ff_test_remove_tree (f->dir);
  g_free (f->dir);
}

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
  FfParticipantQuery query = {
    .search = NULL,
    .programme_id = 0,
    .status = FF_ENROLMENT_STATUS_ANY,
    .sort = FF_PARTICIPANT_SORT_NAME,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_participant_query_ids (store, &query, &error);
  GPtrArray *participants;

  g_assert_no_error (error);
  participants = ff_participant_load_many (store, (const gint64 *) ids->data, ids->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, ids->len);
  return participants;
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
  g_autoptr(FfStore) first = generate (f, "first.sqlite3", 300, 42);
  g_autoptr(FfStore) second = generate (f, "second.sqlite3", 300, 42);
  g_autoptr(FfStore) other = generate (f, "other.sqlite3", 300, 43);
  g_autoptr(GPtrArray) a = load_all (first);
  g_autoptr(GPtrArray) b = load_all (second);
  g_autoptr(GPtrArray) c = load_all (other);
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
  g_autoptr(FfStore) store = generate (f, "valid.sqlite3", 400, 7);
  g_autoptr(GPtrArray) all = load_all (store);
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
  g_autoptr(FfStore) store = generate (f, "history.sqlite3", 300, 11);
  g_autoptr(GPtrArray) all = load_all (store);
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
            ff_enrolment_history (store, ff_enrolment_get_id (enrolment), &error);
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
                           ff_enrolment_get_status_date (enrolment));
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
  g_autoptr(FfStore) store = generate (f, "search.sqlite3", 300, 5);
  g_autoptr(GPtrArray) all = load_all (store);
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
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  /* Progress comes in hundredths: 0.6 comes after 6,000 rows. */
  Progress progress = { .cancellable = cancellable, .cancel_at = 0.6 };
  gint64 kept;

  g_assert_false (ff_sample_generate (store, 10000, 3, on_progress, &progress, cancellable,
                                      &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Finished batches stay; the batch that was being written when the user
   * cancelled is gone entirely, so fewer than the 6,000 written so far remain. */
  kept = ff_participant_count (store);
  g_assert_cmpint (kept, >, 0);
  g_assert_cmpint (kept, <, 6000);

  g_assert_true (ff_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_cancel_before_start (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "cancelled.sqlite3");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (ff_sample_generate (store, 100, 3, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (ff_store_is_empty (store));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/sample/same-seed-same-people", test_same_seed_same_people);
  ADD ("/core/sample/counts-and-programmes", test_counts_and_programmes);
  ADD ("/core/sample/fields-are-valid", test_fields_are_valid);
  ADD ("/core/sample/histories-are-ordered", test_histories_are_ordered);
  ADD ("/core/sample/search-finds-both-scripts", test_search_finds_both_scripts);
  ADD ("/core/sample/progress", test_progress);
  ADD ("/core/sample/cancel", test_cancel);
  ADD ("/core/sample/cancel-before-start", test_cancel_before_start);

#undef ADD

  return g_test_run ();
}
