/* ff-plan-window.c — one version of an individual plan, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "ff-document-print.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-plan.h"
#include "ff-plan-report.h"
#include "ff-plan-window.h"
#include "ff-plan-window-private.h"
#include "ff-report-language.h"

/* How long typing must pause before a field is written. */
#define SAVE_DELAY_MS 500

/* A review added without a date of its own is this many days away. */
#define REVIEW_DAYS_AHEAD 28

/* One field on the form: of the plan itself (part_id 0) or of one of its parts. */
typedef struct
{
  FfPlanField  field;
  gint64       part_id;
  GtkWidget   *widget;        /* AdwEntryRow, AdwComboRow, GtkSwitch or GtkTextView */
  GtkWidget   *part_row;      /* the part's AdwExpanderRow, or NULL */
  char        *stored;        /* the value as the store holds it */
  char        *base_title;    /* the row's title without an error message */
  char        *base_tooltip;  /* its tooltip (a format hint) without one */
  char        *error;         /* the message shown while the value is invalid */
  gboolean     dirty;         /* the widget holds a value not yet written */
} Editor;

struct _FfPlanWindow
{
  AdwWindow        parent_instance;

  FfStore         *store;
  gint64           plan_id;
  FfPlan          *plan;          /* as last read from the store */
  gboolean         read_only;     /* a signed version */
  GArray          *version_ids;   /* gint64 per item of version_names */
  GPtrArray       *editors;       /* Editor, of the plan and of the parts shown */
  guint            save_timeout_id;
  /* Set while the window itself puts values into its widgets, so that this is not
   * mistaken for typing. */
  guint            loading;
  gboolean         printing;
  GCancellable    *cancellable;
  gboolean         exporting;     /* the file chooser is open */

  /* template widgets */
  GtkDropDown     *version_dropdown;
  GtkStringList   *version_names;
  AdwWindowTitle  *window_title;
  GtkWidget       *sign_button;
  AdwToastOverlay *toast_overlay;
  GtkWidget       *preferences_page;
  GtkWidget       *signed_group;
  AdwActionRow    *signed_row;
  GtkWidget       *period_start_row;
  GtkWidget       *period_end_row;
  GtkWidget       *goal_row;
  GtkWidget       *goal_text_view;
  GtkWidget       *norwegian_level_row;
  GtkWidget       *norwegian_date_row;
  GtkWidget       *language_row;
  GtkWidget       *second_language_row;
  GtkListBox      *subgoals_list;
  GtkListBox      *activities_list;
  GtkListBox      *reviews_list;
};

G_DEFINE_FINAL_TYPE (FfPlanWindow, ff_plan_window, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The stored keys behind the items of each combo row, in the order shown. */
static const char *goal_keys[FF_PLAN_N_GOALS + 1];
static const char * const level_keys[] = { "", "A1", "A2", "B1", "B2", "C1", "C2", NULL };
static const char *activity_kind_keys[FF_ACTIVITY_N_KINDS + 1];
static const char *activity_status_keys[FF_ACTIVITY_N_STATUSES + 1];
static const char **language_keys;
static const char **second_language_keys;

static void load                 (FfPlanWindow *self);
static void commit_all           (FfPlanWindow *self);
static void update_part_row      (FfPlanWindow *self,
                                  GtkWidget    *row);

static gboolean
field_is_date (FfPlanField field)
{
  switch (field)
    {
    case FF_PLAN_FIELD_PERIOD_START:
    case FF_PLAN_FIELD_PERIOD_END:
    case FF_PLAN_FIELD_NORWEGIAN_DATE:
    case FF_PLAN_FIELD_SUBGOAL_DATE:
    case FF_PLAN_FIELD_ACTIVITY_START:
    case FF_PLAN_FIELD_ACTIVITY_END:
    case FF_PLAN_FIELD_REVIEW_DATE:
      return TRUE;
    default:
      return FALSE;
    }
}

static const char * const *
field_choice_keys (FfPlanField field)
{
  switch (field)
    {
    case FF_PLAN_FIELD_GOAL:
      return goal_keys;
    case FF_PLAN_FIELD_NORWEGIAN_LEVEL:
      return level_keys;
    case FF_PLAN_FIELD_LANGUAGE:
      return language_keys;
    case FF_PLAN_FIELD_SECOND_LANGUAGE:
      return second_language_keys;
    case FF_PLAN_FIELD_ACTIVITY_KIND:
      return activity_kind_keys;
    case FF_PLAN_FIELD_ACTIVITY_STATUS:
      return activity_status_keys;
    default:
      return NULL;
    }
}

/* What the user reads for the key @key of a combo row's @field. */
static const char *
choice_label (FfPlanField  field,
              const char  *key)
{
  switch (field)
    {
    case FF_PLAN_FIELD_GOAL:
      if (key == NULL || *key == '\0')
        /* Translators: no long-term goal chosen yet */
        return C_("plan goal", "Not chosen");
      return ff_choice_list_label (&ff_plan_goals, ff_choice_list_index (&ff_plan_goals, key));

    case FF_PLAN_FIELD_NORWEGIAN_LEVEL:
      if (key == NULL || *key == '\0')
        /* Translators: no Norwegian level set as the goal */
        return C_("norwegian level", "Not set");
      return key;

    case FF_PLAN_FIELD_LANGUAGE:
      return ff_report_language_name (key);

    case FF_PLAN_FIELD_SECOND_LANGUAGE:
      if (key == NULL || *key == '\0')
        /* Translators: a plan printed in one language only */
        return C_("second language", "None");
      return ff_report_language_name (key);

    case FF_PLAN_FIELD_ACTIVITY_KIND:
      return ff_choice_list_label (&ff_activity_kinds, ff_choice_list_index (&ff_activity_kinds, key));

    case FF_PLAN_FIELD_ACTIVITY_STATUS:
      return ff_choice_list_label (&ff_activity_statuses, ff_choice_list_index (&ff_activity_statuses, key));

    default:
      return key;
    }
}

static GListModel *
choice_model (FfPlanField field)
{
  const char * const *keys = field_choice_keys (field);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    gtk_string_list_append (list, choice_label (field, keys[i]));

  return G_LIST_MODEL (list);
}

/* Hours are shown as the user's locale writes decimals. */
static gboolean
decimal_comma (void)
{
  const struct lconv *conv = localeconv ();

  return conv != NULL && conv->decimal_point != NULL && conv->decimal_point[0] == ',';
}

/* A stored value as the user reads it in a row or a summary. */
static char *
display_value (FfPlanField  field,
               const char  *value)
{
  if (value == NULL)
    return g_strdup ("");

  if (field_is_date (field))
    return ff_format_date (value);

  if (field == FF_PLAN_FIELD_ACTIVITY_HOURS)
    return ff_plan_format_hours (value, decimal_comma ());

  return g_strdup (value);
}

static gboolean
widget_has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus;

  if (root == NULL)
    return FALSE;

  focus = gtk_root_get_focus (root);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Editors */

static void
editor_free (Editor *editor)
{
  /* Signals that still come from the widget find no editor any more. */
  if (editor->widget != NULL)
    {
      g_object_set_data (G_OBJECT (editor->widget), "ff-editor", NULL);
      if (GTK_IS_TEXT_VIEW (editor->widget))
        g_object_set_data (G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor->widget))),
                           "ff-editor", NULL);
    }

  g_free (editor->stored);
  g_free (editor->base_title);
  g_free (editor->base_tooltip);
  g_free (editor->error);
  g_free (editor);
}

static Editor *
find_editor (FfPlanWindow *self,
             gint64        part_id,
             FfPlanField   field)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (self->editors, i);

      if (editor->part_id == part_id && editor->field == field)
        return editor;
    }

  return NULL;
}

/* The stored value of @field of part @part_id, or "". */
static const char *
part_value (FfPlanWindow *self,
            gint64        part_id,
            FfPlanField   field)
{
  Editor *editor = find_editor (self, part_id, field);

  return editor != NULL && editor->stored != NULL ? editor->stored : "";
}

/* What the widget of @editor holds now, as the user would type it. */
static char *
editor_get_text (Editor *editor)
{
  const char * const *keys = field_choice_keys (editor->field);

  if (GTK_IS_TEXT_VIEW (editor->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  if (GTK_IS_SWITCH (editor->widget))
    return g_strdup (gtk_switch_get_active (GTK_SWITCH (editor->widget)) ? "1" : "0");

  if (keys != NULL)
    {
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (editor->widget));

      if (selected >= g_strv_length ((char **) keys))
        selected = 0;

      return g_strdup (keys[selected]);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor->widget)));
}

/* Puts a stored value into the widget of @editor, in the form a user reads. */
static void
editor_show_value (FfPlanWindow *self,
                   Editor       *editor,
                   const char   *value)
{
  const char * const *keys = field_choice_keys (editor->field);

  if (value == NULL)
    value = "";

  self->loading++;

  if (GTK_IS_TEXT_VIEW (editor->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor->widget));
      g_autofree char *shown = editor_get_text (editor);

      if (g_strcmp0 (shown, value) != 0)
        gtk_text_buffer_set_text (buffer, value, -1);
    }
  else if (GTK_IS_SWITCH (editor->widget))
    {
      gtk_switch_set_active (GTK_SWITCH (editor->widget), g_strcmp0 (value, "1") == 0);
    }
  else if (keys != NULL)
    {
      guint position = 0;

      for (guint i = 0; keys[i] != NULL; i++)
        {
          if (g_strcmp0 (keys[i], value) == 0)
            {
              position = i;
              break;
            }
        }

      adw_combo_row_set_selected (ADW_COMBO_ROW (editor->widget), position);
    }
  else
    {
      g_autofree char *display = display_value (editor->field, value);

      /* Setting the same text would move the cursor of someone typing. */
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editor->widget)), display) != 0)
        gtk_editable_set_text (GTK_EDITABLE (editor->widget), display);
    }

  self->loading--;
}

static void
editor_set_error (Editor     *editor,
                  const char *message)
{
  if (g_strcmp0 (editor->error, message) == 0)
    return;

  g_free (editor->error);
  editor->error = g_strdup (message);

  ff_field_error_show (editor->widget, editor->base_title, editor->base_tooltip, message);
}

/* Shows @value as stored and valid, with nothing pending. */
static void
editor_reset (FfPlanWindow *self,
              Editor       *editor,
              const char   *value)
{
  g_free (editor->stored);
  editor->stored = g_strdup (value != NULL ? value : "");
  editor->dirty = FALSE;
  editor_set_error (editor, NULL);
  editor_show_value (self, editor, editor->stored);
  gtk_widget_set_sensitive (editor->widget, !self->read_only);
}

/* Writes @editor's value if it was edited and is valid; marks it when invalid.
 * @tidy: the user has finished with the field, so its text may be replaced by the
 * normalised form. Returns TRUE when something was written. */
static gboolean
commit_editor (FfPlanWindow *self,
               Editor       *editor,
               gboolean      tidy)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *normalized = NULL;
  gboolean written = FALSE;

  if (!editor->dirty || self->plan == NULL || self->read_only)
    return FALSE;

  text = editor_get_text (editor);

  if (!ff_plan_field_validate (editor->field, text, &normalized, &error))
    {
      editor_set_error (editor, error->message);
      return FALSE;
    }

  if (g_strcmp0 (normalized, editor->stored) != 0)
    {
      gboolean ok;

      if (editor->part_id != 0)
        ok = ff_plan_set_part_field (self->store, editor->part_id, editor->field, normalized,
                                     &error);
      else
        ok = ff_plan_set_field (self->store, self->plan_id, editor->field, normalized, &error);

      if (!ok)
        {
          editor_set_error (editor, error->message);
          return FALSE;
        }

      g_free (editor->stored);
      editor->stored = g_strdup (normalized);
      written = TRUE;
    }

  editor->dirty = FALSE;
  editor_set_error (editor, NULL);

  if (tidy)
    editor_show_value (self, editor, normalized);

  if (written && editor->part_row != NULL)
    update_part_row (self, editor->part_row);

  return written;
}

static void
commit_all (FfPlanWindow *self)
{
  g_clear_handle_id (&self->save_timeout_id, g_source_remove);

  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (self->editors, i);

      if (editor->dirty)
        commit_editor (self, editor, !widget_has_focus_within (editor->widget));
    }
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  FfPlanWindow *self = user_data;

  self->save_timeout_id = 0;
  commit_all (self);

  return G_SOURCE_REMOVE;
}

static void
editor_edited (FfPlanWindow *self,
               Editor       *editor)
{
  if (editor == NULL || self->loading > 0 || self->plan == NULL || self->read_only)
    return;

  editor->dirty = TRUE;

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  self->save_timeout_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static Editor *
widget_editor (gpointer widget)
{
  return g_object_get_data (G_OBJECT (widget), "ff-editor");
}

static void
entry_changed_cb (FfPlanWindow *self,
                  GtkEditable  *row)
{
  editor_edited (self, widget_editor (row));
}

static void
buffer_changed_cb (FfPlanWindow  *self,
                   GtkTextBuffer *buffer)
{
  editor_edited (self, widget_editor (buffer));
}

static void
entry_activated_cb (FfPlanWindow *self,
                    AdwEntryRow  *row)
{
  Editor *editor = widget_editor (row);

  if (editor != NULL)
    commit_editor (self, editor, TRUE);
}

static void
focus_leave_cb (FfPlanWindow            *self,
                GtkEventControllerFocus *controller)
{
  Editor *editor = widget_editor (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  if (editor != NULL)
    commit_editor (self, editor, TRUE);
}

/* A choice is complete as soon as it is made. */
static void
choice_changed_cb (FfPlanWindow *self,
                   GParamSpec   *pspec,
                   GtkWidget    *widget)
{
  Editor *editor = widget_editor (widget);

  if (editor == NULL || self->loading > 0 || self->plan == NULL || self->read_only)
    return;

  editor->dirty = TRUE;
  commit_editor (self, editor, TRUE);
}

static Editor *
editor_new (FfPlanWindow *self,
            FfPlanField   field,
            gint64        part_id,
            GtkWidget    *widget,
            GtkWidget    *part_row)
{
  Editor *editor = g_new0 (Editor, 1);
  GtkEventController *focus;

  editor->field = field;
  editor->part_id = part_id;
  editor->widget = widget;
  editor->part_row = part_row;
  editor->stored = g_strdup ("");
  editor->base_tooltip = g_strdup (gtk_widget_get_tooltip_text (widget));
  g_object_set_data (G_OBJECT (widget), "ff-editor", editor);
  g_ptr_array_add (self->editors, editor);

  if (ADW_IS_PREFERENCES_ROW (widget))
    {
      editor->base_title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      /* Error messages are plain text. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
    }

  if (ADW_IS_COMBO_ROW (widget))
    {
      g_signal_connect_object (widget, "notify::selected",
                               G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
      return editor;
    }

  if (GTK_IS_SWITCH (widget))
    {
      g_signal_connect_object (widget, "notify::active",
                               G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
      return editor;
    }

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));

      g_object_set_data (G_OBJECT (buffer), "ff-editor", editor);
      g_signal_connect_object (buffer, "changed",
                               G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
    }
  else
    {
      g_signal_connect_object (widget, "changed",
                               G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (widget, "entry-activated",
                               G_CALLBACK (entry_activated_cb), self, G_CONNECT_SWAPPED);
    }

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);

  return editor;
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

static gint64
row_part_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "ff-part-id");

  return id != NULL ? *id : 0;
}

static void
set_row_text (GtkWidget  *row,
              const char *title,
              const char *subtitle)
{
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (g_strcmp0 (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), subtitle) != 0)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
}

/* "01.02.2026–30.06.2026", "from 01.02.2026", "until 30.06.2026" or "". */
static char *
format_period (const char *start,
               const char *end)
{
  g_autofree char *from = ff_format_date (start);
  g_autofree char *until = ff_format_date (end);

  if (*from != '\0' && *until != '\0')
    /* Translators: a period from one date to another */
    return g_strdup_printf (C_("period", "%s–%s"), from, until);
  if (*from != '\0')
    /* Translators: a period with a start only */
    return g_strdup_printf (C_("period", "from %s"), from);
  if (*until != '\0')
    /* Translators: a period with an end only */
    return g_strdup_printf (C_("period", "until %s"), until);

  return g_strdup ("");
}

/* The summary of a part in its row's title and subtitle, from what is stored. */
static void
update_part_row (FfPlanWindow *self,
                 GtkWidget    *row)
{
  FfPlanPartKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ff-part-kind"));
  gint64 id = row_part_id (row);
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (kind == FF_PLAN_PART_SUBGOAL)
    {
      const char *text = part_value (self, id, FF_PLAN_FIELD_SUBGOAL_TEXT);
      g_autofree char *date = ff_format_date (part_value (self, id, FF_PLAN_FIELD_SUBGOAL_DATE));

      title = g_strdup (*text != '\0' ? text : _("New sub-goal"));
      if (*date != '\0')
        /* Translators: when a sub-goal is to be reached, "by 31.03.2026" */
        g_ptr_array_add (details, g_strdup_printf (_("by %s"), date));
    }
  else if (kind == FF_PLAN_PART_ACTIVITY)
    {
      const char *kind_label = choice_label (FF_PLAN_FIELD_ACTIVITY_KIND,
                                             part_value (self, id, FF_PLAN_FIELD_ACTIVITY_KIND));
      const char *description = part_value (self, id, FF_PLAN_FIELD_ACTIVITY_DESCRIPTION);
      g_autofree char *hours = display_value (FF_PLAN_FIELD_ACTIVITY_HOURS,
                                              part_value (self, id,
                                                          FF_PLAN_FIELD_ACTIVITY_HOURS));
      g_autofree char *period = format_period (part_value (self, id,
                                                           FF_PLAN_FIELD_ACTIVITY_START),
                                               part_value (self, id,
                                                           FF_PLAN_FIELD_ACTIVITY_END));

      if (*description != '\0')
        /* Translators: an activity's title: its kind and its description */
        title = g_strdup_printf (C_("activity", "%s — %s"), kind_label, description);
      else
        title = g_strdup (kind_label);

      if (*hours != '\0')
        /* Translators: hours per week of an activity, "7,5 h/week" */
        g_ptr_array_add (details, g_strdup_printf (_("%s h/week"), hours));
      if (*period != '\0')
        g_ptr_array_add (details, g_steal_pointer (&period));
      g_ptr_array_add (details,
                       g_strdup (choice_label (FF_PLAN_FIELD_ACTIVITY_STATUS,
                                               part_value (self, id,
                                                           FF_PLAN_FIELD_ACTIVITY_STATUS))));
    }
  else
    {
      g_autofree char *date = ff_format_date (part_value (self, id, FF_PLAN_FIELD_REVIEW_DATE));
      const char *note = part_value (self, id, FF_PLAN_FIELD_REVIEW_NOTE);

      /* Translators: the title of a review without a valid date yet */
      title = *date != '\0' ? g_steal_pointer (&date) : g_strdup (_("Review"));
      if (*note != '\0')
        g_ptr_array_add (details, g_strdup (note));
      g_ptr_array_add (details,
                       g_strdup (g_strcmp0 (part_value (self, id, FF_PLAN_FIELD_REVIEW_DONE),
                                            "1") == 0
                                   /* Translators: a review that took place */
                                   ? C_("review", "Held")
                                   /* Translators: a review that has not taken place yet */
                                   : C_("review", "Not held yet")));
    }

  g_ptr_array_add (details, NULL);
  /* Translators: the separator between the details of a plan's part */
  subtitle = g_strjoinv (C_("part details", " · "), (char **) details->pdata);

  set_row_text (row, title, subtitle);
}

static GtkWidget *
add_entry_row (GtkWidget  *expander,
               const char *title,
               const char *tooltip)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (row, tooltip);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  return row;
}

static GtkWidget *
add_combo_row (GtkWidget   *expander,
               const char  *title,
               FfPlanField  field)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GListModel) model = choice_model (field);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  return row;
}

/* The row of a part: its summary, its fields inside, and a button to remove it. */
static GtkWidget *
create_part_row (FfPlanWindow *self,
                 FfPlanPart   *part)
{
  FfPlanPartKind kind = ff_plan_part_get_kind (part);
  gint64 id = ff_plan_part_get_id (part);
  gint64 *stored_id = g_new (gint64, 1);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove;
  struct { FfPlanField field; GtkWidget *widget; } fields[8];
  guint n_fields = 0;
  const char *remove_label;

  *stored_id = id;
  g_object_set_data_full (G_OBJECT (row), "ff-part-id", stored_id, g_free);
  g_object_set_data (G_OBJECT (row), "ff-part-kind", GINT_TO_POINTER (kind));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

#define ADD_FIELD(f, w) G_STMT_START { fields[n_fields].field = (f); \
                                       fields[n_fields].widget = (w); \
                                       n_fields++; } G_STMT_END

  switch (kind)
    {
    case FF_PLAN_PART_SUBGOAL:
      remove_label = _("Remove Sub-goal");
      ADD_FIELD (FF_PLAN_FIELD_SUBGOAL_TEXT, add_entry_row (row, _("Sub-goal"), NULL));
      ADD_FIELD (FF_PLAN_FIELD_SUBGOAL_DATE,
                 /* Translators: DD.MM.YYYY is the format to type a date in */
                 add_entry_row (row, _("Reach by (DD.MM.YYYY)"), _("For example 30.06.2026")));
      break;

    case FF_PLAN_PART_ACTIVITY:
      remove_label = _("Remove Activity");
      ADD_FIELD (FF_PLAN_FIELD_ACTIVITY_KIND,
                 /* Translators: the kind of an activity in a plan */
                 add_combo_row (row, C_("activity", "Kind"), FF_PLAN_FIELD_ACTIVITY_KIND));
      ADD_FIELD (FF_PLAN_FIELD_ACTIVITY_DESCRIPTION, add_entry_row (row, _("Description"), NULL));
      ADD_FIELD (FF_PLAN_FIELD_ACTIVITY_HOURS,
                 add_entry_row (row, _("Hours per week"), _("For example 7,5")));
      ADD_FIELD (FF_PLAN_FIELD_ACTIVITY_START,
                 /* Translators: DD.MM.YYYY is the format to type a date in */
                 add_entry_row (row, _("Start (DD.MM.YYYY)"), _("For example 01.02.2026")));
      ADD_FIELD (FF_PLAN_FIELD_ACTIVITY_END,
                 /* Translators: DD.MM.YYYY is the format to type a date in */
                 add_entry_row (row, _("End (DD.MM.YYYY)"), _("For example 30.04.2026")));
      ADD_FIELD (FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE,
                 add_entry_row (row, _("Responsible"), _("Who follows the activity up")));
      ADD_FIELD (FF_PLAN_FIELD_ACTIVITY_STATUS,
                 /* Translators: the status of an activity in a plan */
                 add_combo_row (row, C_("activity", "Status"), FF_PLAN_FIELD_ACTIVITY_STATUS));
      break;

    case FF_PLAN_PART_REVIEW:
    default:
      {
        GtkWidget *held_row = adw_action_row_new ();
        GtkWidget *held = gtk_switch_new ();

        remove_label = _("Remove Review Date");
        ADD_FIELD (FF_PLAN_FIELD_REVIEW_DATE,
                   /* Translators: DD.MM.YYYY is the format to type a date in */
                   add_entry_row (row, _("Date (DD.MM.YYYY)"), _("For example 15.03.2026")));
        ADD_FIELD (FF_PLAN_FIELD_REVIEW_NOTE, add_entry_row (row, _("Note"), NULL));

        /* Translators: whether a review took place */
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (held_row), C_("review", "Held"));
        gtk_widget_set_valign (held, GTK_ALIGN_CENTER);
        gtk_accessible_update_property (GTK_ACCESSIBLE (held),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, C_("review", "Held"),
                                        -1);
        adw_action_row_add_suffix (ADW_ACTION_ROW (held_row), held);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (held_row), held);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), held_row);
        ADD_FIELD (FF_PLAN_FIELD_REVIEW_DONE, held);
      }
      break;
    }

#undef ADD_FIELD

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "plan.remove-part");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "(ix)", (gint32) kind, id);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  for (guint i = 0; i < n_fields; i++)
    {
      Editor *editor = editor_new (self, fields[i].field, id, fields[i].widget, row);

      editor_reset (self, editor, ff_plan_part_get_field (part, fields[i].field));
    }

  update_part_row (self, row);

  return row;
}

/* Forgets the editors of part @part_id, after writing what is pending in them. */
static void
drop_part_editors (FfPlanWindow *self,
                   gint64        part_id)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (self->editors, i);

      if (editor->part_id == part_id && editor->dirty)
        commit_editor (self, editor, FALSE);
    }

  for (guint i = self->editors->len; i > 0; i--)
    {
      Editor *editor = g_ptr_array_index (self->editors, i - 1);

      if (editor->part_id == part_id)
        g_ptr_array_remove_index (self->editors, i - 1);
    }
}

static GtkWidget *
find_part_row (FfPlanWindow   *self,
               FfPlanPartKind  kind,
               gint64          part_id,
               int            *index)
{
  GtkListBox *list = part_list (self, kind);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      if (row_part_id (GTK_WIDGET (row)) == part_id)
        {
          if (index != NULL)
            *index = i;
          return GTK_WIDGET (row);
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
  GPtrArray *parts = NULL;
  GtkListBox *list = part_list (self, kind);
  GtkListBoxRow *extra;
  guint n_parts = 0;

  if (plan != NULL)
    parts = ff_plan_get_parts (plan, kind);
  if (parts != NULL)
    n_parts = parts->len;

  for (guint i = 0; i < n_parts; i++)
    {
      FfPlanPart *part = g_ptr_array_index (parts, i);
      int index = -1;
      GtkWidget *row = find_part_row (self, kind, ff_plan_part_get_id (part), &index);

      if (row != NULL && index == (int) i)
        continue;

      if (row != NULL)
        {
          g_object_ref (row);
          gtk_list_box_remove (list, row);
          gtk_list_box_insert (list, row, i);
          g_object_unref (row);
          continue;
        }

      gtk_list_box_insert (list, create_part_row (self, part), i);
    }

  while ((extra = gtk_list_box_get_row_at_index (list, n_parts)) != NULL)
    {
      drop_part_editors (self, row_part_id (GTK_WIDGET (extra)));
      gtk_list_box_remove (list, GTK_WIDGET (extra));
    }
}

/* The window */

static void
add_toast (FfPlanWindow *self,
           AdwToast     *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_message (FfPlanWindow *self,
              const char   *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  add_toast (self, adw_toast_new (escaped));
}

static void
show_error (FfPlanWindow *self,
            const char   *heading,
            const char   *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_actions (FfPlanWindow *self)
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
          g_autofree char *date = ff_format_date (ff_plan_get_signed_date (version));

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
      /* Translators: under "Individual Plan": the participant and the programme */
      subtitle = g_strdup_printf (C_("plan window", "%s — %s"),
                                  ff_plan_get_participant_name (self->plan),
                                  ff_plan_get_programme_name (self->plan));
      /* Translators: the plan window's title, with the participant's name */
      title = g_strdup_printf (_("Individual Plan — %s"),
                               ff_plan_get_participant_name (self->plan));
    }

  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Individual Plan"));

  gtk_widget_set_visible (self->signed_group, self->plan != NULL && self->read_only);
  if (self->plan != NULL && self->read_only)
    {
      g_autofree char *date = ff_format_date (ff_plan_get_signed_date (self->plan));
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

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);

  if (self->plan_id != 0)
    {
      plan = ff_plan_load (self->store, self->plan_id, &error);
      if (plan == NULL)
        show_message (self, error->message);
    }

  g_set_object (&self->plan, plan);
  self->read_only = plan == NULL || ff_plan_get_state (plan) == FF_PLAN_STATE_SIGNED;

  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (self->editors, i);

      if (editor->part_id == 0)
        editor_reset (self, editor, plan != NULL ? ff_plan_get_field (plan, editor->field) : "");
    }

  for (FfPlanPartKind kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    sync_parts (self, plan, kind);

  /* The parts of a signed version can still be opened and read. */
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (self->editors, i);

      gtk_widget_set_sensitive (editor->widget, !self->read_only);
    }

  update_header (self);
  update_versions (self);
  update_actions (self);
}

/* Reads the plan again after a change of parts, and shows those of @kind. */
static void
reload_parts (FfPlanWindow   *self,
              FfPlanPartKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = NULL;

  plan = ff_plan_load (self->store, self->plan_id, &error);
  if (plan == NULL)
    {
      show_message (self, error->message);
      return;
    }

  g_set_object (&self->plan, plan);
  sync_parts (self, plan, kind);
}

/* The first field of a new part's row, to type in at once. */
static void
focus_part (FfPlanWindow   *self,
            FfPlanPartKind  kind,
            gint64          part_id)
{
  GtkWidget *row = find_part_row (self, kind, part_id, NULL);

  if (row == NULL)
    return;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (self->editors, i);

      if (editor->part_id == part_id && !ADW_IS_COMBO_ROW (editor->widget))
        {
          gtk_widget_grab_focus (editor->widget);
          break;
        }
    }
}

static void
add_part (FfPlanWindow   *self,
          FfPlanPartKind  kind,
          const char     *date)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->plan == NULL || self->read_only)
    return;

  commit_all (self);

  id = ff_plan_add_part (self->store, self->plan_id, kind, date, &error);
  if (id == 0)
    {
      show_message (self, error->message);
      return;
    }

  reload_parts (self, kind);
  focus_part (self, kind, id);
}

static void
add_subgoal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  add_part (FF_PLAN_WINDOW (widget), FF_PLAN_PART_SUBGOAL, NULL);
}

static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  add_part (FF_PLAN_WINDOW (widget), FF_PLAN_PART_ACTIVITY, NULL);
}

/* A new review's date: four weeks ahead, or the end of the agreement period when
 * that comes sooner; it can be changed at once in the new row. */
static char *
new_review_date (FfPlanWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) ahead = g_date_time_add_days (now, REVIEW_DAYS_AHEAD);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *date = g_date_time_format (ahead, "%Y-%m-%d");
  const char *end = part_value (self, 0, FF_PLAN_FIELD_PERIOD_END);

  if (end != NULL && *end != '\0' && g_strcmp0 (end, today) >= 0 && g_strcmp0 (end, date) < 0)
    return g_strdup (end);

  return g_steal_pointer (&date);
}

static void
add_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (widget);
  g_autofree char *date = NULL;

  if (self->plan == NULL)
    return;

  commit_all (self);
  date = new_review_date (self);
  add_part (self, FF_PLAN_PART_REVIEW, date);
}

static void
remove_part_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint32 kind;
  gint64 id;
  const char *message;
  AdwToast *toast;

  g_variant_get (parameter, "(ix)", &kind, &id);
  if (self->plan == NULL || self->read_only || kind < 0 || kind >= FF_PLAN_N_PART_KINDS)
    return;

  /* An undo brings the part back as it was last typed. */
  commit_all (self);

  if (!ff_plan_remove_part (self->store, kind, id, &error))
    {
      show_message (self, error->message);
      return;
    }

  reload_parts (self, kind);

  switch (kind)
    {
    case FF_PLAN_PART_SUBGOAL:
      message = _("Sub-goal removed");
      break;
    case FF_PLAN_PART_ACTIVITY:
      message = _("Activity removed");
      break;
    default:
      message = _("Review date removed");
      break;
    }

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "plan.undo-remove");
  adw_toast_set_action_target_value (toast, parameter);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  add_toast (self, toast);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint32 kind;
  gint64 id;

  g_variant_get (parameter, "(ix)", &kind, &id);
  if (kind < 0 || kind >= FF_PLAN_N_PART_KINDS)
    return;

  if (!ff_plan_restore_part (self->store, kind, id, &error))
    {
      show_message (self, error->message);
      return;
    }

  if (self->plan != NULL)
    reload_parts (self, kind);
}

static void
open_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 draft_id;

  if (self->plan == NULL)
    return;

  draft_id = ff_plan_find_draft (self->store, ff_plan_get_enrolment_id (self->plan), &error);
  if (draft_id == 0)
    {
      if (error != NULL)
        show_message (self, error->message);
      return;
    }

  ff_plan_window_set_plan_id (self, draft_id);
}

static gboolean
sign_version (FfPlanWindow  *self,
              gint64         plan_id,
              GError       **error)
{
  g_autoptr(FfPlan) signed_plan = NULL;
  g_autofree char *message = NULL;
  gint64 draft_id;
  int version;

  draft_id = ff_plan_sign (self->store, plan_id, NULL, error);
  if (draft_id == 0)
    return FALSE;

  ff_plan_window_set_plan_id (self, draft_id);

  signed_plan = ff_plan_load (self->store, plan_id, NULL);
  version = signed_plan != NULL ? ff_plan_get_version (signed_plan)
                                : ff_plan_get_version (self->plan) - 1;
  /* Translators: after a plan was printed for signature; both are version numbers */
  message = g_strdup_printf (_("Version %d signed and frozen. Changes now go to version %d."),
                             version, ff_plan_get_version (self->plan));
  show_message (self, message);

  return TRUE;
}

typedef struct
{
  FfPlanWindow *self;
  gint64        plan_id;
  gboolean      for_signature;
} PrintData;

static void
print_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PrintData *data = user_data;
  g_autoptr(FfPlanWindow) self = data->self;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult outcome;

  outcome = ff_document_print_finish (result, &error);
  self->printing = FALSE;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      g_free (data);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->toast_overlay), TRUE);
  update_actions (self);

  if (outcome == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print Plan"), error != NULL ? error->message : "");
  else if (outcome == GTK_PRINT_OPERATION_RESULT_APPLY && data->for_signature &&
           !sign_version (self, data->plan_id, &error))
    show_error (self, _("Could Not Sign Plan"), error->message);

  g_free (data);
}

static void
print_plan (FfPlanWindow *self,
            gboolean      for_signature)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = NULL;
  g_autoptr(FfPlanReport) report = NULL;
  PrintData *data;

  if (self->plan == NULL || self->printing || (for_signature && self->read_only))
    return;

  commit_all (self);

  /* What is printed is the version as stored now, edits included. */
  plan = ff_plan_load (self->store, self->plan_id, &error);
  if (plan != NULL)
    report = ff_plan_report_new_for_plan (plan, &error);
  if (report == NULL)
    {
      show_error (self, _("Could Not Print Plan"), error->message);
      return;
    }

  self->printing = TRUE;
  update_actions (self);
  /* Nothing can change between the print and the signature. */
  if (for_signature)
    gtk_widget_set_sensitive (GTK_WIDGET (self->toast_overlay), FALSE);

  data = g_new0 (PrintData, 1);
  data->self = g_object_ref (self);
  data->plan_id = self->plan_id;
  data->for_signature = for_signature;
  ff_document_print_async (FF_DOCUMENT (report), GTK_WINDOW (self), self->cancellable,
                           print_done_cb, data);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print_plan (FF_PLAN_WINDOW (widget), FALSE);
}

static void
print_for_signature_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  print_plan (FF_PLAN_WINDOW (widget), TRUE);
}

static void
export_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FfPlanWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = ff_document_print_choose_pdf_finish (result, &error);
  g_autofree char *path = NULL;

  self->exporting = FALSE;
  if (file == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  path = g_file_get_path (file);
  if (!ff_plan_window_export_to_path (self, path, &error))
    show_error (self, _("Could Not Export Plan"), error->message);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (widget);
  g_autoptr(FfPlanReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL || self->exporting)
    return;

  commit_all (self);

  /* for the file name it offers; what is written is read again once it is chosen */
  report = ff_plan_report_new_for_plan (self->plan, &error);
  if (report == NULL)
    {
      show_error (self, _("Could Not Export Plan"), error->message);
      return;
    }

  self->exporting = TRUE;
  ff_document_print_choose_pdf_async (FF_DOCUMENT (report), GTK_WINDOW (self),
                                      _("Export Plan as PDF"), self->cancellable,
                                      export_chosen_cb, g_object_ref (self));
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

  /* A draft's header follows the participant's and programme's records. */
  plan = ff_plan_load (self->store, self->plan_id, NULL);
  if (plan == NULL)
    return;

  g_set_object (&self->plan, plan);
  update_header (self);
}

static gboolean
ff_plan_window_close_request (GtkWindow *window)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (window);

  ff_plan_window_flush (self);

  return GTK_WINDOW_CLASS (ff_plan_window_parent_class)->close_request (window);
}

static void
application_shutdown_cb (FfPlanWindow   *self,
                         GApplication   *application)
{
  /* Quitting does not close the windows. */
  ff_plan_window_flush (self);
}

static void
application_changed_cb (FfPlanWindow *self,
                        GParamSpec   *pspec,
                        gpointer      user_data)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application != NULL)
    g_signal_connect_object (application, "shutdown",
                             G_CALLBACK (application_shutdown_cb), self, G_CONNECT_SWAPPED);
}

static void
ff_plan_window_dispose (GObject *object)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (object);

  /* Nothing typed is lost when the window goes away without a close request. */
  if (self->store != NULL && self->plan != NULL)
    commit_all (self);

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);

  if (self->editors != NULL)
    g_ptr_array_set_size (self->editors, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_PLAN_WINDOW);

  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_plan_window_parent_class)->dispose (object);
}

static void
ff_plan_window_finalize (GObject *object)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (object);

  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->version_ids, g_array_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (ff_plan_window_parent_class)->finalize (object);
}

static void
ff_plan_window_constructed (GObject *object)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (object);

  G_OBJECT_CLASS (ff_plan_window_parent_class)->constructed (object);

  g_return_if_fail (FF_IS_STORE (self->store));

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load (self);
}

static void
ff_plan_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN_ID:
      g_value_set_int64 (value, self->plan_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_plan_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FfPlanWindow *self = FF_PLAN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN_ID:
      ff_plan_window_set_plan_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char **
language_keys_new (gboolean with_none)
{
  const char * const *languages = ff_report_languages ();
  GPtrArray *keys = g_ptr_array_new ();

  if (with_none)
    g_ptr_array_add (keys, (gpointer) "");
  for (guint i = 0; languages[i] != NULL; i++)
    g_ptr_array_add (keys, (gpointer) languages[i]);
  g_ptr_array_add (keys, NULL);

  return (const char **) g_ptr_array_free (keys, FALSE);
}

static void
ff_plan_window_class_init (FfPlanWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ff_plan_window_constructed;
  object_class->dispose = ff_plan_window_dispose;
  object_class->finalize = ff_plan_window_finalize;
  object_class->get_property = ff_plan_window_get_property;
  object_class->set_property = ff_plan_window_set_property;

  window_class->close_request = ff_plan_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  for (FfPlanGoal goal = 0; goal < FF_PLAN_N_GOALS; goal++)
    goal_keys[goal] = ff_choice_list_key (&ff_plan_goals, goal);
  for (FfActivityKind kind = 0; kind < FF_ACTIVITY_N_KINDS; kind++)
    activity_kind_keys[kind] = ff_choice_list_key (&ff_activity_kinds, kind);
  for (FfActivityStatus status = 0; status < FF_ACTIVITY_N_STATUSES; status++)
    activity_status_keys[status] = ff_choice_list_key (&ff_activity_statuses, status);
  language_keys = language_keys_new (FALSE);
  second_language_keys = language_keys_new (TRUE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-plan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, version_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, version_names);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, sign_button);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, signed_group);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, signed_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, period_start_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, period_end_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, goal_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, goal_text_view);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, norwegian_level_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, norwegian_date_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, second_language_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, subgoals_list);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, activities_list);
  gtk_widget_class_bind_template_child (widget_class, FfPlanWindow, reviews_list);

  gtk_widget_class_install_action (widget_class, "plan.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "plan.print-for-signature", NULL,
                                   print_for_signature_action);
  gtk_widget_class_install_action (widget_class, "plan.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "plan.open-draft", NULL, open_draft_action);
  gtk_widget_class_install_action (widget_class, "plan.add-subgoal", NULL, add_subgoal_action);
  gtk_widget_class_install_action (widget_class, "plan.add-activity", NULL,
                                   add_activity_action);
  gtk_widget_class_install_action (widget_class, "plan.add-review", NULL, add_review_action);
  gtk_widget_class_install_action (widget_class, "plan.remove-part", "(ix)",
                                   remove_part_action);
  gtk_widget_class_install_action (widget_class, "plan.undo-remove", "(ix)",
                                   undo_remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "plan.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
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
  struct { FfPlanField field; GtkWidget **widget; } plan_fields[] = {
    { FF_PLAN_FIELD_PERIOD_START, &self->period_start_row },
    { FF_PLAN_FIELD_PERIOD_END, &self->period_end_row },
    { FF_PLAN_FIELD_GOAL, &self->goal_row },
    { FF_PLAN_FIELD_GOAL_TEXT, &self->goal_text_view },
    { FF_PLAN_FIELD_NORWEGIAN_LEVEL, &self->norwegian_level_row },
    { FF_PLAN_FIELD_NORWEGIAN_DATE, &self->norwegian_date_row },
    { FF_PLAN_FIELD_LANGUAGE, &self->language_row },
    { FF_PLAN_FIELD_SECOND_LANGUAGE, &self->second_language_row },
  };

  self->editors = g_ptr_array_new_with_free_func ((GDestroyNotify) editor_free);
  self->version_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (plan_fields); i++)
    {
      GtkWidget *widget = *plan_fields[i].widget;

      if (ADW_IS_COMBO_ROW (widget))
        {
          g_autoptr(GListModel) model = choice_model (plan_fields[i].field);

          adw_combo_row_set_model (ADW_COMBO_ROW (widget), model);
        }

      editor_new (self, plan_fields[i].field, 0, widget, NULL);
    }

  set_empty_text (self->subgoals_list, _("No sub-goals yet."));
  set_empty_text (self->activities_list, _("No activities yet."));
  set_empty_text (self->reviews_list, _("No review dates yet."));

  g_signal_connect_object (self->version_dropdown, "notify::selected",
                           G_CALLBACK (version_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
}

GtkWidget *
ff_plan_window_new (FfStore *store,
                    gint64   plan_id)
{
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  return g_object_new (FF_TYPE_PLAN_WINDOW, "store", store, "plan-id", plan_id, NULL);
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

  /* Before construction is complete there is no store yet: constructed loads. */
  if (self->store == NULL)
    {
      self->plan_id = plan_id;
      return;
    }

  commit_all (self);

  if (plan_id == self->plan_id && self->plan != NULL)
    return;

  self->plan_id = plan_id;
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
}

void
ff_plan_window_flush (FfPlanWindow *self)
{
  g_return_if_fail (FF_IS_PLAN_WINDOW (self));

  commit_all (self);
}

GtkWidget *
ff_plan_window_get_field_widget (FfPlanWindow *self,
                                 FfPlanField   field)
{
  Editor *editor;

  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), NULL);

  editor = find_editor (self, 0, field);

  return editor != NULL ? editor->widget : NULL;
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

  return row != NULL ? row_part_id (row) : 0;
}

GtkWidget *
ff_plan_window_get_part_field_widget (FfPlanWindow *self,
                                      gint64        part_id,
                                      FfPlanField   field)
{
  Editor *editor;

  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), NULL);
  g_return_val_if_fail (part_id != 0, NULL);

  editor = find_editor (self, part_id, field);

  return editor != NULL ? editor->widget : NULL;
}

GtkWidget *
ff_plan_window_get_version_dropdown (FfPlanWindow *self)
{
  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), NULL);

  return GTK_WIDGET (self->version_dropdown);
}

gboolean
ff_plan_window_export_to_path (FfPlanWindow  *self,
                               const char    *path,
                               GError       **error)
{
  g_autoptr(FfPlan) plan = NULL;
  g_autoptr(FfPlanReport) report = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  commit_all (self);

  plan = ff_plan_load (self->store, self->plan_id, error);
  if (plan == NULL)
    return FALSE;

  report = ff_plan_report_new_for_plan (plan, error);
  if (report == NULL || !ff_document_write_pdf (FF_DOCUMENT (report), path, NULL, error))
    return FALSE;

  basename = g_filename_display_basename (path);
  /* Translators: after a plan was exported; %s is the file's name */
  message = g_strdup_printf (_("Exported to %s"), basename);
  show_message (self, message);

  return TRUE;
}

gboolean
ff_plan_window_sign_printed (FfPlanWindow  *self,
                             GError       **error)
{
  g_return_val_if_fail (FF_IS_PLAN_WINDOW (self), FALSE);

  commit_all (self);

  return sign_version (self, self->plan_id, error);
}
