/* ff-attendance-window.c — a course's attendance taken by keyboard: the grid of
 * participants × sessions, and what the cell at the cursor holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-attendance-cell.h"
#include "ff-attendance-window.h"
#include "ff-course-sessions-group.h"
#include "ff-format.h"
#include "ff-toast.h"

struct _FfAttendanceWindow
{
  AdwWindow          parent_instance;

  FfStore           *store;
  gint64             course_id;

  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkStack          *stack;
  FfAttendanceGrid  *grid;
  GtkLabel          *cursor_label;
  GtkLabel          *summary_label;
  GtkToggleButton   *one_session_button;
};

G_DEFINE_FINAL_TYPE (FfAttendanceWindow, ff_attendance_window, ADW_TYPE_WINDOW)

static void
show_summary (FfAttendanceWindow *self)
{
  FfCourseGrid *grid = ff_attendance_grid_get_grid (self->grid);
  FfAttendanceSummary summary;
  g_autofree char *text = NULL;
  guint below = 0;

  if (grid == NULL || !ff_course_grid_course_summary (grid, NULL, NULL, &summary, NULL))
    {
      gtk_label_set_text (self->summary_label, "");
      return;
    }

  for (guint row = 0; row < ff_course_grid_get_n_participants (grid); row++)
    if (ff_course_grid_below_threshold (grid, row))
      below++;

  if (ff_attendance_rate_per_mille (&summary) < 0)
    text = g_strdup (_("No attendance taken yet"));
  else
    {
      g_autofree char *rate =
        ff_format_percent (ff_attendance_rate_per_mille (&summary) / 10.0, NULL);
      g_autofree char *threshold =
        ff_format_percent (ff_course_grid_get_threshold (grid) / 10.0, NULL);

      if (below > 0)
        /* Translators: under the attendance grid: the course's rate, and how many
         * attend less than its threshold, "Attendance 86 % · 2 under 80 %" */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Attendance %s · %u under %s",
                                             "Attendance %s · %u under %s", below),
                                rate, below, threshold);
      else
        /* Translators: under the attendance grid: the course's rate, "Attendance 86 %" */
        text = g_strdup_printf (_("Attendance %s"), rate);
    }
  gtk_label_set_text (self->summary_label, text);
}

static void
show_cursor (FfAttendanceWindow *self)
{
  FfCourseGrid *grid = ff_attendance_grid_get_grid (self->grid);
  g_autofree char *text = NULL;
  guint row, column;

  ff_attendance_grid_get_cursor (self->grid, &row, &column);
  if (grid != NULL && row < ff_course_grid_get_n_participants (grid)
      && column < ff_course_grid_get_n_sessions (grid))
    text = ff_attendance_cell_describe (grid, row, column);
  gtk_label_set_text (self->cursor_label, text != NULL ? text : "");
}

static void
marked_cb (FfAttendanceWindow *self)
{
  show_cursor (self);
  show_summary (self);
}

static gboolean
load (FfAttendanceWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfCourseGrid) grid = ff_course_grid_load (self->store, self->course_id, &error);
  g_autoptr(FfRecord) course = NULL;
  gboolean empty;

  if (grid == NULL)
    {
      g_warning ("Cannot read the attendance of course %" G_GINT64_FORMAT ": %s",
                 self->course_id, error->message);
      ff_attendance_grid_set_grid (self->grid, self->store, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return FALSE;
    }

  course = ff_record_load (self->store, &ff_course_type, self->course_id, NULL);
  if (course != NULL)
    {
      const char *title = ff_record_get (course, FF_COURSE_TITLE);
      /* Translators: the title of a course's attendance window; %s is the course */
      g_autofree char *window_title = g_strdup_printf (_("Attendance: %s"), title);

      adw_window_title_set_subtitle (self->window_title, title);
      gtk_window_set_title (GTK_WINDOW (self), window_title);
    }

  ff_attendance_grid_set_grid (self->grid, self->store, grid);
  empty = ff_course_grid_get_n_participants (grid) == 0 || ff_course_grid_get_n_sessions (grid) == 0;
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "grid");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.everyone-present", !empty);
  show_summary (self);
  show_cursor (self);

  return TRUE;
}

static void
store_changed_cb (FfAttendanceWindow *self,
                  FfRecordKind        kind,
                  gint64              id,
                  FfStore            *store)
{
  if (ff_attendance_grid_is_saving (self->grid))
    return;
  if ((kind == FF_RECORD_COURSE && (id == self->course_id || id == 0)) ||
      kind == FF_RECORD_PARTICIPANT)
    load (self);
}

static void
everyone_present_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FfAttendanceWindow *self = FF_ATTENDANCE_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint column, n;

  ff_attendance_grid_get_cursor (self->grid, NULL, &column);
  n = ff_attendance_grid_mark_everyone_present (self->grid, column, &error);
  if (error != NULL)
    return;

  /* Translators: a toast after "Everyone Present" */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant marked present",
                                          "%u participants marked present", n), n);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

static void
one_session_cb (FfAttendanceWindow *self)
{
  ff_attendance_grid_set_one_session (self->grid,
                                      gtk_toggle_button_get_active (self->one_session_button));
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

static void
toggle_one_session_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FfAttendanceWindow *self = FF_ATTENDANCE_WINDOW (widget);

  gtk_toggle_button_set_active (self->one_session_button,
                                !gtk_toggle_button_get_active (self->one_session_button));
}

static void
ff_attendance_window_dispose (GObject *object)
{
  FfAttendanceWindow *self = FF_ATTENDANCE_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_ATTENDANCE_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_attendance_window_parent_class)->dispose (object);
}

static void
ff_attendance_window_class_init (FfAttendanceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_attendance_window_dispose;

  g_type_ensure (FF_TYPE_ATTENDANCE_GRID);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-attendance-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceWindow, grid);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceWindow, cursor_label);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceWindow, one_session_button);

  gtk_widget_class_install_action (widget_class, "attendance.everyone-present", NULL,
                                   everyone_present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_P,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "attendance.everyone-present", NULL);
  gtk_widget_class_install_action (widget_class, "attendance.toggle-one-session", NULL,
                                   toggle_one_session_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "attendance.toggle-one-session", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
ff_attendance_window_init (FfAttendanceWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->grid, "marked", G_CALLBACK (marked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->grid, "cursor-moved", G_CALLBACK (show_cursor), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->one_session_button, "notify::active",
                           G_CALLBACK (one_session_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ff_attendance_window_new (FfStore *store,
                          gint64   course_id)
{
  FfAttendanceWindow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_ATTENDANCE_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->course_id = course_id;
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->grid));

  return GTK_WIDGET (self);
}

FfAttendanceWindow *
ff_attendance_window_open (FfStore   *store,
                           gint64     course_id,
                           GtkWindow *parent)
{
  g_autoptr(GListModel) toplevels = NULL;
  GtkWidget *window;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (FF_IS_ATTENDANCE_WINDOW (item) &&
          FF_ATTENDANCE_WINDOW (item)->store == store &&
          FF_ATTENDANCE_WINDOW (item)->course_id == course_id)
        {
          gtk_window_present (GTK_WINDOW (item));
          return FF_ATTENDANCE_WINDOW (item);
        }
    }

  window = ff_attendance_window_new (store, course_id);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (window), parent);
      if (gtk_window_get_application (parent) != NULL)
        gtk_window_set_application (GTK_WINDOW (window), gtk_window_get_application (parent));
    }
  gtk_window_present (GTK_WINDOW (window));

  return FF_ATTENDANCE_WINDOW (window);
}

FfAttendanceGrid *
ff_attendance_window_get_grid (FfAttendanceWindow *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_WINDOW (self), NULL);

  return self->grid;
}

const char *
ff_attendance_window_get_cursor_text (FfAttendanceWindow *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_WINDOW (self), NULL);

  return gtk_label_get_text (self->cursor_label);
}

const char *
ff_attendance_window_get_summary_text (FfAttendanceWindow *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_WINDOW (self), NULL);

  return gtk_label_get_text (self->summary_label);
}
