/* ff-session-series.h — the dated sessions of a course, generated from a weekly pattern
 *
 * A series is given as weekdays, a start and an end time of day (minutes since local
 * midnight, wall-clock time) and a period of dates, both ends included, less a list of
 * dates to skip (public holidays, the course's breaks). Each session keeps its wall-clock
 * times, so a 09:00–11:00 session is 09:00–11:00 on both sides of a change to or from
 * summer time, and gets its moments in a time zone with the real length between them.
 *
 * Times that the clocks skip or repeat are taken as GLib takes them (g_date_time_new()):
 * a time the clocks skip in spring (02:30 in Europe/Oslo on the last Sunday of March) is
 * the first moment after the jump, 03:00 summer time; a time the clocks show twice in
 * autumn (02:30 on the last Sunday of October) is the second, in standard time. So a
 * session from 01:30 to 03:30 lasts 60 minutes on the night of the spring change and
 * 180 minutes on the night of the autumn change, and its planned minutes say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FF_SESSION_SERIES_ERROR (ff_session_series_error_quark ())

/* The messages are English; the interface shows its own translated text for each code. */
typedef enum
{
  FF_SESSION_SERIES_ERROR_NO_WEEKDAY,           /* no weekday chosen */
  FF_SESSION_SERIES_ERROR_BAD_TIME,             /* a time of day outside 00:00–23:59 */
  FF_SESSION_SERIES_ERROR_END_NOT_AFTER_START,
  FF_SESSION_SERIES_ERROR_TO_BEFORE_FROM,
  FF_SESSION_SERIES_ERROR_TOO_MANY,             /* more than FF_SESSION_SERIES_MAX */
} FfSessionSeriesError;

/* The most sessions one series makes. */
#define FF_SESSION_SERIES_MAX 1000

/* The minutes of a day, for start and end times: 0 (00:00) … 1439 (23:59). */
#define FF_MINUTES_PER_DAY 1440

typedef enum
{
  FF_WEEKDAY_MONDAY    = 1 << 0,
  FF_WEEKDAY_TUESDAY   = 1 << 1,
  FF_WEEKDAY_WEDNESDAY = 1 << 2,
  FF_WEEKDAY_THURSDAY  = 1 << 3,
  FF_WEEKDAY_FRIDAY    = 1 << 4,
  FF_WEEKDAY_SATURDAY  = 1 << 5,
  FF_WEEKDAY_SUNDAY    = 1 << 6,
  FF_WEEKDAYS_ALL      = 0x7f,
} FfWeekdays;

/* The bit of @weekday (G_DATE_MONDAY … G_DATE_SUNDAY) in FfWeekdays. */
#define FF_WEEKDAY_BIT(weekday) ((FfWeekdays) (1u << ((weekday) - 1)))

typedef struct
{
  GDate       date;
  guint       start_minute;     /* wall clock, minutes since midnight */
  guint       end_minute;
  GDateTime  *start;            /* the same, in the series' time zone */
  GDateTime  *end;
  guint       minutes;          /* real minutes from start to end */
} FfSession;

GQuark   ff_session_series_error_quark (void);

/* The sessions on the days in @weekdays from @from to @to (both included), less the
 * @n_skip dates in @skip, from @start_minute to @end_minute each, in date order, their
 * moments in @tz. Refuses, with FF_SESSION_SERIES_ERROR: no weekday; a time outside the
 * day; an end not after the start; @to before @from; more than FF_SESSION_SERIES_MAX
 * sessions (exactly that many is allowed). A series of no session (every day skipped)
 * is an empty array. FfSession each, its moments freed with the array: free with
 * g_array_unref(). */
GArray  *ff_session_series_generate    (FfWeekdays    weekdays,
                                        guint         start_minute,
                                        guint         end_minute,
                                        const GDate  *from,
                                        const GDate  *to,
                                        const GDate  *skip,
                                        gsize         n_skip,
                                        GTimeZone    *tz,
                                        GError      **error);

G_END_DECLS
