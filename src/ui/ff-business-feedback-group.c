/* ff-business-feedback-group.c — dated comments on a business plan by its reviewers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-feedback-group.h"
#include "ff-business-plan.h"
#include "ff-choice-model.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-toast.h"

#define FEEDBACK_TYPE (&ff_business_part_types[FF_BUSINESS_PART_FEEDBACK])

struct _FfBusinessFeedbackGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  gint64               plan_id;

  /* template children */
  GtkListBox          *list;
  AdwComboRow         *section_row;
  GtkWidget           *author_row;
  AdwComboRow         *role_row;
  GtkWidget           *text_row;
};

G_DEFINE_FINAL_TYPE (FfBusinessFeedbackGroup, ff_business_feedback_group,
                     ADW_TYPE_PREFERENCES_GROUP)

static const FfChoiceList *
section_choices (void)
{
  return FEEDBACK_TYPE->fields[FF_BUSINESS_FEEDBACK_SECTION].choices;
}

static GtkWidget *
new_row (FfRecord *comment)
{
  gint64 id = ff_record_get_id (comment);
  g_autofree char *date = ff_format_date (ff_record_get (comment, FF_BUSINESS_FEEDBACK_DATE),
                                          NULL);
  g_autofree char *subtitle = NULL;
  const char *role = ff_record_get (comment, FF_BUSINESS_FEEDBACK_ROLE);
  const char *section = ff_record_get (comment, FF_BUSINESS_FEEDBACK_SECTION);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = g_object_new (GTK_TYPE_BUTTON,
                                    "icon-name", "user-trash-symbolic",
                                    "valign", GTK_ALIGN_CENTER,
                                    "tooltip-text", _("Remove Comment"),
                                    "css-classes", (const char *[]) { "flat", NULL },
                                    NULL);

  /* Translators: under a comment on a business plan: its date, who wrote it, what
   * they are (mentor, adviser, lecturer) and the section it is on */
  subtitle = g_strdup_printf (_("%s · %s, %s · %s"), date,
                              ff_record_get (comment, FF_BUSINESS_FEEDBACK_AUTHOR),
                              ff_choice_list_key_label (&ff_business_reviewer_roles, role),
                              ff_choice_list_key_label (section_choices (), section));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 ff_record_get (comment, FF_BUSINESS_FEEDBACK_TEXT));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Comment"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "feedback.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

void
ff_business_feedback_group_reload (FfBusinessFeedbackGroup *self)
{
  g_autoptr(GPtrArray) comments = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  g_return_if_fail (FF_IS_BUSINESS_FEEDBACK_GROUP (self));

  if (self->plan_id == 0)
    return;

  comments = ff_record_load_owned (self->store, FEEDBACK_TYPE, self->plan_id, &error);
  if (comments == NULL)
    {
      g_warning ("Could not read the feedback on a business plan: %s", error->message);
      return;
    }

  /* Comments are not edited here: they are shown afresh. */
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  for (guint i = 0; i < comments->len; i++)
    gtk_list_box_append (self->list, new_row (g_ptr_array_index (comments, i)));
}

static char *
stripped_text (GtkWidget *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfBusinessFeedbackGroup *self = FF_BUSINESS_FEEDBACK_GROUP (widget);
  const char *values[FF_BUSINESS_FEEDBACK_N_FIELDS] = { NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *author = stripped_text (self->author_row);
  g_autofree char *text = stripped_text (self->text_row);
  guint section = adw_combo_row_get_selected (self->section_row);
  guint role = adw_combo_row_get_selected (self->role_row);
  g_autoptr(GError) error = NULL;

  if (self->plan_id == 0)
    return;

  if (*author == '\0')
    {
      ff_field_error_show (self->author_row, NULL, _("Name the reviewer."));
      gtk_widget_grab_focus (self->author_row);
      return;
    }
  ff_field_error_show (self->author_row, NULL, NULL);

  values[FF_BUSINESS_FEEDBACK_SECTION] = ff_choice_list_key (section_choices (), section);
  values[FF_BUSINESS_FEEDBACK_AUTHOR] = author;
  values[FF_BUSINESS_FEEDBACK_ROLE] = ff_choice_list_key (&ff_business_reviewer_roles, role);
  values[FF_BUSINESS_FEEDBACK_DATE] = today;
  values[FF_BUSINESS_FEEDBACK_TEXT] = text;
  if (ff_record_insert (self->store, FEEDBACK_TYPE, self->plan_id, values, &error) == 0)
    {
      ff_field_error_show (self->text_row, NULL, error->message);
      gtk_widget_grab_focus (self->text_row);
      return;
    }

  ff_field_error_show (self->text_row, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->text_row), "");
  ff_business_feedback_group_reload (self);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfBusinessFeedbackGroup *self = FF_BUSINESS_FEEDBACK_GROUP (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, FEEDBACK_TYPE, id, TRUE, &error))
    {
      ff_toast_show_message (widget, error->message);
      return;
    }

  ff_business_feedback_group_reload (self);
  ff_toast_show_undo (widget, _("Comment deleted"), "feedback.undo-remove", id);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfBusinessFeedbackGroup *self = FF_BUSINESS_FEEDBACK_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, FEEDBACK_TYPE, g_variant_get_int64 (parameter),
                              FALSE, &error))
    ff_toast_show_message (widget, error->message);
  ff_business_feedback_group_reload (self);
}

static void
text_activated_cb (FfBusinessFeedbackGroup *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "feedback.add", NULL);
}

static void
ff_business_feedback_group_dispose (GObject *object)
{
  FfBusinessFeedbackGroup *self = FF_BUSINESS_FEEDBACK_GROUP (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_business_feedback_group_parent_class)->dispose (object);
}

static void
ff_business_feedback_group_class_init (FfBusinessFeedbackGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_business_feedback_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-business-feedback-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFeedbackGroup, list);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFeedbackGroup, section_row);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFeedbackGroup, author_row);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFeedbackGroup, role_row);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFeedbackGroup, text_row);

  gtk_widget_class_install_action (widget_class, "feedback.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "feedback.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "feedback.undo-remove", "x",
                                   undo_remove_action);
}

static void
ff_business_feedback_group_init (FfBusinessFeedbackGroup *self)
{
  g_autoptr(GListModel) sections = ff_choice_model_new (section_choices ());
  g_autoptr(GListModel) roles = ff_choice_model_new (&ff_business_reviewer_roles);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->section_row, sections);
  adw_combo_row_set_model (self->role_row, roles);
  g_signal_connect_object (self->text_row, "entry-activated", G_CALLBACK (text_activated_cb),
                           self, G_CONNECT_SWAPPED);
}

void
ff_business_feedback_group_set_plan (FfBusinessFeedbackGroup *self,
                                     FfStore                 *store,
                                     gint64                   plan_id)
{
  g_return_if_fail (FF_IS_BUSINESS_FEEDBACK_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));

  g_set_object (&self->store, store);
  self->plan_id = plan_id;
  ff_business_feedback_group_reload (self);
}

GtkWidget *
ff_business_feedback_group_get_author_row (FfBusinessFeedbackGroup *self)
{
  return self->author_row;
}

GtkWidget *
ff_business_feedback_group_get_text_row (FfBusinessFeedbackGroup *self)
{
  return self->text_row;
}

guint
ff_business_feedback_group_get_n_comments (FfBusinessFeedbackGroup *self)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (self->list, n) != NULL)
    n++;

  return n;
}
