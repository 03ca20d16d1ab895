/* test-absence-leave.c — self-certified sick leave and sick-child days: runs over
 * weekends and Easter, the edges of the 12 months, the first 8 weeks, and the yearly
 * sick-child days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-absence-leave.h"
#include "ff-test-util.h"

#define SELF FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED
#define CHILD FF_EXCUSE_SICK_CHILD


static FfExcusedDay
excused (GDateYear  year,
         GDateMonth month,
         GDateDay   day,
         FfExcuse   excuse)
{
  FfExcusedDay mark = { ff_test_date (year, month, day), excuse };

  return mark;
}

static void
assert_occurrence (GArray     *occurrences,
                   guint       i,
                   GDate       first,
                   GDate       last,
                   guint       days)
{
  const FfSelfCertification *occurrence = &g_array_index (occurrences, FfSelfCertification, i);

  g_assert_cmpint (g_date_compare (&occurrence->first, &first), ==, 0);
  g_assert_cmpint (g_date_compare (&occurrence->last, &last), ==, 0);
  g_assert_cmpuint (occurrence->days, ==, days);
}

static guint
used_on (const FfExcusedDay *days,
         gsize               n,
         GDate               date)
{
  return ff_absence_leave_self_certifications_used (days, n, &date);
}

/* Friday and Monday are one occurrence; Monday and Wednesday with Tuesday attended are
 * two; the Wednesday before Easter 2025 and the Tuesday after are one of 2 days. */
static void
test_occurrences (void)
{
  const FfExcusedDay days[] = {
    excused (2025, 3, 10, SELF),                   /* out of order, twice */
    excused (2025, 3, 7, SELF),
    excused (2025, 3, 10, SELF),
    excused (2025, 3, 17, SELF),
    excused (2025, 3, 18, FF_EXCUSE_OWN_ILLNESS_DOCTOR),
    excused (2025, 3, 18, CHILD),
    excused (2025, 3, 19, SELF),
    excused (2025, 4, 16, SELF),
    excused (2025, 4, 22, SELF),
  };
  g_autoptr(GArray) occurrences = ff_absence_leave_self_certifications (days,
                                                                        G_N_ELEMENTS (days));
  g_autoptr(GArray) none = ff_absence_leave_self_certifications (NULL, 0);

  g_assert_cmpuint (occurrences->len, ==, 4);
  assert_occurrence (occurrences, 0, ff_test_date (2025, 3, 7), ff_test_date (2025, 3, 10), 2);
  assert_occurrence (occurrences, 1, ff_test_date (2025, 3, 17), ff_test_date (2025, 3, 17), 1);
  assert_occurrence (occurrences, 2, ff_test_date (2025, 3, 19), ff_test_date (2025, 3, 19), 1);
  assert_occurrence (occurrences, 3, ff_test_date (2025, 4, 16), ff_test_date (2025, 4, 22), 2);
  g_assert_cmpuint (none->len, ==, 0);
}

/* The 12 months up to 10 June 2025 begin on 11 June 2024. */
static void
test_twelve_month_edges (void)
{
  const FfExcusedDay monday[] = { excused (2024, 6, 10, SELF) };
  const FfExcusedDay across[] = {
    excused (2024, 6, 7, SELF), excused (2024, 6, 10, SELF), excused (2024, 6, 11, SELF),
  };
  const FfExcusedDay leap_before[] = { excused (2023, 2, 28, SELF) };
  const FfExcusedDay leap_after[] = { excused (2023, 3, 1, SELF) };

  g_assert_cmpuint (used_on (monday, 1, ff_test_date (2024, 6, 9)), ==, 0);    /* not yet */
  g_assert_cmpuint (used_on (monday, 1, ff_test_date (2024, 6, 10)), ==, 1);
  g_assert_cmpuint (used_on (monday, 1, ff_test_date (2025, 6, 9)), ==, 1);
  g_assert_cmpuint (used_on (monday, 1, ff_test_date (2025, 6, 10)), ==, 0);

  /* Friday to Tuesday: its last day is inside the 12 months, so it counts */
  g_assert_cmpuint (used_on (across, 3, ff_test_date (2025, 6, 10)), ==, 1);
  g_assert_cmpuint (used_on (across, 3, ff_test_date (2025, 6, 11)), ==, 0);

  /* 29 February 2024 less 12 months is 28 February 2023 */
  g_assert_cmpuint (used_on (leap_before, 1, ff_test_date (2024, 2, 29)), ==, 0);
  g_assert_cmpuint (used_on (leap_after, 1, ff_test_date (2024, 2, 29)), ==, 1);
}

static FfSelfCertificationVerdict
check_last (const FfExcusedDay *days,
            gsize               n,
            GDate               enrolment_start)
{
  g_autoptr(GArray) occurrences = ff_absence_leave_self_certifications (days, n);

  g_assert_cmpuint (occurrences->len, >, 0);
  return ff_absence_leave_self_certification_check (
    days, n, &g_array_index (occurrences, FfSelfCertification, occurrences->len - 1),
    &enrolment_start);
}

/* Begun on Monday 6 January 2025: the first 8 weeks end on Sunday 2 March. */
static void
test_first_eight_weeks (void)
{
  const GDate start = ff_test_date (2025, 1, 6);
  const FfExcusedDay friday[] = { excused (2025, 2, 28, SELF) };
  const FfExcusedDay monday[] = { excused (2025, 3, 3, SELF) };
  /* Thursday to Tuesday, 4 days and too early: too early is said first */
  const FfExcusedDay both[] = {
    excused (2025, 2, 27, SELF), excused (2025, 2, 28, SELF),
    excused (2025, 3, 3, SELF), excused (2025, 3, 4, SELF),
  };
  FfLeaveCount count;
  GDate today;

  g_assert_cmpint (check_last (friday, 1, start), ==, FF_SELF_CERTIFICATION_TOO_EARLY);
  g_assert_cmpint (check_last (monday, 1, start), ==, FF_SELF_CERTIFICATION_ALLOWED);
  g_assert_cmpint (check_last (both, 4, start), ==, FF_SELF_CERTIFICATION_TOO_EARLY);

  today = ff_test_date (2025, 3, 2);
  ff_absence_leave_count (NULL, 0, &start, &today, 0, FALSE, &count);
  g_assert_false (count.self_certification_open);
  today = ff_test_date (2025, 3, 3);
  ff_absence_leave_count (NULL, 0, &start, &today, 0, FALSE, &count);
  g_assert_true (count.self_certification_open);
  g_assert_cmpuint (count.self_certifications_left, ==, 4);
}

/* Three days are allowed, four are not, a weekend between them or not. */
static void
test_three_days (void)
{
  const GDate start = ff_test_date (2025, 1, 6);
  const FfExcusedDay three[] = {
    excused (2025, 3, 11, SELF), excused (2025, 3, 12, SELF), excused (2025, 3, 13, SELF),
  };
  const FfExcusedDay four[] = {
    excused (2025, 3, 13, SELF), excused (2025, 3, 14, SELF),
    excused (2025, 3, 17, SELF), excused (2025, 3, 18, SELF),
  };

  /* Two days, then ill again: 13 days after the last of them the two count with the
   * next two, four in all; 17 days after, they do not. */
  const FfExcusedDay relapse[] = {
    excused (2025, 3, 3, SELF), excused (2025, 3, 4, SELF),
    excused (2025, 3, 17, SELF), excused (2025, 3, 18, SELF),
  };
  const FfExcusedDay later[] = {
    excused (2025, 3, 3, SELF), excused (2025, 3, 4, SELF),
    excused (2025, 3, 21, SELF), excused (2025, 3, 24, SELF),
  };
  const FfExcusedDay edge[] = {
    excused (2025, 3, 3, SELF), excused (2025, 3, 4, SELF),
    excused (2025, 3, 20, SELF), excused (2025, 3, 21, SELF),
  };

  g_assert_cmpint (check_last (three, 3, start), ==, FF_SELF_CERTIFICATION_ALLOWED);
  g_assert_cmpint (check_last (four, 4, start), ==, FF_SELF_CERTIFICATION_TOO_LONG);
  g_assert_cmpint (check_last (relapse, 4, start), ==, FF_SELF_CERTIFICATION_TOO_LONG);
  g_assert_cmpint (check_last (later, 4, start), ==, FF_SELF_CERTIFICATION_ALLOWED);
  /* 20 March is 16 days after 4 March: still within */
  g_assert_cmpint (check_last (edge, 4, start), ==, FF_SELF_CERTIFICATION_TOO_LONG);
}

/* Four occurrences from March to September 2025; a fifth within 12 months of the first
 * is one too many, one after the first has left the 12 months is allowed. */
static void
test_four_in_twelve_months (void)
{
  const GDate start = ff_test_date (2025, 1, 6);
  FfExcusedDay days[] = {
    excused (2025, 4, 1, SELF),
    excused (2025, 5, 6, SELF),
    excused (2025, 6, 3, SELF),
    excused (2025, 9, 2, SELF),
    excused (2026, 3, 31, SELF),   /* the next one, changed below */
  };
  FfLeaveCount count;
  GDate today = ff_test_date (2025, 9, 2);

  g_assert_cmpint (check_last (days, 4, start), ==, FF_SELF_CERTIFICATION_ALLOWED);
  ff_absence_leave_count (days, 4, &start, &today, 0, FALSE, &count);
  g_assert_cmpuint (count.self_certifications_used, ==, 4);
  g_assert_cmpuint (count.self_certifications_left, ==, 0);

  /* 31 March 2026: the 12 months begin on 1 April 2025, the day of the first */
  g_assert_cmpint (check_last (days, 5, start), ==, FF_SELF_CERTIFICATION_NONE_LEFT);

  /* 1 April 2026: the first has left them */
  days[4] = excused (2026, 4, 1, SELF);
  g_assert_cmpint (check_last (days, 5, start), ==, FF_SELF_CERTIFICATION_ALLOWED);
  today = ff_test_date (2026, 4, 1);
  ff_absence_leave_count (days, 5, &start, &today, 0, FALSE, &count);
  g_assert_cmpuint (count.self_certifications_used, ==, 4);

  /* five counted still leave none, never fewer */
  days[4] = excused (2025, 10, 7, SELF);
  today = ff_test_date (2025, 10, 7);
  ff_absence_leave_count (days, 5, &start, &today, 0, FALSE, &count);
  g_assert_cmpuint (count.self_certifications_used, ==, 5);
  g_assert_cmpuint (count.self_certifications_left, ==, 0);
}

static void
test_sick_child_days_allowed (void)
{
  static const struct { guint children; gboolean sole; guint days; } cases[] = {
    { 0, FALSE, 0 }, { 1, FALSE, 10 }, { 2, FALSE, 10 }, { 3, FALSE, 15 }, { 5, FALSE, 15 },
    { 0, TRUE, 0 }, { 1, TRUE, 20 }, { 2, TRUE, 20 }, { 3, TRUE, 30 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (ff_absence_leave_sick_child_days_allowed (cases[i].children,
                                                                cases[i].sole), ==,
                      cases[i].days);
}

/* The 12 months up to today, as for self-certifications; two marks on one date are one
 * day. */
static void
test_sick_child_days_used (void)
{
  const GDate start = ff_test_date (2024, 5, 1);
  const FfExcusedDay days[] = {
    excused (2024, 6, 10, CHILD),              /* a year before today: outside */
    excused (2024, 6, 11, CHILD),              /* the first day of the 12 months */
    excused (2024, 12, 31, CHILD),             /* last year, within the 12 months */
    excused (2025, 1, 2, CHILD),
    excused (2025, 1, 2, CHILD),
    excused (2025, 1, 3, SELF),
    excused (2025, 3, 18, CHILD),
    excused (2025, 6, 10, CHILD),              /* today */
    excused (2025, 6, 11, CHILD),              /* after today */
  };
  FfExcusedDay ten[11];
  FfLeaveCount count;
  GDate today = ff_test_date (2025, 6, 10);

  ff_absence_leave_count (days, G_N_ELEMENTS (days), &start, &today, 3, TRUE, &count);
  g_assert_cmpuint (count.sick_child_days_used, ==, 5);
  g_assert_cmpuint (count.sick_child_days_allowed, ==, 30);
  g_assert_cmpuint (count.sick_child_days_left, ==, 25);
  g_assert_cmpuint (count.self_certifications_used, ==, 1);
  g_assert_cmpuint (count.self_certifications_left, ==, 3);

  today = ff_test_date (2024, 12, 31);
  g_assert_cmpuint (ff_absence_leave_sick_child_days_used (days, G_N_ELEMENTS (days), &today),
                    ==, 3);

  /* ten days of ten leave none; an eleventh leaves none, not fewer */
  for (guint i = 0; i < G_N_ELEMENTS (ten); i++)
    ten[i] = excused (2025, 2, 3 + i, CHILD);
  today = ff_test_date (2025, 12, 31);
  ff_absence_leave_count (ten, 10, &start, &today, 1, FALSE, &count);
  g_assert_cmpuint (count.sick_child_days_used, ==, 10);
  g_assert_cmpuint (count.sick_child_days_left, ==, 0);
  ff_absence_leave_count (ten, 11, &start, &today, 1, FALSE, &count);
  g_assert_cmpuint (count.sick_child_days_used, ==, 11);
  g_assert_cmpuint (count.sick_child_days_left, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/absence-leave/self-certified/occurrences", test_occurrences);
  g_test_add_func ("/core/absence-leave/self-certified/twelve-month-edges",
                   test_twelve_month_edges);
  g_test_add_func ("/core/absence-leave/self-certified/first-eight-weeks",
                   test_first_eight_weeks);
  g_test_add_func ("/core/absence-leave/self-certified/three-days", test_three_days);
  g_test_add_func ("/core/absence-leave/self-certified/four-in-twelve-months",
                   test_four_in_twelve_months);
  g_test_add_func ("/core/absence-leave/sick-child/allowed", test_sick_child_days_allowed);
  g_test_add_func ("/core/absence-leave/sick-child/used", test_sick_child_days_used);

  return g_test_run ();
}
