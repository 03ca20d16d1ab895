/* test-session-series.c — a course's sessions from a weekly pattern: month and year ends,
 * the changes to and from summer time in Europe/Oslo, skipped dates and the limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-session-series.h"
#include "ff-test-util.h"

#define HM(h, m) ((h) * 60 + (m))


static void
assert_session (const FfSession *session,
                GDateYear        year,
                GDateMonth       month,
                GDateDay         day)
{
  g_assert_cmpuint (g_date_get_year (&session->date), ==, year);
  g_assert_cmpuint (g_date_get_month (&session->date), ==, month);
  g_assert_cmpuint (g_date_get_day (&session->date), ==, day);
  g_assert_cmpint (g_date_time_get_year (session->start), ==, year);
  g_assert_cmpint (g_date_time_get_month (session->start), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (session->start), ==, day);
}

/* The session's moments as ISO 8601 with their offset, "09:00+01/11:00+01". */
static char *
moments (const FfSession *session)
{
  g_autofree char *start = g_date_time_format (session->start, "%H:%M%:::z");
  g_autofree char *end = g_date_time_format (session->end, "%H:%M%:::z");

  return g_strconcat (start, "/", end, NULL);
}

static GArray *
generate_ok (FfWeekdays   weekdays,
             guint        start,
             guint        end,
             GDate        from,
             GDate        to,
             const GDate *skip,
             gsize        n_skip)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
  GArray *sessions;

  g_assert_nonnull (oslo);
  sessions = ff_session_series_generate (weekdays, start, end, &from, &to, skip, n_skip,
                                         oslo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sessions);
  return sessions;
}

/* Mondays and Wednesdays from Wednesday 24 January to Monday 5 February 2024: the 31st
 * is one of them, and February goes on. */
static void
test_month_end (void)
{
  g_autoptr(GArray) sessions = generate_ok (FF_WEEKDAY_MONDAY | FF_WEEKDAY_WEDNESDAY,
                                            HM (9, 0), HM (11, 30),
                                            ff_test_date (2024, 1, 24),
                                            ff_test_date (2024, 2, 5), NULL, 0);
  const FfSession *first = &g_array_index (sessions, FfSession, 0);
  g_autofree char *first_moments = moments (first);

  g_assert_cmpuint (sessions->len, ==, 4);
  assert_session (first, 2024, 1, 24);
  assert_session (&g_array_index (sessions, FfSession, 1), 2024, 1, 29);
  assert_session (&g_array_index (sessions, FfSession, 2), 2024, 1, 31);
  assert_session (&g_array_index (sessions, FfSession, 3), 2024, 2, 5);
  g_assert_cmpstr (first_moments, ==, "09:00+01/11:30+01");
  g_assert_cmpuint (first->start_minute, ==, HM (9, 0));
  g_assert_cmpuint (first->end_minute, ==, HM (11, 30));
  g_assert_cmpuint (first->minutes, ==, 150);
}

/* Tuesdays and Thursdays over Christmas 2025, Christmas Day and New Year's Day skipped. */
static void
test_year_end_with_skipped_dates (void)
{
  const GDate skip[] = {
    ff_test_date (2025, 12, 25), ff_test_date (2026, 1, 1),
    ff_test_date (2026, 1, 7),     /* a Wednesday: no session to skip */
    ff_test_date (2027, 1, 5),     /* outside the period */
  };
  g_autoptr(GArray) sessions = generate_ok (FF_WEEKDAY_TUESDAY | FF_WEEKDAY_THURSDAY,
                                            HM (12, 15), HM (14, 0),
                                            ff_test_date (2025, 12, 23), ff_test_date (2026, 1, 8),
                                            skip, G_N_ELEMENTS (skip));

  g_assert_cmpuint (sessions->len, ==, 4);
  assert_session (&g_array_index (sessions, FfSession, 0), 2025, 12, 23);
  assert_session (&g_array_index (sessions, FfSession, 1), 2025, 12, 30);
  assert_session (&g_array_index (sessions, FfSession, 2), 2026, 1, 6);
  assert_session (&g_array_index (sessions, FfSession, 3), 2026, 1, 8);
  for (guint i = 0; i < sessions->len; i++)
    g_assert_cmpuint (g_array_index (sessions, FfSession, i).minutes, ==, 105);
}

/* Every day around the change to summer time (Sunday 29 March 2026) and back (Sunday
 * 25 October 2026): 09:00–11:00 on the wall clock each day, two hours long each day. */
static void
test_summer_time_keeps_wall_clock (void)
{
  static const struct { GDateMonth month; GDateDay day; const char *moments; } cases[] = {
    { 3, 28, "09:00+01/11:00+01" },
    { 3, 29, "09:00+02/11:00+02" },
    { 3, 30, "09:00+02/11:00+02" },
    { 10, 24, "09:00+02/11:00+02" },
    { 10, 25, "09:00+01/11:00+01" },
    { 10, 26, "09:00+01/11:00+01" },
  };
  g_autoptr(GArray) spring = generate_ok (FF_WEEKDAYS_ALL, HM (9, 0), HM (11, 0),
                                          ff_test_date (2026, 3, 28),
                                          ff_test_date (2026, 3, 30), NULL, 0);
  g_autoptr(GArray) autumn = generate_ok (FF_WEEKDAYS_ALL, HM (9, 0), HM (11, 0),
                                          ff_test_date (2026, 10, 24),
                                          ff_test_date (2026, 10, 26), NULL, 0);

  g_assert_cmpuint (spring->len, ==, 3);
  g_assert_cmpuint (autumn->len, ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GArray *sessions = i < 3 ? spring : autumn;
      const FfSession *session = &g_array_index (sessions, FfSession, i % 3);
      g_autofree char *written = moments (session);

      assert_session (session, 2026, cases[i].month, cases[i].day);
      g_assert_cmpstr (written, ==, cases[i].moments);
      g_assert_cmpuint (session->minutes, ==, 120);
    }
}

/* 01:30–03:30 on the nights the clocks change: an hour shorter in spring, an hour longer
 * in autumn; a time inside the skipped hour is 03:00. */
static void
test_summer_time_night_sessions (void)
{
  g_autoptr(GArray) spring = generate_ok (FF_WEEKDAY_SUNDAY, HM (1, 30), HM (3, 30),
                                          ff_test_date (2026, 3, 29),
                                          ff_test_date (2026, 3, 29), NULL, 0);
  g_autoptr(GArray) autumn = generate_ok (FF_WEEKDAY_SUNDAY, HM (1, 30), HM (3, 30),
                                          ff_test_date (2026, 10, 25),
                                          ff_test_date (2026, 10, 25), NULL, 0);
  g_autoptr(GArray) skipped_hour = generate_ok (FF_WEEKDAY_SUNDAY, HM (1, 30), HM (2, 30),
                                                ff_test_date (2026, 3, 29),
                                                ff_test_date (2026, 3, 29),
                                                NULL, 0);
  g_autofree char *spring_moments = NULL;
  g_autofree char *autumn_moments = NULL;
  g_autofree char *skipped_moments = NULL;

  g_assert_cmpuint (spring->len, ==, 1);
  g_assert_cmpuint (autumn->len, ==, 1);
  g_assert_cmpuint (skipped_hour->len, ==, 1);
  spring_moments = moments (&g_array_index (spring, FfSession, 0));
  autumn_moments = moments (&g_array_index (autumn, FfSession, 0));
  skipped_moments = moments (&g_array_index (skipped_hour, FfSession, 0));

  g_assert_cmpstr (spring_moments, ==, "01:30+01/03:30+02");
  g_assert_cmpuint (g_array_index (spring, FfSession, 0).minutes, ==, 60);
  g_assert_cmpstr (autumn_moments, ==, "01:30+02/03:30+01");
  g_assert_cmpuint (g_array_index (autumn, FfSession, 0).minutes, ==, 180);
  g_assert_cmpstr (skipped_moments, ==, "01:30+01/03:00+02");
  g_assert_cmpuint (g_array_index (skipped_hour, FfSession, 0).minutes, ==, 30);
  /* the wall clock is kept as given */
  g_assert_cmpuint (g_array_index (skipped_hour, FfSession, 0).end_minute, ==, HM (2, 30));
}

static void
test_every_day_skipped (void)
{
  const GDate skip[] = { ff_test_date (2025, 5, 1), ff_test_date (2025, 5, 8) };
  g_autoptr(GArray) sessions = generate_ok (FF_WEEKDAY_THURSDAY, HM (9, 0), HM (10, 0),
                                            ff_test_date (2025, 5, 1), ff_test_date (2025, 5, 13),
                                            skip, G_N_ELEMENTS (skip));

  g_assert_cmpuint (sessions->len, ==, 0);
}

/* Every day for 1,000 days is allowed; a day more is refused. */
static void
test_thousand_sessions (void)
{
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) refused = NULL;
  GDate from = ff_test_date (2024, 1, 1);
  GDate to = from;
  g_autoptr(GArray) sessions = NULL;
  const FfSession *last;

  g_date_add_days (&to, 999);
  sessions = generate_ok (FF_WEEKDAYS_ALL, HM (8, 0), HM (8, 45), from, to, NULL, 0);
  g_assert_cmpuint (sessions->len, ==, FF_SESSION_SERIES_MAX);
  last = &g_array_index (sessions, FfSession, sessions->len - 1);
  assert_session (last, 2026, 9, 26);

  g_date_add_days (&to, 1);
  refused = ff_session_series_generate (FF_WEEKDAYS_ALL, HM (8, 0), HM (8, 45), &from, &to,
                                        NULL, 0, oslo, &error);
  g_assert_error (error, FF_SESSION_SERIES_ERROR, FF_SESSION_SERIES_ERROR_TOO_MANY);
  g_assert_null (refused);

  /* … unless a date is skipped */
  {
    g_autoptr(GArray) again = generate_ok (FF_WEEKDAYS_ALL, HM (8, 0), HM (8, 45), from, to,
                                           &from, 1);

    g_assert_cmpuint (again->len, ==, FF_SESSION_SERIES_MAX);
  }
}

static void
test_refused (void)
{
  static const struct
  {
    FfWeekdays weekdays;
    guint start, end;
    GDateDay to_day;
    int code;
  } cases[] = {
    { 0, HM (9, 0), HM (10, 0), 30, FF_SESSION_SERIES_ERROR_NO_WEEKDAY },
    { 1 << 7, HM (9, 0), HM (10, 0), 30, FF_SESSION_SERIES_ERROR_NO_WEEKDAY },
    { FF_WEEKDAY_MONDAY, HM (10, 0), HM (10, 0), 30,
      FF_SESSION_SERIES_ERROR_END_NOT_AFTER_START },
    { FF_WEEKDAY_MONDAY, HM (10, 0), HM (9, 59), 30,
      FF_SESSION_SERIES_ERROR_END_NOT_AFTER_START },
    { FF_WEEKDAY_MONDAY, HM (23, 0), HM (24, 0), 30, FF_SESSION_SERIES_ERROR_BAD_TIME },
    { FF_WEEKDAY_MONDAY, HM (9, 0), HM (10, 0), 9, FF_SESSION_SERIES_ERROR_TO_BEFORE_FROM },
  };
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
  GDate from = ff_test_date (2025, 6, 10);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) sessions = NULL;
      GDate to = ff_test_date (2025, 6, cases[i].to_day);

      g_test_message ("case %" G_GSIZE_FORMAT, i);
      sessions = ff_session_series_generate (cases[i].weekdays, cases[i].start, cases[i].end,
                                             &from, &to, NULL, 0, oslo, &error);
      g_assert_error (error, FF_SESSION_SERIES_ERROR, cases[i].code);
      g_assert_null (sessions);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/session-series/month-end", test_month_end);
  g_test_add_func ("/core/session-series/year-end-skipped-dates",
                   test_year_end_with_skipped_dates);
  g_test_add_func ("/core/session-series/summer-time/keeps-wall-clock",
                   test_summer_time_keeps_wall_clock);
  g_test_add_func ("/core/session-series/summer-time/night-sessions",
                   test_summer_time_night_sessions);
  g_test_add_func ("/core/session-series/every-day-skipped", test_every_day_skipped);
  g_test_add_func ("/core/session-series/thousand-allowed-one-more-refused",
                   test_thousand_sessions);
  g_test_add_func ("/core/session-series/refused", test_refused);

  return g_test_run ();
}
