/* ff-holidays.c — Easter by the anonymous Gregorian algorithm, and the public holidays
 * of a year counted from it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-holidays.h"

void
ff_holidays_easter_sunday (GDateYear  year,
                           GDate     *easter)
{
  guint a, b, c, d, e, f, g, h, i, k, l, m, month, day;

  g_return_if_fail (year >= FF_HOLIDAYS_FIRST_YEAR && year <= FF_HOLIDAYS_LAST_YEAR);
  g_return_if_fail (easter != NULL);

  /* Meeus, Astronomical Algorithms, ch. 8: valid for every Gregorian year. */
  a = year % 19;
  b = year / 100;
  c = year % 100;
  d = b / 4;
  e = b % 4;
  f = (b + 8) / 25;
  g = (b - f + 1) / 3;
  h = (19 * a + b - d - g + 15) % 30;
  i = c / 4;
  k = c % 4;
  l = (32 + 2 * e + 2 * i - h - k) % 7;
  m = (a + 11 * h + 22 * l) / 451;
  month = (h + l - 7 * m + 114) / 31;
  day = (h + l - 7 * m + 114) % 31 + 1;

  g_date_clear (easter, 1);
  g_date_set_dmy (easter, day, month, year);
}

static void
append_fixed (GArray        *holidays,
              GDateDay       day,
              GDateMonth     month,
              GDateYear      year,
              FfHolidayKind  kind)
{
  FfHoliday holiday = { .kind = kind };

  g_date_clear (&holiday.date, 1);
  g_date_set_dmy (&holiday.date, day, month, year);
  g_array_append_val (holidays, holiday);
}

static void
append_from_easter (GArray        *holidays,
                    const GDate   *easter,
                    int            days,
                    FfHolidayKind  kind)
{
  FfHoliday holiday = { .date = *easter, .kind = kind };

  if (days < 0)
    g_date_subtract_days (&holiday.date, (guint) -days);
  else
    g_date_add_days (&holiday.date, (guint) days);
  g_array_append_val (holidays, holiday);
}

static int
compare_holidays (gconstpointer a,
                  gconstpointer b)
{
  const FfHoliday *x = a;
  const FfHoliday *y = b;
  int by_date = g_date_compare (&x->date, &y->date);

  if (by_date != 0)
    return by_date;
  return (int) x->kind - (int) y->kind;
}

GArray *
ff_holidays_for_year (GDateYear year)
{
  GArray *holidays;
  GDate easter;

  g_return_val_if_fail (year >= FF_HOLIDAYS_FIRST_YEAR && year <= FF_HOLIDAYS_LAST_YEAR,
                        NULL);

  holidays = g_array_sized_new (FALSE, TRUE, sizeof (FfHoliday), FF_HOLIDAY_N_KINDS);
  ff_holidays_easter_sunday (year, &easter);

  append_fixed (holidays, 1, G_DATE_JANUARY, year, FF_HOLIDAY_NEW_YEARS_DAY);
  append_from_easter (holidays, &easter, -3, FF_HOLIDAY_MAUNDY_THURSDAY);
  append_from_easter (holidays, &easter, -2, FF_HOLIDAY_GOOD_FRIDAY);
  append_from_easter (holidays, &easter, 0, FF_HOLIDAY_EASTER_SUNDAY);
  append_from_easter (holidays, &easter, 1, FF_HOLIDAY_EASTER_MONDAY);
  append_fixed (holidays, 1, G_DATE_MAY, year, FF_HOLIDAY_LABOUR_DAY);
  append_fixed (holidays, 17, G_DATE_MAY, year, FF_HOLIDAY_CONSTITUTION_DAY);
  append_from_easter (holidays, &easter, 39, FF_HOLIDAY_ASCENSION_DAY);
  append_from_easter (holidays, &easter, 49, FF_HOLIDAY_WHIT_SUNDAY);
  append_from_easter (holidays, &easter, 50, FF_HOLIDAY_WHIT_MONDAY);
  append_fixed (holidays, 25, G_DATE_DECEMBER, year, FF_HOLIDAY_CHRISTMAS_DAY);
  append_fixed (holidays, 26, G_DATE_DECEMBER, year, FF_HOLIDAY_BOXING_DAY);

  g_array_sort (holidays, compare_holidays);
  return holidays;
}

gboolean
ff_holidays_is_holiday (const GDate   *date,
                        FfHolidayKind *kind)
{
  g_autoptr(GArray) holidays = NULL;
  GDateYear year;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  year = g_date_get_year (date);
  if (year < FF_HOLIDAYS_FIRST_YEAR || year > FF_HOLIDAYS_LAST_YEAR)
    return FALSE;

  holidays = ff_holidays_for_year (year);
  for (guint i = 0; i < holidays->len; i++)
    {
      const FfHoliday *holiday = &g_array_index (holidays, FfHoliday, i);

      if (g_date_compare (&holiday->date, date) == 0)
        {
          if (kind != NULL)
            *kind = holiday->kind;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
ff_holidays_is_working_day (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return g_date_get_weekday (date) <= G_DATE_FRIDAY && !ff_holidays_is_holiday (date, NULL);
}
