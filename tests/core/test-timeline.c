/* test-timeline.c — a participant's timeline, end to end as a person would fill it:
 * its order and its filters, after a restart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-employer.h"
#include "ff-follow-up.h"
#include "ff-job-log.h"
#include "ff-mentor.h"
#include "ff-outcome.h"
#include "ff-placement.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-timeline.h"

typedef FfTestStore Fixture;

/* "date kind title | subtitle" of each item, one a line. */
static char *
describe (Fixture *fixture,
          gint64   participant_id,
          guint    kinds,
          guint    limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = ff_timeline_list (fixture->store, participant_id, kinds, limit,
                                                 &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      FfTimelineItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (text, "%s %d %s | %s\n", item->date, item->kind, item->title,
                              item->subtitle);
    }

  return g_string_free (text, FALSE);
}

static void
test_end_to_end (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *some = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const char *employer_values[FF_EMPLOYER_N_FIELDS] = { [FF_EMPLOYER_NAME] = "Vang Bakeri" };
  const char *application[FF_JOB_APPLICATION_N_FIELDS] = {
    [FF_JOB_APPLICATION_DATE] = "2025-10-20",
    [FF_JOB_APPLICATION_EMPLOYER] = "Rema 1000 Vang",
    [FF_JOB_APPLICATION_POSITION] = "Butikkmedarbeider",
  };
  gint64 programme = ff_test_add_programme (fixture->store, "Introduksjonsprogrammet",
                                            FF_PROGRAMME_KIND_INTRODUCTION);
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 other = ff_test_add_participant (fixture->store, "Ali", "Haidari");
  gint64 enrolment = ff_test_add_enrolment (fixture->store, olena, programme, "2025-09-01");
  gint64 mentor = ff_mentor_create (fixture->store, "Ivar Moen", FF_MENTOR_VOLUNTEER_FRIEND,
                                    &error);
  gint64 match = ff_match_create (fixture->store, mentor, olena, "05.09.2025",
                                  FF_MATCH_ACTIVE, &error);
  gint64 bakery = ff_record_insert (fixture->store, &ff_employer_type, 0, employer_values,
                                    &error);
  gint64 placement, talk, action, outcome;

  g_assert_no_error (error);
  g_assert_cmpint (ff_meeting_create (fixture->store, match, "10.09.2025", "1,5",
                                      "Tur i fjellet", &error), >, 0);
  placement = ff_placement_create (fixture->store, olena, bakery, FF_PLACEMENT_WORK_PRACTICE,
                                   "15.09.2025", "15.12.2025", &error);
  talk = ff_follow_up_create (fixture->store, olena, "22.09.2025", FF_FOLLOW_UP_WEEKLY,
                              "Trives i praksis\nMer norsk", &error);
  action = ff_follow_up_add_action (fixture->store, talk, "Skrive CV", "Olena", "29.09.2025",
                                    &error);
  g_assert_cmpint (ff_job_application_create (fixture->store, olena, application, &error),
                   >, 0);
  g_assert_true (ff_enrolment_set_status (fixture->store, enrolment,
                                          FF_ENROLMENT_STATUS_COMPLETED, "2025-12-19", NULL,
                                          &error));
  outcome = ff_outcome_create (fixture->store, enrolment, FF_OUTCOME_JOB_FULL_TIME,
                               "05.01.2026", &error);
  g_assert_no_error (error);
  g_assert_true (ff_record_set_field (fixture->store, &ff_outcome_type, outcome,
                                      FF_OUTCOME_PLACE, "Vang Bakeri", &error));
  g_assert_cmpint (placement * talk * action, >, 0);

  /* Someone else's records are not on Olena's timeline. */
  g_assert_cmpint (ff_follow_up_create (fixture->store, other, "23.09.2025",
                                        FF_FOLLOW_UP_PHONE, NULL, &error), >, 0);

  /* After a restart. */
  path = g_strdup (ff_store_get_path (fixture->store));
  g_assert_finalize_object (fixture->store);
  fixture->store = ff_store_open (path, &error);
  g_assert_no_error (error);

  all = describe (fixture, olena, 0, 0);
  g_assert_cmpstr (all, ==,
                   "2026-01-05 7 Job, full time | Vang Bakeri\n"
                   "2025-12-19 0 Completed | Introduksjonsprogrammet\n"
                   "2025-10-20 6 Rema 1000 Vang | Butikkmedarbeider · Sent and waiting\n"
                   "2025-09-29 4 Skrive CV | Olena · Not done\n"
                   "2025-09-22 3 Weekly conversation | Trives i praksis\n"
                   "2025-09-15 2 Work practice | Vang Bakeri · 15.09.2025\u00a0\u2013 15.12.2025\n"
                   "2025-09-10 5 Tur i fjellet | Ivar Moen · 1.5 hours\n"
                   "2025-09-01 0 Active | Introduksjonsprogrammet\n");

  /* Filtered: only placements and meetings; and the newest two. */
  some = describe (fixture, olena, FF_TIMELINE_BIT (FF_TIMELINE_PLACEMENT)
                                   | FF_TIMELINE_BIT (FF_TIMELINE_MEETING), 0);
  g_assert_cmpstr (some, ==,
                   "2025-09-15 2 Work practice | Vang Bakeri · 15.09.2025\u00a0\u2013 15.12.2025\n"
                   "2025-09-10 5 Tur i fjellet | Ivar Moen · 1.5 hours\n");
  newest = describe (fixture, olena, FF_TIMELINE_ALL, 2);
  g_assert_cmpstr (newest, ==,
                   "2026-01-05 7 Job, full time | Vang Bakeri\n"
                   "2025-12-19 0 Completed | Introduksjonsprogrammet\n");

  /* Each item names what to open. */
  items = ff_timeline_list (fixture->store, olena, FF_TIMELINE_BIT (FF_TIMELINE_ACTION)
                                                   | FF_TIMELINE_BIT (FF_TIMELINE_OUTCOME)
                                                   | FF_TIMELINE_BIT (FF_TIMELINE_MEETING),
                            0, &error);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpint (((FfTimelineItem *) g_ptr_array_index (items, 0))->id, ==, enrolment);
  g_assert_cmpint (((FfTimelineItem *) g_ptr_array_index (items, 0))->part_id, ==, outcome);
  g_assert_cmpint (((FfTimelineItem *) g_ptr_array_index (items, 1))->id, ==, talk);
  g_assert_cmpint (((FfTimelineItem *) g_ptr_array_index (items, 1))->part_id, ==, action);
  g_assert_cmpint (((FfTimelineItem *) g_ptr_array_index (items, 2))->id, ==, match);

  /* A deleted placement leaves the timeline; a ticked-off action says so. */
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_placement_type, placement, TRUE,
                                        &error));
  g_assert_true (ff_follow_up_set_action_done (fixture->store, action, TRUE, &error));
  g_free (some);
  some = describe (fixture, olena, FF_TIMELINE_BIT (FF_TIMELINE_PLACEMENT)
                                   | FF_TIMELINE_BIT (FF_TIMELINE_ACTION), 0);
  g_assert_cmpstr (some, ==, "2025-09-29 4 Skrive CV | Olena · Done\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/timeline/end-to-end-order-and-filters", test_end_to_end);

  return g_test_run ();
}
