/* ff-plan-window.c — one version of an individual plan, saved as it is typed
 *
 * The window, its fields and its parts; what its buttons and menus do is in
 * ff-plan-window-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-format.h"
#include "ff-plan-part-row.h"
#include "ff-plan-window.h"
#include "ff-plan-window-private.h"

G_DEFINE_FINAL_TYPE (FfPlanWindow, ff_plan_window, ADW_TYPE_WINDOW)

static void
load (FfPlanWindow *self);

/* Messages */

void
ff_plan_window_show_message (FfPlanWindow *self,
                             const char   *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

void
ff_plan_window_show_error (FfPlanWindow *self,
                           const char   *heading,
                           const char   *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Parts */

static GtkListBox *
part_list (FfPlanWindow   *self,
           FfPlanPartKind  kind)
{
  switch (kind)
    {
    case FF_PLAN_PART_SUBGOAL:
      return self->subgoals_list;
    case FF_PLAN_PART_ACTIVITY:
      return self->activities_list;
    case FF_PLAN_PART_REVIEW:
    default:
      return self->reviews_list;
    }
}

static FfPlanPartRow *
find_part_row (FfPlanWindow   *self,
               FfPlanPartKind  kind,
               gint64          part_id,
               int            *index)
{
  GtkListBox *list = part_list (self, kind);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      if (ff_plan_part_row_get_part_id (FF_PLAN_PART_ROW (row)) == part_id)
        {
          if (index != NULL)
            *index = i;
          return FF_PLAN_PART_ROW (row);
        }
    }

  return NULL;
}

/* Shows the parts of @kind of @plan in their order: rows of parts still there are
 * kept (with whatever is being typed in them), others are made or taken away. */
static void
sync_parts (FfPlanWindow   *self,
            FfPlan         *plan,
            FfPlanPartKind  kind)
{
  GtkListBox *list = part_list (self, kind);
  GPtrArray *parts = plan != NULL ? ff_plan_get_parts (plan, kind) : NULL;
  guint n_parts = parts != NULL ? parts->len : 0;
  GtkListBoxRow *extra;

  for (guint i = 0; i < n_parts; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);
      int index = -1;
      FfPlanPartRow *row = find_part_row (self, kind, ff_plan_part_get_id (part), &index);

      if (row != NULL && index == (int) i)
        continue;

      if (row != NULL)
        {
          g_object_ref (row);
          gtk_list_box_remove (list, GTK_WIDGET (row));
          gtk_list_box_insert (list, GTK_WIDGET (row), i);
          g_object_unref (row);
          continue;
        }

      gtk_list_box_insert (list, ff_plan_part_row_new (self->autosave, part), i);
    }

  while ((extra = gtk_list_box_get_row_at_index (list, n_parts)) != NULL)
    {
      /* What is pending in it is written first. */
      ff_autosave_unbind (self->autosave, &ff_plan_part_types[kind],
                          ff_plan_part_row_get_part_id (FF_PLAN_PART_ROW (extra)));
      gtk_list_box_remove (list, GTK_WIDGET (extra));
    }
}

void
ff_plan_window_reload_parts (FfPlanWindow   *self,
                             FfPlanPartKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = NULL;

  plan = ff_plan_load (self->store, self->plan_id, &error);
  if (plan == NULL)
    {
      ff_plan_window_show_message (self, error->message);
      return;
    }

  g_set_object (&self->plan, plan);
  sync_parts (self, plan, kind);
}

void
ff_plan_window_focus_part (FfPlanWindow   *self,
                           FfPlanPartKind  kind,
                           gint64          part_id)
{
  FfPlanPartRow *row = find_part_row (self, kind, part_id, NULL);
  GtkWidget *field;

  if (row == NULL)
    return;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  field = ff_plan_part_row_get_first_field (row);
  if (field != NULL)
    gtk_widget_grab_focus (field);
}

/* A part's summary follows what was written in its fields. */
static void
saved_cb (FfPlanWindow       *self,
          const FfRecordType *type,
          gint64              id,
          guint               field,
          FfAutosave         *autosave)
{
  for (FfPlanPartKind kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    {
      FfPlanPartRow *row;

      if (type != &ff_plan_part_types[kind])
        continue;
      row = find_part_row (self, kind, id, NULL);
      if (row != NULL)
        ff_plan_part_row_update (row);
    }
}

/* The window */

void
ff_plan_window_update_actions (FfPlanWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have_plan = self->plan != NULL;
  gboolean editable = have_plan && !self->read_only;

  gtk_widget_action_set_enabled (widget, "plan.print", have_plan && !self->printing);
  gtk_widget_action_set_enabled (widget, "plan.export-pdf", have_plan);
  gtk_widget_action_set_enabled (widget, "plan.print-for-signature",
                                 editable && !self->printing);
  gtk_widget_action_set_enabled (widget, "plan.open-draft", have_plan && self->read_only);
  gtk_widget_action_set_enabled (widget, "plan.add-subgoal", editable);
  gtk_widget_action_set_enabled (widget, "plan.add-activity", editable);
  gtk_widget_action_set_enabled (widget, "plan.add-review", editable);
  gtk_widget_action_set_enabled (widget, "plan.remove-part", editable);
  gtk_widget_set_visible (self->sign_button, !self->read_only);
}

static void
update_versions (FfPlanWindow *self)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint selected = GTK_INVALID_LIST_POSITION;

  g_array_set_size (self->version_ids, 0);

  if (self->plan != NULL)
    {
      versions = ff_plan_list_versions (self->store, ff_plan_get_enrolment_id (self->plan),
                                        &error);
      if (versions == NULL)
        g_warning ("Could not list the versions of a plan: %s", error->message);
    }

  for (guint i = 0; versions != NULL && i < versions->len; i++)
    {
      FfPlan *version = g_ptr_array_index (versions, i);
      gint64 id = ff_plan_get_id (version);

      if (ff_plan_get_state (version) == FF_PLAN_STATE_DRAFT)
        {
          /* Translators: the version of a plan that is being written, "Version 3 (draft)" */
          g_ptr_array_add (names, g_strdup_printf (_("Version %d (draft)"),
                                                   ff_plan_get_version (version)));
        }
      else
        {
          g_autofree char *date = ff_format_date (ff_plan_get_signed_date (version), NULL);

          /* Translators: a signed version of a plan, "Version 2, signed 12.03.2026" */
          g_ptr_array_add (names, g_strdup_printf (_("Version %d, signed %s"),
                                                   ff_plan_get_version (version), date));
        }

      g_array_append_val (self->version_ids, id);
      if (id == self->plan_id)
        selected = i;
    }
  g_ptr_array_add (names, NULL);

  self->loading++;
  gtk_string_list_splice (self->version_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->version_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->version_dropdown, selected);
  self->loading--;
}

static void
update_header (FfPlanWindow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  if (self->plan != NULL)
    {
      /* Translators: under "Integration Plan": the participant and the programme */
      subtitle = g_strdup_printf (C_("plan window", "%s — %s"),
                                  ff_plan_get_participant_name (self->plan),
                                  ff_plan_get_programme_name (self->plan));
      /* Translators: the plan window's title: the plan's name ("Integration Plan") and
       * the participant's name */
      title = g_strdup_printf (C_("plan window", "%s — %s"),
                               _(ff_plan_get_name (self->plan, TRUE)),
                               ff_plan_get_participant_name (self->plan));
      adw_window_title_set_title (self->window_title, _(ff_plan_get_name (self->plan, TRUE)));
    }

  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  /* Translators: the plan window's title before its plan is read */
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Plan"));

  gtk_widget_set_visible (self->signed_group, self->plan != NULL && self->read_only);
  if (self->plan != NULL && self->read_only)
    {
      g_autofree char *date = ff_format_date (ff_plan_get_signed_date (self->plan), NULL);
      g_autofree char *signed_title = NULL;

      /* Translators: at the top of a signed version of a plan */
      signed_title = g_strdup_printf (_("Signed on %s"), date);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->signed_row), signed_title);
    }
}

static void
load (FfPlanWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = NULL;

  if (self->plan_id != 0)
    {
      plan = ff_plan_load (self->store, self->plan_id, &error);
      if (plan == NULL)
        ff_plan_window_show_message (self, error->message);
    }

  g_set_object (&self->plan, plan);
  self->read_only = plan == NULL || ff_plan_get_state (plan) == FF_PLAN_STATE_SIGNED;

  ff_autosave_set_id (self->autosave, &ff_plan_type, plan != NULL ? self->plan_id : 0);
  for (FfPlanField field = 0; field <= FF_PLAN_FIELD_SECOND_LANGUAGE; field++)
    ff_autosave_reset (self->autosave, ff_plan_window_get_field_widget (self, field),
                       plan != NULL ? ff_plan_get_field (plan, field) : "");

  for (FfPlanPartKind kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    sync_parts (self, plan, kind);

  /* The parts of a signed version can still be opened and read. */
  ff_autosave_set_editable (self->autosave, !self->read_only);

  update_header (self);
  update_versions (self);
  ff_plan_window_update_actions (self);
}

static void
version_selected_cb (FfPlanWindow *self,
                     GParamSpec   *pspec,
                     GtkDropDown  *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->loading > 0 || selected >= self->version_ids->len)
    return;

  ff_plan_window_set_plan_id (self, g_array_index (self->version_ids, gint64, selected));
}

/* A draft's header follows the participant's and programme's records. */
static void
store_changed_cb (FfPlanWindow *self,
                  FfRecordKind  kind,
                  gint64        id,
                  FfStore      *store)
{
  g_autoptr(FfPlan) plan = NULL;

  if (self->plan == NULL ||
      (kind != FF_RECORD_PARTICIPANT && kind != FF_RECORD_PROGRAMME))
    return;

  plan = ff_plan_load (self->store, self->plan_id, NULL);
  if (plan == NULL)
    return;

  g_set_object (&self->plan, plan);
  update_header (self);
}

static gboolean
ff_plan_window_close_request (GtkWindow *window)
{
  ff_plan_window_flush (FF_PLAN_WINDOW (window));

  return GTK_WINDOW_CLASS (ff_plan_window_parent_class)->close_request (window);
}

static void
ff_plan_window_dispose (GObject *object)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (object);

  /* Nothing typed is lost when the window goes away without a close request. */
  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);
  g_clear_object (&self->autosave);
  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_PLAN_WINDOW);

  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_plan_window_parent_class)->dispose (object);
}

static void
ff_plan_window_finalize (GObject *object)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (object);

  g_clear_pointer (&self->version_ids, g_array_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (ff_plan_window_parent_class)->finalize (object);
}

static void
ff_plan_window_class_init (FfPlanWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ff_plan_window_dispose;
  object_class->finalize = ff_plan_window_finalize;

  window_class->close_request = ff_plan_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-plan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, version_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, version_names);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, sign_button);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, signed_group);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, signed_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, subgoals_list);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, activities_list);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, reviews_list);

  ff_plan_window_class_add_actions (widget_class);
}

/* A dimmed line that stands in @list while it is empty. */
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
ff_plan_window_init (FfPlanWindow *self)
{
  self->version_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  set_empty_text (self->subgoals_list, _("No sub-goals yet."));
  set_empty_text (self->activities_list, _("No activities yet."));
  set_empty_text (self->reviews_list, _("No review dates yet."));

  g_signal_connect_object (self->version_dropdown, "notify::selected",
                           G_CALLBACK (version_selected_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ff_plan_window_new (FfStore *store,
                    gint64   plan_id)
{
  FfPlanWindow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_PLAN_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->plan_id = plan_id;

  self->autosave = ff_autosave_new (store);
  ff_autosave_bind_named (self->autosave, GTK_WIDGET (self), &ff_plan_type, 0);
  g_signal_connect_object (self->autosave, "saved", G_CALLBACK (saved_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load (self);

  return GTK_WIDGET (self);
}

FfPlanWindow *
ff_plan_window_open_for_enrolment (FfStore    *store,
                                   gint64      enrolment_id,
                                   GtkWindow  *parent,
                                   GError    **error)
{
  g_autoptr(GListModel) toplevels = NULL;
  g_autoptr(GError) local_error = NULL;
  GtkWidget *window;
  gint64 plan_id;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (FF_IS_PLAN_WINDOW (item) &&
          FF_PLAN_WINDOW (item)->store == store &&
          ff_plan_window_get_enrolment_id (FF_PLAN_WINDOW (item)) == enrolment_id)
        {
          gtk_window_present (GTK_WINDOW (item));
          return FF_PLAN_WINDOW (item);
        }
    }

  plan_id = ff_plan_find_draft (store, enrolment_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Write Plan: an enrolment without a plan gets its first draft. */
  if (plan_id == 0)
    plan_id = ff_plan_create (store, enrolment_id, error);
  if (plan_id == 0)
    return NULL;

  window = ff_plan_window_new (store, plan_id);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (window), parent);
      if (gtk_window_get_application (parent) != NULL)
        gtk_window_set_application (GTK_WINDOW (window), gtk_window_get_application (parent));
    }
  gtk_window_present (GTK_WINDOW (window));

  return FF_PLAN_WINDOW (window);
}

gint64
ff_plan_window_get_plan_id (FfPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), 0);

  return self->plan_id;
}

gint64
ff_plan_window_get_enrolment_id (FfPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), 0);

  return self->plan != NULL ? ff_plan_get_enrolment_id (self->plan) : 0;
}

void
ff_plan_window_set_plan_id (FfPlanWindow *self,
                            gint64        plan_id)
{
  g_return_if_fail (FF_IS_PLAN_WINDOW (self));

  ff_plan_window_flush (self);

  if (plan_id == self->plan_id && self->plan != NULL)
    return;

  self->plan_id = plan_id;
  load (self);
}

void
ff_plan_window_flush (FfPlanWindow *self)
{
  g_return_if_fail (FF_IS_PLAN_WINDOW (self));

  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);
}

GtkWidget *
ff_plan_window_get_field_widget (FfPlanWindow *self,
                                 FfPlanField   field)
{
  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), NULL);
  g_return_val_if_fail (ff_plan_field_part_kind (field) == -1, NULL);

  return ff_autosave_lookup (self->autosave, &ff_plan_type, 0, field, NULL, NULL);
}

guint
ff_plan_window_get_n_parts (FfPlanWindow   *self,
                            FfPlanPartKind  kind)
{
  guint n = 0;

  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), 0);
  g_return_val_if_fail (kind < FF_PLAN_N_PART_KINDS, 0);

  while (gtk_list_box_get_row_at_index (part_list (self, kind), n) != NULL)
    n++;

  return n;
}

GtkWidget *
ff_plan_window_get_part_row (FfPlanWindow   *self,
                             FfPlanPartKind  kind,
                             guint           index)
{
  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), NULL);
  g_return_val_if_fail (kind < FF_PLAN_N_PART_KINDS, NULL);

  return GTK_WIDGET (gtk_list_box_get_row_at_index (part_list (self, kind), index));
}

gint64
ff_plan_window_get_part_id (FfPlanWindow   *self,
                            FfPlanPartKind  kind,
                            guint           index)
{
  GtkWidget *row = ff_plan_window_get_part_row (self, kind, index);

  return row != NULL ? ff_plan_part_row_get_part_id (FF_PLAN_PART_ROW (row)) : 0;
}

GtkWidget *
ff_plan_window_get_part_field_widget (FfPlanWindow *self,
                                      gint64        part_id,
                                      FfPlanField   field)
{
  const FfRecordType *type;
  guint index;

  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), NULL);
  g_return_val_if_fail (part_id != 0, NULL);

  type = ff_plan_field_record_type (field, &index);
  return ff_autosave_lookup (self->autosave, type, part_id, index, NULL, NULL);
}

GtkWidget *
ff_plan_window_get_version_dropdown (FfPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), NULL);

  return GTK_WIDGET (self->version_dropdown);
}
