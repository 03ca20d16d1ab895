/* ff-attendance-cell.h — one cell of the attendance grid: a participant's mark in a
 * session, in a few letters, named whole for screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-course-grid.h"

G_BEGIN_DECLS

#define FF_TYPE_ATTENDANCE_CELL (ff_attendance_cell_get_type ())
G_DECLARE_FINAL_TYPE (FfAttendanceCell, ff_attendance_cell, FF, ATTENDANCE_CELL, GtkWidget)

GtkWidget   *ff_attendance_cell_new       (void);

/* Shows the mark of the participant in @row of @grid in session @column: its letters,
 * its colour, and as its accessible name "participant, session, mark". */
void         ff_attendance_cell_show      (FfAttendanceCell *self,
                                           FfCourseGrid     *grid,
                                           guint             row,
                                           guint             column);
/* Whether the mark shows in words ("Late, 10 minutes"), not letters ("L 10"). */
void         ff_attendance_cell_set_in_words (FfAttendanceCell *self,
                                              gboolean          in_words);
/* Whether it is the grid's cursor. */
void         ff_attendance_cell_set_cursor (FfAttendanceCell *self,
                                            gboolean          cursor);

/* What the cell shows, and what it is called. */
const char  *ff_attendance_cell_get_text  (FfAttendanceCell *self);
const char  *ff_attendance_cell_get_name  (FfAttendanceCell *self);

/* What the cell in @row, @column of @grid is called: "participant, session, mark"
 * (newly allocated). */
char        *ff_attendance_cell_describe  (FfCourseGrid     *grid,
                                           guint             row,
                                           guint             column);

/* The mark in words, "Late, 10 minutes", "Excused: sick child" (newly allocated). */
char        *ff_attendance_mark_describe  (const FfMark     *mark);

G_END_DECLS
