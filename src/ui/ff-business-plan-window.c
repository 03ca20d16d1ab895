/* ff-business-plan-window.c — one business plan, saved as it is typed
 *
 * The plan's own fields are bound by their names in the template; the checklist and
 * the budget are rows bound one by one. A change of the plan's fields comes back as
 * "changed::participant", one of its parts as "changed::business-plan": the window
 * reads again what changed and keeps what is being typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-autosave.h"
#include "ff-business-checklist-group.h"
#include "ff-business-feedback-group.h"
#include "ff-business-funding-group.h"
#include "ff-business-milestone-group.h"
#include "ff-business-plan-window-private.h"
#include "ff-choice-model.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-paint-idle.h"
#include "ff-toast.h"

#define MARK_TYPE (&ff_business_part_types[FF_BUSINESS_PART_MARK])

/* The reviewer's mark as its drop-down lists it. */
enum
{
  MARK_ROW_NONE,
  MARK_ROW_OK,
  MARK_ROW_NEEDS_WORK,
};

struct _FfBusinessPlanWindow
{
  AdwWindow             parent_instance;

  FfStore              *store;
  FfAutosave           *autosave;
  gint64                plan_id;
  gint64                participant_id;
  FfRecord             *plan;
  guint                 loading;
  gboolean              budget_shown;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *switcher_bar;
  AdwViewStack         *view_stack;
  GtkWidget            *plan_page;
  AdwComboRow          *kind_row;
  AdwActionRow         *status_row;
  GtkDropDown          *marks[FF_BUSINESS_N_SECTIONS];   /* the first ones; see below */
  FfBusinessBudgetView *budget_view;

  /* made after the first frame (ensure_parts ()): the sections from customers and
   * market on, with their marks, and the groups below them */
  GtkLabel             *share_label;
  AdwActionRow         *reminder_row;
  FfBusinessChecklistGroup *checklist_group;
  FfBusinessFundingGroup *funding_group;
  FfBusinessMilestoneGroup *milestone_group;
  FfBusinessFeedbackGroup *feedback_group;
  guint                 parts_source;
};

G_DEFINE_FINAL_TYPE (FfBusinessPlanWindow, ff_business_plan_window, ADW_TYPE_WINDOW)

static void
show_message (FfBusinessPlanWindow *self,
              const char           *message)
{
  ff_toast_show_message (GTK_WIDGET (self->toast_overlay), message);
}

void
ff_business_plan_window_show_message (FfBusinessPlanWindow *self,
                                      const char           *message)
{
  show_message (self, message);
}

FfStore *
ff_business_plan_window_get_store (FfBusinessPlanWindow *self)
{
  return self->store;
}

/* The header, the status and what follows from the fields */

static void
update_status (FfBusinessPlanWindow *self)
{
  FfBusinessStatus status;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;

  status = ff_choice_list_index (&ff_business_statuses,
                                 ff_record_get (self->plan, FF_BUSINESS_PLAN_STATUS));
  date = ff_format_date (ff_record_get (self->plan, FF_BUSINESS_PLAN_STATUS_DATE), NULL);
  /* Translators: a business plan's status and the day it got it, "Draft since
   * 06.12.2026" */
  subtitle = g_strdup_printf (_("%s since %s"),
                              ff_choice_list_label (&ff_business_statuses, status), date);
  adw_action_row_set_subtitle (self->status_row, subtitle);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "business-plan.to-draft",
                                 ff_business_status_can_change (status,
                                                                FF_BUSINESS_STATUS_DRAFT));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "business-plan.to-review",
                                 ff_business_status_can_change (status,
                                                                FF_BUSINESS_STATUS_IN_REVIEW));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "business-plan.to-final",
                                 ff_business_status_can_change (status,
                                                                FF_BUSINESS_STATUS_FINAL));
}

static void
update_derived (FfBusinessPlanWindow *self)
{
  const char *reminder;
  double percent;
  guint asked, would_buy;
  g_autofree char *share = NULL;

  asked = g_ascii_strtoull (ff_record_get (self->plan, FF_BUSINESS_PLAN_SURVEY_ASKED), NULL, 10);
  would_buy = g_ascii_strtoull (ff_record_get (self->plan, FF_BUSINESS_PLAN_SURVEY_WOULD_BUY),
                                NULL, 10);
  if (ff_business_survey_share (asked, would_buy, &percent))
    share = ff_format_percent (percent, NULL);
  else
    /* Translators: the share who would buy, when no one was asked */
    share = g_strdup (C_("survey", "No one asked yet"));
  if (self->share_label != NULL)
    gtk_label_set_label (self->share_label, share);

  reminder = ff_business_legal_form_reminder (ff_record_get (self->plan,
                                                                  FF_BUSINESS_PLAN_LEGAL_FORM));
  if (self->reminder_row == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->reminder_row), reminder != NULL);
  if (reminder != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reminder_row), reminder);
}

static void
update_header (FfBusinessPlanWindow *self)
{
  const char *title = ff_record_get_title (self->plan);
  const char *name = ff_record_get_extra (self->plan, FF_BUSINESS_PLAN_PARTICIPANT_NAME);
  g_autofree char *window_title = NULL;

  /* Translators: a business plan window's title: the plan's title and its participant */
  window_title = g_strdup_printf (C_("business plan", "%s — %s"), title, name);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, name);
}

/* Reads the plan's own fields again; FALSE when it is gone. */
static gboolean
reload_plan (FfBusinessPlanWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfRecord) plan = NULL;

  plan = ff_record_load (self->store, &ff_business_plan_type, self->plan_id, &error);
  if (plan == NULL)
    {
      show_message (self, error->message);
      return FALSE;
    }

  g_set_object (&self->plan, plan);
  self->participant_id = g_ascii_strtoll (ff_record_get_extra (plan,
                                                               FF_BUSINESS_PLAN_PARTICIPANT_ID),
                                          NULL, 10);
  update_header (self);
  update_status (self);
  update_derived (self);

  return TRUE;
}

/* Marks */

static void
reload_marks (FfBusinessPlanWindow *self)
{
  g_autoptr(GPtrArray) marks = NULL;
  guint rows[FF_BUSINESS_N_SECTIONS] = { MARK_ROW_NONE };

  marks = ff_record_load_owned (self->store, MARK_TYPE, self->plan_id, NULL);
  for (guint i = 0; marks != NULL && i < marks->len; i++)
    {
      FfRecord *mark = g_ptr_array_index (marks, i);
      int section = ff_choice_list_find (&ff_business_sections,
                                         ff_record_get (mark, FF_BUSINESS_MARK_SECTION));
      int value = ff_choice_list_find (&ff_business_marks,
                                       ff_record_get (mark, FF_BUSINESS_MARK_MARK));

      if (section < 0 || section >= FF_BUSINESS_N_SECTIONS)
        continue;
      rows[section] = value == FF_BUSINESS_MARK_OK ? MARK_ROW_OK
                      : value == FF_BUSINESS_MARK_NEEDS_WORK ? MARK_ROW_NEEDS_WORK
                      : MARK_ROW_NONE;
    }

  self->loading++;
  for (FfBusinessSection section = 0; section < FF_BUSINESS_N_SECTIONS; section++)
    if (self->marks[section] != NULL &&
        gtk_drop_down_get_selected (self->marks[section]) != rows[section])
      gtk_drop_down_set_selected (self->marks[section], rows[section]);
  self->loading--;
}

static void
mark_selected_cb (FfBusinessPlanWindow *self,
                  GParamSpec           *pspec,
                  GtkDropDown          *dropdown)
{
  g_autoptr(GError) error = NULL;
  FfBusinessSection section;
  guint selected = gtk_drop_down_get_selected (dropdown);
  FfBusinessMark mark = selected == MARK_ROW_OK ? FF_BUSINESS_MARK_OK
                        : selected == MARK_ROW_NEEDS_WORK ? FF_BUSINESS_MARK_NEEDS_WORK
                        : FF_BUSINESS_MARK_NONE;

  if (self->loading > 0 || self->plan == NULL)
    return;

  for (section = 0; section < FF_BUSINESS_N_SECTIONS && self->marks[section] != dropdown;
       section++)
    ;
  if (section == FF_BUSINESS_N_SECTIONS)
    return;

  if (!ff_business_plan_set_mark (self->store, self->plan_id, section, mark, &error))
    {
      show_message (self, error->message);
      reload_marks (self);
    }
}

/* After the kind of business changed: the defaults of the new kind that are missing. */
static void
add_default_items_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  FfBusinessPlanWindow *self = FF_BUSINESS_PLAN_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_business_plan_add_default_items (self->store, self->plan_id, &error))
    show_message (self, error->message);
}

/* Status */

static void
set_status (FfBusinessPlanWindow *self,
            FfBusinessStatus      status)
{
  g_autoptr(GError) error = NULL;

  ff_business_plan_window_flush (self);
  if (!ff_business_plan_set_status (self->store, self->plan_id, status, NULL, &error))
    show_message (self, error->message);
}

static void
to_draft_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  set_status (FF_BUSINESS_PLAN_WINDOW (widget), FF_BUSINESS_STATUS_DRAFT);
}

static void
to_review_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  set_status (FF_BUSINESS_PLAN_WINDOW (widget), FF_BUSINESS_STATUS_IN_REVIEW);
}

static void
to_final_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  set_status (FF_BUSINESS_PLAN_WINDOW (widget), FF_BUSINESS_STATUS_FINAL);
}

/* Changes */

static void
saved_cb (FfBusinessPlanWindow *self,
          const FfRecordType   *type,
          gint64                id,
          guint                 field,
          FfAutosave           *autosave)
{
  if (type == &ff_business_plan_type && field == FF_BUSINESS_PLAN_KIND)
    {
      AdwToast *toast;

      toast = adw_toast_new (_("The new kind of business may need other permits"));
      adw_toast_set_button_label (toast, _("Add Checklist _Items"));
      adw_toast_set_action_name (toast, "business-plan.add-default-items");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
store_changed_cb (FfBusinessPlanWindow *self,
                  FfRecordKind          kind,
                  gint64                id,
                  FfStore              *store)
{
  if (kind == FF_RECORD_PARTICIPANT && (id == self->participant_id || id == 0))
    {
      if (reload_plan (self))
        ff_autosave_refresh (self->autosave, self->plan);
    }
  else if (kind == FF_RECORD_BUSINESS_PLAN && (id == self->plan_id || id == 0))
    {
      reload_marks (self);
      if (self->checklist_group != NULL)
        {
          ff_business_checklist_group_reload (self->checklist_group);
          ff_business_funding_group_reload (self->funding_group);
          ff_business_milestone_group_reload (self->milestone_group);
          ff_business_feedback_group_reload (self->feedback_group);
        }
      ff_business_budget_view_reload (self->budget_view);
    }
}

/* The sections from customers and market on, which open below the first screen: from
 * a file of their own, bound to the plan's binder and shown as stored. */
static void
ensure_sections (FfBusinessPlanWindow *self)
{
  static const char * const groups[] = { "market_group", "competitors_group",
                                         "marketing_group", "organisation_group" };
  g_autoptr(GtkBuilder) builder = NULL;

  builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/ff-business-plan-sections.ui");
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      GtkWidget *group = GTK_WIDGET (gtk_builder_get_object (builder, groups[i]));

      adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->plan_page),
                                ADW_PREFERENCES_GROUP (group));
      ff_autosave_bind_named (self->autosave, group, &ff_business_plan_type, self->plan_id);
    }
  for (FfBusinessSection section = 0; section < FF_BUSINESS_N_SECTIONS; section++)
    {
      g_autofree char *id = NULL;

      if (self->marks[section] != NULL)
        continue;
      id = g_strdup_printf ("%s_mark", ff_choice_list_key (&ff_business_sections, section));
      self->marks[section] = GTK_DROP_DOWN (gtk_builder_get_object (builder, id));
      g_signal_connect_object (self->marks[section], "notify::selected",
                               G_CALLBACK (mark_selected_cb), self, G_CONNECT_SWAPPED);
    }
  self->share_label = GTK_LABEL (gtk_builder_get_object (builder, "share_label"));
  self->reminder_row = ADW_ACTION_ROW (gtk_builder_get_object (builder, "reminder_row"));

  /* Shown as the rest of the plan is: the fields as stored, unless being typed in (a
   * plan that could not be read left the binder read-only, and so the new fields). */
  if (self->plan != NULL)
    {
      ff_autosave_refresh (self->autosave, self->plan);
      update_derived (self);
    }
  reload_marks (self);
}

/* What is below the first screen is made after the window's first frame: a plan opens
 * with its title and the sections in sight drawn, and the rest (the later sections,
 * the checklist, start-up costs and financing, milestones, feedback) follows before it
 * can be scrolled to. Whatever needs them before that makes them at once. */
static void
ensure_parts (FfBusinessPlanWindow *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (self->plan_page);

  g_clear_handle_id (&self->parts_source, g_source_remove);
  if (self->checklist_group != NULL || self->store == NULL)
    return;

  ensure_sections (self);

  self->checklist_group = g_object_new (FF_TYPE_BUSINESS_CHECKLIST_GROUP, NULL);
  self->funding_group = g_object_new (FF_TYPE_BUSINESS_FUNDING_GROUP, NULL);
  self->milestone_group = g_object_new (FF_TYPE_BUSINESS_MILESTONE_GROUP, NULL);
  self->feedback_group = g_object_new (FF_TYPE_BUSINESS_FEEDBACK_GROUP, NULL);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (self->checklist_group));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (self->funding_group));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (self->milestone_group));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (self->feedback_group));

  ff_business_checklist_group_set_plan (self->checklist_group, self->store, self->autosave,
                                        self->plan_id);
  ff_business_funding_group_set_plan (self->funding_group, self->store, self->autosave,
                                      self->plan_id);
  ff_business_milestone_group_set_plan (self->milestone_group, self->store, self->autosave,
                                        self->plan_id);
  ff_business_feedback_group_set_plan (self->feedback_group, self->store, self->plan_id);
}

static gboolean
make_parts_cb (gpointer user_data)
{
  FfBusinessPlanWindow *self = FF_BUSINESS_PLAN_WINDOW (user_data);

  self->parts_source = 0;
  ensure_parts (self);

  return G_SOURCE_REMOVE;
}

/* The sections below the first are made after the window's first frame is drawn. */
static void
realize_cb (FfBusinessPlanWindow *self)
{
  if (self->checklist_group == NULL && self->parts_source == 0)
    self->parts_source = ff_paint_idle_add (GTK_WIDGET (self), G_PRIORITY_DEFAULT_IDLE,
                                            make_parts_cb, self);
}

/* The budget's 240 cells are made when its page is first shown, not with the window. */
static void
page_shown_cb (FfBusinessPlanWindow *self)
{
  if (!self->budget_shown &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "budget") == 0)
    {
      self->budget_shown = TRUE;
      ff_business_budget_view_set_plan (self->budget_view, self->store, self->autosave,
                                        self->plan_id);
    }
}

/* libadwaita 1.2 leaves the page switchers inside a switcher title and bar unnamed, and
 * a screen reader reads them out by their type's name: they are named here. */
static void
name_switchers (GtkWidget  *widget,
                const char *name)
{
  if (ADW_IS_VIEW_SWITCHER (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_switchers (child, name);
}

/* The object */

static gboolean
ff_business_plan_window_close_request (GtkWindow *window)
{
  ff_business_plan_window_flush (FF_BUSINESS_PLAN_WINDOW (window));

  return GTK_WINDOW_CLASS (ff_business_plan_window_parent_class)->close_request (window);
}

static void
ff_business_plan_window_dispose (GObject *object)
{
  FfBusinessPlanWindow *self = FF_BUSINESS_PLAN_WINDOW (object);

  /* Nothing typed is lost when the window goes away without a close request. */
  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->parts_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_BUSINESS_PLAN_WINDOW);

  g_clear_object (&self->autosave);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_business_plan_window_parent_class)->dispose (object);
}

static void
ff_business_plan_window_class_init (FfBusinessPlanWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ff_business_plan_window_dispose;
  window_class->close_request = ff_business_plan_window_close_request;

  g_type_ensure (FF_TYPE_BUSINESS_BUDGET_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-business-plan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanWindow, status_row);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessPlanWindow, budget_view);
  for (FfBusinessSection section = 0; section < FF_BUSINESS_SECTION_MARKET; section++)
    {
      g_autofree char *id = g_strdup_printf ("%s_mark",
                                             ff_choice_list_key (&ff_business_sections, section));

      gtk_widget_class_bind_template_child_full (widget_class, id, FALSE,
                                                 G_STRUCT_OFFSET (FfBusinessPlanWindow, marks)
                                                 + section * sizeof (GtkDropDown *));
    }

  gtk_widget_class_install_action (widget_class, "business-plan.to-draft", NULL,
                                   to_draft_action);
  gtk_widget_class_install_action (widget_class, "business-plan.to-review", NULL,
                                   to_review_action);
  gtk_widget_class_install_action (widget_class, "business-plan.to-final", NULL,
                                   to_final_action);
  gtk_widget_class_install_action (widget_class, "business-plan.add-default-items", NULL,
                                   add_default_items_action);
  ff_business_plan_window_class_add_print_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
ff_business_plan_window_init (FfBusinessPlanWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (FfBusinessSection section = 0; section < FF_BUSINESS_SECTION_MARKET; section++)
    g_signal_connect_object (self->marks[section], "notify::selected",
                             G_CALLBACK (mark_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "realize", G_CALLBACK (realize_cb), NULL);
  /* Translators: what a screen reader calls the switcher between a business plan's
   * Plan and Budget */
  name_switchers (GTK_WIDGET (self->switcher_title), _("Parts of the plan"));
  name_switchers (self->switcher_bar, _("Parts of the plan"));
}

GtkWidget *
ff_business_plan_window_new (FfStore *store,
                             gint64   plan_id)
{
  FfBusinessPlanWindow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_BUSINESS_PLAN_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->plan_id = plan_id;
  self->autosave = ff_autosave_new (store);

  ff_autosave_bind_named (self->autosave, self->plan_page, &ff_business_plan_type, plan_id);
  g_signal_connect_object (self->autosave, "saved", G_CALLBACK (saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  if (reload_plan (self))
    ff_autosave_load (self->autosave, &ff_business_plan_type, self->plan);
  else
    ff_autosave_set_editable (self->autosave, FALSE);
  reload_marks (self);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (page_shown_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

FfBusinessPlanWindow *
ff_business_plan_window_open (FfStore   *store,
                              gint64     plan_id,
                              GtkWindow *parent)
{
  g_autoptr(GListModel) toplevels = NULL;
  GtkWidget *window;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (FF_IS_BUSINESS_PLAN_WINDOW (item) &&
          FF_BUSINESS_PLAN_WINDOW (item)->store == store &&
          FF_BUSINESS_PLAN_WINDOW (item)->plan_id == plan_id)
        {
          gtk_window_present (GTK_WINDOW (item));
          return FF_BUSINESS_PLAN_WINDOW (item);
        }
    }

  window = ff_business_plan_window_new (store, plan_id);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (window), parent);
      if (gtk_window_get_application (parent) != NULL)
        gtk_window_set_application (GTK_WINDOW (window), gtk_window_get_application (parent));
    }
  gtk_window_present (GTK_WINDOW (window));

  return FF_BUSINESS_PLAN_WINDOW (window);
}

void
ff_business_plan_window_show_budget (FfBusinessPlanWindow *self)
{
  g_return_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "budget");
}

gint64
ff_business_plan_window_get_plan_id (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), 0);

  return self->plan_id;
}

void
ff_business_plan_window_flush (FfBusinessPlanWindow *self)
{
  g_return_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self));

  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);
}

GtkWidget *
ff_business_plan_window_get_field (FfBusinessPlanWindow *self,
                                   FfBusinessPlanField   field)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  ensure_parts (self);
  return ff_autosave_lookup (self->autosave, &ff_business_plan_type, self->plan_id, field,
                             NULL, NULL);
}

GtkWidget *
ff_business_plan_window_get_mark (FfBusinessPlanWindow *self,
                                  FfBusinessSection     section)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);
  g_return_val_if_fail (section < FF_BUSINESS_N_SECTIONS, NULL);

  ensure_parts (self);
  return GTK_WIDGET (self->marks[section]);
}

GtkWidget *
ff_business_plan_window_get_status_row (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  return GTK_WIDGET (self->status_row);
}

GtkWidget *
ff_business_plan_window_get_funding_group (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  ensure_parts (self);
  return GTK_WIDGET (self->funding_group);
}

FfBusinessBudgetView *
ff_business_plan_window_get_budget_view (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  return self->budget_view;
}

GtkWidget *
ff_business_plan_window_get_checklist (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  ensure_parts (self);
  return ff_business_checklist_group_get_list (self->checklist_group);
}

GtkWidget *
ff_business_plan_window_get_new_item_row (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  ensure_parts (self);
  return ff_business_checklist_group_get_new_item_row (self->checklist_group);
}

GtkWidget *
ff_business_plan_window_get_milestone_group (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  ensure_parts (self);
  return GTK_WIDGET (self->milestone_group);
}

GtkWidget *
ff_business_plan_window_get_feedback_group (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  ensure_parts (self);
  return GTK_WIDGET (self->feedback_group);
}

GtkWidget *
ff_business_plan_window_get_reminder_row (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  ensure_parts (self);
  return GTK_WIDGET (self->reminder_row);
}

const char *
ff_business_plan_window_get_share_text (FfBusinessPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_PLAN_WINDOW (self), NULL);

  ensure_parts (self);
  return gtk_label_get_label (self->share_label);
}
