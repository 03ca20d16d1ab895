/* ff-attendance-grid-private.h — what the attendance grid's layout (ff-attendance-grid.c)
 * shares with its keys and marks (ff-attendance-grid-marks.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-attendance-grid.h"
#include "ff-mark-popover.h"

G_BEGIN_DECLS

#define NAME_WIDTH     220
#define RATE_WIDTH     76
#define CELL_WIDTH     64
#define HEADER_HEIGHT  44
#define ROW_HEIGHT     32

struct _FfAttendanceGrid
{
  GtkWidget       parent_instance;

  FfStore        *store;
  FfCourseGrid   *grid;
  guint           n_rows;           /* the grid's participants */
  guint           n_columns;        /* its sessions */

  guint           cursor_row;
  guint           cursor_column;
  guint           row_offset;       /* the first row and column that show */
  guint           column_offset;
  guint           rows_shown;       /* how many show */
  guint           columns_shown;

  GPtrArray      *cell_rows;        /* GPtrArray of FfAttendanceCell per row shown */
  GPtrArray      *names;            /* GtkLabel per row shown */
  GPtrArray      *rates;            /* GtkLabel per row shown */
  GPtrArray      *heads;            /* GtkLabel per column shown */
  guint           pool_rows;        /* the size of the pool of cells */
  guint           pool_columns;

  guint           asking_row;       /* the cell the popover asks about */
  guint           asking_column;
  guint           configuring;
  guint           saving;           /* writes of its own under way */
  gboolean        one_session;      /* one column, the cursor's session, marks in words */
  int             cell_width;

  GtkWidget      *name_head;
  GtkWidget      *rate_head;
  GtkWidget      *vscrollbar;
  GtkWidget      *hscrollbar;
  GtkAdjustment  *vadjustment;
  GtkAdjustment  *hadjustment;
  FfMarkPopover  *popover;
};

/* The cell widget of @row, @column while it shows, or NULL. */
GtkWidget   *ff_attendance_grid_shown_cell       (FfAttendanceGrid *self,
                                                  guint             row,
                                                  guint             column);
/* Puts the cursor on @row, @column, scrolled into sight, the keyboard on its cell. */
void         ff_attendance_grid_move_cursor      (FfAttendanceGrid *self,
                                                  guint             row,
                                                  guint             column);
/* Scrolls as little as needed for the cursor to show; whether it scrolled. */
gboolean     ff_attendance_grid_scroll_to_cursor (FfAttendanceGrid *self);
/* Shows the mark of a cell afresh, and its row's rate, and says it was marked. */
void         ff_attendance_grid_show_cell        (FfAttendanceGrid *self,
                                                  guint             row,
                                                  guint             column);

/* ff-attendance-grid-marks.c: the keys, and the popover's answers. */
gboolean     ff_attendance_grid_key_pressed_cb   (FfAttendanceGrid      *self,
                                                  guint                  keyval,
                                                  guint                  keycode,
                                                  GdkModifierType        state,
                                                  GtkEventControllerKey *controller);
void         ff_attendance_grid_answered_cb      (FfAttendanceGrid      *self);
void         ff_attendance_grid_popover_closed_cb (FfAttendanceGrid     *self);

G_END_DECLS
