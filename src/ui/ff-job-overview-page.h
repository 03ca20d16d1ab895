/* ff-job-overview-page.h — job seeking across participants: follow-ups due, who is under
 * their weekly target, where applications stand, applications per month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_OVERVIEW_PAGE (ff_job_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (FfJobOverviewPage, ff_job_overview_page, FF, JOB_OVERVIEW_PAGE, AdwBin)

/* A section of the window, read from @store when shown and again (once the main loop
 * is idle) after a participant's log changes. Activating a row of a participant
 * activates win.show-participant with their id.
 *
 * Property "sidebar-folded": the window's sections are folded away (a button leads
 * back to them). */
GtkWidget  *ff_job_overview_page_new       (FfStore           *store);

/* Reads everything again now. */
void        ff_job_overview_page_refresh   (FfJobOverviewPage *self);

/* For tests: the lists of follow-ups, of participants under target, of statuses and
 * of months (its first row the month names), and the name of what shows, "overview"
 * or "empty". */
GtkWidget  *ff_job_overview_page_get_follow_ups_list   (FfJobOverviewPage *self);
GtkWidget  *ff_job_overview_page_get_under_target_list (FfJobOverviewPage *self);
GtkWidget  *ff_job_overview_page_get_statuses_list     (FfJobOverviewPage *self);
GtkWidget  *ff_job_overview_page_get_months_list       (FfJobOverviewPage *self);
const char *ff_job_overview_page_get_shown             (FfJobOverviewPage *self);

G_END_DECLS
