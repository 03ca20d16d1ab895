/* ff-business-checklist-group.c — a business plan's permits and registrations
 *
 * Each item is a combo row of its state, with the day the state was last changed under
 * its title. Items come from the defaults of the plan's kind of business
 * (ff-business-checklist.c) or are typed by the user; any of them can be removed, with
 * Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-checklist-group.h"
#include "ff-business-plan.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-toast.h"

#define ITEM_TYPE (&ff_business_part_types[FF_BUSINESS_PART_CHECKLIST])
#define ID_KEY "ff-part-id"

struct _FfBusinessChecklistGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  FfAutosave          *autosave;
  gint64               plan_id;

  /* template children */
  GtkListBox          *list;
  GtkWidget           *new_item_row;
};

G_DEFINE_FINAL_TYPE (FfBusinessChecklistGroup, ff_business_checklist_group,
                     ADW_TYPE_PREFERENCES_GROUP)

static gint64
row_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), ID_KEY);

  return id != NULL ? *id : 0;
}

static void
update_row (GtkWidget *row,
            FfRecord  *item)
{
  const char *date = ff_record_get (item, FF_BUSINESS_ITEM_DATE);
  g_autofree char *shown = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ff_record_get_title (item));
  if (date != NULL && *date != '\0')
    shown = ff_format_date (date, NULL);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), shown != NULL ? shown : "");
}

/* The item's title and date, its state to choose, and Remove. */
static GtkWidget *
new_row (FfBusinessChecklistGroup *self,
         FfRecord                 *item)
{
  gint64 id = ff_record_get_id (item);
  GtkWidget *row = adw_combo_row_new ();
  GtkWidget *remove = g_object_new (GTK_TYPE_BUTTON,
                                    "icon-name", "user-trash-symbolic",
                                    "valign", GTK_ALIGN_CENTER,
                                    "tooltip-text", _("Remove Item"),
                                    "css-classes", (const char *[]) { "flat", NULL },
                                    NULL);

  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_memdup2 (&id, sizeof id), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Item"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "checklist.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  update_row (row, item);

  ff_autosave_bind (self->autosave, row, ITEM_TYPE, id, FF_BUSINESS_ITEM_STATE);
  ff_autosave_load (self->autosave, ITEM_TYPE, item);

  return row;
}

void
ff_business_checklist_group_reload (FfBusinessChecklistGroup *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *extra;

  g_return_if_fail (FF_IS_BUSINESS_CHECKLIST_GROUP (self));

  if (self->plan_id == 0)
    return;

  items = ff_record_load_owned (self->store, ITEM_TYPE, self->plan_id, &error);
  if (items == NULL)
    {
      ff_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  for (guint i = 0; i < items->len; i++)
    {
      FfRecord *item = g_ptr_array_index (items, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row != NULL && row_id (GTK_WIDGET (row)) == ff_record_get_id (item))
        {
          update_row (GTK_WIDGET (row), item);
          ff_autosave_refresh (self->autosave, item);
        }
      else
        gtk_list_box_insert (self->list, new_row (self, item), i);
    }

  while ((extra = gtk_list_box_get_row_at_index (self->list, items->len)) != NULL)
    {
      ff_autosave_unbind (self->autosave, ITEM_TYPE, row_id (GTK_WIDGET (extra)));
      gtk_list_box_remove (self->list, GTK_WIDGET (extra));
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfBusinessChecklistGroup *self = FF_BUSINESS_CHECKLIST_GROUP (widget);
  const char *values[FF_BUSINESS_ITEM_N_FIELDS] = { NULL };
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->new_item_row));
  g_autofree char *title = g_strstrip (g_strdup (typed));
  g_autoptr(GError) error = NULL;

  if (self->plan_id == 0)
    return;

  values[FF_BUSINESS_ITEM_TITLE] = title;
  if (ff_record_insert (self->store, ITEM_TYPE, self->plan_id, values, &error) == 0)
    {
      ff_field_error_show (self->new_item_row, NULL, error->message);
      gtk_widget_grab_focus (self->new_item_row);
      return;
    }

  ff_field_error_show (self->new_item_row, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->new_item_row), "");
}

static void
new_item_activated_cb (FfBusinessChecklistGroup *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "checklist.add", NULL);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfBusinessChecklistGroup *self = FF_BUSINESS_CHECKLIST_GROUP (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(FfRecord) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  ff_autosave_flush (self->autosave);
  item = ff_record_load (self->store, ITEM_TYPE, id, &error);
  if (item == NULL || !ff_record_set_deleted (self->store, ITEM_TYPE, id, TRUE, &error))
    {
      ff_toast_show_message (widget, error->message);
      return;
    }

  ff_business_checklist_group_reload (self);
  /* Translators: after a record (a participant, an employer …) was deleted; %s is its
   * name */
  message = g_strdup_printf (_("“%s” deleted"), ff_record_get_title (item));
  ff_toast_show_undo (widget, message, "checklist.undo-remove", id);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfBusinessChecklistGroup *self = FF_BUSINESS_CHECKLIST_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, ITEM_TYPE, g_variant_get_int64 (parameter),
                              FALSE, &error))
    ff_toast_show_message (widget, error->message);
  ff_business_checklist_group_reload (self);
}

/* An item is dated when its state changes. */
static void
saved_cb (FfBusinessChecklistGroup *self,
          const FfRecordType       *type,
          gint64                    id,
          guint                     field,
          FfAutosave               *autosave)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GError) error = NULL;

  if (type != ITEM_TYPE || field != FF_BUSINESS_ITEM_STATE)
    return;

  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  if (!ff_record_set_field (self->store, ITEM_TYPE, id, FF_BUSINESS_ITEM_DATE, today, &error))
    ff_toast_show_message (GTK_WIDGET (self), error->message);
}

static void
ff_business_checklist_group_dispose (GObject *object)
{
  FfBusinessChecklistGroup *self = FF_BUSINESS_CHECKLIST_GROUP (object);

  if (self->autosave != NULL)
    g_signal_handlers_disconnect_by_data (self->autosave, self);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_business_checklist_group_parent_class)->dispose (object);
}

static void
ff_business_checklist_group_class_init (FfBusinessChecklistGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_business_checklist_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-business-checklist-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBusinessChecklistGroup, list);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessChecklistGroup, new_item_row);
  gtk_widget_class_bind_template_callback (widget_class, new_item_activated_cb);

  gtk_widget_class_install_action (widget_class, "checklist.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "checklist.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "checklist.undo-remove", "x",
                                   undo_remove_action);
}

static void
ff_business_checklist_group_init (FfBusinessChecklistGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
ff_business_checklist_group_set_plan (FfBusinessChecklistGroup *self,
                                      FfStore                  *store,
                                      FfAutosave               *autosave,
                                      gint64                    plan_id)
{
  g_return_if_fail (FF_IS_BUSINESS_CHECKLIST_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (FF_IS_AUTOSAVE (autosave));

  g_set_object (&self->store, store);
  if (g_set_object (&self->autosave, autosave))
    g_signal_connect_object (autosave, "saved", G_CALLBACK (saved_cb), self,
                             G_CONNECT_SWAPPED);
  self->plan_id = plan_id;
  ff_business_checklist_group_reload (self);
}

GtkWidget *
ff_business_checklist_group_get_list (FfBusinessChecklistGroup *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_CHECKLIST_GROUP (self), NULL);

  return GTK_WIDGET (self->list);
}

GtkWidget *
ff_business_checklist_group_get_new_item_row (FfBusinessChecklistGroup *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_CHECKLIST_GROUP (self), NULL);

  return self->new_item_row;
}
