/* ff-attendance-grid.h — a course's participants × sessions, taken by keyboard
 *
 * Arrow keys (Home, End, Page Up and Page Down too) move the cursor; 1 marks present,
 * 2 late and 3 left early (both ask for the minutes), 4 excused (asks why), 5
 * unexcused; Delete or BackSpace clears; Enter asks for a note. Each mark is saved at
 * once through the FfCourseGrid it shows, and a refusal is shown at its cell. Only the
 * cells that show are widgets, used again as the grid scrolls; each is named for
 * screen readers by its participant, session and mark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-course-grid.h"

G_BEGIN_DECLS

#define FF_TYPE_ATTENDANCE_GRID (ff_attendance_grid_get_type ())
G_DECLARE_FINAL_TYPE (FfAttendanceGrid, ff_attendance_grid, FF, ATTENDANCE_GRID, GtkWidget)

GtkWidget    *ff_attendance_grid_new          (void);

/* Shows @grid (NULL: nothing), its marks written to @store; the cursor stays on the
 * same participant and session where it can. */
void          ff_attendance_grid_set_grid     (FfAttendanceGrid *self,
                                               FfStore          *store,
                                               FfCourseGrid     *grid);
FfCourseGrid *ff_attendance_grid_get_grid     (FfAttendanceGrid *self);

/* The cursor: a row (participant) and a column (session). */
void          ff_attendance_grid_set_cursor   (FfAttendanceGrid *self,
                                               guint             row,
                                               guint             column);
void          ff_attendance_grid_get_cursor   (FfAttendanceGrid *self,
                                               guint            *row,
                                               guint            *column);

/* One session as a list: only the cursor's session shows, its marks in words, every
 * participant a row; Left and Right go to the session before and after. */
void          ff_attendance_grid_set_one_session (FfAttendanceGrid *self,
                                                  gboolean          one_session);
gboolean      ff_attendance_grid_get_one_session (FfAttendanceGrid *self);

/* Marks every participant not yet registered in session @column present, in place
 * of marking them one by one; returns how many. */
guint         ff_attendance_grid_mark_everyone_present (FfAttendanceGrid *self,
                                                        guint             column,
                                                        GError          **error);

/* Whether a change the store announces now is the grid's own write (which it shows
 * already). */
gboolean      ff_attendance_grid_is_saving    (FfAttendanceGrid *self);

/* The widget of the cell in @row, @column while it shows, or NULL. */
GtkWidget    *ff_attendance_grid_get_cell     (FfAttendanceGrid *self,
                                               guint             row,
                                               guint             column);
/* How many cells are widgets now. */
guint         ff_attendance_grid_get_n_cell_widgets (FfAttendanceGrid *self);
/* What the popover at the cursor says or asks (a refusal, "" for none), and the
 * popover itself. */
const char   *ff_attendance_grid_get_message  (FfAttendanceGrid *self);
GtkWidget    *ff_attendance_grid_get_popover  (FfAttendanceGrid *self);

/* Signals:
 *   marked (guint row, guint column): a mark or note was saved and is shown.
 *   cursor-moved: the cursor is on another cell. */

G_END_DECLS
