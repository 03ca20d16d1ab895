/* ff-attendance-grid.c — a course's participants × sessions, taken by keyboard
 *
 * The grid lays out its own children: the heads of the columns that show, the names
 * and rates of the rows that show, and a cell for each of those rows and columns. As
 * it scrolls, the same cells show other marks; the pool grows only when the grid is
 * made larger. So a course of 40 participants and 200 sessions costs the cells of one
 * screen, and marking a cell redraws that cell and its row's rate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-attendance-cell.h"
#include "ff-attendance-grid-private.h"
#include "ff-course-members-group.h"
#include "ff-course-sessions-group.h"
#include "ff-format.h"

G_DEFINE_FINAL_TYPE (FfAttendanceGrid, ff_attendance_grid, GTK_TYPE_WIDGET)

enum
{
  SIGNAL_MARKED,
  SIGNAL_CURSOR_MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
ff_attendance_grid_shown_cell (FfAttendanceGrid *self,
                               guint             row,
                               guint             column)
{
  if (row < self->row_offset || row >= self->row_offset + self->rows_shown ||
      column < self->column_offset || column >= self->column_offset + self->columns_shown)
    return NULL;

  return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (self->cell_rows,
                                                             row - self->row_offset),
                            column - self->column_offset);
}

static GtkWidget *
new_label (FfAttendanceGrid  *self,
           GtkAccessibleRole  role,
           const char        *css_class,
           float              xalign)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "accessible-role", role,
                                   "xalign", xalign, "ellipsize", PANGO_ELLIPSIZE_END,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  gtk_widget_insert_before (label, GTK_WIDGET (self), self->vscrollbar);

  return label;
}

/* Makes cells, names, rates and heads for @rows × @columns, keeping those there are. */
static void
ensure_pool (FfAttendanceGrid *self,
             guint             rows,
             guint             columns)
{
  while (self->heads->len < columns)
    {
      /* A label: GTK 4.8 tells assistive technology nothing of a column header. */
      GtkWidget *head = new_label (self, GTK_ACCESSIBLE_ROLE_LABEL, "grid-header", 0.5);

      gtk_label_set_justify (GTK_LABEL (head), GTK_JUSTIFY_CENTER);
      g_ptr_array_add (self->heads, head);
    }

  while (self->names->len < rows)
    {
      g_ptr_array_add (self->names,
                       new_label (self, GTK_ACCESSIBLE_ROLE_ROW_HEADER, "grid-name", 0));
      g_ptr_array_add (self->rates,
                       new_label (self, GTK_ACCESSIBLE_ROLE_CELL, "grid-rate", 1));
      g_ptr_array_add (self->cell_rows, g_ptr_array_new ());
    }

  for (guint r = 0; r < self->cell_rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (self->cell_rows, r);

      while (cells->len < MAX (columns, self->pool_columns))
        {
          GtkWidget *cell = ff_attendance_cell_new ();

          gtk_widget_insert_before (cell, GTK_WIDGET (self), self->vscrollbar);
          g_ptr_array_add (cells, cell);
        }
    }

  self->pool_rows = MAX (self->pool_rows, rows);
  self->pool_columns = MAX (self->pool_columns, columns);
}

static void
show_rate (FfAttendanceGrid *self,
           guint             row)
{
  GtkWidget *label = g_ptr_array_index (self->rates, row - self->row_offset);
  const FfGridParticipant *participant = ff_course_grid_get_participant (self->grid, row);
  FfAttendanceSummary summary;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *hours = ff_course_members_describe (self->grid, row);
  int per_mille = -1;

  if (ff_course_grid_summary (self->grid, row, NULL, NULL, &summary, NULL))
    per_mille = ff_attendance_rate_per_mille (&summary);
  text = per_mille >= 0 ? ff_format_percent (per_mille / 10.0, NULL) : g_strdup ("–");
  gtk_label_set_text (GTK_LABEL (label), text);
  if (ff_course_grid_below_threshold (self->grid, row))
    gtk_widget_add_css_class (label, "below");
  else
    gtk_widget_remove_css_class (label, "below");

  /* Translators: what a screen reader says of a participant's rate in the attendance
   * grid: the name, then hours and rate, "Amina Hassan: 12 hours · 85 %" */
  name = g_strdup_printf (_("%s: %s"), participant->name, hours);
  gtk_widget_set_tooltip_text (label, hours);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* Puts the session of the @c-th column that shows into its head. */
static void
bind_head (FfAttendanceGrid *self,
           guint             c)
{
  const FfGridSession *session = ff_course_grid_get_session (self->grid, self->column_offset + c);
  GtkWidget *head = g_ptr_array_index (self->heads, c);
  g_autofree char *date = ff_format_date (session->date, NULL);
  g_autofree char *text = NULL;
  g_autofree char *name = ff_course_session_describe (session);

  /* "06.01" of "06.01.2025", over its start; the whole session when it is the only one
   * shown */
  if (self->one_session)
    text = g_strdup (name);
  else
    text = g_strdup_printf ("%.5s\n%s", date, session->start);
  gtk_label_set_text (GTK_LABEL (head), text);
  gtk_widget_set_tooltip_text (head, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (head), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  if (session->cancelled)
    gtk_widget_add_css_class (head, "cancelled");
  else
    gtk_widget_remove_css_class (head, "cancelled");
}

/* Puts the mark of the cell in the @r-th row and @c-th column that show into it. */
static void
bind_cell (FfAttendanceGrid *self,
           guint             r,
           guint             c)
{
  FfAttendanceCell *cell = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (self->cell_rows,
                                                                              r), c);
  guint row = self->row_offset + r;
  guint column = self->column_offset + c;

  ff_attendance_cell_set_in_words (cell, self->one_session);
  ff_attendance_cell_show (cell, self->grid, row, column);
  ff_attendance_cell_set_cursor (cell, row == self->cursor_row && column == self->cursor_column);
}

/* Puts the participant of the @r-th row that shows into its name, rate and cells. */
static void
bind_row (FfAttendanceGrid *self,
          guint             r)
{
  guint row = self->row_offset + r;
  const FfGridParticipant *participant = ff_course_grid_get_participant (self->grid, row);

  gtk_label_set_text (GTK_LABEL (g_ptr_array_index (self->names, r)), participant->name);
  show_rate (self, row);
  for (guint c = 0; c < self->columns_shown; c++)
    bind_cell (self, r, c);
}

/* Puts what the rows and columns that show hold into their widgets. */
static void
bind_all (FfAttendanceGrid *self)
{
  if (self->grid == NULL)
    return;

  for (guint c = 0; c < self->columns_shown; c++)
    bind_head (self, c);
  for (guint r = 0; r < self->rows_shown; r++)
    bind_row (self, r);
}

/* Moves the first @n of the first @shown items of @array to their end (@n > 0), or the
 * last -@n to their start (@n < 0). */
static void
rotate (GPtrArray *array,
        guint      shown,
        int        n)
{
  for (; n > 0; n--)
    g_ptr_array_insert (array, (int) shown - 1, g_ptr_array_steal_index (array, 0));
  for (; n < 0; n++)
    g_ptr_array_insert (array, 0, g_ptr_array_steal_index (array, shown - 1));
}

/* Shows from @row_offset, @column_offset on. A step of a few rows or columns, as the
 * cursor takes, keeps the widgets of those that still show, and fills only those that
 * come into sight: moving along a row stays as fast as moving inside the window. */
static void
scroll_to (FfAttendanceGrid *self,
           guint             row_offset,
           guint             column_offset)
{
  int rows = (int) row_offset - (int) self->row_offset;
  int columns = (int) column_offset - (int) self->column_offset;

  self->row_offset = row_offset;
  self->column_offset = column_offset;

  if (self->grid == NULL)
    return;

  if ((rows != 0 && columns != 0) || ABS (rows) >= (int) self->rows_shown ||
      ABS (columns) >= (int) self->columns_shown)
    {
      bind_all (self);
      return;
    }

  if (columns != 0)
    {
      guint first = columns > 0 ? self->columns_shown - (guint) columns : 0;

      rotate (self->heads, self->columns_shown, columns);
      for (guint r = 0; r < self->rows_shown; r++)
        rotate (g_ptr_array_index (self->cell_rows, r), self->columns_shown, columns);
      for (guint c = first; c < first + (guint) ABS (columns); c++)
        {
          bind_head (self, c);
          for (guint r = 0; r < self->rows_shown; r++)
            bind_cell (self, r, c);
        }
    }
  else if (rows != 0)
    {
      guint first = rows > 0 ? self->rows_shown - (guint) rows : 0;

      rotate (self->names, self->rows_shown, rows);
      rotate (self->rates, self->rows_shown, rows);
      rotate (self->cell_rows, self->rows_shown, rows);
      for (guint r = first; r < first + (guint) ABS (rows); r++)
        bind_row (self, r);
    }
}

static void
configure_adjustments (FfAttendanceGrid *self)
{
  self->configuring++;
  gtk_adjustment_configure (self->vadjustment, self->row_offset, 0, self->n_rows, 1,
                            MAX (self->rows_shown, 1), MAX (self->rows_shown, 1));
  gtk_adjustment_configure (self->hadjustment, self->column_offset, 0, self->n_columns, 1,
                            MAX (self->columns_shown, 1), MAX (self->columns_shown, 1));
  self->configuring--;
}

/* Scrolls as little as needed for the cursor to show. */
gboolean
ff_attendance_grid_scroll_to_cursor (FfAttendanceGrid *self)
{
  guint row_offset = self->row_offset, column_offset = self->column_offset;

  if (self->rows_shown > 0)
    {
      if (self->cursor_row < row_offset)
        row_offset = self->cursor_row;
      else if (self->cursor_row >= row_offset + self->rows_shown)
        row_offset = self->cursor_row - self->rows_shown + 1;
    }
  if (self->columns_shown > 0)
    {
      if (self->cursor_column < column_offset)
        column_offset = self->cursor_column;
      else if (self->cursor_column >= column_offset + self->columns_shown)
        column_offset = self->cursor_column - self->columns_shown + 1;
    }

  if (row_offset == self->row_offset && column_offset == self->column_offset)
    return FALSE;

  scroll_to (self, row_offset, column_offset);
  configure_adjustments (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  return TRUE;
}

void
ff_attendance_grid_move_cursor (FfAttendanceGrid *self,
                                guint             row,
                                guint             column)
{
  GtkWidget *old, *cell;
  gboolean had_focus = gtk_widget_has_focus (GTK_WIDGET (self))
                       || gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;

  if (self->grid == NULL || self->n_rows == 0 || self->n_columns == 0)
    return;

  row = MIN (row, self->n_rows - 1);
  column = MIN (column, self->n_columns - 1);
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (GTK_POPOVER (self->popover));

  old = ff_attendance_grid_shown_cell (self, self->cursor_row, self->cursor_column);
  if (old != NULL)
    ff_attendance_cell_set_cursor (FF_ATTENDANCE_CELL (old), FALSE);

  self->cursor_row = row;
  self->cursor_column = column;
  ff_attendance_grid_scroll_to_cursor (self);

  cell = ff_attendance_grid_shown_cell (self, row, column);
  if (cell != NULL)
    {
      ff_attendance_cell_set_cursor (FF_ATTENDANCE_CELL (cell), TRUE);
      if (had_focus)
        gtk_widget_grab_focus (cell);
    }

  g_signal_emit (self, signals[SIGNAL_CURSOR_MOVED], 0);
}

/* Shows the mark of a cell afresh, and its row's rate. */
void
ff_attendance_grid_show_cell (FfAttendanceGrid *self,
                              guint             row,
                              guint             column)
{
  GtkWidget *cell = ff_attendance_grid_shown_cell (self, row, column);

  if (cell != NULL)
    {
      ff_attendance_cell_show (FF_ATTENDANCE_CELL (cell), self->grid, row, column);
      show_rate (self, row);
    }
  g_signal_emit (self, signals[SIGNAL_MARKED], 0, row, column);
}

static void
pressed_cb (FfAttendanceGrid *self,
            int               n_press,
            double            x,
            double            y,
            GtkGestureClick  *gesture)
{
  int column = ((int) x - NAME_WIDTH - RATE_WIDTH) / MAX (self->cell_width, 1);
  int row = ((int) y - HEADER_HEIGHT) / ROW_HEIGHT;

  if (x < NAME_WIDTH + RATE_WIDTH || y < HEADER_HEIGHT ||
      row >= (int) self->rows_shown || column >= (int) self->columns_shown)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  ff_attendance_grid_move_cursor (self, self->row_offset + row, self->column_offset + column);
}

static gboolean
scroll_cb (FfAttendanceGrid         *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GtkAdjustment *adjustment = dx != 0 ? self->hadjustment : self->vadjustment;
  double delta = dx != 0 ? dx : dy;

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + delta);
  return TRUE;
}

static void
adjustment_changed_cb (FfAttendanceGrid *self)
{
  guint row_offset = (guint) gtk_adjustment_get_value (self->vadjustment);
  guint column_offset = (guint) gtk_adjustment_get_value (self->hadjustment);

  if (self->configuring > 0 ||
      (row_offset == self->row_offset && column_offset == self->column_offset))
    return;

  scroll_to (self, row_offset, column_offset);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
place (GtkWidget *child,
       int        x,
       int        y,
       int        width,
       int        height)
{
  int minimum;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, MAX (width, minimum), height }, -1);
}

static void
ff_attendance_grid_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  FfAttendanceGrid *self = FF_ATTENDANCE_GRID (widget);
  GtkWidget *bar = orientation == GTK_ORIENTATION_HORIZONTAL ? self->vscrollbar
                                                             : self->hscrollbar;
  int bar_size;

  gtk_widget_measure (bar, orientation, -1, NULL, &bar_size, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = NAME_WIDTH + RATE_WIDTH + 2 * CELL_WIDTH + bar_size;
      *natural = NAME_WIDTH + RATE_WIDTH + (int) MAX (MIN (self->n_columns, 14), 2) * CELL_WIDTH
                 + bar_size;
    }
  else
    {
      *minimum = HEADER_HEIGHT + 3 * ROW_HEIGHT + bar_size;
      *natural = HEADER_HEIGHT + (int) MAX (MIN (self->n_rows, 16), 3) * ROW_HEIGHT + bar_size;
    }
}

static void
ff_attendance_grid_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  FfAttendanceGrid *self = FF_ATTENDANCE_GRID (widget);
  int bar_width, bar_height;
  guint rows, columns;
  int body_x = NAME_WIDTH + RATE_WIDTH;

  gtk_widget_measure (self->vscrollbar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &bar_width,
                      NULL, NULL);
  gtk_widget_measure (self->hscrollbar, GTK_ORIENTATION_VERTICAL, -1, NULL, &bar_height,
                      NULL, NULL);

  if (self->one_session)
    {
      self->cell_width = MAX (width - body_x - bar_width, CELL_WIDTH);
      columns = MIN (1, self->n_columns);
    }
  else
    {
      self->cell_width = CELL_WIDTH;
      columns = MIN ((guint) MAX ((width - body_x - bar_width) / CELL_WIDTH, 1),
                     self->n_columns);
    }
  rows = MIN ((guint) MAX ((height - HEADER_HEIGHT - bar_height) / ROW_HEIGHT, 1), self->n_rows);

  if (rows != self->rows_shown || columns != self->columns_shown)
    {
      ensure_pool (self, rows, columns);
      self->rows_shown = rows;
      self->columns_shown = columns;
      self->row_offset = MIN (self->row_offset, self->n_rows - rows);
      self->column_offset = MIN (self->column_offset, self->n_columns - columns);
      /* Every widget shows another cell now: all are filled afresh. */
      ff_attendance_grid_scroll_to_cursor (self);
      configure_adjustments (self);
      bind_all (self);
    }

  place (self->name_head, 0, 0, NAME_WIDTH, HEADER_HEIGHT);
  place (self->rate_head, NAME_WIDTH, 0, RATE_WIDTH, HEADER_HEIGHT);

  for (guint c = 0; c < self->heads->len; c++)
    {
      GtkWidget *head = g_ptr_array_index (self->heads, c);

      gtk_widget_set_child_visible (head, c < columns);
      if (c < columns)
        place (head, body_x + (int) c * self->cell_width, 0, self->cell_width, HEADER_HEIGHT);
    }

  for (guint r = 0; r < self->cell_rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (self->cell_rows, r);
      int y = HEADER_HEIGHT + (int) r * ROW_HEIGHT;

      gtk_widget_set_child_visible (g_ptr_array_index (self->names, r), r < rows);
      gtk_widget_set_child_visible (g_ptr_array_index (self->rates, r), r < rows);
      if (r < rows)
        {
          place (g_ptr_array_index (self->names, r), 0, y, NAME_WIDTH, ROW_HEIGHT);
          place (g_ptr_array_index (self->rates, r), NAME_WIDTH, y, RATE_WIDTH, ROW_HEIGHT);
        }

      for (guint c = 0; c < cells->len; c++)
        {
          GtkWidget *cell = g_ptr_array_index (cells, c);
          gboolean shown = r < rows && c < columns;

          gtk_widget_set_child_visible (cell, shown);
          if (shown)
            place (cell, body_x + (int) c * self->cell_width, y, self->cell_width, ROW_HEIGHT);
        }
    }

  /* A scrollbar only where there is more to see. */
  gtk_widget_set_child_visible (self->vscrollbar, rows < self->n_rows);
  gtk_widget_set_child_visible (self->hscrollbar, columns < self->n_columns);
  place (self->vscrollbar, width - bar_width, HEADER_HEIGHT, bar_width,
         MAX (height - HEADER_HEIGHT - bar_height, 0));
  place (self->hscrollbar, body_x, height - bar_height, MAX (width - body_x - bar_width, 0),
         bar_height);

  gtk_popover_present (GTK_POPOVER (self->popover));
}

/* The keyboard goes to the cursor's cell. */
static gboolean
ff_attendance_grid_grab_focus (GtkWidget *widget)
{
  FfAttendanceGrid *self = FF_ATTENDANCE_GRID (widget);
  GtkWidget *cell = ff_attendance_grid_shown_cell (self, self->cursor_row, self->cursor_column);

  if (cell != NULL)
    return gtk_widget_grab_focus (cell);

  return GTK_WIDGET_CLASS (ff_attendance_grid_parent_class)->grab_focus (widget);
}

/* Tab comes into the grid at its cursor, and goes on out of it. */
static gboolean
ff_attendance_grid_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  FfAttendanceGrid *self = FF_ATTENDANCE_GRID (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);

  if (focus_child != NULL && focus_child != GTK_WIDGET (self->popover))
    return FALSE;
  if (gtk_widget_has_focus (widget))
    return FALSE;

  return ff_attendance_grid_grab_focus (widget);
}

static void
ff_attendance_grid_dispose (GObject *object)
{
  FfAttendanceGrid *self = FF_ATTENDANCE_GRID (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_ATTENDANCE_GRID);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->cell_rows, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->rates, g_ptr_array_unref);
  g_clear_pointer (&self->heads, g_ptr_array_unref);
  g_clear_pointer (&self->grid, ff_course_grid_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_attendance_grid_parent_class)->dispose (object);
}

static void
ff_attendance_grid_class_init (FfAttendanceGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_attendance_grid_dispose;
  widget_class->measure = ff_attendance_grid_measure;
  widget_class->size_allocate = ff_attendance_grid_size_allocate;
  widget_class->grab_focus = ff_attendance_grid_grab_focus;
  widget_class->focus = ff_attendance_grid_focus;

  signals[SIGNAL_MARKED] =
    g_signal_new ("marked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SIGNAL_CURSOR_MOVED] =
    g_signal_new ("cursor-moved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (FF_TYPE_MARK_POPOVER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-attendance-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceGrid, name_head);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceGrid, rate_head);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceGrid, vscrollbar);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceGrid, hscrollbar);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceGrid, vadjustment);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceGrid, hadjustment);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceGrid, popover);
  gtk_widget_class_set_css_name (widget_class, "attendancegrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
ff_attendance_grid_init (FfAttendanceGrid *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  self->cell_width = CELL_WIDTH;

  self->cell_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->names = g_ptr_array_new ();
  self->rates = g_ptr_array_new ();
  self->heads = g_ptr_array_new ();

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (ff_attendance_grid_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (scroll_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (self->vadjustment, "value-changed",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->hadjustment, "value-changed",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "answered", G_CALLBACK (ff_attendance_grid_answered_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (ff_attendance_grid_popover_closed_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
ff_attendance_grid_new (void)
{
  return g_object_new (FF_TYPE_ATTENDANCE_GRID, NULL);
}

void
ff_attendance_grid_set_grid (FfAttendanceGrid *self,
                             FfStore          *store,
                             FfCourseGrid     *grid)
{
  gint64 participant_id = 0, session_id = 0;
  int row, column;

  g_return_if_fail (FF_IS_ATTENDANCE_GRID (self));

  if (self->grid != NULL && self->n_rows > 0 && self->n_columns > 0)
    {
      participant_id = ff_course_grid_get_participant (self->grid, self->cursor_row)->id;
      session_id = ff_course_grid_get_session (self->grid, self->cursor_column)->id;
    }

  g_set_object (&self->store, store);
  if (grid != self->grid)
    {
      g_clear_pointer (&self->grid, ff_course_grid_unref);
      self->grid = grid != NULL ? ff_course_grid_ref (grid) : NULL;
    }
  self->n_rows = grid != NULL ? ff_course_grid_get_n_participants (grid) : 0;
  self->n_columns = grid != NULL ? ff_course_grid_get_n_sessions (grid) : 0;

  row = grid != NULL ? ff_course_grid_find_participant (grid, participant_id) : -1;
  column = grid != NULL ? ff_course_grid_find_session (grid, session_id) : -1;
  self->cursor_row = row >= 0 ? (guint) row : 0;
  self->cursor_column = column >= 0 ? (guint) column : 0;

  /* Shown again from scratch at the next allocation. */
  self->rows_shown = 0;
  self->columns_shown = 0;
  self->row_offset = MIN (self->row_offset, self->n_rows);
  self->column_offset = MIN (self->column_offset, self->n_columns);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

FfCourseGrid *
ff_attendance_grid_get_grid (FfAttendanceGrid *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_GRID (self), NULL);

  return self->grid;
}

void
ff_attendance_grid_set_cursor (FfAttendanceGrid *self,
                               guint             row,
                               guint             column)
{
  g_return_if_fail (FF_IS_ATTENDANCE_GRID (self));

  ff_attendance_grid_move_cursor (self, row, column);
}

void
ff_attendance_grid_get_cursor (FfAttendanceGrid *self,
                               guint            *row,
                               guint            *column)
{
  g_return_if_fail (FF_IS_ATTENDANCE_GRID (self));

  if (row != NULL)
    *row = self->cursor_row;
  if (column != NULL)
    *column = self->cursor_column;
}

void
ff_attendance_grid_set_one_session (FfAttendanceGrid *self,
                                    gboolean          one_session)
{
  g_return_if_fail (FF_IS_ATTENDANCE_GRID (self));

  if (self->one_session == !!one_session)
    return;

  self->one_session = !!one_session;
  /* Laid out and shown again from scratch. */
  self->rows_shown = 0;
  self->columns_shown = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
ff_attendance_grid_get_one_session (FfAttendanceGrid *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_GRID (self), FALSE);

  return self->one_session;
}

gboolean
ff_attendance_grid_is_saving (FfAttendanceGrid *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_GRID (self), FALSE);

  return self->saving > 0;
}

GtkWidget *
ff_attendance_grid_get_cell (FfAttendanceGrid *self,
                             guint             row,
                             guint             column)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_GRID (self), NULL);

  return ff_attendance_grid_shown_cell (self, row, column);
}

guint
ff_attendance_grid_get_n_cell_widgets (FfAttendanceGrid *self)
{
  guint n = 0;

  g_return_val_if_fail (FF_IS_ATTENDANCE_GRID (self), 0);

  for (guint r = 0; r < self->cell_rows->len; r++)
    n += ((GPtrArray *) g_ptr_array_index (self->cell_rows, r))->len;

  return n;
}

const char *
ff_attendance_grid_get_message (FfAttendanceGrid *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_GRID (self), NULL);

  return ff_mark_popover_get_message (self->popover);
}

GtkWidget *
ff_attendance_grid_get_popover (FfAttendanceGrid *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_GRID (self), NULL);

  return GTK_WIDGET (self->popover);
}
