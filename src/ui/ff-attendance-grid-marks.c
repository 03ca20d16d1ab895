/* ff-attendance-grid-marks.c — the attendance grid's keys: moving, marking, asking for
 * minutes, a reason or a note, and showing a refusal at its cell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-attendance-grid-private.h"

static void
point_popover (FfAttendanceGrid *self,
               guint             row,
               guint             column)
{
  GdkRectangle rect = { 0, 0, self->cell_width, ROW_HEIGHT };

  ff_attendance_grid_scroll_to_cursor (self);
  rect.x = NAME_WIDTH + RATE_WIDTH + (int) (column - self->column_offset) * self->cell_width;
  rect.y = HEADER_HEIGHT + (int) (row - self->row_offset) * ROW_HEIGHT;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
  self->asking_row = row;
  self->asking_column = column;
}

static void
refuse (FfAttendanceGrid *self,
        guint             row,
        guint             column,
        const char       *message)
{
  point_popover (self, row, column);
  ff_mark_popover_show_refusal (self->popover, message);
}

static gboolean
save_mark (FfAttendanceGrid *self,
           guint             row,
           guint             column,
           const FfMark     *mark,
           GError          **error)
{
  gboolean saved;

  self->saving++;
  saved = ff_course_grid_set_mark (self->grid, self->store, row, column, mark, error);
  self->saving--;
  if (!saved)
    return FALSE;

  ff_attendance_grid_show_cell (self, row, column);
  return TRUE;
}

/* A mark that needs nothing more, saved at once. */
static void
mark (FfAttendanceGrid *self,
      FfMarkKind        kind)
{
  FfMark value = { kind, 0, 0 };
  g_autoptr(GError) error = NULL;

  if (!save_mark (self, self->cursor_row, self->cursor_column, &value, &error))
    refuse (self, self->cursor_row, self->cursor_column, error->message);
}

static void
ask (FfAttendanceGrid *self,
     FfMarkKind        kind)
{
  const FfMark *current = ff_course_grid_get_mark (self->grid, self->cursor_row,
                                                   self->cursor_column);

  point_popover (self, self->cursor_row, self->cursor_column);
  if (kind == FF_MARK_EXCUSED)
    ff_mark_popover_ask_excuse (self->popover, current->kind == FF_MARK_EXCUSED
                                               ? current->excuse
                                               : FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED);
  else if (kind == FF_MARK_LATE || kind == FF_MARK_LEFT_EARLY)
    ff_mark_popover_ask_minutes (self->popover, kind,
                                 current->kind == kind ? current->minutes : 0);
  else
    ff_mark_popover_ask_note (self->popover,
                              ff_course_grid_get_note (self->grid, self->cursor_row,
                                                       self->cursor_column));
}

void
ff_attendance_grid_answered_cb (FfAttendanceGrid *self)
{
  FfMarkPopover *popover = self->popover;
  g_autoptr(GError) error = NULL;
  GtkWidget *cell;
  gboolean saved;

  if (ff_mark_popover_get_mode (popover) == FF_MARK_POPOVER_NOTE)
    {
      self->saving++;
      saved = ff_course_grid_set_note (self->grid, self->store, self->asking_row,
                                       self->asking_column, ff_mark_popover_get_note (popover),
                                       &error);
      self->saving--;
      if (saved)
        ff_attendance_grid_show_cell (self, self->asking_row, self->asking_column);
    }
  else
    {
      FfMark value = { ff_mark_popover_get_kind (popover), 0, 0 };

      if (value.kind == FF_MARK_EXCUSED)
        value.excuse = ff_mark_popover_get_excuse (popover);
      else
        value.minutes = ff_mark_popover_get_minutes (popover);
      saved = save_mark (self, self->asking_row, self->asking_column, &value, &error);
    }

  if (!saved)
    {
      ff_mark_popover_show_error (popover, error->message);
      return;
    }

  gtk_popover_popdown (GTK_POPOVER (popover));
  cell = ff_attendance_grid_shown_cell (self, self->cursor_row, self->cursor_column);
  if (cell != NULL)
    gtk_widget_grab_focus (cell);
}

void
ff_attendance_grid_popover_closed_cb (FfAttendanceGrid *self)
{
  GtkWidget *cell = ff_attendance_grid_shown_cell (self, self->cursor_row, self->cursor_column);

  if (cell != NULL && ff_mark_popover_get_mode (self->popover) != FF_MARK_POPOVER_REFUSAL)
    gtk_widget_grab_focus (cell);
}

gboolean
ff_attendance_grid_key_pressed_cb (FfAttendanceGrid      *self,
                                   guint                  keyval,
                                   guint                  keycode,
                                   GdkModifierType        state,
                                   GtkEventControllerKey *controller)
{
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  guint row = self->cursor_row, column = self->cursor_column;

  if (self->grid == NULL || self->n_rows == 0 || self->n_columns == 0)
    return FALSE;

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    {
      /* A refusal goes with the next key, which does what it does. */
      if (ff_mark_popover_get_mode (self->popover) != FF_MARK_POPOVER_REFUSAL)
        return FALSE;
      gtk_popover_popdown (GTK_POPOVER (self->popover));
    }

  if ((state & (GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;
  if (control && keyval != GDK_KEY_Home && keyval != GDK_KEY_End)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      ff_attendance_grid_move_cursor (self, row > 0 ? row - 1 : 0, column);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      ff_attendance_grid_move_cursor (self, row + 1, column);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      ff_attendance_grid_move_cursor (self, row, column > 0 ? column - 1 : 0);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      ff_attendance_grid_move_cursor (self, row, column + 1);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      ff_attendance_grid_move_cursor (self, row > self->rows_shown ? row - self->rows_shown : 0, column);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      ff_attendance_grid_move_cursor (self, row + MAX (self->rows_shown, 1), column);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      ff_attendance_grid_move_cursor (self, control ? 0 : row, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      ff_attendance_grid_move_cursor (self, control ? self->n_rows - 1 : row, self->n_columns - 1);
      return TRUE;
    case GDK_KEY_1:
    case GDK_KEY_KP_1:
      mark (self, FF_MARK_PRESENT);
      return TRUE;
    case GDK_KEY_2:
    case GDK_KEY_KP_2:
      ask (self, FF_MARK_LATE);
      return TRUE;
    case GDK_KEY_3:
    case GDK_KEY_KP_3:
      ask (self, FF_MARK_LEFT_EARLY);
      return TRUE;
    case GDK_KEY_4:
    case GDK_KEY_KP_4:
      ask (self, FF_MARK_EXCUSED);
      return TRUE;
    case GDK_KEY_5:
    case GDK_KEY_KP_5:
      mark (self, FF_MARK_UNEXCUSED);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      mark (self, FF_MARK_NOT_REGISTERED);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      ask (self, FF_MARK_NOT_REGISTERED);
      return TRUE;
    default:
      return FALSE;
    }
}

guint
ff_attendance_grid_mark_everyone_present (FfAttendanceGrid *self,
                                          guint             column,
                                          GError          **error)
{
  const FfMark present = { FF_MARK_PRESENT, 0, 0 };
  guint n = 0;

  g_return_val_if_fail (FF_IS_ATTENDANCE_GRID (self), 0);

  if (self->grid == NULL || column >= self->n_columns)
    return 0;

  for (guint row = 0; row < self->n_rows; row++)
    {
      if (ff_course_grid_get_mark (self->grid, row, column)->kind != FF_MARK_NOT_REGISTERED)
        continue;
      if (!save_mark (self, row, column, &present, error))
        {
          refuse (self, row, column, (*error)->message);
          return n;
        }
      n++;
    }

  return n;
}
