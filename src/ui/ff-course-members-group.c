/* ff-course-members-group.c — the participants of a course, with their hours and
 * attendance rate; added from the programme's, one at a time or all at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-course-members-group.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-participant.h"
#include "ff-toast.h"

struct _FfCourseMembersGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  gint64               course_id;
  GArray              *candidate_ids;   /* gint64 per candidate_names item */
  GPtrArray           *rows;            /* AdwActionRow per participant of the grid */

  AdwComboRow         *candidate_row;
  GtkStringList       *candidate_names;
  GtkWidget           *add_button;
  GtkWidget           *add_all_button;
};

G_DEFINE_FINAL_TYPE (FfCourseMembersGroup, ff_course_members_group, ADW_TYPE_PREFERENCES_GROUP)

#define MEMBER_ID_KEY "ff-member-id"

static void
show_error (FfCourseMembersGroup *self,
            const char           *message)
{
  ff_field_error_show (GTK_WIDGET (self->candidate_row), NULL, message);
}

char *
ff_course_members_describe (FfCourseGrid *grid,
                            guint         row)
{
  FfAttendanceSummary summary;
  g_autofree char *hours = NULL;
  g_autofree char *rate = NULL;
  int per_mille;

  if (!ff_course_grid_summary (grid, row, NULL, NULL, &summary, NULL))
    return g_strdup ("");

  hours = ff_format_hours (summary.attended_minutes / 60.0, NULL);
  per_mille = ff_attendance_rate_per_mille (&summary);
  if (per_mille < 0)
    /* Translators: a participant's attendance on a course before any is taken;
     * %s is hours, "0" */
    return g_strdup_printf (_("%s hours · no attendance taken"), hours);

  rate = ff_format_percent (per_mille / 10.0, NULL);
  /* Translators: a participant's attendance on a course: hours attended and the
   * attendance rate, "12,5 hours · 85 %" */
  return g_strdup_printf (_("%s hours · %s"), hours, rate);
}

static void
remove_clicked_cb (GtkButton            *button,
                   FfCourseMembersGroup *self)
{
  gint64 member_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), MEMBER_ID_KEY));
  const char *name = g_object_get_data (G_OBJECT (button), "ff-name");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!ff_record_set_deleted (self->store, &ff_course_part_types[FF_COURSE_PART_PARTICIPANT],
                              member_id, TRUE, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* Translators: a toast; %s is a participant's name */
  message = g_strdup_printf (_("%s removed from the course"), name);
  ff_toast_show_undo (GTK_WIDGET (self), message, "members.undo-remove", member_id);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfCourseMembersGroup *self = FF_COURSE_MEMBERS_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, &ff_course_part_types[FF_COURSE_PART_PARTICIPANT],
                              g_variant_get_int64 (parameter), FALSE, &error))
    ff_toast_show_message (widget, error->message);
}

static GtkWidget *
new_member_row (FfCourseMembersGroup *self,
                FfCourseGrid         *grid,
                guint                 row)
{
  const FfGridParticipant *participant = ff_course_grid_get_participant (grid, row);
  g_autofree char *subtitle = ff_course_members_describe (grid, row);
  g_autofree char *remove_label = NULL;
  GtkWidget *widget = adw_action_row_new ();
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), participant->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle);

  if (ff_course_grid_below_threshold (grid, row))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      g_autofree char *threshold =
        ff_format_percent (ff_course_grid_get_threshold (grid) / 10.0, NULL);
      /* Translators: a participant's attendance is under the course's threshold;
       * %s is the threshold, "80 %" */
      g_autofree char *tip = g_strdup_printf (_("Attends less than %s"), threshold);

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget), icon);
    }

  button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: a button's tooltip and name; %s is a participant's name */
  remove_label = g_strdup_printf (_("Remove %s from the Course"), participant->name);
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data (G_OBJECT (button), MEMBER_ID_KEY, GSIZE_TO_POINTER (participant->member_id));
  g_object_set_data_full (G_OBJECT (button), "ff-name", g_strdup (participant->name), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (widget), button);

  return widget;
}

static void
show_candidates (FfCourseMembersGroup *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_array_set_size (self->candidate_ids, 0);
  if (self->course_id != 0)
    {
      ids = ff_course_candidates (self->store, self->course_id, &error);
      if (ids == NULL)
        g_warning ("Cannot list who may join the course: %s", error->message);
    }

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(FfParticipant) participant = ff_participant_load (self->store, id, NULL);

      if (participant == NULL)
        continue;
      g_ptr_array_add (names, g_strdup (ff_participant_get_display_name (participant)));
      g_array_append_val (self->candidate_ids, id);
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->candidate_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->candidate_names)),
                          (const char * const *) names->pdata);
  gtk_widget_set_sensitive (GTK_WIDGET (self->candidate_row), self->candidate_ids->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "members.add",
                                 self->candidate_ids->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "members.add-all",
                                 self->candidate_ids->len > 0);
  if (self->candidate_ids->len == 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->candidate_row),
                                 self->course_id != 0
                                 ? _("Everyone in the programme is on the course.")
                                 : "");
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->candidate_row), "");
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfCourseMembersGroup *self = FF_COURSE_MEMBERS_GROUP (widget);
  guint selected = adw_combo_row_get_selected (self->candidate_row);
  g_autoptr(GError) error = NULL;

  if (selected >= self->candidate_ids->len)
    return;

  if (ff_course_add_participant (self->store, self->course_id,
                                 g_array_index (self->candidate_ids, gint64, selected),
                                 &error) == 0)
    show_error (self, error->message);
  else
    show_error (self, NULL);
}

static void
add_all_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FfCourseMembersGroup *self = FF_COURSE_MEMBERS_GROUP (widget);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!ff_course_add_all_participants (self->store, self->course_id, &n, &error))
    show_error (self, error->message);
  else
    show_error (self, NULL);
}

static void
ff_course_members_group_dispose (GObject *object)
{
  FfCourseMembersGroup *self = FF_COURSE_MEMBERS_GROUP (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_course_members_group_parent_class)->dispose (object);
}

static void
ff_course_members_group_finalize (GObject *object)
{
  FfCourseMembersGroup *self = FF_COURSE_MEMBERS_GROUP (object);

  g_clear_pointer (&self->candidate_ids, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ff_course_members_group_parent_class)->finalize (object);
}

static void
ff_course_members_group_class_init (FfCourseMembersGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_course_members_group_dispose;
  object_class->finalize = ff_course_members_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-course-members-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfCourseMembersGroup, candidate_row);
  gtk_widget_class_bind_template_child (widget_class, FfCourseMembersGroup, candidate_names);
  gtk_widget_class_bind_template_child (widget_class, FfCourseMembersGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, FfCourseMembersGroup, add_all_button);

  gtk_widget_class_install_action (widget_class, "members.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "members.add-all", NULL, add_all_action);
  gtk_widget_class_install_action (widget_class, "members.undo-remove", "x",
                                   undo_remove_action);
}

static void
ff_course_members_group_init (FfCourseMembersGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->candidate_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_ptr_array_new ();
}

void
ff_course_members_group_set_store (FfCourseMembersGroup *self,
                                   FfStore              *store)
{
  g_return_if_fail (FF_IS_COURSE_MEMBERS_GROUP (self));

  g_set_object (&self->store, store);
}

void
ff_course_members_group_show (FfCourseMembersGroup *self,
                              gint64                course_id,
                              FfCourseGrid         *grid)
{
  g_autofree char *description = NULL;

  g_return_if_fail (FF_IS_COURSE_MEMBERS_GROUP (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                  g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  self->course_id = course_id;

  for (guint row = 0; grid != NULL && row < ff_course_grid_get_n_participants (grid); row++)
    {
      GtkWidget *widget = new_member_row (self, grid, row);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), widget);
      g_ptr_array_add (self->rows, widget);
    }

  if (grid != NULL)
    {
      FfAttendanceSummary summary;
      guint n = ff_course_grid_get_n_participants (grid);

      if (ff_course_grid_course_summary (grid, NULL, NULL, &summary, NULL)
          && ff_attendance_rate_per_mille (&summary) >= 0)
        {
          g_autofree char *rate =
            ff_format_percent (ff_attendance_rate_per_mille (&summary) / 10.0, NULL);

          /* Translators: a course's participants; %u is how many, %s the course's
           * attendance rate, "85 %" */
          description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u participant, attendance %s",
                                                      "%u participants, attendance %s", n),
                                         n, rate);
        }
      else
        {
          /* Translators: how many participants a course has */
          description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant",
                                                      "%u participants", n), n);
        }
    }
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);

  if (self->store != NULL)
    show_candidates (self);
}

GtkWidget *
ff_course_members_group_get_candidate_row (FfCourseMembersGroup *self)
{
  g_return_val_if_fail (FF_IS_COURSE_MEMBERS_GROUP (self), NULL);

  return GTK_WIDGET (self->candidate_row);
}

GtkWidget *
ff_course_members_group_get_row (FfCourseMembersGroup *self,
                                 guint                 row)
{
  g_return_val_if_fail (FF_IS_COURSE_MEMBERS_GROUP (self), NULL);

  return row < self->rows->len ? g_ptr_array_index (self->rows, row) : NULL;
}
