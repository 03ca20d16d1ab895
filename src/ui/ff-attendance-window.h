/* ff-attendance-window.h — a course's attendance taken by keyboard: the grid of
 * participants × sessions, and what the cell at the cursor holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-attendance-grid.h"

G_BEGIN_DECLS

#define FF_TYPE_ATTENDANCE_WINDOW (ff_attendance_window_get_type ())
G_DECLARE_FINAL_TYPE (FfAttendanceWindow, ff_attendance_window, FF, ATTENDANCE_WINDOW,
                      AdwWindow)

/* The attendance of course @course_id, read in the window's first frame. */
GtkWidget    *ff_attendance_window_new     (FfStore   *store,
                                            gint64     course_id);

/* Shows course @course_id: the window that already shows it, or a new one (transient
 * for @parent, in its application). */
FfAttendanceWindow *ff_attendance_window_open (FfStore   *store,
                                               gint64     course_id,
                                               GtkWindow *parent);

FfAttendanceGrid *ff_attendance_window_get_grid (FfAttendanceWindow *self);
/* What the line under the grid says of the cursor's cell, and of the course. */
const char   *ff_attendance_window_get_cursor_text  (FfAttendanceWindow *self);
const char   *ff_attendance_window_get_summary_text (FfAttendanceWindow *self);

G_END_DECLS
