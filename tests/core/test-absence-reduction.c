/* test-absence-reduction.c — the benefit reduced for unexcused absence: a month of
 * marks, rounding, the two conditions of an individual decision just under and just
 * over, and a change of G in the middle of a period, worked out by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-absence-reduction.h"
#include "ff-attendance.h"
#include "ff-test-util.h"

/* G from 1 May 2025, and a twelfth of it: 13,016,000 / 12 = 1,084,666.67 øre */
#define G_2025 G_GINT64_CONSTANT (13016000)
#define G_2024 G_GINT64_CONSTANT (12402800)


static FfAbsenceReduction
compute_ok (const FfAbsenceReductionInput *input)
{
  g_autoptr(GError) error = NULL;
  FfAbsenceReduction reduction;
  const FfBasicAmount *table;
  gsize n;

  table = ff_absence_reduction_known_basic_amounts (&n);
  g_assert_true (ff_absence_reduction_compute (input, table, n, &reduction, &error));
  g_assert_no_error (error);
  g_assert_cmpint (reduction.paid, ==, reduction.payment - reduction.reduction);
  return reduction;
}

static void
test_known_basic_amounts (void)
{
  static const struct { GDateMonth month; GDateDay day; GDateYear year; gint64 g; } cases[] = {
    { 5, 1, 2023, 11862000 },
    { 4, 30, 2024, 11862000 },
    { 5, 1, 2024, 12402800 },
    { 4, 30, 2025, 12402800 },
    { 5, 1, 2025, 13016000 },
    { 12, 31, 2026, 13016000 },   /* the last one known stays in force */
  };
  gsize n;
  const FfBasicAmount *table = ff_absence_reduction_known_basic_amounts (&n);
  g_autoptr(GError) error = NULL;
  GDate before = ff_test_date (2023, 4, 30);
  gint64 g = -1;

  g_assert_cmpuint (n, ==, 3);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date = ff_test_date (cases[i].year, cases[i].month, cases[i].day);

      g_assert_true (ff_absence_reduction_basic_amount_on (table, n, &date, &g, NULL));
      g_assert_cmpint (g, ==, cases[i].g);
    }

  g = -1;
  g_assert_false (ff_absence_reduction_basic_amount_on (table, n, &before, &g, &error));
  g_assert_error (error, FF_ABSENCE_ERROR, FF_ABSENCE_ERROR_NO_BASIC_AMOUNT);
  g_assert_cmpint (g, ==, -1);
}

/* A table of the caller's own, out of order, and with a G of 0. */
static void
test_own_basic_amounts (void)
{
  const FfBasicAmount table[] = {
    { ff_test_date (2026, 5, 1), 0 },
    { ff_test_date (2025, 5, 1), G_2025 },
    { ff_test_date (2024, 5, 1), G_2024 },
  };
  g_autoptr(GError) error = NULL;
  GDate date = ff_test_date (2025, 1, 15);
  gint64 g = 0;

  g_assert_true (ff_absence_reduction_basic_amount_on (table, 3, &date, &g, NULL));
  g_assert_cmpint (g, ==, G_2024);

  date = ff_test_date (2026, 5, 1);
  g_assert_false (ff_absence_reduction_basic_amount_on (table, 3, &date, &g, &error));
  g_assert_error (error, FF_ABSENCE_ERROR, FF_ABSENCE_ERROR_BAD_AMOUNT);
}

/* 2 G from 1 May 2025, 26,032,000 øre: a month is 2,169,333.33 → 2,169,333 øre, 14 days
 * 1,001,230.77 → 1,001,231; a half øre is rounded up. */
static void
test_payment (void)
{
  g_assert_cmpint (ff_absence_reduction_payment (2 * G_2025, FF_PAYMENT_MONTHLY), ==, 2169333);
  g_assert_cmpint (ff_absence_reduction_payment (2 * G_2025, FF_PAYMENT_FORTNIGHTLY), ==,
                   1001231);
  g_assert_cmpint (ff_absence_reduction_payment (18, FF_PAYMENT_MONTHLY), ==, 2);    /* 1.5 */
  g_assert_cmpint (ff_absence_reduction_payment (17, FF_PAYMENT_MONTHLY), ==, 1);    /* 1.42 */
  g_assert_cmpint (ff_absence_reduction_payment (39, FF_PAYMENT_FORTNIGHTLY), ==, 2); /* 1.5 */
}

/* May 2025, 2 G a year, paid monthly. Twenty-four sessions of 300 minutes:
 *
 *   15 present, 2 late (30, 45), 1 left early (60)   attended
 *   2 excused (sick child, doctor's note)            no reduction
 *   2 unexcused                                      600 minutes
 *   1 cancelled (marked unexcused), 1 not registered left out
 *
 * planned 22 × 300 = 6,600 minutes; reduction 2,169,333 × 600 / 6,600 = 197,212.09 →
 * 197,212 øre; paid 1,972,121 øre. Less than half the payment and less than G / 12: no
 * individual decision. */
static void
test_month_of_marks (void)
{
  FfAttendanceSession sessions[24];
  FfMark marks[24];
  FfAttendanceSummary summary;
  FfAbsenceReductionInput input = {
    .yearly_benefit = 2 * G_2025,
    .period = FF_PAYMENT_MONTHLY,
    .first_day = ff_test_date (2025, 5, 1),
    .last_day = ff_test_date (2025, 5, 31),
  };
  FfAbsenceReduction reduction;

  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      sessions[i] = (FfAttendanceSession) { 300, FALSE };
      marks[i] = (FfMark) { FF_MARK_PRESENT, 0, 0 };
    }
  marks[3] = (FfMark) { FF_MARK_LATE, 30, 0 };
  marks[8] = (FfMark) { FF_MARK_LATE, 45, 0 };
  marks[11] = (FfMark) { FF_MARK_LEFT_EARLY, 60, 0 };
  marks[5] = (FfMark) { FF_MARK_EXCUSED, 0, FF_EXCUSE_SICK_CHILD };
  marks[6] = (FfMark) { FF_MARK_EXCUSED, 0, FF_EXCUSE_OWN_ILLNESS_DOCTOR };
  marks[14] = (FfMark) { FF_MARK_UNEXCUSED, 0, 0 };
  marks[20] = (FfMark) { FF_MARK_UNEXCUSED, 0, 0 };
  sessions[21].cancelled = TRUE;
  marks[21] = (FfMark) { FF_MARK_UNEXCUSED, 0, 0 };
  marks[22] = (FfMark) { FF_MARK_NOT_REGISTERED, 0, 0 };

  g_assert_true (ff_attendance_sum (sessions, marks, G_N_ELEMENTS (marks), &summary, NULL));
  g_assert_cmpuint (summary.planned_minutes, ==, 6600);
  g_assert_cmpuint (summary.unexcused_minutes, ==, 600);
  g_assert_cmpuint (summary.attended_minutes, ==, 6600 - 600 - 600 - 135);

  input.planned_minutes = summary.planned_minutes;
  input.unexcused_minutes = summary.unexcused_minutes;
  reduction = compute_ok (&input);

  g_assert_cmpint (reduction.payment, ==, 2169333);
  g_assert_cmpint (reduction.reduction, ==, 197212);
  g_assert_cmpint (reduction.paid, ==, 1972121);
  g_assert_cmpint (reduction.basic_amount, ==, G_2025);
  g_assert_false (reduction.half_of_payment);
  g_assert_false (reduction.twelfth_of_basic);
  g_assert_false (reduction.individual_decision);
}

/* Each condition of an individual decision just under and just over, the other one
 * met, in May 2025 (G / 12 = 1,084,666.67 øre), monthly. */
static void
test_decision_conditions (void)
{
  static const struct
  {
    const char *what;
    gint64 yearly;
    guint planned, unexcused;
    gint64 payment, reduction;
    gboolean half, twelfth;
  } cases[] = {
    /* half of the payment: 4,000,000 øre a month, far above G / 12 */
    { "half, a minute under", 48000000, 1000, 499, 4000000, 1996000, FALSE, TRUE },
    { "half, exactly", 48000000, 1000, 500, 4000000, 2000000, TRUE, TRUE },
    /* 4,000,001 / 2 = 2,000,000.5 → 2,000,001: the half øre rounded up makes it half */
    { "half, by rounding", 48000012, 2, 1, 4000001, 2000001, TRUE, TRUE },
    /* G / 12: 1,800,000 øre a month, 300 øre a minute of 6,000 */
    { "twelfth, a minute under", 21600000, 6000, 3615, 1800000, 1084500, TRUE, FALSE },
    { "twelfth, a minute over", 21600000, 6000, 3616, 1800000, 1084800, TRUE, TRUE },
    /* 12 × 1,084,666 = 13,015,992 < G ≤ 12 × 1,084,667 = 13,016,004 */
    { "twelfth, an øre under", 26031984, 2, 1, 2169332, 1084666, TRUE, FALSE },
    { "twelfth, just over", 26031996, 2, 1, 2169333, 1084667, TRUE, TRUE },
    /* 2 G exactly, half the minutes unexcused: 1,084,666.5 → 1,084,667, both met */
    { "2 G, half the minutes", 2 * G_2025, 1200, 600, 2169333, 1084667, TRUE, TRUE },
    { "nothing unexcused", 2 * G_2025, 1200, 0, 2169333, 0, FALSE, FALSE },
    { "nothing planned", 2 * G_2025, 0, 0, 2169333, 0, FALSE, FALSE },
    { "everything unexcused", 2 * G_2025, 1200, 1200, 2169333, 2169333, TRUE, TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      FfAbsenceReductionInput input = {
        .yearly_benefit = cases[i].yearly,
        .period = FF_PAYMENT_MONTHLY,
        .first_day = ff_test_date (2025, 6, 1),
        .last_day = ff_test_date (2025, 6, 30),
        .planned_minutes = cases[i].planned,
        .unexcused_minutes = cases[i].unexcused,
      };
      FfAbsenceReduction reduction;

      g_test_message ("%s", cases[i].what);
      reduction = compute_ok (&input);
      g_assert_cmpint (reduction.payment, ==, cases[i].payment);
      g_assert_cmpint (reduction.reduction, ==, cases[i].reduction);
      g_assert_cmpint (reduction.half_of_payment, ==, cases[i].half);
      g_assert_cmpint (reduction.twelfth_of_basic, ==, cases[i].twelfth);
      g_assert_cmpint (reduction.individual_decision, ==, cases[i].half && cases[i].twelfth);
    }
}

/* A period of 14 days over 1 May 2025, when G went from 124,028 to 130,160 kr, is held to
 * the G of its last day. 52,000,000 øre a year is 2,000,000 øre each 14 days; 2,100 of
 * 4,000 minutes unexcused take 1,050,000 øre: at least G 2024 / 12 (1,033,566.67) but
 * less than G 2025 / 12 (1,084,666.67). */
static void
test_basic_amount_changes_mid_period (void)
{
  FfAbsenceReductionInput input = {
    .yearly_benefit = 52000000,
    .period = FF_PAYMENT_FORTNIGHTLY,
    .first_day = ff_test_date (2025, 4, 24),
    .last_day = ff_test_date (2025, 5, 7),
    .planned_minutes = 4000,
    .unexcused_minutes = 2100,
  };
  FfAbsenceReduction over_the_change = compute_ok (&input);
  FfAbsenceReduction before_the_change;
  FfAbsenceReduction ending_on_the_day;

  g_assert_cmpint (over_the_change.payment, ==, 2000000);
  g_assert_cmpint (over_the_change.reduction, ==, 1050000);
  g_assert_cmpint (over_the_change.paid, ==, 950000);
  g_assert_cmpint (over_the_change.basic_amount, ==, G_2025);
  g_assert_true (over_the_change.half_of_payment);
  g_assert_false (over_the_change.twelfth_of_basic);
  g_assert_false (over_the_change.individual_decision);

  /* the same 14 days a week earlier end before 1 May: G 2024, and a decision is needed */
  input.first_day = ff_test_date (2025, 4, 17);
  input.last_day = ff_test_date (2025, 4, 30);
  before_the_change = compute_ok (&input);
  g_assert_cmpint (before_the_change.basic_amount, ==, G_2024);
  g_assert_true (before_the_change.twelfth_of_basic);
  g_assert_true (before_the_change.individual_decision);

  /* ending on 1 May itself: the new G */
  input.first_day = ff_test_date (2025, 4, 18);
  input.last_day = ff_test_date (2025, 5, 1);
  ending_on_the_day = compute_ok (&input);
  g_assert_cmpint (ending_on_the_day.basic_amount, ==, G_2025);
  g_assert_false (ending_on_the_day.individual_decision);
}

static void
test_refused (void)
{
  static const struct
  {
    gint64 yearly;
    guint planned, unexcused;
    GDateDay first_day;
    GDateYear year;
    int code;
  } cases[] = {
    { 0, 100, 10, 1, 2025, FF_ABSENCE_ERROR_BAD_AMOUNT },
    { -26032000, 100, 10, 1, 2025, FF_ABSENCE_ERROR_BAD_AMOUNT },
    { FF_ABSENCE_AMOUNT_MAX + 1, 100, 10, 1, 2025, FF_ABSENCE_ERROR_BAD_AMOUNT },
    { 26032000, 100, 101, 1, 2025, FF_ABSENCE_ERROR_TOO_MANY_MINUTES },
    { 26032000, 100, 10, 30, 2025, FF_ABSENCE_ERROR_BAD_PERIOD },      /* 30 → 29 Sept */
    { 26032000, 100, 10, 1, 2022, FF_ABSENCE_ERROR_NO_BASIC_AMOUNT },  /* before any G */
  };
  gsize n;
  const FfBasicAmount *table = ff_absence_reduction_known_basic_amounts (&n);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      FfAbsenceReductionInput input = {
        .yearly_benefit = cases[i].yearly,
        .period = FF_PAYMENT_MONTHLY,
        .first_day = ff_test_date (cases[i].year, 9, cases[i].first_day),
        .last_day = ff_test_date (cases[i].year, 9, 29),
        .planned_minutes = cases[i].planned,
        .unexcused_minutes = cases[i].unexcused,
      };
      FfAbsenceReduction reduction = { .reduction = -1 };

      g_test_message ("case %" G_GSIZE_FORMAT, i);
      g_assert_false (ff_absence_reduction_compute (&input, table, n, &reduction, &error));
      g_assert_error (error, FF_ABSENCE_ERROR, cases[i].code);
      g_assert_cmpint (reduction.reduction, ==, -1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/absence-reduction/basic-amount/known", test_known_basic_amounts);
  g_test_add_func ("/core/absence-reduction/basic-amount/own-table", test_own_basic_amounts);
  g_test_add_func ("/core/absence-reduction/payment", test_payment);
  g_test_add_func ("/core/absence-reduction/month-of-marks", test_month_of_marks);
  g_test_add_func ("/core/absence-reduction/decision-conditions", test_decision_conditions);
  g_test_add_func ("/core/absence-reduction/basic-amount-changes-mid-period",
                   test_basic_amount_changes_mid_period);
  g_test_add_func ("/core/absence-reduction/refused", test_refused);

  return g_test_run ();
}
