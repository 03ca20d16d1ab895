/* test-mentor.c — mentors, matches, meeting logs and "Find a mentor"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-mentor.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

static gint64
add_mentor (Fixture    *fixture,
            const char *name,
            const char *languages,
            const char *municipality,
            const char *interests)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_MENTOR_N_FIELDS] = {
    [FF_MENTOR_NAME] = name,
    [FF_MENTOR_LANGUAGES] = languages,
    [FF_MENTOR_MUNICIPALITY] = municipality,
    [FF_MENTOR_INTERESTS] = interests,
  };
  gint64 id = ff_record_insert (fixture->store, &ff_mentor_type, 0, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_match (Fixture       *fixture,
           gint64         mentor_id,
           gint64         participant_id,
           FfMatchStatus  status)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_match_create (fixture->store, mentor_id, participant_id, "2025-09-01",
                               status, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_mentor_delete_and_undo (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 ivar = add_mentor (fixture, "Ivar Moen", "norsk, engelsk", "Vang", "fiske");
  g_autofree char *kind = NULL;

  kind = ff_test_record_field (fixture->store, &ff_mentor_type, ivar, FF_MENTOR_KIND);
  g_assert_cmpstr (kind, ==, "volunteer-friend");
  g_assert_cmpint (ff_mentor_count_active_matches (fixture->store, ivar, &error), ==, 0);

  add_match (fixture, ivar, olena, FF_MATCH_ACTIVE);
  add_match (fixture, ivar, ff_test_add_participant (fixture->store, "Ali", "Haidari"),
             FF_MATCH_PROPOSED);
  /* What the Mentors section asks before a delete: one match is active. */
  g_assert_cmpint (ff_mentor_count_active_matches (fixture->store, ivar, &error), ==, 1);
  g_assert_no_error (error);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (ff_test_note_change), seen);
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_mentor_type, ivar, TRUE, &error));
  g_assert_no_error (error);
  g_assert_null (ff_record_load (fixture->store, &ff_mentor_type, ivar, NULL));
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_mentor_type, ivar, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_mentor_count_active_matches (fixture->store, ivar, &error), ==, 1);
  g_assert_cmpint (ff_test_count_audit (fixture->store, &ff_mentor_type, ivar, "deleted"), ==, 1);
  g_assert_cmpint (ff_test_count_audit (fixture->store, &ff_mentor_type, ivar, "restored"), ==, 1);
  g_assert_nonnull (strstr (seen->str, "mentor:"));
}

static void
test_match_refusals (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 ivar = add_mentor (fixture, "Ivar Moen", NULL, NULL, NULL);
  gint64 match = add_match (fixture, ivar, olena, FF_MATCH_ACTIVE);
  gint64 meeting;
  g_autofree char *hours = NULL;
  g_autoptr(FfRecord) record = NULL;

  /* A match that ends before it starts. */
  ff_test_assert_refused (fixture->store, &ff_match_type, match, FF_MATCH_END, "31.08.2025",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "");
  g_assert_true (ff_record_set_field (fixture->store, &ff_match_type, match, FF_MATCH_END,
                                      "01.09.2025", &error));
  g_assert_no_error (error);

  /* A meeting of 1,5 hours, typed either way, is 150 hundredths. */
  meeting = ff_meeting_create (fixture->store, match, "03.09.2025", "1,5", "Kaffe", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (fixture->store,
                                      "SELECT hundredths FROM mentor_meeting"), ==, 150);
  g_assert_true (ff_record_set_field (fixture->store, &ff_meeting_type, meeting,
                                      FF_MEETING_HOURS, "1.75", &error));
  g_assert_no_error (error);
  hours = ff_test_record_field (fixture->store, &ff_meeting_type, meeting, FF_MEETING_HOURS);
  g_assert_cmpstr (hours, ==, "1.75");

  ff_test_assert_refused (fixture->store, &ff_meeting_type, meeting, FF_MEETING_HOURS, "24,5",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "1.75");
  ff_test_assert_refused (fixture->store, &ff_meeting_type, meeting, FF_MEETING_HOURS, "-1",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "1.75");
  ff_test_assert_refused (fixture->store, &ff_meeting_type, meeting, FF_MEETING_HOURS, "0",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "1.75");
  ff_test_assert_refused (fixture->store, &ff_meeting_type, meeting, FF_MEETING_HOURS, "1,555",
                          FF_VALIDATE_ERROR_FORMAT, "1.75");
  g_assert_true (ff_record_set_field (fixture->store, &ff_meeting_type, meeting,
                                      FF_MEETING_HOURS, "24", &error));
  g_assert_no_error (error);

  g_assert_cmpint (ff_meeting_create (fixture->store, match, "04.09.2025", "25", NULL, &error),
                   ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);

  /* The match adds up its meetings' hours. */
  record = ff_record_load (fixture->store, &ff_match_type, match, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ff_record_get_extra (record, FF_MATCH_HOURS), ==, "2400");
  g_assert_cmpint (ff_mentor_hundredths (fixture->store, ivar, "2025-09-01", "2025-09-30",
                                         &error), ==, 2400);
  g_assert_cmpint (ff_mentor_hundredths (fixture->store, ivar, "2025-10-01", NULL, &error),
                   ==, 0);
}

/* Worked by hand: Olena speaks "ukrainsk, russisk, engelsk", lives in Vang and likes
 * "matlaging, fotball".
 *   Kari: ukrainsk, engelsk; Vang; fotball           → 2 + 1 + 1 = 4
 *   Per:  Engelsk; Skien; Matlaging og fotball        → 1 + 0 + 2 = 3
 *   Anne: russisk; vang; strikking                    → 1 + 1 + 0 = 2 (one active match)
 *   Jon:  norsk; VANG; sjakk                          → 0 + 1 + 0 = 1
 *   Siv:  polsk; Voss; fotballtrener                  → 0 (not suggested)
 *   Eva:  ukrainsk; Drammen; strikking                → 1 (no active match)
 *   Liv:  russisk; Vang; dans, already matched (active) with Olena → left out
 * Anne and Jon share 2 and 1; Eva and Jon share 1, and Eva has no active match while
 * Jon has two: Eva before Jon. */
static void
test_suggestions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GString) order = g_string_new (NULL);
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 other = ff_test_add_participant (fixture->store, "Ali", "Haidari");
  gint64 anne, jon, liv;

  ff_test_set_participant (fixture->store, olena, FF_PARTICIPANT_LANGUAGES,
                           "ukrainsk, russisk, engelsk");
  ff_test_set_participant (fixture->store, olena, FF_PARTICIPANT_MUNICIPALITY, "Vang");
  ff_test_set_participant (fixture->store, olena, FF_PARTICIPANT_INTERESTS,
                           "matlaging, fotball");

  add_mentor (fixture, "Kari", "ukrainsk, engelsk", "Vang", "fotball");
  add_mentor (fixture, "Per", "Engelsk", "Skien", "Matlaging og fotball");
  anne = add_mentor (fixture, "Anne", "russisk", "vang", "strikking");
  jon = add_mentor (fixture, "Jon", "norsk", "VANG", "sjakk");
  add_mentor (fixture, "Siv", "polsk", "Voss", "fotballtrener");
  add_mentor (fixture, "Eva", "ukrainsk", "Drammen", "strikking");
  liv = add_mentor (fixture, "Liv", "russisk", "Vang", "dans");

  add_match (fixture, anne, other, FF_MATCH_ACTIVE);
  add_match (fixture, jon, other, FF_MATCH_ACTIVE);
  add_match (fixture, jon, ff_test_add_participant (fixture->store, "Sara", "Tesfay"),
             FF_MATCH_ACTIVE);
  add_match (fixture, liv, olena, FF_MATCH_ACTIVE);

  suggestions = ff_mentor_suggest (fixture->store, olena, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < suggestions->len; i++)
    {
      FfMentorSuggestion *s = g_ptr_array_index (suggestions, i);

      g_autofree char *items = g_strjoinv (",", s->shared_items);

      g_string_append_printf (order, "%s:%u:%u:%s ", s->name, s->shared, s->active_matches,
                              items);
    }
  /* What each shares, in the mentor's own words. */
  g_assert_cmpstr (order->str, ==, "Kari:4:0:ukrainsk,engelsk,Vang,fotball "
                                   "Per:3:0:Engelsk,Matlaging,fotball "
                                   "Anne:2:1:russisk,vang Eva:1:0:ukrainsk Jon:1:2:VANG ");

  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = ff_mentor_suggest (fixture->store, olena, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 2);
}

static void
test_shared (void)
{
  FfMentorTerms participant = { "Ukrainsk, russisk", "Kvænangen", "sjakk; musikk" };
  FfMentorTerms same = { "russisk og ukrainsk", "kvænangen", "Musikk" };
  FfMentorTerms none = { "", "", "" };
  FfMentorTerms twice = { "russisk, russisk", "Tromsø", "" };
  FfMentorTerms part = { "russisk", "Tromsø", "sjakkklubb" };

  g_assert_cmpuint (ff_mentor_shared (&participant, &same), ==, 4);
  g_assert_cmpuint (ff_mentor_shared (&participant, &none), ==, 0);
  g_assert_cmpuint (ff_mentor_shared (&none, &none), ==, 0);
  /* A language named twice counts once; an empty municipality is not shared; an
   * interest is compared whole. */
  g_assert_cmpuint (ff_mentor_shared (&twice, &participant), ==, 1);
  g_assert_cmpuint (ff_mentor_shared (&participant, &part), ==, 1);
  g_assert_cmpuint (ff_mentor_shared (&twice, &part), ==, 2);
}

/* What is shared, as the mentor wrote it, each once, counted as ff_mentor_shared()
 * counts. */
static void
test_shared_items (void)
{
  FfMentorTerms participant = { "Ukrainsk, russisk", "Kvænangen", "sjakk; musikk" };
  FfMentorTerms same = { "Russisk OG ukrainsk, russisk", " Kvænangen ", "Musikk, dans" };
  FfMentorTerms part = { "russisk", "Tromsø", "sjakkklubb" };
  FfMentorTerms none = { "", "", "" };
  g_auto(GStrv) all = ff_mentor_shared_items (&participant, &same);
  g_auto(GStrv) one = ff_mentor_shared_items (&participant, &part);
  g_auto(GStrv) nothing = ff_mentor_shared_items (&participant, &none);
  g_autofree char *joined = g_strjoinv ("|", all);

  g_assert_cmpstr (joined, ==, "Russisk|ukrainsk|Kvænangen|Musikk");
  g_assert_cmpuint (g_strv_length (all), ==, ff_mentor_shared (&participant, &same));
  g_assert_cmpuint (g_strv_length (one), ==, 1);
  g_assert_cmpstr (one[0], ==, "russisk");
  g_assert_cmpuint (g_strv_length (nothing), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/mentor/delete-asks-and-undo", test_mentor_delete_and_undo);
  ff_test_store_add ("/core/mentor/match-and-meeting-refusals", test_match_refusals);
  ff_test_store_add ("/core/mentor/suggestions-ranked", test_suggestions);
  g_test_add_func ("/core/mentor/shared-items", test_shared);
  g_test_add_func ("/core/mentor/shared-items-as-typed", test_shared_items);

  return g_test_run ();
}
