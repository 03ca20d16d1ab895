/* ff-business-funding-group.c — a business plan's start-up costs and financing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-budget.h"
#include "ff-business-funding-group.h"
#include "ff-business-plan.h"
#include "ff-choice-model.h"
#include "ff-format.h"
#include "ff-toast.h"

#define STARTUP_TYPE (&ff_business_part_types[FF_BUSINESS_PART_STARTUP])
#define FINANCING_TYPE (&ff_business_part_types[FF_BUSINESS_PART_FINANCING])
#define ID_KEY "ff-part-id"

struct _FfBusinessFundingGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  FfAutosave          *autosave;
  gint64               plan_id;

  /* template children */
  GtkListBox          *startup_list;
  GtkListBox          *financing_list;
  GtkLabel            *startup_total_label;
  GtkLabel            *financing_total_label;
  GtkLabel            *gap_label;
};

G_DEFINE_FINAL_TYPE (FfBusinessFundingGroup, ff_business_funding_group,
                     ADW_TYPE_PREFERENCES_GROUP)

static gint64
row_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), ID_KEY);

  return id != NULL ? *id : 0;
}

static void
set_row_id (GtkWidget *row,
            gint64     id)
{
  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_memdup2 (&id, sizeof id), g_free);
}

/* An amount field, in a box of its own so that a refusal shows under it. */
static GtkWidget *
amount_entry (GtkWidget **box)
{
  GtkWidget *entry = g_object_new (GTK_TYPE_ENTRY,
                                   "width-chars", 11,
                                   "max-width-chars", 11,
                                   "xalign", 1.0f,
                                   "input-purpose", GTK_INPUT_PURPOSE_NUMBER,
                                   "placeholder-text", _("Amount"),
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Amount"), -1);
  *box = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_VERTICAL,
                       "valign", GTK_ALIGN_CENTER, NULL);
  gtk_box_append (GTK_BOX (*box), entry);

  return entry;
}

static GtkWidget *
remove_button (const char *action_name,
               gint64      id)
{
  GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                    "icon-name", "user-trash-symbolic",
                                    "valign", GTK_ALIGN_CENTER,
                                    "tooltip-text", _("Remove"),
                                    "css-classes", (const char *[]) { "flat", NULL },
                                    NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);

  return button;
}

static GtkWidget *
new_startup_row (FfBusinessFundingGroup *self,
                 FfRecord               *part)
{
  gint64 id = ff_record_get_id (part);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *box;
  GtkWidget *amount = amount_entry (&box);

  set_row_id (row, id);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("What"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), box);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove_button ("funding.remove-startup", id));
  ff_autosave_bind (self->autosave, row, STARTUP_TYPE, id, FF_BUSINESS_STARTUP_WHAT);
  ff_autosave_bind (self->autosave, amount, STARTUP_TYPE, id, FF_BUSINESS_STARTUP_AMOUNT);
  ff_autosave_load (self->autosave, STARTUP_TYPE, part);

  return row;
}

static void
financing_kind_cb (GtkDropDown            *dropdown,
                   GParamSpec             *pspec,
                   FfBusinessFundingGroup *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (dropdown), GTK_TYPE_LIST_BOX_ROW);
  const char *key = ff_choice_list_key (&ff_business_financing_kinds,
                                        gtk_drop_down_get_selected (dropdown));
  g_autoptr(GError) error = NULL;

  if (row == NULL || g_object_get_data (G_OBJECT (dropdown), "ff-loading") != NULL)
    return;
  if (!ff_record_set_field (self->store, FINANCING_TYPE, row_id (row),
                            FF_BUSINESS_FINANCING_KIND, key, &error))
    ff_toast_show_message (GTK_WIDGET (self), error->message);
}

static void
show_financing_kind (GtkWidget *row,
                     FfRecord  *part)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (row), "ff-kind");
  guint index = ff_choice_list_index (&ff_business_financing_kinds,
                                      ff_record_get (part, FF_BUSINESS_FINANCING_KIND));

  g_object_set_data (G_OBJECT (dropdown), "ff-loading", GINT_TO_POINTER (1));
  if (gtk_drop_down_get_selected (dropdown) != index)
    gtk_drop_down_set_selected (dropdown, index);
  g_object_set_data (G_OBJECT (dropdown), "ff-loading", NULL);
}

static GtkWidget *
new_financing_row (FfBusinessFundingGroup *self,
                   FfRecord               *part)
{
  gint64 id = ff_record_get_id (part);
  g_autoptr(GListModel) kinds = ff_choice_model_new (&ff_business_financing_kinds);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *dropdown = gtk_drop_down_new (g_object_ref (kinds), NULL);
  GtkWidget *box;
  GtkWidget *amount = amount_entry (&box);

  set_row_id (row, id);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("From whom, on what terms"));
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Kind of financing"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Kind of financing"), -1);
  g_object_set_data (G_OBJECT (row), "ff-kind", dropdown);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), dropdown);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), box);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove_button ("funding.remove-financing", id));
  show_financing_kind (row, part);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (financing_kind_cb), self, 0);

  ff_autosave_bind (self->autosave, row, FINANCING_TYPE, id, FF_BUSINESS_FINANCING_WHAT);
  ff_autosave_bind (self->autosave, amount, FINANCING_TYPE, id, FF_BUSINESS_FINANCING_AMOUNT);
  ff_autosave_load (self->autosave, FINANCING_TYPE, part);

  return row;
}

typedef GtkWidget *(*NewRow) (FfBusinessFundingGroup *self,
                              FfRecord               *part);

/* Shows @type's parts in @list in their order, keeping the rows of parts still there. */
static void
sync_list (FfBusinessFundingGroup *self,
           GtkListBox             *list,
           const FfRecordType     *type,
           NewRow                  new_row)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *extra;

  parts = ff_record_load_owned (self->store, type, self->plan_id, &error);
  if (parts == NULL)
    {
      g_warning ("Could not read the parts of a business plan: %s", error->message);
      return;
    }

  for (guint i = 0; i < parts->len; i++)
    {
      FfRecord *part = g_ptr_array_index (parts, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (row != NULL && row_id (GTK_WIDGET (row)) == ff_record_get_id (part))
        {
          ff_autosave_refresh (self->autosave, part);
          if (type == FINANCING_TYPE)
            show_financing_kind (GTK_WIDGET (row), part);
          continue;
        }

      gtk_list_box_insert (list, new_row (self, part), i);
    }

  while ((extra = gtk_list_box_get_row_at_index (list, parts->len)) != NULL)
    {
      ff_autosave_unbind (self->autosave, type, row_id (GTK_WIDGET (extra)));
      gtk_list_box_remove (list, GTK_WIDGET (extra));
    }
}

static void
set_money (GtkLabel *label,
           gint64    ore)
{
  g_autofree char *text = ff_format_money (ore, NULL);

  gtk_label_set_label (label, text);
}

void
ff_business_funding_group_reload (FfBusinessFundingGroup *self)
{
  FfBusinessBudget budget;

  g_return_if_fail (FF_IS_BUSINESS_FUNDING_GROUP (self));

  if (self->plan_id == 0)
    return;

  sync_list (self, self->startup_list, STARTUP_TYPE, new_startup_row);
  sync_list (self, self->financing_list, FINANCING_TYPE, new_financing_row);

  if (ff_business_budget_read (self->store, self->plan_id, &budget, NULL))
    {
      set_money (self->startup_total_label, budget.startup_total);
      set_money (self->financing_total_label, budget.financing_total);
      set_money (self->gap_label, budget.financing_gap);
    }
}

/* Actions */

static void
add_part (FfBusinessFundingGroup *self,
          const FfRecordType     *type,
          const char * const     *values,
          GtkListBox             *list)
{
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  gint64 id;

  if (self->plan_id == 0)
    return;

  id = ff_record_insert (self->store, type, self->plan_id, values, &error);
  if (id == 0)
    {
      ff_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  ff_business_funding_group_reload (self);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (row_id (GTK_WIDGET (row)) == id)
      gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
add_startup_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfBusinessFundingGroup *self = FF_BUSINESS_FUNDING_GROUP (widget);
  const char *values[FF_BUSINESS_STARTUP_N_FIELDS] = { NULL };

  /* Translators: what a start-up cost just added is called until it is named */
  values[FF_BUSINESS_STARTUP_WHAT] = C_("start-up cost", "New cost");
  add_part (self, STARTUP_TYPE, values, self->startup_list);
}

static void
add_financing_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FfBusinessFundingGroup *self = FF_BUSINESS_FUNDING_GROUP (widget);
  const char *values[FF_BUSINESS_FINANCING_N_FIELDS] = { NULL };

  values[FF_BUSINESS_FINANCING_KIND] = "own-capital";
  add_part (self, FINANCING_TYPE, values, self->financing_list);
}

static void
remove_part (FfBusinessFundingGroup *self,
             const FfRecordType     *type,
             gint64                  id,
             const char             *undo_action)
{
  g_autoptr(FfRecord) part = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  ff_autosave_flush (self->autosave);
  part = ff_record_load (self->store, type, id, &error);
  if (part == NULL || !ff_record_set_deleted (self->store, type, id, TRUE, &error))
    {
      ff_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  ff_business_funding_group_reload (self);
  /* Translators: after a record (a participant, an employer …) was deleted; %s is its
   * name */
  message = g_strdup_printf (_("“%s” deleted"), ff_record_get_title (part));
  ff_toast_show_undo (GTK_WIDGET (self), message, undo_action, id);
}

static void
remove_startup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  remove_part (FF_BUSINESS_FUNDING_GROUP (widget), STARTUP_TYPE,
               g_variant_get_int64 (parameter), "funding.undo-remove-startup");
}

static void
remove_financing_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  remove_part (FF_BUSINESS_FUNDING_GROUP (widget), FINANCING_TYPE,
               g_variant_get_int64 (parameter), "funding.undo-remove-financing");
}

static void
undo_remove (FfBusinessFundingGroup *self,
             const FfRecordType     *type,
             gint64                  id)
{
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, type, id, FALSE, &error))
    ff_toast_show_message (GTK_WIDGET (self), error->message);
  ff_business_funding_group_reload (self);
}

static void
undo_remove_startup_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  undo_remove (FF_BUSINESS_FUNDING_GROUP (widget), STARTUP_TYPE,
               g_variant_get_int64 (parameter));
}

static void
undo_remove_financing_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  undo_remove (FF_BUSINESS_FUNDING_GROUP (widget), FINANCING_TYPE,
               g_variant_get_int64 (parameter));
}

/* The object */

static void
ff_business_funding_group_dispose (GObject *object)
{
  FfBusinessFundingGroup *self = FF_BUSINESS_FUNDING_GROUP (object);

  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_business_funding_group_parent_class)->dispose (object);
}

static void
ff_business_funding_group_class_init (FfBusinessFundingGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_business_funding_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-business-funding-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFundingGroup, startup_list);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFundingGroup, financing_list);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFundingGroup,
                                        startup_total_label);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFundingGroup,
                                        financing_total_label);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessFundingGroup, gap_label);

  gtk_widget_class_install_action (widget_class, "funding.add-startup", NULL,
                                   add_startup_action);
  gtk_widget_class_install_action (widget_class, "funding.add-financing", NULL,
                                   add_financing_action);
  gtk_widget_class_install_action (widget_class, "funding.remove-startup", "x",
                                   remove_startup_action);
  gtk_widget_class_install_action (widget_class, "funding.remove-financing", "x",
                                   remove_financing_action);
  gtk_widget_class_install_action (widget_class, "funding.undo-remove-startup", "x",
                                   undo_remove_startup_action);
  gtk_widget_class_install_action (widget_class, "funding.undo-remove-financing", "x",
                                   undo_remove_financing_action);
}

static void
set_empty_text (GtkListBox *list,
                const char *text)
{
  gtk_list_box_set_placeholder (list,
                                g_object_new (GTK_TYPE_LABEL,
                                              "label", text,
                                              "margin-top", 12, "margin-bottom", 12,
                                              "css-classes", (const char *[]) { "dim-label",
                                                                                NULL },
                                              NULL));
}

static void
ff_business_funding_group_init (FfBusinessFundingGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_empty_text (self->startup_list, _("No start-up costs yet."));
  set_empty_text (self->financing_list, _("No financing yet."));
}

void
ff_business_funding_group_set_plan (FfBusinessFundingGroup *self,
                                    FfStore                *store,
                                    FfAutosave             *autosave,
                                    gint64                  plan_id)
{
  g_return_if_fail (FF_IS_BUSINESS_FUNDING_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (FF_IS_AUTOSAVE (autosave));

  g_set_object (&self->store, store);
  g_set_object (&self->autosave, autosave);
  self->plan_id = plan_id;
  ff_business_funding_group_reload (self);
}

const char *
ff_business_funding_group_get_gap_text (FfBusinessFundingGroup *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_FUNDING_GROUP (self), NULL);

  return gtk_label_get_label (self->gap_label);
}
