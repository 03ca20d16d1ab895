/* ff-attendance-group.h — a participant's attendance on their courses, and what their
 * absence costs, on their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_ATTENDANCE_GROUP (ff_attendance_group_get_type ())
G_DECLARE_FINAL_TYPE (FfAttendanceGroup, ff_attendance_group, FF, ATTENDANCE_GROUP,
                      AdwPreferencesGroup)

/* Shows the attendance of participant @participant_id (0: none) on each of their courses,
 * and for each of @enrolments (FfEnrolment, as the page read them; may be NULL) in an
 * introduction programme or paid a benefit: the reductions of the recent payment periods,
 * flagged when one needs an individual decision, and their self-certifications and
 * sick-child days. Hidden when there is nothing of the kind to show. Shows itself again
 * when courses, marks or G change. */
void        ff_attendance_group_show         (FfAttendanceGroup  *self,
                                              FfStore            *store,
                                              gint64              participant_id,
                                              GPtrArray          *enrolments);

/* The day the group counts from (YYYY-MM-DD; NULL: today), for tests. */
void        ff_attendance_group_set_today    (FfAttendanceGroup  *self,
                                              const char         *today);

/* Its rows, in order: one FfSummaryRow per course, then per enrolment shown one for its
 * benefit (when paid one) and one for its leave. */
GtkWidget  *ff_attendance_group_get_list     (FfAttendanceGroup  *self);

G_END_DECLS
