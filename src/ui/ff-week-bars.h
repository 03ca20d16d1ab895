/* ff-week-bars.h — a participant's applications in the last weeks, one bar a week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-job-log.h"

G_BEGIN_DECLS

#define FF_TYPE_WEEK_BARS (ff_week_bars_get_type ())
G_DECLARE_FINAL_TYPE (FfWeekBars, ff_week_bars, FF, WEEK_BARS, GtkWidget)

/* A small bar chart: one bar per week, its height the applications made, the week's
 * target drawn across it as a line. A week under its target is drawn hollow, one that
 * met it (or had none) filled, so that the two differ without colour; the count
 * stands over each bar and the week's number under it. A screen reader reads the
 * weeks in words ("Week 47: 2 of 3, …"), and each bar has a tooltip saying the same. */
GtkWidget   *ff_week_bars_new        (void);

/* Shows @weeks (FfJobWeek, oldest first), copied; NULL shows none. */
void         ff_week_bars_set_weeks  (FfWeekBars  *self,
                                      GArray      *weeks);

guint        ff_week_bars_get_n_weeks (FfWeekBars *self);

/* The words for week @index, as its tooltip and the screen reader say them. */
char        *ff_week_bars_describe_week (FfWeekBars *self,
                                         guint       index);

G_END_DECLS
