/* ff-course-members-group.h — the participants of a course, with their hours and
 * attendance rate; added from the programme's, one at a time or all at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-course-grid.h"

G_BEGIN_DECLS

#define FF_TYPE_COURSE_MEMBERS_GROUP (ff_course_members_group_get_type ())
G_DECLARE_FINAL_TYPE (FfCourseMembersGroup, ff_course_members_group, FF, COURSE_MEMBERS_GROUP,
                      AdwPreferencesGroup)

void         ff_course_members_group_set_store (FfCourseMembersGroup *self,
                                                FfStore              *store);
/* Shows the participants of course @course_id as @grid has them (NULL: none). */
void         ff_course_members_group_show      (FfCourseMembersGroup *self,
                                                gint64                course_id,
                                                FfCourseGrid         *grid);

/* "12,5 hours · 85 %": what the participant in @row of @grid attended of what was
 * planned for them, and their rate. */
char        *ff_course_members_describe        (FfCourseGrid         *grid,
                                                guint                 row);

/* For tests: the row that adds one, and the row of the participant in @row of the
 * grid shown. */
GtkWidget   *ff_course_members_group_get_candidate_row (FfCourseMembersGroup *self);
GtkWidget   *ff_course_members_group_get_row   (FfCourseMembersGroup *self,
                                                guint                 row);

G_END_DECLS
