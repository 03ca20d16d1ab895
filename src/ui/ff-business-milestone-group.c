/* ff-business-milestone-group.c — a business plan's milestones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-milestone-group.h"
#include "ff-business-plan.h"
#include "ff-toast.h"

#define MILESTONE_TYPE (&ff_business_part_types[FF_BUSINESS_PART_MILESTONE])
#define ID_KEY "ff-part-id"

struct _FfBusinessMilestoneGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  FfAutosave          *autosave;
  gint64               plan_id;

  /* template children */
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (FfBusinessMilestoneGroup, ff_business_milestone_group,
                     ADW_TYPE_PREFERENCES_GROUP)

static gint64
row_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), ID_KEY);

  return id != NULL ? *id : 0;
}

/* What, then its date and whether it is done, and Remove. */
static GtkWidget *
new_row (FfBusinessMilestoneGroup *self,
         FfRecord                 *milestone)
{
  gint64 id = ff_record_get_id (milestone);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *date_box = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_VERTICAL,
                                      "valign", GTK_ALIGN_CENTER, NULL);
  GtkWidget *date = g_object_new (GTK_TYPE_ENTRY,
                                  "width-chars", 10, "max-width-chars", 10,
                                  /* Translators: DD.MM.YYYY is the format to type a date in */
                                  "placeholder-text", _("DD.MM.YYYY"),
                                  "tooltip-text", _("Date"),
                                  NULL);
  GtkWidget *done = g_object_new (GTK_TYPE_SWITCH, "valign", GTK_ALIGN_CENTER,
                                  "tooltip-text", _("Done"), NULL);
  GtkWidget *remove = g_object_new (GTK_TYPE_BUTTON,
                                    "icon-name", "user-trash-symbolic",
                                    "valign", GTK_ALIGN_CENTER,
                                    "tooltip-text", _("Remove Milestone"),
                                    "css-classes", (const char *[]) { "flat", NULL },
                                    NULL);

  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_memdup2 (&id, sizeof id), g_free);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Milestone"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (date), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Date"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Done"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Milestone"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "milestones.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", id);
  gtk_box_append (GTK_BOX (date_box), date);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), date_box);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), done);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  ff_autosave_bind (self->autosave, row, MILESTONE_TYPE, id, FF_BUSINESS_MILESTONE_WHAT);
  ff_autosave_bind (self->autosave, date, MILESTONE_TYPE, id, FF_BUSINESS_MILESTONE_DATE);
  ff_autosave_bind (self->autosave, done, MILESTONE_TYPE, id, FF_BUSINESS_MILESTONE_DONE);
  ff_autosave_load (self->autosave, MILESTONE_TYPE, milestone);

  return row;
}

void
ff_business_milestone_group_reload (FfBusinessMilestoneGroup *self)
{
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *extra;

  g_return_if_fail (FF_IS_BUSINESS_MILESTONE_GROUP (self));

  if (self->plan_id == 0)
    return;

  milestones = ff_record_load_owned (self->store, MILESTONE_TYPE, self->plan_id, &error);
  if (milestones == NULL)
    {
      g_warning ("Could not read the milestones of a business plan: %s", error->message);
      return;
    }

  for (guint i = 0; i < milestones->len; i++)
    {
      FfRecord *milestone = g_ptr_array_index (milestones, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row != NULL && row_id (GTK_WIDGET (row)) == ff_record_get_id (milestone))
        ff_autosave_refresh (self->autosave, milestone);
      else
        gtk_list_box_insert (self->list, new_row (self, milestone), i);
    }

  while ((extra = gtk_list_box_get_row_at_index (self->list, milestones->len)) != NULL)
    {
      ff_autosave_unbind (self->autosave, MILESTONE_TYPE, row_id (GTK_WIDGET (extra)));
      gtk_list_box_remove (self->list, GTK_WIDGET (extra));
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfBusinessMilestoneGroup *self = FF_BUSINESS_MILESTONE_GROUP (widget);
  const char *values[FF_BUSINESS_MILESTONE_N_FIELDS] = { NULL };
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  gint64 id;

  if (self->plan_id == 0)
    return;

  /* Translators: what a milestone just added is called until it is named */
  values[FF_BUSINESS_MILESTONE_WHAT] = C_("milestone", "New milestone");
  id = ff_record_insert (self->store, MILESTONE_TYPE, self->plan_id, values, &error);
  if (id == 0)
    {
      ff_toast_show_message (widget, error->message);
      return;
    }

  ff_business_milestone_group_reload (self);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (row_id (GTK_WIDGET (row)) == id)
      gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfBusinessMilestoneGroup *self = FF_BUSINESS_MILESTONE_GROUP (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(FfRecord) milestone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  ff_autosave_flush (self->autosave);
  milestone = ff_record_load (self->store, MILESTONE_TYPE, id, &error);
  if (milestone == NULL ||
      !ff_record_set_deleted (self->store, MILESTONE_TYPE, id, TRUE, &error))
    {
      ff_toast_show_message (widget, error->message);
      return;
    }

  ff_business_milestone_group_reload (self);
  /* Translators: after a record (a participant, an employer …) was deleted; %s is its
   * name */
  message = g_strdup_printf (_("“%s” deleted"), ff_record_get_title (milestone));
  ff_toast_show_undo (widget, message, "milestones.undo-remove", id);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfBusinessMilestoneGroup *self = FF_BUSINESS_MILESTONE_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, MILESTONE_TYPE, g_variant_get_int64 (parameter),
                              FALSE, &error))
    ff_toast_show_message (widget, error->message);
  ff_business_milestone_group_reload (self);
}

static void
ff_business_milestone_group_dispose (GObject *object)
{
  FfBusinessMilestoneGroup *self = FF_BUSINESS_MILESTONE_GROUP (object);

  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_business_milestone_group_parent_class)->dispose (object);
}

static void
ff_business_milestone_group_class_init (FfBusinessMilestoneGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_business_milestone_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-business-milestone-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBusinessMilestoneGroup, list);

  gtk_widget_class_install_action (widget_class, "milestones.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "milestones.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "milestones.undo-remove", "x",
                                   undo_remove_action);
}

static void
ff_business_milestone_group_init (FfBusinessMilestoneGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
ff_business_milestone_group_set_plan (FfBusinessMilestoneGroup *self,
                                      FfStore                  *store,
                                      FfAutosave               *autosave,
                                      gint64                    plan_id)
{
  g_return_if_fail (FF_IS_BUSINESS_MILESTONE_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (FF_IS_AUTOSAVE (autosave));

  g_set_object (&self->store, store);
  g_set_object (&self->autosave, autosave);
  self->plan_id = plan_id;
  ff_business_milestone_group_reload (self);
}
