/* test-sample-mentors.c — the sample's programme year of mentors, placements,
 * follow-ups and outcomes: believable and consistent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-follow-up.h"
#include "ff-sample.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-timeline.h"

typedef FfTestDir Fixture;

#define COUNT(sql) ff_test_query_int (store, (sql))

static void
test_programme_year (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "mentors.sqlite3");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) flagged = NULL;
  g_autoptr(GPtrArray) timeline = NULL;
  FfParticipantQuery query = {
    .status = FF_ENROLMENT_STATUS_ANY,
    .flags = FF_FOLLOW_UP_FLAG_NO_CONVERSATION,
    .flags_today = "2025-11-28",
    .follow_up_days = 14,
  };
  gint64 friends, active;

  g_assert_true (ff_sample_generate (store, 600, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Many volunteer friends, most of them in the small municipalities; workplace
   * mentors at employers of the register. */
  friends = COUNT ("SELECT count(*) FROM mentor WHERE kind = 'volunteer-friend'");
  g_assert_cmpint (friends, >, COUNT ("SELECT count(*) FROM mentor WHERE kind = 'workplace'"));
  g_assert_cmpint (COUNT ("SELECT count(*) FROM mentor WHERE kind = 'volunteer-friend'"
                          " AND municipality IN ('Kvænangen', 'Vang', 'Nordreisa', 'Alta')"),
                   >, friends / 2);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM mentor WHERE kind = 'workplace'"), >, 0);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM mentor m LEFT JOIN employer e"
                          " ON e.id = m.employer_id WHERE m.kind = 'workplace'"
                          " AND e.id IS NULL"), ==, 0);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM placement p JOIN mentor m ON m.id = p.mentor_id"
                          " WHERE m.employer_id <> p.employer_id"), ==, 0);

  /* A friend takes one or two at a time; meetings of one to three hours, within the
   * match and never after the sample's today. */
  g_assert_cmpint (COUNT ("SELECT count(*) FROM (SELECT mentor_id FROM mentor_match"
                          " WHERE status <> 'ended' GROUP BY mentor_id"
                          " HAVING count(*) > 2)"), ==, 0);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM mentor_meeting"), >,
                   COUNT ("SELECT count(*) FROM mentor_match"));
  g_assert_cmpint (COUNT ("SELECT count(*) FROM mentor_meeting g JOIN mentor_match t"
                          " ON t.id = g.match_id WHERE g.hundredths NOT BETWEEN 100 AND 300"
                          " OR g.date < t.start_date OR g.date > '2025-11-28'"
                          " OR (t.end_date <> '' AND g.date > t.end_date)"), ==, 0);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM mentor_match WHERE status = 'ended'"
                          " AND (end_date = '' OR reason = '')"), ==, 0);

  /* Placements approved by all three parties; most of those ended evaluated, a few
   * not (flagged). */
  g_assert_cmpint (COUNT ("SELECT count(*) FROM placement"), >, 600 / 20);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM placement_approval WHERE agreement_id IS NULL"),
                   ==, 3 * COUNT ("SELECT count(*) FROM placement"));
  g_assert_cmpint (COUNT ("SELECT count(*) FROM placement WHERE end_date < start_date"
                          " OR percent NOT BETWEEN 1 AND 100"
                          " OR days_per_week NOT BETWEEN 1 AND 7"), ==, 0);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM placement WHERE end_date < '2025-11-28'"
                          " AND evaluation <> ''"), >,
                   3 * COUNT ("SELECT count(*) FROM placement WHERE end_date < '2025-11-28'"
                              " AND evaluation = ''"));

  /* Conversations of those active now, with actions; some active participants have had
   * none for more than two weeks. */
  active = COUNT ("SELECT count(*) FROM participant WHERE status = 'active'");
  g_assert_cmpint (COUNT ("SELECT count(DISTINCT participant_id) FROM follow_up"), >,
                   active / 2);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM follow_up WHERE date > '2025-11-28'"), ==, 0);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM follow_up_action WHERE done = 1"), >, 0);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM follow_up_action WHERE done = 0"), >, 0);
  flagged = ff_participant_query_ids (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flagged->len, >, 0);
  g_assert_cmpuint (flagged->len, <, active / 2);

  /* Every enrolment that ended has one outcome, not dated before it began; a move is
   * a move. */
  g_assert_cmpint (COUNT ("SELECT count(*) FROM enrolment e WHERE e.status IN"
                          " ('completed', 'dropped-out', 'moved') AND e.status_date <= '2025-11-28'"
                          " AND (SELECT count(*) FROM outcome o WHERE o.enrolment_id = e.id) <> 1"),
                   ==, 0);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM outcome o JOIN enrolment e"
                          " ON e.id = o.enrolment_id WHERE o.date < (SELECT min (s.date)"
                          " FROM enrolment_status s WHERE s.enrolment_id = e.id)"
                          " OR (e.status = 'moved' AND o.kind <> 'moved')"), ==, 0);
  g_assert_cmpint (COUNT ("SELECT count(*) FROM outcome WHERE kind LIKE 'job%'"), >, 0);

  /* A matched participant's timeline shows their meetings. */
  timeline = ff_timeline_list (store, COUNT ("SELECT t.participant_id FROM mentor_match t"
                                             " JOIN mentor_meeting g ON g.match_id = t.id"
                                             " ORDER BY t.id LIMIT 1"),
                               FF_TIMELINE_BIT (FF_TIMELINE_MEETING), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (timeline->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_dir_add ("/core/sample/mentors/a-believable-programme-year", test_programme_year);

  return g_test_run ();
}
