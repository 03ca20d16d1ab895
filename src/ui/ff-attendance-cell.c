/* ff-attendance-cell.c — one cell of the attendance grid: a participant's mark in a
 * session, in a few letters, named whole for screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-attendance-cell.h"
#include "ff-course-sessions-group.h"

struct _FfAttendanceCell
{
  GtkWidget   parent_instance;

  char       *name;
  const char *mark_class;
  gboolean    in_words;

  GtkLabel   *label;
};

G_DEFINE_FINAL_TYPE (FfAttendanceCell, ff_attendance_cell, GTK_TYPE_WIDGET)

static const char * const mark_classes[] = {
  [FF_MARK_NOT_REGISTERED] = NULL,
  [FF_MARK_PRESENT] = "present",
  [FF_MARK_LATE] = "late",
  [FF_MARK_LEFT_EARLY] = "left-early",
  [FF_MARK_EXCUSED] = "excused",
  [FF_MARK_UNEXCUSED] = "unexcused",
};

/* The letters of a mark in a cell. */
static char *
mark_letters (const FfMark *mark)
{
  switch (mark->kind)
    {
    case FF_MARK_PRESENT:
      /* Translators: an attendance mark in a cell of the grid, one or two letters:
       * present */
      return g_strdup (C_("attendance cell", "P"));
    case FF_MARK_LATE:
      /* Translators: an attendance mark in a cell of the grid: late, and how many
       * minutes, "L 10" */
      return g_strdup_printf (C_("attendance cell", "L %u"), mark->minutes);
    case FF_MARK_LEFT_EARLY:
      /* Translators: an attendance mark in a cell of the grid: left early, and how
       * many minutes before the end, "LE 15" */
      return g_strdup_printf (C_("attendance cell", "LE %u"), mark->minutes);
    case FF_MARK_EXCUSED:
      /* Translators: an attendance mark in a cell of the grid, one or two letters:
       * excused absence */
      return g_strdup (C_("attendance cell", "E"));
    case FF_MARK_UNEXCUSED:
      /* Translators: an attendance mark in a cell of the grid, one or two letters:
       * unexcused absence */
      return g_strdup (C_("attendance cell", "U"));
    case FF_MARK_NOT_REGISTERED:
    default:
      return g_strdup ("");
    }
}

char *
ff_attendance_mark_describe (const FfMark *mark)
{
  const char *kind = ff_choice_list_label (&ff_mark_kinds, mark->kind);

  switch (mark->kind)
    {
    case FF_MARK_LATE:
    case FF_MARK_LEFT_EARLY:
      /* Translators: an attendance mark and its minutes, "Late, 10 minutes" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u minute", "%s, %u minutes",
                                           mark->minutes), kind, mark->minutes);
    case FF_MARK_EXCUSED:
      /* Translators: an excused absence and why, "Excused: sick child" */
      return g_strdup_printf (_("%s: %s"), kind,
                              ff_choice_list_label (&ff_excuses, mark->excuse));
    default:
      return g_strdup (kind);
    }
}

char *
ff_attendance_cell_describe (FfCourseGrid *grid,
                             guint         row,
                             guint         column)
{
  const FfGridParticipant *participant = ff_course_grid_get_participant (grid, row);
  const FfGridSession *session = ff_course_grid_get_session (grid, column);
  const char *note = ff_course_grid_get_note (grid, row, column);
  g_autofree char *when = ff_course_session_describe (session);
  g_autofree char *what = ff_attendance_mark_describe (ff_course_grid_get_mark (grid, row,
                                                                                column));

  if (note != NULL && *note != '\0')
    /* Translators: what a screen reader says of a cell of the attendance grid:
     * participant, session, mark and note */
    return g_strdup_printf (_("%s, %s, %s, note: %s"), participant->name, when, what, note);

  /* Translators: what a screen reader says of a cell of the attendance grid:
   * participant, session and mark, "Amina Hassan, Mon 6 Jan 2025, 09:00–11:30, Present" */
  return g_strdup_printf (_("%s, %s, %s"), participant->name, when, what);
}

static void
ff_attendance_cell_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FF_TYPE_ATTENDANCE_CELL);

  G_OBJECT_CLASS (ff_attendance_cell_parent_class)->dispose (object);
}

static void
ff_attendance_cell_finalize (GObject *object)
{
  FfAttendanceCell *self = FF_ATTENDANCE_CELL (object);

  g_free (self->name);

  G_OBJECT_CLASS (ff_attendance_cell_parent_class)->finalize (object);
}

static void
ff_attendance_cell_class_init (FfAttendanceCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_attendance_cell_dispose;
  object_class->finalize = ff_attendance_cell_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-attendance-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceCell, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "attendancecell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
ff_attendance_cell_init (FfAttendanceCell *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_attendance_cell_new (void)
{
  return g_object_new (FF_TYPE_ATTENDANCE_CELL, NULL);
}

void
ff_attendance_cell_show (FfAttendanceCell *self,
                         FfCourseGrid     *grid,
                         guint             row,
                         guint             column)
{
  const FfGridSession *session = ff_course_grid_get_session (grid, column);
  const FfMark *mark = ff_course_grid_get_mark (grid, row, column);
  const char *note = ff_course_grid_get_note (grid, row, column);
  const char *mark_class = mark_classes[mark->kind];
  g_autofree char *letters = self->in_words && mark->kind != FF_MARK_NOT_REGISTERED
                             ? ff_attendance_mark_describe (mark) : mark_letters (mark);
  g_autofree char *name = NULL;

  if (note != NULL && *note != '\0')
    {
      char *with_note = g_strconcat (letters, "*", NULL);

      g_free (letters);
      letters = with_note;
    }
  gtk_label_set_text (self->label, letters);

  if (mark_class != self->mark_class)
    {
      if (self->mark_class != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self), self->mark_class);
      if (mark_class != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self), mark_class);
      self->mark_class = mark_class;
    }
  if (session->cancelled)
    gtk_widget_add_css_class (GTK_WIDGET (self), "cancelled");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "cancelled");

  name = ff_attendance_cell_describe (grid, row, column);
  if (g_strcmp0 (name, self->name) != 0)
    {
      g_free (self->name);
      self->name = g_steal_pointer (&name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, self->name, -1);
    }
}

void
ff_attendance_cell_set_in_words (FfAttendanceCell *self,
                                 gboolean          in_words)
{
  g_return_if_fail (FF_IS_ATTENDANCE_CELL (self));

  self->in_words = in_words;
  gtk_label_set_xalign (self->label, in_words ? 0.0 : 0.5);
  gtk_widget_set_margin_start (GTK_WIDGET (self->label), in_words ? 12 : 0);
}

void
ff_attendance_cell_set_cursor (FfAttendanceCell *self,
                               gboolean          cursor)
{
  if (cursor)
    gtk_widget_add_css_class (GTK_WIDGET (self), "cursor");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "cursor");
}

const char *
ff_attendance_cell_get_text (FfAttendanceCell *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_CELL (self), NULL);

  return gtk_label_get_text (self->label);
}

const char *
ff_attendance_cell_get_name (FfAttendanceCell *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_CELL (self), NULL);

  return self->name != NULL ? self->name : "";
}
