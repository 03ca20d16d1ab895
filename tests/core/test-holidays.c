/* test-holidays.c — Easter and Norway's public holidays, checked against the almanac
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-holidays.h"

static void
assert_date (const GDate *date,
             GDateYear    year,
             GDateMonth   month,
             GDateDay     day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_year (date), ==, year);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_day (date), ==, day);
}

static void
test_easter (void)
{
  static const struct { GDateYear year; GDateMonth month; GDateDay day; } cases[] = {
    { 2024, G_DATE_MARCH, 31 },
    { 2025, G_DATE_APRIL, 20 },
    { 2026, G_DATE_APRIL, 5 },
    { 2027, G_DATE_MARCH, 28 },
    { 2038, G_DATE_APRIL, 25 },   /* the latest Easter can be */
    { 2285, G_DATE_MARCH, 22 },   /* the earliest */
    { 2000, G_DATE_APRIL, 23 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate easter;

      g_test_message ("Easter %u", cases[i].year);
      ff_holidays_easter_sunday (cases[i].year, &easter);
      assert_date (&easter, cases[i].year, cases[i].month, cases[i].day);
      g_assert_cmpint (g_date_get_weekday (&easter), ==, G_DATE_SUNDAY);
    }
}

static void
test_year_2025 (void)
{
  static const struct { GDateMonth month; GDateDay day; FfHolidayKind kind; } expected[] = {
    { G_DATE_JANUARY, 1, FF_HOLIDAY_NEW_YEARS_DAY },
    { G_DATE_APRIL, 17, FF_HOLIDAY_MAUNDY_THURSDAY },
    { G_DATE_APRIL, 18, FF_HOLIDAY_GOOD_FRIDAY },
    { G_DATE_APRIL, 20, FF_HOLIDAY_EASTER_SUNDAY },
    { G_DATE_APRIL, 21, FF_HOLIDAY_EASTER_MONDAY },
    { G_DATE_MAY, 1, FF_HOLIDAY_LABOUR_DAY },
    { G_DATE_MAY, 17, FF_HOLIDAY_CONSTITUTION_DAY },
    { G_DATE_MAY, 29, FF_HOLIDAY_ASCENSION_DAY },
    { G_DATE_JUNE, 8, FF_HOLIDAY_WHIT_SUNDAY },
    { G_DATE_JUNE, 9, FF_HOLIDAY_WHIT_MONDAY },
    { G_DATE_DECEMBER, 25, FF_HOLIDAY_CHRISTMAS_DAY },
    { G_DATE_DECEMBER, 26, FF_HOLIDAY_BOXING_DAY },
  };
  g_autoptr(GArray) holidays = ff_holidays_for_year (2025);

  g_assert_cmpuint (holidays->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < holidays->len; i++)
    {
      const FfHoliday *holiday = &g_array_index (holidays, FfHoliday, i);

      assert_date (&holiday->date, 2025, expected[i].month, expected[i].day);
      g_assert_cmpint (holiday->kind, ==, expected[i].kind);
    }
}

/* 17 May 2012 was also Ascension Day: both are listed, in date order. */
static void
test_two_on_one_day (void)
{
  g_autoptr(GArray) holidays = ff_holidays_for_year (2012);
  const FfHoliday *constitution = &g_array_index (holidays, FfHoliday, 6);
  const FfHoliday *ascension = &g_array_index (holidays, FfHoliday, 7);
  FfHolidayKind kind = FF_HOLIDAY_N_KINDS;
  GDate date;

  g_assert_cmpuint (holidays->len, ==, FF_HOLIDAY_N_KINDS);
  assert_date (&constitution->date, 2012, G_DATE_MAY, 17);
  g_assert_cmpint (constitution->kind, ==, FF_HOLIDAY_CONSTITUTION_DAY);
  assert_date (&ascension->date, 2012, G_DATE_MAY, 17);
  g_assert_cmpint (ascension->kind, ==, FF_HOLIDAY_ASCENSION_DAY);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 17, G_DATE_MAY, 2012);
  g_assert_true (ff_holidays_is_holiday (&date, &kind));
  g_assert_cmpint (kind, ==, FF_HOLIDAY_CONSTITUTION_DAY);
}

static void
test_working_days (void)
{
  GDate date;
  FfHolidayKind kind;

  g_date_clear (&date, 1);

  /* Whit Monday 2026 */
  g_date_set_dmy (&date, 25, G_DATE_MAY, 2026);
  g_assert_true (ff_holidays_is_holiday (&date, &kind));
  g_assert_cmpint (kind, ==, FF_HOLIDAY_WHIT_MONDAY);
  g_assert_false (ff_holidays_is_working_day (&date));

  /* the Tuesday after */
  g_date_set_dmy (&date, 26, G_DATE_MAY, 2026);
  g_assert_false (ff_holidays_is_holiday (&date, NULL));
  g_assert_true (ff_holidays_is_working_day (&date));

  /* an ordinary Sunday is no named holiday, and no working day */
  g_date_set_dmy (&date, 31, G_DATE_MAY, 2026);
  g_assert_false (ff_holidays_is_holiday (&date, NULL));
  g_assert_false (ff_holidays_is_working_day (&date));

  /* Christmas Eve is a working day by law */
  g_date_set_dmy (&date, 24, G_DATE_DECEMBER, 2026);
  g_assert_true (ff_holidays_is_working_day (&date));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/holidays/easter", test_easter);
  g_test_add_func ("/core/holidays/year-2025", test_year_2025);
  g_test_add_func ("/core/holidays/two-on-one-day", test_two_on_one_day);
  g_test_add_func ("/core/holidays/working-days", test_working_days);

  return g_test_run ();
}
