/* ff-holidays.h — Norway's public holidays of a year, computed
 *
 * The days that lov om helligdager og helligdagsfred (helligdagsloven) § 2 names as
 * holidays besides Sundays — New Year's Day, Maundy Thursday, Good Friday, Easter
 * Sunday and Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing
 * Day — and the two days of lov om 1. og 17. mai som høgtidsdager: 1 May and 17 May.
 * Ordinary Sundays are not listed.
 *
 * Easter Sunday is found with the anonymous Gregorian algorithm (Meeus/Jones/Butcher);
 * the movable days are counted from it: Maundy Thursday −3, Good Friday −2, Easter
 * Monday +1, Ascension Day +39, Whit Sunday +49, Whit Monday +50.
 *
 * Core code returns a kind, never a name: the interface names each kind in its language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  FF_HOLIDAY_NEW_YEARS_DAY,
  FF_HOLIDAY_MAUNDY_THURSDAY,
  FF_HOLIDAY_GOOD_FRIDAY,
  FF_HOLIDAY_EASTER_SUNDAY,
  FF_HOLIDAY_EASTER_MONDAY,
  FF_HOLIDAY_LABOUR_DAY,            /* 1 May */
  FF_HOLIDAY_CONSTITUTION_DAY,      /* 17 May */
  FF_HOLIDAY_ASCENSION_DAY,
  FF_HOLIDAY_WHIT_SUNDAY,
  FF_HOLIDAY_WHIT_MONDAY,
  FF_HOLIDAY_CHRISTMAS_DAY,
  FF_HOLIDAY_BOXING_DAY,
  FF_HOLIDAY_N_KINDS,
} FfHolidayKind;

typedef struct
{
  GDate          date;
  FfHolidayKind  kind;
} FfHoliday;

/* The years the Gregorian rules are computed for. */
#define FF_HOLIDAYS_FIRST_YEAR 1583
#define FF_HOLIDAYS_LAST_YEAR  9999

/* Sets @easter to Easter Sunday of @year (FF_HOLIDAYS_FIRST_YEAR … _LAST_YEAR). */
void       ff_holidays_easter_sunday  (GDateYear      year,
                                       GDate         *easter);

/* The FF_HOLIDAY_N_KINDS holidays of @year, FfHoliday each, in date order (two kinds
 * on one day in kind order). One entry per holiday, so one date can be listed twice:
 * Ascension Day falls on 1 May or 17 May in some years (17 May 2012), Whit Monday on
 * 17 May in others (2027). Free with g_array_unref(). */
GArray    *ff_holidays_for_year       (GDateYear      year);

/* Whether @date is a public holiday; when it is and @kind is not NULL, sets @kind to
 * the first of its kinds in FfHolidayKind order. Sundays that are no named holiday
 * are not. */
gboolean   ff_holidays_is_holiday     (const GDate   *date,
                                       FfHolidayKind *kind);

/* Whether @date is a working day of the programme: Monday to Friday and no public
 * holiday. */
gboolean   ff_holidays_is_working_day (const GDate   *date);

G_END_DECLS
