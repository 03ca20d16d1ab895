/* ff-business-plan-group.c — a participant's business plans on their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-plan.h"
#include "ff-business-plan-dialog.h"
#include "ff-business-plan-group.h"
#include "ff-business-plan-window.h"

struct _FfBusinessPlanGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  gint64               participant_id;
  GHashTable          *rows;            /* plan id → AdwActionRow */

  /* template children */
  GtkListBox          *plans_list;
};

G_DEFINE_FINAL_TYPE (FfBusinessPlanGroup, ff_business_plan_group, ADW_TYPE_PREFERENCES_GROUP)

/* "Empty: Summary, Competitors · Needs work: Market", or "" when every section is
 * written and none needs work. */
static char *
describe_sections (FfBusinessSectionState states[FF_BUSINESS_N_SECTIONS])
{
  g_autoptr(GString) empty = g_string_new (NULL);
  g_autoptr(GString) needs_work = g_string_new (NULL);
  /* Translators: between the names of sections in a list */
  const char *comma = C_("list", ", ");
  g_autofree char *empty_text = NULL;
  g_autofree char *needs_work_text = NULL;

  for (FfBusinessSection section = 0; section < FF_BUSINESS_N_SECTIONS; section++)
    {
      GString *list = states[section] == FF_BUSINESS_SECTION_EMPTY ? empty
                      : states[section] == FF_BUSINESS_SECTION_NEEDS_WORK ? needs_work
                      : NULL;

      if (list == NULL)
        continue;
      if (list->len > 0)
        g_string_append (list, comma);
      g_string_append (list, ff_choice_list_label (&ff_business_sections, section));
    }

  if (empty->len > 0)
    /* Translators: the sections of a business plan with nothing written; %s lists them */
    empty_text = g_strdup_printf (_("Empty: %s"), empty->str);
  if (needs_work->len > 0)
    /* Translators: the sections of a business plan a reviewer marked; %s lists them */
    needs_work_text = g_strdup_printf (_("Needs work: %s"), needs_work->str);

  if (empty_text != NULL && needs_work_text != NULL)
    /* Translators: the two lists of sections, one after the other */
    return g_strdup_printf (C_("business plan", "%s · %s"), needs_work_text, empty_text);

  return g_strdup (needs_work_text != NULL ? needs_work_text
                   : empty_text != NULL ? empty_text : "");
}

static GtkWidget *
new_row (gint64 id)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "business-plans.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", id);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "go-next-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));
  return row;
}

static void
reload (FfBusinessPlanGroup *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *extra;

  if (self->participant_id != 0)
    {
      ids = ff_business_plan_query_ids (self->store, self->participant_id, &error);
      if (ids != NULL)
        plans = ff_record_load_many (self->store, &ff_business_plan_type,
                                     (const gint64 *) ids->data, ids->len, &error);
      if (plans == NULL)
        g_warning ("Could not read business plans: %s", error->message);
    }

  g_hash_table_remove_all (self->rows);
  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      FfRecord *plan = g_ptr_array_index (plans, i);
      gint64 id = ff_record_get_id (plan);
      FfBusinessSectionState states[FF_BUSINESS_N_SECTIONS];
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->plans_list, i);
      g_autofree char *sections = NULL;
      g_autofree char *subtitle = NULL;
      gint64 *key;

      if (row == NULL)
        {
          row = GTK_LIST_BOX_ROW (new_row (id));
          gtk_list_box_append (self->plans_list, GTK_WIDGET (row));
        }
      else
        gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", id);

      if (ff_business_plan_section_states (self->store, id, states, NULL))
        sections = describe_sections (states);
      subtitle = sections != NULL && *sections != '\0'
                 ? g_strdup_printf ("%s\n%s", ff_record_get_subtitle (plan), sections)
                 : g_strdup (ff_record_get_subtitle (plan));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ff_record_get_title (plan));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      key = g_new (gint64, 1);
      *key = id;
      g_hash_table_insert (self->rows, key, row);
    }

  while ((extra = gtk_list_box_get_row_at_index (self->plans_list,
                                                 plans != NULL ? plans->len : 0)) != NULL)
    gtk_list_box_remove (self->plans_list, GTK_WIDGET (extra));
}

static void
present_dialog (FfBusinessPlanGroup *self,
                gboolean             from)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->participant_id == 0)
    return;

  dialog = ff_business_plan_dialog_new (self->store, self->participant_id, from);
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      gtk_window_set_application (GTK_WINDOW (dialog),
                                  gtk_window_get_application (GTK_WINDOW (root)));
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  present_dialog (FF_BUSINESS_PLAN_GROUP (widget), FALSE);
}

static void
new_from_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  present_dialog (FF_BUSINESS_PLAN_GROUP (widget), TRUE);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FfBusinessPlanGroup *self = FF_BUSINESS_PLAN_GROUP (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  ff_business_plan_window_open (self->store, g_variant_get_int64 (parameter),
                                GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

static void
ff_business_plan_group_dispose (GObject *object)
{
  FfBusinessPlanGroup *self = FF_BUSINESS_PLAN_GROUP (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_business_plan_group_parent_class)->dispose (object);
}

static void
ff_business_plan_group_class_init (FfBusinessPlanGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_business_plan_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-business-plan-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanGroup, plans_list);

  gtk_widget_class_install_action (widget_class, "business-plans.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "business-plans.new-from", NULL,
                                   new_from_action);
  gtk_widget_class_install_action (widget_class, "business-plans.open", "x", open_action);
}

static void
ff_business_plan_group_init (FfBusinessPlanGroup *self)
{
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "business-plans.new", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "business-plans.new-from", FALSE);
}

GtkWidget *
ff_business_plan_group_new (void)
{
  return g_object_new (FF_TYPE_BUSINESS_PLAN_GROUP, NULL);
}

void
ff_business_plan_group_show (FfBusinessPlanGroup *self,
                             FfStore             *store,
                             gint64               participant_id)
{
  g_return_if_fail (FF_IS_BUSINESS_PLAN_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));

  g_set_object (&self->store, store);
  self->participant_id = participant_id;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "business-plans.new", participant_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "business-plans.new-from",
                                 participant_id != 0);
  reload (self);
}

GtkWidget *
ff_business_plan_group_get_row (FfBusinessPlanGroup *self,
                                gint64               plan_id)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_GROUP (self), NULL);

  return g_hash_table_lookup (self->rows, &plan_id);
}

guint
ff_business_plan_group_get_n_plans (FfBusinessPlanGroup *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_GROUP (self), 0);

  return g_hash_table_size (self->rows);
}
