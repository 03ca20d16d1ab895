/* ff-plan-due.h — which of a plan's dates fall due this week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  FF_PLAN_DUE_LATER,      /* after this week, or no date */
  FF_PLAN_DUE_THIS_WEEK,  /* from today to Sunday */
  FF_PLAN_DUE_OVERDUE,    /* before today */
} FfPlanDue;

/* This week in local time, Monday to Sunday, as YYYY-MM-DD. */
void       ff_plan_due_this_week  (char       **monday,
                                   char       **sunday);

/* When @date (YYYY-MM-DD, "" for none) falls due, seen from today. */
FfPlanDue  ff_plan_due_classify   (const char  *date);

G_END_DECLS
