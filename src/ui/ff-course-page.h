/* ff-course-page.h — one course: its details saved as they are typed, its participants,
 * sessions and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-course-grid.h"
#include "ff-record-page.h"

G_BEGIN_DECLS

#define FF_TYPE_COURSE_PAGE (ff_course_page_get_type ())
G_DECLARE_FINAL_TYPE (FfCoursePage, ff_course_page, FF, COURSE_PAGE, FfRecordPage)

/* The grid of the course shown, as last read (NULL for none); read again shortly
 * after the course changes. */
FfCourseGrid *ff_course_page_get_grid          (FfCoursePage *self);
/* Reads the grid again now, not after a pause (tests). */
void          ff_course_page_refresh_grid      (FfCoursePage *self);

/* For tests: the row of the programme, the warning, the participants' and the
 * sessions' groups. */
GtkWidget    *ff_course_page_get_programme_row (FfCoursePage *self);
GtkWidget    *ff_course_page_get_warning_row   (FfCoursePage *self);
GtkWidget    *ff_course_page_get_members_group (FfCoursePage *self);
GtkWidget    *ff_course_page_get_sessions_group (FfCoursePage *self);

G_END_DECLS
