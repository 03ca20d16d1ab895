/* ff-plan-due.c — which of a plan's dates fall due this week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-plan-due.h"

void
ff_plan_due_this_week (char **monday,
                       char **sunday)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int weekday = g_date_time_get_day_of_week (now);  /* 1 is Monday, 7 Sunday */
  g_autoptr(GDateTime) first = g_date_time_add_days (now, 1 - weekday);
  g_autoptr(GDateTime) last = g_date_time_add_days (now, 7 - weekday);

  if (monday != NULL)
    *monday = g_date_time_format (first, "%Y-%m-%d");
  if (sunday != NULL)
    *sunday = g_date_time_format (last, "%Y-%m-%d");
}

FfPlanDue
ff_plan_due_classify (const char *date)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  g_autofree char *sunday = NULL;

  if (date == NULL || *date == '\0')
    return FF_PLAN_DUE_LATER;

  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  ff_plan_due_this_week (NULL, &sunday);

  /* ISO dates compare as text. */
  if (g_strcmp0 (date, today) < 0)
    return FF_PLAN_DUE_OVERDUE;
  if (g_strcmp0 (date, sunday) <= 0)
    return FF_PLAN_DUE_THIS_WEEK;

  return FF_PLAN_DUE_LATER;
}
