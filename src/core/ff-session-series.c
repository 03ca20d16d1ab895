/* ff-session-series.c — a course's sessions from weekdays, times of day and a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-session-series.h"

G_DEFINE_QUARK (ff-session-series-error-quark, ff_session_series_error)

static void
clear_session (gpointer data)
{
  FfSession *session = data;

  g_clear_pointer (&session->start, g_date_time_unref);
  g_clear_pointer (&session->end, g_date_time_unref);
}

static GDateTime *
wall_clock (GTimeZone   *tz,
            const GDate *date,
            guint        minute)
{
  return g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), minute / 60, minute % 60, 0);
}

static gboolean
is_skipped (const GDate *date,
            const GDate *skip,
            gsize        n_skip)
{
  for (gsize i = 0; i < n_skip; i++)
    if (g_date_valid (&skip[i]) && g_date_compare (&skip[i], date) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_session_day (const GDate *date,
                FfWeekdays   weekdays,
                const GDate *skip,
                gsize        n_skip)
{
  return (weekdays & FF_WEEKDAY_BIT (g_date_get_weekday (date))) != 0
         && !is_skipped (date, skip, n_skip);
}

GArray *
ff_session_series_generate (FfWeekdays    weekdays,
                            guint         start_minute,
                            guint         end_minute,
                            const GDate  *from,
                            const GDate  *to,
                            const GDate  *skip,
                            gsize         n_skip,
                            GTimeZone    *tz,
                            GError      **error)
{
  g_autoptr(GArray) sessions = NULL;
  GDate day;
  guint32 first, last;
  guint count = 0;

  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);
  g_return_val_if_fail (g_date_get_year (to) <= 9999, NULL);   /* GDateTime's last year */
  g_return_val_if_fail (skip != NULL || n_skip == 0, NULL);
  g_return_val_if_fail (tz != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((weekdays & FF_WEEKDAYS_ALL) == 0)
    {
      g_set_error_literal (error, FF_SESSION_SERIES_ERROR, FF_SESSION_SERIES_ERROR_NO_WEEKDAY,
                           "Choose at least one weekday for the sessions.");
      return NULL;
    }
  if (start_minute >= FF_MINUTES_PER_DAY || end_minute >= FF_MINUTES_PER_DAY)
    {
      g_set_error_literal (error, FF_SESSION_SERIES_ERROR, FF_SESSION_SERIES_ERROR_BAD_TIME,
                           "Give times of day from 00:00 to 23:59.");
      return NULL;
    }
  if (end_minute <= start_minute)
    {
      g_set_error_literal (error, FF_SESSION_SERIES_ERROR,
                           FF_SESSION_SERIES_ERROR_END_NOT_AFTER_START,
                           "A session must end after it starts.");
      return NULL;
    }
  if (g_date_compare (to, from) < 0)
    {
      g_set_error_literal (error, FF_SESSION_SERIES_ERROR,
                           FF_SESSION_SERIES_ERROR_TO_BEFORE_FROM,
                           "The last date must not be before the first.");
      return NULL;
    }

  first = g_date_get_julian (from);
  last = g_date_get_julian (to);
  g_date_clear (&day, 1);

  /* Count first, and stop at one too many, so that a long period is refused quickly
   * and nothing is allocated for it. */
  for (guint32 j = first; j <= last; j++)
    {
      g_date_set_julian (&day, j);
      if (is_session_day (&day, weekdays, skip, n_skip) && ++count > FF_SESSION_SERIES_MAX)
        {
          g_set_error (error, FF_SESSION_SERIES_ERROR, FF_SESSION_SERIES_ERROR_TOO_MANY,
                       "More than %d sessions: shorten the period or choose fewer weekdays.",
                       FF_SESSION_SERIES_MAX);
          return NULL;
        }
    }

  sessions = g_array_sized_new (FALSE, TRUE, sizeof (FfSession), count);
  g_array_set_clear_func (sessions, clear_session);

  for (guint32 j = first; j <= last && sessions->len < count; j++)
    {
      FfSession session = { 0, };

      g_date_set_julian (&day, j);
      if (is_session_day (&day, weekdays, skip, n_skip))
        {
          session.date = day;
          session.start_minute = start_minute;
          session.end_minute = end_minute;
          session.start = wall_clock (tz, &day, start_minute);
          session.end = wall_clock (tz, &day, end_minute);
          /* 0, not less, when both ends fall in the hour the clocks skip (both 03:00) */
          session.minutes = (guint) MAX (g_date_time_difference (session.end, session.start)
                                         / G_TIME_SPAN_MINUTE, 0);
          g_array_append_val (sessions, session);
        }
    }

  return g_steal_pointer (&sessions);
}
