/* ff-business-plan-dialog.c — a new business plan for a participant, from nothing or
 * from another plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-plan.h"
#include "ff-business-plan-dialog.h"
#include "ff-business-plan-window.h"
#include "ff-choice-model.h"
#include "ff-field-error.h"
#include "ff-form-keys.h"

struct _FfBusinessPlanDialog
{
  AdwWindow        parent_instance;

  FfStore         *store;
  gint64           participant_id;
  gboolean         from;
  GArray          *source_ids;      /* gint64, as source_row lists them */

  /* template children */
  AdwWindowTitle  *window_title;
  GtkWidget       *form;
  AdwComboRow     *source_row;
  GtkStringList   *source_names;
  GtkWidget       *title_row;
  AdwComboRow     *kind_row;
};

G_DEFINE_FINAL_TYPE (FfBusinessPlanDialog, ff_business_plan_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Every plan of every participant, "Title — Participant". */
static void
fill_sources (FfBusinessPlanDialog *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;

  ids = ff_business_plan_query_ids (self->store, 0, &error);
  if (ids != NULL)
    plans = ff_record_load_many (self->store, &ff_business_plan_type,
                                 (const gint64 *) ids->data, ids->len, &error);
  if (plans == NULL)
    {
      g_warning ("Could not list business plans: %s", error->message);
      return;
    }

  for (guint i = 0; i < plans->len; i++)
    {
      FfRecord *plan = g_ptr_array_index (plans, i);
      gint64 id = ff_record_get_id (plan);
      g_autofree char *name = NULL;

      /* Translators: a business plan to start from: its title and its participant */
      name = g_strdup_printf (C_("business plan", "%s — %s"), ff_record_get_title (plan),
                              ff_record_get_extra (plan, FF_BUSINESS_PLAN_PARTICIPANT_NAME));
      gtk_string_list_append (self->source_names, name);
      g_array_append_val (self->source_ids, id);
    }
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfBusinessPlanDialog *self = FF_BUSINESS_PLAN_DIALOG (widget);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autofree char *title = g_strstrip (g_strdup (typed));
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64 plan_id;

  if (self->from)
    {
      guint selected = adw_combo_row_get_selected (self->source_row);

      if (selected >= self->source_ids->len)
        return;
      plan_id = ff_business_plan_create_from (self->store,
                                              g_array_index (self->source_ids, gint64, selected),
                                              self->participant_id, title, &error);
    }
  else
    {
      const char *values[FF_BUSINESS_PLAN_N_FIELDS] = { NULL };
      guint kind = adw_combo_row_get_selected (self->kind_row);

      if (*title == '\0')
        {
          ff_field_error_show (self->title_row, NULL, _("Give the plan a title."));
          gtk_widget_grab_focus (self->title_row);
          return;
        }
      values[FF_BUSINESS_PLAN_TITLE] = title;
      values[FF_BUSINESS_PLAN_KIND] = ff_choice_list_key (&ff_business_kinds, kind);
      plan_id = ff_business_plan_create (self->store, self->participant_id, values, &error);
    }

  if (plan_id == 0)
    {
      ff_field_error_show (self->title_row, NULL, error->message);
      gtk_widget_grab_focus (self->title_row);
      return;
    }

  ff_field_error_show (self->title_row, NULL, NULL);
  g_signal_emit (self, signals[SIGNAL_CREATED], 0, plan_id);
  ff_business_plan_window_open (self->store, plan_id, parent);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ff_business_plan_dialog_dispose (GObject *object)
{
  FfBusinessPlanDialog *self = FF_BUSINESS_PLAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_BUSINESS_PLAN_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->source_ids, g_array_unref);

  G_OBJECT_CLASS (ff_business_plan_dialog_parent_class)->dispose (object);
}

static void
ff_business_plan_dialog_class_init (FfBusinessPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_business_plan_dialog_dispose;

  signals[SIGNAL_CREATED] =
    g_signal_new ("created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-business-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanDialog, form);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanDialog, source_names);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanDialog, kind_row);

  gtk_widget_class_install_action (widget_class, "business-plan-dialog.create", NULL,
                                   create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_business_plan_dialog_init (FfBusinessPlanDialog *self)
{
  g_autoptr(GListModel) kinds = ff_choice_model_new (&ff_business_kinds);

  self->source_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->kind_row, kinds);
  adw_combo_row_set_selected (self->kind_row, FF_BUSINESS_KIND_OTHER);
}

GtkWidget *
ff_business_plan_dialog_new (FfStore  *store,
                             gint64    participant_id,
                             gboolean  from)
{
  FfBusinessPlanDialog *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_BUSINESS_PLAN_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->participant_id = participant_id;
  self->from = from;

  if (from)
    {
      const char *title = _("New Plan From…");

      gtk_window_set_title (GTK_WINDOW (self), title);
      adw_window_title_set_title (self->window_title, title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row),
                                     _("Title (may be left empty)"));
      gtk_widget_set_visible (GTK_WIDGET (self->source_row), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->kind_row), FALSE);
      fill_sources (self);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "business-plan-dialog.create",
                                     self->source_ids->len > 0);
    }

  ff_form_keys_attach (GTK_WINDOW (self), self->form);

  return GTK_WIDGET (self);
}

GtkWidget *
ff_business_plan_dialog_get_title_row (FfBusinessPlanDialog *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_DIALOG (self), NULL);

  return self->title_row;
}

GtkWidget *
ff_business_plan_dialog_get_kind_row (FfBusinessPlanDialog *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_DIALOG (self), NULL);

  return GTK_WIDGET (self->kind_row);
}

GtkWidget *
ff_business_plan_dialog_get_source_row (FfBusinessPlanDialog *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_DIALOG (self), NULL);

  return GTK_WIDGET (self->source_row);
}
