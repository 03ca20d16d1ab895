/* test-employer.c — the employer register, and through it the one path every kind of
 * record is read and written by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-employer.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

/* Field @f of employer @id as stored. */
#define STORED(id, f) \
  ff_test_record_field (fixture->store, &ff_employer_type, (id), (f))

/* Audit rows of employer @id that say @what ("created", "deleted" …). */
#define AUDIT_ROWS(id, what) \
  ff_test_count_audit (fixture->store, &ff_employer_type, (id), (what))

static gint64
add (Fixture    *fixture,
     const char *name,
     const char *org_number,
     const char *place)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_EMPLOYER_N_FIELDS] = {
    [FF_EMPLOYER_NAME] = name,
    [FF_EMPLOYER_ORG_NUMBER] = org_number,
    [FF_EMPLOYER_PLACE] = place,
  };
  gint64 id = ff_record_insert (fixture->store, &ff_employer_type, 0, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* "name, name, …" of the employers the list shows for @search. */
static char *
list (Fixture    *fixture,
      const char *search,
      gboolean    include_archived)
{
  g_autoptr(GError) error = NULL;
  FfRecordQuery query = { .search = search, .include_archived = include_archived };
  g_autoptr(GArray) ids = ff_record_query_ids (fixture->store, &ff_employer_type, &query,
                                               &error);
  g_autoptr(GPtrArray) employers = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_no_error (error);
  employers = ff_record_load_many (fixture->store, &ff_employer_type,
                                   (const gint64 *) (gpointer) ids->data, ids->len, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < employers->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            ff_record_get_title (employers->pdata[i]));

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_create_edit_archive_delete (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) employers_seen = g_string_new (NULL);
  g_autoptr(GString) all_seen = g_string_new (NULL);
  g_autoptr(FfRecord) loaded = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *subtitle = NULL;
  gint64 rema, coop;

  g_signal_connect (fixture->store, "changed::employer", G_CALLBACK (ff_test_note_change),
                    employers_seen);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (ff_test_note_change), all_seen);

  rema = add (fixture, " Rema 1000  Kvænangen ", "974 760 673", "Burfjord");
  coop = add (fixture, "Coop Nordvik", "", "");
  g_assert_cmpint (AUDIT_ROWS (rema, "created"), ==, 1);

  loaded = ff_record_load (fixture->store, &ff_employer_type, rema, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ff_record_get_title (loaded), ==, "Rema 1000 Kvænangen");
  g_assert_cmpstr (ff_record_get (loaded, FF_EMPLOYER_ORG_NUMBER), ==, "974760673");
  g_object_get (loaded, "subtitle", &subtitle, NULL);
  g_assert_cmpstr (subtitle, ==, "974 760 673 · Burfjord");
  g_assert_false (ff_record_get_archived (loaded));
  g_assert_true (g_uuid_string_is_valid (ff_record_get_uuid (loaded)));

  /* Edit one field: written normalised, with an audit row; the same value again
   * writes nothing. */
  g_assert_true (ff_record_set_field (fixture->store, &ff_employer_type, coop,
                                      FF_EMPLOYER_PHONE, "77 77 12 34", &error));
  g_assert_true (ff_record_set_field (fixture->store, &ff_employer_type, coop,
                                      FF_EMPLOYER_PHONE, "+47 77 77 12 34", &error));
  g_assert_no_error (error);
  {
    g_autofree char *phone = STORED (coop, FF_EMPLOYER_PHONE);
    g_autofree char *last = ff_test_query_text (fixture->store,
                                                "SELECT field || '>' || new_value FROM audit"
                                                " ORDER BY id DESC LIMIT 1");

    g_assert_cmpstr (phone, ==, "+47 77 77 12 34");
    g_assert_cmpstr (last, ==, "phone>+47 77 77 12 34");
  }

  /* Archive: gone from the list, there with the archived ones, and back again. */
  g_assert_true (ff_record_set_archived (fixture->store, &ff_employer_type, rema, TRUE,
                                         &error));
  g_assert_no_error (error);
  {
    g_autofree char *active = list (fixture, NULL, FALSE);
    g_autofree char *all = list (fixture, NULL, TRUE);

    g_assert_cmpstr (active, ==, "Coop Nordvik");
    g_assert_cmpstr (all, ==, "Coop Nordvik, Rema 1000 Kvænangen");
  }
  g_assert_true (ff_record_set_archived (fixture->store, &ff_employer_type, rema, FALSE,
                                         &error));
  g_assert_cmpint (AUDIT_ROWS (rema, "archived"), ==, 1);
  g_assert_cmpint (AUDIT_ROWS (rema, "unarchived"), ==, 1);

  /* Delete leaves a tombstone that cannot be edited; undo brings it back whole. */
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_employer_type, coop, TRUE,
                                        &error));
  g_assert_null (ff_record_load (fixture->store, &ff_employer_type, coop, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ff_record_set_field (fixture->store, &ff_employer_type, coop,
                                       FF_EMPLOYER_PLACE, "Nordvik", &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autofree char *shown = list (fixture, NULL, TRUE);

    g_assert_cmpstr (shown, ==, "Rema 1000 Kvænangen");
  }
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_employer_type, coop, FALSE,
                                        &error));
  g_assert_no_error (error);
  {
    g_autofree char *phone = STORED (coop, FF_EMPLOYER_PHONE);
    g_autofree char *shown = list (fixture, NULL, FALSE);

    g_assert_cmpstr (phone, ==, "+47 77 77 12 34");
    g_assert_cmpstr (shown, ==, "Coop Nordvik, Rema 1000 Kvænangen");
  }
  g_assert_cmpint (AUDIT_ROWS (coop, "deleted"), ==, 1);
  g_assert_cmpint (AUDIT_ROWS (coop, "restored"), ==, 1);

  /* Every change was announced as the employer it was, with "changed::employer". */
  expected = g_strdup_printf ("employer:%1$" G_GINT64_FORMAT " employer:%2$" G_GINT64_FORMAT
                              " employer:%2$" G_GINT64_FORMAT " employer:%1$" G_GINT64_FORMAT
                              " employer:%1$" G_GINT64_FORMAT " employer:%2$" G_GINT64_FORMAT
                              " employer:%2$" G_GINT64_FORMAT " ", rema, coop);
  g_assert_cmpstr (employers_seen->str, ==, expected);
  g_assert_cmpstr (all_seen->str, ==, expected);

  /* A participant's change is not announced to those who follow employers. */
  ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  g_assert_cmpstr (employers_seen->str, ==, expected);
  g_assert_cmpstr (all_seen->str, !=, expected);
}

static void
test_refuses_bad_values (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct { FfEmployerField field; const char *value; int code; } refused[] = {
    { FF_EMPLOYER_ORG_NUMBER, "974760674", FF_VALIDATE_ERROR_CHECK_DIGIT },
    { FF_EMPLOYER_ORG_NUMBER, "97476067", FF_VALIDATE_ERROR_FORMAT },
    { FF_EMPLOYER_ORG_NUMBER, "NO974760673", FF_VALIDATE_ERROR_FORMAT },
    { FF_EMPLOYER_NAME, "  ", FF_VALIDATE_ERROR_EMPTY },
    { FF_EMPLOYER_POSTCODE, "91610", FF_VALIDATE_ERROR_FORMAT },
    { FF_EMPLOYER_EMAIL, "post@", FF_VALIDATE_ERROR_FORMAT },
    { FF_EMPLOYER_PHONE, "12", FF_VALIDATE_ERROR_FORMAT },
  };
  g_autoptr(GError) error = NULL;
  gint64 id = add (fixture, "Kvænangen kommune", "974 760 673", "Burfjord");
  gint64 n_audit = ff_test_query_int (fixture->store, "SELECT count(*) FROM audit");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *before = STORED (id, refused[i].field);
      g_autofree char *after = NULL;

      g_assert_false (ff_record_set_field (fixture->store, &ff_employer_type, id,
                                           refused[i].field, refused[i].value, &error));
      g_assert_error (error, FF_VALIDATE_ERROR, refused[i].code);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);
      after = STORED (id, refused[i].field);
      g_assert_cmpstr (after, ==, before);
    }
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM audit"), ==,
                   n_audit);

  /* A new employer is refused whole, and nothing is written. */
  {
    const char *values[FF_EMPLOYER_N_FIELDS] = {
      [FF_EMPLOYER_NAME] = "Nordvik Bakeri",
      [FF_EMPLOYER_ORG_NUMBER] = "923 609 017",
    };

    g_assert_cmpint (ff_record_insert (fixture->store, &ff_employer_type, 0, values, &error),
                     ==, 0);
    g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_CHECK_DIGIT);
    g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM employer"),
                     ==, 1);
  }
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct { const char *search, *found; } cases[] = {
    /* Å comes last, as in a Norwegian dictionary. */
    { NULL, "Bakeriet på Hjørnet, Nordvik Bakeri, Rema 1000, Ålesund Rør" },
    { "", "Bakeriet på Hjørnet, Nordvik Bakeri, Rema 1000, Ålesund Rør" },
    { "bakeri", "Bakeriet på Hjørnet, Nordvik Bakeri" },
    { "BAKERI nordvik", "Nordvik Bakeri" },
    { "HJØRNET", "Bakeriet på Hjørnet" },
    { "alesund", "Ålesund Rør" },
    { "974 760", "Rema 1000" },
    { "tromsø", "Ålesund Rør" },
    /* Punctuation is no pattern: folded away like any other. */
    { "1000%", "Rema 1000" },
    { "no such place", "" },
  };
  gint64 id;

  add (fixture, "Rema 1000", "974760673", "Burfjord");
  add (fixture, "Nordvik Bakeri", "", "Nordvik");
  add (fixture, "Bakeriet på Hjørnet", "", "Alta");
  id = add (fixture, "Ålesund Rør", "", "Ålesund");
  g_assert_true (ff_record_set_field (fixture->store, &ff_employer_type, id,
                                      FF_EMPLOYER_PLACE, "Tromsø", NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = list (fixture, cases[i].search, FALSE);

      g_test_message ("search “%s”", cases[i].search);
      g_assert_cmpstr (found, ==, cases[i].found);
    }
}

static void
test_derived_only_when_changed (Fixture       *fixture,
                                gconstpointer  data)
{
  gint64 id = add (fixture, "Rema 1000", "", "Burfjord");
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;

  /* A field nobody searches by leaves the search text and sort key alone ... */
  g_assert_true (ff_record_set_field (fixture->store, &ff_employer_type, id,
                                      FF_EMPLOYER_NOTES, "Ring før kl. 10", NULL));
  text = ff_test_query_text (fixture->store, "SELECT search_text FROM employer");
  g_assert_cmpstr (text, ==, "rema 1000 burfjord");

  /* ... and the name keeps both in step. */
  g_assert_true (ff_record_set_field (fixture->store, &ff_employer_type, id,
                                      FF_EMPLOYER_NAME, "Æra Bygg", NULL));
  g_free (text);
  text = ff_test_query_text (fixture->store, "SELECT search_text FROM employer");
  g_assert_cmpstr (text, ==, "æra bygg burfjord");
  key = ff_test_query_text (fixture->store, "SELECT sort_key FROM employer");
  g_assert_cmpstr (key, !=, "");
}

static void
test_update_several_fields (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add (fixture, "Rema 1000", "", "");
  gint64 n_audit = ff_test_query_int (fixture->store, "SELECT count(*) FROM audit");
  const char *good[FF_EMPLOYER_N_FIELDS] = {
    [FF_EMPLOYER_ORG_NUMBER] = "974 760 673",
    [FF_EMPLOYER_PLACE] = "Burfjord",
    [FF_EMPLOYER_NAME] = "Rema 1000",     /* unchanged: no audit row */
  };
  const char *bad[FF_EMPLOYER_N_FIELDS] = {
    [FF_EMPLOYER_PLACE] = "Alta",
    [FF_EMPLOYER_POSTCODE] = "95",
  };

  g_assert_true (ff_record_update (fixture->store, &ff_employer_type, id, good, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM audit"), ==,
                   n_audit + 2);
  {
    g_autofree char *number = STORED (id, FF_EMPLOYER_ORG_NUMBER);
    g_autofree char *place = STORED (id, FF_EMPLOYER_PLACE);
    g_autofree char *search = ff_test_query_text (fixture->store,
                                                  "SELECT search_text FROM employer");

    g_assert_cmpstr (number, ==, "974760673");
    g_assert_cmpstr (place, ==, "Burfjord");
    g_assert_cmpstr (search, ==, "rema 1000 974760673 burfjord");
  }

  /* One refused value: nothing of the rest is written either. */
  g_assert_false (ff_record_update (fixture->store, &ff_employer_type, id, bad, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT);
  {
    g_autofree char *place = STORED (id, FF_EMPLOYER_PLACE);

    g_assert_cmpstr (place, ==, "Burfjord");
  }
}

static void
test_choice_lists (void)
{
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_choice_list_validate (&ff_cefr_levels, "b1", &key, NULL));
  g_assert_cmpstr (key, ==, "B1");
  g_assert_true (ff_choice_list_has_empty (&ff_cefr_levels));
  g_assert_cmpstr (ff_choice_list_label (&ff_cefr_levels, 0), ==, "Not assessed");
  g_assert_cmpint (ff_choice_list_find (&ff_cefr_goal_levels, "A0"), ==, -1);
  g_assert_false (ff_choice_list_validate (&ff_cefr_goal_levels, "A0", NULL, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==, "Choose a level from A1 to C2, or leave it empty.");
  g_assert_cmpstr (ff_choice_list_key (&ff_cefr_levels, 99), ==, "");
  g_assert_cmpuint (ff_choice_list_index (&ff_cefr_levels, "Z9"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/employer/create-edit-archive-delete-and-undo",
                     test_create_edit_archive_delete);
  ff_test_store_add ("/core/employer/refuses-a-bad-organisation-number", test_refuses_bad_values);
  ff_test_store_add ("/core/employer/search-by-name-number-and-place", test_search);
  ff_test_store_add ("/core/record/derived-columns-follow-their-fields",
                     test_derived_only_when_changed);
  ff_test_store_add ("/core/record/update-several-fields-or-none", test_update_several_fields);
  g_test_add_func ("/core/choice/keys-labels-and-refusals", test_choice_lists);

  return g_test_run ();
}
