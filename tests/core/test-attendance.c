/* test-attendance.c — a participant's minutes, rate and threshold over sessions with
 * every kind of mark, worked out by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-attendance.h"

#define PRESENT { FF_MARK_PRESENT, 0, 0 }
#define LATE(m) { FF_MARK_LATE, (m), 0 }
#define LEFT_EARLY(m) { FF_MARK_LEFT_EARLY, (m), 0 }
#define EXCUSED(why) { FF_MARK_EXCUSED, 0, FF_EXCUSE_ ## why }
#define UNEXCUSED { FF_MARK_UNEXCUSED, 0, 0 }
#define NOT_REGISTERED { FF_MARK_NOT_REGISTERED, 0, 0 }

/* A week of a course with a mark of each kind:
 *
 *   session  planned  mark                      attended  late  excused  unexcused
 *   0        180      present                   180
 *   1        180      late 20                   160       20
 *   2        120      left early 30             90        30
 *   3        180      excused, sick child       0                180
 *   4        180      unexcused                 0                         180
 *   5        180      cancelled (unexcused)     —
 *   6        180      not registered            —
 *   7         90      excused, egenmelding      0                90
 *   8        150      late the whole session    0         150
 *   sum      1080                               430       200   270      180
 *
 * rate 430 / 1080 = 0.398148…, 398 ‰ rounded down. */
static void
test_week_by_hand (void)
{
  static const FfAttendanceSession sessions[] = {
    { 180, FALSE }, { 180, FALSE }, { 120, FALSE }, { 180, FALSE }, { 180, FALSE },
    { 180, TRUE }, { 180, FALSE }, { 90, FALSE }, { 150, FALSE },
  };
  static const FfMark marks[] = {
    PRESENT, LATE (20), LEFT_EARLY (30), EXCUSED (SICK_CHILD), UNEXCUSED,
    UNEXCUSED, NOT_REGISTERED, EXCUSED (OWN_ILLNESS_SELF_CERTIFIED), LATE (150),
  };
  g_autoptr(GError) error = NULL;
  FfAttendanceSummary summary;
  double rate = -1.0;

  G_STATIC_ASSERT (G_N_ELEMENTS (sessions) == G_N_ELEMENTS (marks));
  g_assert_true (ff_attendance_sum (sessions, marks, G_N_ELEMENTS (marks), &summary, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (summary.sessions, ==, 7);
  g_assert_cmpuint (summary.planned_minutes, ==, 1080);
  g_assert_cmpuint (summary.attended_minutes, ==, 430);
  g_assert_cmpuint (summary.late_minutes, ==, 200);
  g_assert_cmpuint (summary.excused_minutes, ==, 270);
  g_assert_cmpuint (summary.excused_by_reason[FF_EXCUSE_SICK_CHILD], ==, 180);
  g_assert_cmpuint (summary.excused_by_reason[FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED], ==, 90);
  g_assert_cmpuint (summary.excused_by_reason[FF_EXCUSE_OWN_ILLNESS_DOCTOR], ==, 0);
  g_assert_cmpuint (summary.unexcused_minutes, ==, 180);

  g_assert_true (ff_attendance_rate (&summary, &rate));
  g_assert_cmpfloat_with_epsilon (rate, 430.0 / 1080.0, 1e-12);
  g_assert_cmpint (ff_attendance_rate_per_mille (&summary), ==, 398);
  g_assert_false (ff_attendance_meets_threshold (&summary, FF_ATTENDANCE_THRESHOLD_DEFAULT));
  /* 430 × 1000 = 430,000 ≥ 398 × 1080 = 429,840; < 399 × 1080 = 430,920 */
  g_assert_true (ff_attendance_meets_threshold (&summary, 398));
  g_assert_false (ff_attendance_meets_threshold (&summary, 399));
}

static void
test_mark_minutes (void)
{
  static const FfAttendanceSession session = { 90, FALSE };
  static const FfAttendanceSession cancelled = { 90, TRUE };
  static const struct { FfMark mark; guint attended; } cases[] = {
    { PRESENT, 90 },
    { LATE (0), 90 },
    { LATE (15), 75 },
    { LEFT_EARLY (90), 0 },
    { EXCUSED (APPROVED_LEAVE), 0 },
    { UNEXCUSED, 0 },
    { NOT_REGISTERED, 0 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint attended = G_MAXUINT;

      g_assert_true (ff_attendance_mark_minutes (&session, &cases[i].mark, &attended, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (attended, ==, cases[i].attended);

      g_assert_true (ff_attendance_mark_minutes (&cancelled, &cases[i].mark, &attended,
                                                 &error));
      g_assert_cmpuint (attended, ==, 0);
    }
}

/* One minute later than the session is long is refused, in a cancelled session too. */
static void
test_too_many_minutes_refused (void)
{
  static const FfAttendanceSession sessions[] = { { 60, FALSE }, { 60, TRUE } };
  static const FfMark fits[] = { LATE (60), LEFT_EARLY (60) };
  static const FfMark late[] = { PRESENT, LATE (61) };
  static const FfMark early[] = { LEFT_EARLY (61), PRESENT };
  FfAttendanceSummary summary;
  g_autoptr(GError) late_error = NULL;
  g_autoptr(GError) early_error = NULL;

  g_assert_true (ff_attendance_sum (sessions, fits, 2, &summary, NULL));
  g_assert_cmpuint (summary.planned_minutes, ==, 60);
  g_assert_cmpuint (summary.attended_minutes, ==, 0);
  g_assert_cmpuint (summary.late_minutes, ==, 60);

  g_assert_false (ff_attendance_sum (sessions, late, 2, &summary, &late_error));
  g_assert_error (late_error, FF_ATTENDANCE_ERROR, FF_ATTENDANCE_ERROR_TOO_MANY_MINUTES);
  g_assert_cmpuint (summary.planned_minutes, ==, 0);

  g_assert_false (ff_attendance_sum (sessions, early, 2, &summary, &early_error));
  g_assert_error (early_error, FF_ATTENDANCE_ERROR, FF_ATTENDANCE_ERROR_TOO_MANY_MINUTES);
}

/* 80 % exactly meets the threshold; a minute less does not, and shows as 799 ‰, not 800. */
static void
test_threshold_edges (void)
{
  FfAttendanceSummary summary = { .planned_minutes = 10000, .attended_minutes = 8000 };

  g_assert_true (ff_attendance_meets_threshold (&summary, FF_ATTENDANCE_THRESHOLD_DEFAULT));
  g_assert_cmpint (ff_attendance_rate_per_mille (&summary), ==, 800);

  summary.attended_minutes = 7999;
  g_assert_false (ff_attendance_meets_threshold (&summary, FF_ATTENDANCE_THRESHOLD_DEFAULT));
  g_assert_cmpint (ff_attendance_rate_per_mille (&summary), ==, 799);

  summary.attended_minutes = 8001;
  g_assert_true (ff_attendance_meets_threshold (&summary, FF_ATTENDANCE_THRESHOLD_DEFAULT));
  g_assert_true (ff_attendance_meets_threshold (&summary, 0));
  summary.attended_minutes = 10000;
  g_assert_true (ff_attendance_meets_threshold (&summary, 1000));
}

/* Only sessions not registered or cancelled: nothing planned, no rate, nothing missed. */
static void
test_nothing_planned (void)
{
  static const FfAttendanceSession sessions[] = { { 120, FALSE }, { 120, TRUE } };
  static const FfMark marks[] = { NOT_REGISTERED, PRESENT };
  FfAttendanceSummary summary;
  double rate = -1.0;

  g_assert_true (ff_attendance_sum (sessions, marks, 2, &summary, NULL));
  g_assert_cmpuint (summary.sessions, ==, 0);
  g_assert_cmpuint (summary.planned_minutes, ==, 0);
  g_assert_false (ff_attendance_rate (&summary, &rate));
  g_assert_cmpfloat (rate, ==, -1.0);
  g_assert_cmpint (ff_attendance_rate_per_mille (&summary), ==, -1);
  g_assert_true (ff_attendance_meets_threshold (&summary, FF_ATTENDANCE_THRESHOLD_DEFAULT));

  g_assert_true (ff_attendance_sum (NULL, NULL, 0, &summary, NULL));
  g_assert_cmpuint (summary.planned_minutes, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/attendance/week-by-hand", test_week_by_hand);
  g_test_add_func ("/core/attendance/mark-minutes", test_mark_minutes);
  g_test_add_func ("/core/attendance/too-many-minutes-refused", test_too_many_minutes_refused);
  g_test_add_func ("/core/attendance/threshold-edges", test_threshold_edges);
  g_test_add_func ("/core/attendance/nothing-planned", test_nothing_planned);

  return g_test_run ();
}
