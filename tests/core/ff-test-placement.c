/* ff-test-placement.c — a placement and a quarter of follow-up conversations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-employer.h"
#include "ff-follow-up.h"
#include "ff-mentor.h"
#include "ff-placement.h"
#include "ff-test-placement.h"
#include "ff-test-store.h"
#include "ff-validate.h"

static void
set_field (FfStore            *store,
           const FfRecordType *type,
           gint64              id,
           guint               field,
           const char         *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_record_set_field (store, type, id, field, value, &error));
  g_assert_no_error (error);
}

static gint64
add_conversation (FfStore        *store,
                  gint64          participant_id,
                  const char     *date,
                  FfFollowUpKind  kind,
                  const char     *present,
                  const char     *summary)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_follow_up_create (store, participant_id, date, kind, summary, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  set_field (store, &ff_follow_up_type, id, FF_FOLLOW_UP_PRESENT, present);
  return id;
}

static gint64
add_action (FfStore    *store,
            gint64      follow_up_id,
            const char *what,
            const char *who,
            const char *due)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_follow_up_add_action (store, follow_up_id, what, who, due, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
ff_test_add_placement_story (FfStore         *store,
                             FfTestPlacement *story)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *org_number = NULL;
  g_autofree char *mentor_id = NULL;
  const char *values[FF_EMPLOYER_N_FIELDS] = { NULL };
  gint64 programme, enrolment, visit, last, after;

  ff_test_add_olena_plan (store, "Drammen kommune", "2025-09-01", &story->olena, &programme,
                          &enrolment);
  for (guint individual = 123; story->national_id == NULL; individual++)
    story->national_id = ff_national_id_make (1988, 4, 12, individual, FALSE);
  ff_test_set_participant (store, story->olena, FF_PARTICIPANT_NATIONAL_ID,
                           story->national_id);

  for (guint base = 98765432; org_number == NULL; base++)
    org_number = ff_org_number_make (base);
  values[FF_EMPLOYER_NAME] = "Rema 1000 Bragernes";
  values[FF_EMPLOYER_ORG_NUMBER] = org_number;
  values[FF_EMPLOYER_ADDRESS] = "Bragernes torg 2";
  values[FF_EMPLOYER_POSTCODE] = "3017";
  values[FF_EMPLOYER_PLACE] = "Drammen";
  values[FF_EMPLOYER_CONTACT_PERSON] = "Per Hansen";
  values[FF_EMPLOYER_PHONE] = "32 80 00 00";
  story->employer = ff_record_insert (store, &ff_employer_type, 0, values, &error);
  g_assert_no_error (error);

  story->mentor = ff_mentor_create (store, "Ingrid Berg", FF_MENTOR_WORKPLACE, &error);
  g_assert_no_error (error);
  set_field (store, &ff_mentor_type, story->mentor, FF_MENTOR_PHONE, "912 34 567");

  story->placement = ff_placement_create (store, story->olena, story->employer,
                                          FF_PLACEMENT_LANGUAGE_PRACTICE, "2026-01-05",
                                          "2026-03-27", &error);
  g_assert_no_error (error);
  g_assert_cmpint (story->placement, >, 0);
  mentor_id = g_strdup_printf ("%" G_GINT64_FORMAT, story->mentor);
  set_field (store, &ff_placement_type, story->placement, FF_PLACEMENT_DAYS_PER_WEEK, "3");
  set_field (store, &ff_placement_type, story->placement, FF_PLACEMENT_PERCENT, "60");
  set_field (store, &ff_placement_type, story->placement, FF_PLACEMENT_TASKS,
             "Vareplassering, kasse og kundeservice");
  set_field (store, &ff_placement_type, story->placement, FF_PLACEMENT_MENTOR_ID, mentor_id);
  set_field (store, &ff_placement_type, story->placement, FF_PLACEMENT_GOAL, "language");
  set_field (store, &ff_placement_type, story->placement, FF_PLACEMENT_CONTACT_PERSON,
             "Kari Nordmann");

  g_assert_true (ff_placement_approve (store, story->placement, FF_PARTY_PARTICIPANT,
                                       "2026-01-02", &error));
  g_assert_true (ff_placement_approve (store, story->placement, FF_PARTY_EMPLOYER,
                                       "03.01.2026", &error));
  g_assert_no_error (error);

  add_conversation (store, story->olena, "2025-12-15", FF_FOLLOW_UP_WEEKLY,
                    "Olena, Kari Nordmann", "Samtale før perioden");
  visit = add_conversation (store, story->olena, "2026-01-12", FF_FOLLOW_UP_WORKPLACE_VISIT,
                            "Olena, Ingrid Berg, Kari Nordmann", "Godt i gang med kassen");
  g_assert_true (ff_follow_up_set_action_done (store,
                                               add_action (store, visit,
                                                           "Øve på kassesystemet", "Olena",
                                                           "2026-01-26"),
                                               TRUE, &error));
  g_assert_no_error (error);
  add_action (store, visit, "Sende timeliste", "Ingrid Berg", "2026-01-30");
  add_conversation (store, story->olena, "2026-02-09", FF_FOLLOW_UP_PHONE,
                    "Olena, Kari Nordmann", "Trives på lageret");
  last = add_conversation (store, story->olena, "2026-03-31", FF_FOLLOW_UP_WEEKLY,
                           "Olena, Kari Nordmann", "Evaluering planlagt");
  add_action (store, last, "Avtale evalueringsmøte", "Kari Nordmann", "2026-04-07");
  after = add_conversation (store, story->olena, "2026-04-01", FF_FOLLOW_UP_INDIVIDUAL,
                            "Olena", "Samtale etter perioden");
  add_action (store, after, "Handling etter perioden", "Olena", "2026-04-15");
}

void
ff_test_placement_clear (FfTestPlacement *story)
{
  g_clear_pointer (&story->national_id, g_free);
}
