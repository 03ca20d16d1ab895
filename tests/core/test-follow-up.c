/* test-follow-up.c — follow-up conversations, their actions, and the flags of
 * participants at their boundaries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-employer.h"
#include "ff-follow-up.h"
#include "ff-placement.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-validate.h"

typedef FfTestStore Fixture;

/* How many participants the list shows when it shows only those with @flags on
 * @today, with 14 days between conversations. */
static guint
n_flagged (Fixture         *fixture,
           FfFollowUpFlags  flags,
           const char      *today)
{
  g_autoptr(GError) error = NULL;
  FfParticipantQuery query = {
    .status = FF_ENROLMENT_STATUS_ANY,
    .flags = flags,
    .flags_today = today,
    .follow_up_days = 14,
  };
  g_autoptr(GArray) ids = ff_participant_query_ids (fixture->store, &query, &error);

  g_assert_no_error (error);
  return ids->len;
}

static FfFollowUpFlags
flags_of (Fixture    *fixture,
          gint64      participant_id,
          const char *today)
{
  g_autoptr(GError) error = NULL;
  FfFollowUpFlags flags = ff_follow_up_flags (fixture->store, participant_id, today, 14,
                                              &error);

  g_assert_no_error (error);
  return flags;
}

/* Olena has been active since 01.09.2025. With 14 days: on 15.09 she has been active
 * for 14 days, not more, and is not flagged; on 16.09 she is. A conversation on
 * 02.10 keeps her unflagged to 16.10 and flags her on 17.10. */
static void
test_no_conversation (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 programme = ff_test_add_programme (fixture->store, "Introduksjonsprogrammet",
                                            FF_PROGRAMME_KIND_INTRODUCTION);
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 waiting = ff_test_add_participant (fixture->store, "Ali", "Haidari");
  gint64 talk;

  ff_test_add_enrolment (fixture->store, olena, programme, "2025-09-01");
  /* Someone not in a programme is never flagged. */
  (void) waiting;

  g_assert_cmpint (flags_of (fixture, olena, "2025-09-15"), ==, 0);
  g_assert_cmpint (flags_of (fixture, olena, "2025-09-16"), ==,
                   FF_FOLLOW_UP_FLAG_NO_CONVERSATION);
  g_assert_cmpuint (n_flagged (fixture, FF_FOLLOW_UP_FLAG_NO_CONVERSATION, "2025-09-15"), ==, 0);
  g_assert_cmpuint (n_flagged (fixture, FF_FOLLOW_UP_FLAG_NO_CONVERSATION, "2025-09-16"), ==, 1);

  talk = ff_follow_up_create (fixture->store, olena, "02.10.2025", FF_FOLLOW_UP_WEEKLY,
                              "Praksisplass", &error);
  g_assert_no_error (error);
  g_assert_cmpint (talk, >, 0);
  g_assert_cmpint (flags_of (fixture, olena, "2025-10-16"), ==, 0);
  g_assert_cmpint (flags_of (fixture, olena, "2025-10-17"), ==,
                   FF_FOLLOW_UP_FLAG_NO_CONVERSATION);
  g_assert_cmpuint (n_flagged (fixture, FF_FOLLOW_UP_FLAG_ANY, "2025-10-16"), ==, 0);
  g_assert_cmpuint (n_flagged (fixture, FF_FOLLOW_UP_FLAG_ANY, "2025-10-17"), ==, 1);

  /* A deleted conversation does not count; Undo brings it back. */
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_follow_up_type, talk, TRUE,
                                        &error));
  g_assert_cmpint (flags_of (fixture, olena, "2025-10-16"), ==,
                   FF_FOLLOW_UP_FLAG_NO_CONVERSATION);
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_follow_up_type, talk, FALSE,
                                        &error));
  g_assert_cmpint (flags_of (fixture, olena, "2025-10-16"), ==, 0);
}

/* An action due 10.10.2025 is not overdue on that day, and is on 11.10; once ticked
 * off it no longer is. */
static void
test_overdue_action (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) late = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 talk = ff_follow_up_create (fixture->store, olena, "02.10.2025",
                                     FF_FOLLOW_UP_WORKPLACE_VISIT, NULL, &error);
  gint64 action;
  g_autofree char *expected = NULL;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (ff_test_note_change), seen);
  action = ff_follow_up_add_action (fixture->store, talk, "Søke på tre stillinger", "Olena",
                                    "10.10.2025", &error);
  g_assert_no_error (error);
  /* A change of an action is a change of its conversation. */
  expected = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT " ", talk);
  g_assert_cmpstr (seen->str, ==, expected);

  g_assert_cmpint (ff_follow_up_add_action (fixture->store, talk, "", NULL, NULL, &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_cmpint (flags_of (fixture, olena, "2025-10-10"), ==, 0);
  g_assert_cmpint (flags_of (fixture, olena, "2025-10-11"), ==,
                   FF_FOLLOW_UP_FLAG_OVERDUE_ACTION);
  g_assert_cmpuint (n_flagged (fixture, FF_FOLLOW_UP_FLAG_OVERDUE_ACTION, "2025-10-10"), ==, 0);
  g_assert_cmpuint (n_flagged (fixture, FF_FOLLOW_UP_FLAG_OVERDUE_ACTION, "2025-10-11"), ==, 1);

  due = ff_follow_up_actions_due (fixture->store, "2025-10-09", &error);
  g_assert_cmpuint (due->len, ==, 0);
  late = ff_follow_up_actions_due (fixture->store, "2025-10-10", &error);
  g_assert_cmpuint (late->len, ==, 1);
  g_assert_cmpstr (ff_record_get_extra (g_ptr_array_index (late, 0),
                                        FF_ACTION_PARTICIPANT_NAME), ==, "Olena Kovalenko");

  g_assert_true (ff_follow_up_set_action_done (fixture->store, action, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (flags_of (fixture, olena, "2025-10-11"), ==, 0);
  g_assert_cmpuint (n_flagged (fixture, FF_FOLLOW_UP_FLAG_ANY, "2025-10-11"), ==, 0);
}

static void
test_unevaluated_placement_flag (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  const char *values[FF_EMPLOYER_N_FIELDS] = { [FF_EMPLOYER_NAME] = "Vang Bakeri" };
  gint64 bakery = ff_record_insert (fixture->store, &ff_employer_type, 0, values, &error);

  g_assert_cmpint (ff_placement_create (fixture->store, olena, bakery,
                                        FF_PLACEMENT_WORK_PRACTICE, "01.09.2025",
                                        "31.10.2025", &error), >, 0);
  g_assert_cmpint (flags_of (fixture, olena, "2025-10-31"), ==, 0);
  g_assert_cmpint (flags_of (fixture, olena, "2025-11-01"), ==, FF_FOLLOW_UP_FLAG_UNEVALUATED);
  g_assert_cmpuint (n_flagged (fixture, FF_FOLLOW_UP_FLAG_UNEVALUATED, "2025-11-01"), ==, 1);
  g_assert_cmpuint (n_flagged (fixture, FF_FOLLOW_UP_FLAG_OVERDUE_ACTION, "2025-11-01"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/follow-up/no-conversation-at-the-boundary", test_no_conversation);
  ff_test_store_add ("/core/follow-up/overdue-action-at-the-boundary", test_overdue_action);
  ff_test_store_add ("/core/follow-up/unevaluated-placement", test_unevaluated_placement_flag);

  return g_test_run ();
}
