/* ff-course-sessions-group.h — the sessions of a course in date order: one added, a
 * series made, one changed, moved or cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-course-grid.h"

G_BEGIN_DECLS

#define FF_TYPE_COURSE_SESSIONS_GROUP (ff_course_sessions_group_get_type ())
G_DECLARE_FINAL_TYPE (FfCourseSessionsGroup, ff_course_sessions_group, FF,
                      COURSE_SESSIONS_GROUP, AdwPreferencesGroup)

void         ff_course_sessions_group_set_store (FfCourseSessionsGroup *self,
                                                 FfStore               *store);
/* Shows the sessions of course @course_id as @grid has them (NULL: none). */
void         ff_course_sessions_group_show      (FfCourseSessionsGroup *self,
                                                 gint64                 course_id,
                                                 FfCourseGrid          *grid);

/* "Mon 6 Jan 2025, 09:00–11:30": a session as lists and the grid say it, with
 * "cancelled" when it is. */
char        *ff_course_session_describe         (const FfGridSession   *session);

/* For tests: the list's model (a string per session). */
GListModel  *ff_course_sessions_group_get_model (FfCourseSessionsGroup *self);

G_END_DECLS
