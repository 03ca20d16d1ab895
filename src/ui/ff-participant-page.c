/* ff-participant-page.c — one participant's record, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-enrol-dialog.h"
#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-participant.h"
#include "ff-field-error.h"
#include "ff-participant-page.h"
#include "ff-participant-page-private.h"
#include "ff-plan.h"
#include "ff-plan-due.h"
#include "ff-plan-window.h"
#include "ff-status-dialog.h"

/* How long typing must pause before a field is written. */
#define SAVE_DELAY_MS 500

typedef struct
{
  gboolean  dirty;       /* the widget holds a value not yet written */
  char     *base_title;  /* the row's title without an error message */
  char     *base_tooltip; /* the row's tooltip (a format hint) without one */
  char     *error;       /* the message shown while the value is invalid */
} FieldState;

struct _FfParticipantPage
{
  AdwBin          parent_instance;

  FfStore        *store;
  gint64          participant_id;
  FfParticipant  *participant;      /* as last read from the store */
  GPtrArray      *enrolments;       /* FfEnrolment, as shown */

  FieldState      fields[FF_PARTICIPANT_N_FIELDS];
  guint           save_timeout_id;
  /* Set while the page itself puts values into its widgets, so that this is not
   * mistaken for typing. */
  guint           loading;

  /* template widgets */
  GtkStack       *stack;
  GtkLabel       *title_label;
  GtkLabel       *native_label;
  GtkLabel       *status_label;
  GtkTextView    *notes_view;
  GtkListBox     *programmes_list;
  GtkWidget      *rows[FF_PARTICIPANT_N_FIELDS];  /* NULL for the notes */

  int             fitted_width;     /* the width the history titles were fitted to */
  int             title_width;      /* the width of a history title, when last seen */
  int             heading_width;    /* the width of a programme's title, when last seen */
  guint           fit_idle_id;
};

G_DEFINE_FINAL_TYPE (FfParticipantPage, ff_participant_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PARTICIPANT_ID,
  N_PROPS
};

enum
{
  SIGNAL_DELETED,
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The template id of each field's row; the notes are a text view of their own. */
static const char * const row_ids[FF_PARTICIPANT_N_FIELDS] = {
  [FF_PARTICIPANT_GIVEN_NAME] = "given_name_row",
  [FF_PARTICIPANT_FAMILY_NAME] = "family_name_row",
  [FF_PARTICIPANT_NATIVE_NAME] = "native_name_row",
  [FF_PARTICIPANT_BIRTH_DATE] = "birth_date_row",
  [FF_PARTICIPANT_NATIONAL_ID] = "national_id_row",
  [FF_PARTICIPANT_GENDER] = "gender_row",
  [FF_PARTICIPANT_COUNTRY] = "country_row",
  [FF_PARTICIPANT_ARRIVAL_DATE] = "arrival_date_row",
  [FF_PARTICIPANT_PHONE] = "phone_row",
  [FF_PARTICIPANT_EMAIL] = "email_row",
  [FF_PARTICIPANT_ADDRESS] = "address_row",
  [FF_PARTICIPANT_POSTCODE] = "postcode_row",
  [FF_PARTICIPANT_MUNICIPALITY] = "municipality_row",
  [FF_PARTICIPANT_EDUCATION] = "education_row",
  [FF_PARTICIPANT_PROFESSIONS] = "professions_row",
  [FF_PARTICIPANT_DRIVING_LICENCE] = "driving_licence_row",
  [FF_PARTICIPANT_INTERESTS] = "interests_row",
  [FF_PARTICIPANT_GOALS] = "goals_row",
  [FF_PARTICIPANT_LANGUAGES] = "languages_row",
  [FF_PARTICIPANT_NORWEGIAN_ORAL] = "norwegian_oral_row",
  [FF_PARTICIPANT_NORWEGIAN_WRITTEN] = "norwegian_written_row",
  [FF_PARTICIPANT_FAMILY_NOTES] = "family_notes_row",
  [FF_PARTICIPANT_HEALTH_NOTES] = "health_notes_row",
  [FF_PARTICIPANT_CONTACT_PERSON] = "contact_person_row",
  [FF_PARTICIPANT_REFERRAL_FROM] = "referral_from_row",
  [FF_PARTICIPANT_REFERRAL_DATE] = "referral_date_row",
  [FF_PARTICIPANT_CONSENT_DATE] = "consent_date_row",
  [FF_PARTICIPANT_CONSENT_SCOPE] = "consent_scope_row",
  [FF_PARTICIPANT_NOTES] = NULL,
};

/* The stored keys behind the items of the combo rows, in the order of the .ui. */
static const char * const gender_keys[] = { "", "female", "male", "other", NULL };
static const char * const cefr_keys[] = { "", "A0", "A1", "A2", "B1", "B2", "C1", "C2", NULL };

static gboolean
field_is_date (FfParticipantField field)
{
  return field == FF_PARTICIPANT_BIRTH_DATE ||
         field == FF_PARTICIPANT_ARRIVAL_DATE ||
         field == FF_PARTICIPANT_REFERRAL_DATE ||
         field == FF_PARTICIPANT_CONSENT_DATE;
}

static const char * const *
field_choice_keys (FfParticipantField field)
{
  switch (field)
    {
    case FF_PARTICIPANT_GENDER:
      return gender_keys;
    case FF_PARTICIPANT_NORWEGIAN_ORAL:
    case FF_PARTICIPANT_NORWEGIAN_WRITTEN:
      return cefr_keys;
    default:
      return NULL;
    }
}

/* "3 Mar 2025" for the status history, in the user's language. */
static char *
date_to_long_display (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup (iso != NULL ? iso : "");

  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date == NULL)
    return g_strdup (iso);

  /* Translators: a date in the status history, see strftime(3); "%-d %b %Y" is "3 Mar 2025" */
  return g_date_time_format (date, _("%-d %b %Y"));
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

static GtkWidget *
field_widget (FfParticipantPage  *self,
              FfParticipantField  field)
{
  if (field == FF_PARTICIPANT_NOTES)
    return GTK_WIDGET (self->notes_view);

  return self->rows[field];
}

/* What the widget of @field holds now, as the user would type it. */
static char *
field_get_text (FfParticipantPage  *self,
                FfParticipantField  field)
{
  const char * const *keys = field_choice_keys (field);

  if (field == FF_PARTICIPANT_NOTES)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  if (keys != NULL)
    {
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->rows[field]));

      if (selected >= g_strv_length ((char **) keys))
        selected = 0;

      return g_strdup (keys[selected]);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows[field])));
}

/* Puts a stored value into the widget of @field, in the form a user reads. */
static void
field_show_value (FfParticipantPage  *self,
                  FfParticipantField  field,
                  const char         *value)
{
  const char * const *keys = field_choice_keys (field);

  self->loading++;

  if (field == FF_PARTICIPANT_NOTES)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
      g_autofree char *shown = field_get_text (self, field);

      if (g_strcmp0 (shown, value) != 0)
        gtk_text_buffer_set_text (buffer, value, -1);
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

      adw_combo_row_set_selected (ADW_COMBO_ROW (self->rows[field]), position);
    }
  else
    {
      g_autofree char *display = NULL;

      display = field_is_date (field) ? ff_format_date (value) : g_strdup (value);

      /* Setting the same text would move the cursor of someone typing. */
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->rows[field])), display) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), display);
    }

  self->loading--;
}

static void
field_set_error (FfParticipantPage  *self,
                 FfParticipantField  field,
                 const char         *message)
{
  FieldState *state = &self->fields[field];
  GtkWidget *widget = field_widget (self, field);

  if (g_strcmp0 (state->error, message) == 0)
    return;

  g_free (state->error);
  state->error = g_strdup (message);

  ff_field_error_show (widget, state->base_title, state->base_tooltip, message);
}

static void
update_header (FfParticipantPage *self)
{
  const char *native = "";
  FfEnrolmentStatus status = FF_ENROLMENT_STATUS_NONE;

  if (self->participant != NULL)
    {
      gtk_label_set_text (self->title_label,
                          ff_participant_get_display_name (self->participant));
      native = ff_participant_get_field (self->participant, FF_PARTICIPANT_NATIVE_NAME);
      status = ff_participant_get_status (self->participant);
    }
  else
    {
      gtk_label_set_text (self->title_label, "");
    }

  /* The display name already is the native name when the Latin one is empty. */
  if (self->participant != NULL &&
      g_strcmp0 (native, ff_participant_get_display_name (self->participant)) == 0)
    native = "";

  gtk_label_set_text (self->native_label, native);
  gtk_widget_set_visible (GTK_WIDGET (self->native_label), *native != '\0');
  gtk_label_set_text (self->status_label, ff_enrolment_status_to_label (status));
}

/* Rows of the programmes list are reused from one participant to the next, and a
 * text is set only when it differs: a new row, or a new text, is laid out again at
 * every width the page tries. */
static void
set_row_title (GtkWidget  *row,
               const char *title)
{
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
}

/* The label with @css_class inside @widget, depth first. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *css_class)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = find_label (child, css_class);

      if (label != NULL)
        return label;
    }

  return NULL;
}

/* A wrapping label is laid out at every width its row's box tries when fitting it
 * to its height, again for each new text: that was most of the time of opening a
 * participant. A text that fits on one line at the label's present width is shown
 * as one line instead; a longer one still wraps. A new row has no width yet: it
 * will have that of the others, kept in @last_width. */
static void
fit_label (GtkWidget *label,
           int       *last_width)
{
  gboolean single_line = FALSE;
  int available;

  if (label == NULL)
    return;

  available = gtk_widget_get_width (label);
  if (available > 0)
    *last_width = available;
  else
    available = *last_width;

  if (available > 0)
    {
      g_autoptr(PangoLayout) layout = NULL;
      int width;

      layout = gtk_widget_create_pango_layout (label, gtk_label_get_text (GTK_LABEL (label)));
      pango_layout_get_pixel_size (layout, &width, NULL);
      single_line = width <= available;
    }

  if (gtk_label_get_wrap (GTK_LABEL (label)) != single_line)
    return;

  gtk_label_set_ellipsize (GTK_LABEL (label),
                           single_line ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  gtk_label_set_wrap (GTK_LABEL (label), !single_line);
}

static void
fit_history_title (FfParticipantPage *self,
                   GtkWidget         *history_row)
{
  fit_label (g_object_get_data (G_OBJECT (history_row), "ff-title-label"), &self->title_width);
}

static void
fit_enrolment_row (FfParticipantPage *self,
                   GtkWidget         *row)
{
  fit_label (g_object_get_data (G_OBJECT (row), "ff-title-label"), &self->heading_width);
  fit_label (g_object_get_data (G_OBJECT (row), "ff-subtitle-label"), &self->heading_width);
}

static void
fit_history_titles (FfParticipantPage *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->programmes_list, i)); i++)
    {
      GPtrArray *history_rows = g_object_get_data (G_OBJECT (row), "ff-history-rows");

      fit_enrolment_row (self, GTK_WIDGET (row));
      for (guint j = 0; history_rows != NULL && j < history_rows->len; j++)
        fit_history_title (self, g_ptr_array_index (history_rows, j));
    }
}

static gboolean
fit_idle_cb (gpointer user_data)
{
  FfParticipantPage *self = user_data;

  self->fit_idle_id = 0;
  fit_history_titles (self);

  return G_SOURCE_REMOVE;
}

static GtkWidget *
create_enrolment_row (void)
{
  GtkWidget *row;
  GtkWidget *button;
  GtkWidget *plan_row;

  row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  button = gtk_button_new_with_mnemonic (_("Change _Status…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* The action takes an enrolment id: the row's is set when it shows one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "participant.change-status");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  g_object_set_data (G_OBJECT (row), "ff-status-button", button);
  /* The row's own labels come before those of its plan and history rows. */
  g_object_set_data (G_OBJECT (row), "ff-title-label", find_label (row, "title"));
  g_object_set_data (G_OBJECT (row), "ff-subtitle-label", find_label (row, "subtitle"));
  g_object_set_data_full (G_OBJECT (row), "ff-history-rows", g_ptr_array_new (),
                          (GDestroyNotify) g_ptr_array_unref);

  /* The enrolment's individual plan, first above the status history. */
  plan_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (plan_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (plan_row), _("Individual plan"));
  button = gtk_button_new_with_mnemonic (_("_Write Plan"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* The action takes an enrolment id: the row's is set when it shows one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "participant.open-plan");
  adw_action_row_add_suffix (ADW_ACTION_ROW (plan_row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), plan_row);

  g_object_set_data (G_OBJECT (row), "ff-plan-row", plan_row);
  g_object_set_data (G_OBJECT (row), "ff-plan-button", button);
  g_object_set_data (G_OBJECT (row), "ff-plan-subtitle-label", find_label (plan_row, "subtitle"));

  return row;
}

/* The plan of @enrolment in its row: "No plan", or when the agreement period ends
 * and the next review is due, marked when that review is this week or overdue. */
static void
update_plan_row (FfParticipantPage *self,
                 GtkWidget         *row,
                 FfEnrolment       *enrolment)
{
  GtkWidget *plan_row = g_object_get_data (G_OBJECT (row), "ff-plan-row");
  GtkWidget *button = g_object_get_data (G_OBJECT (row), "ff-plan-button");
  GtkWidget *subtitle_label = g_object_get_data (G_OBJECT (row), "ff-plan-subtitle-label");
  g_autoptr(FfPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  FfPlanDue due = FF_PLAN_DUE_LATER;
  gint64 plan_id;
  const char *label;

  plan_id = ff_plan_find_draft (self->store, ff_enrolment_get_id (enrolment), &error);
  if (plan_id != 0)
    plan = ff_plan_load (self->store, plan_id, &error);
  if (error != NULL)
    g_warning ("Could not read the plan of enrolment %" G_GINT64_FORMAT ": %s",
               ff_enrolment_get_id (enrolment), error->message);

  if (plan == NULL)
    {
      subtitle = g_strdup (_("No plan"));
      label = _("_Write Plan");
      /* Translators: accessible description of the Write Plan button; %s is a programme */
      description = g_strdup_printf (_("Write the individual plan for %s"),
                                     ff_enrolment_get_programme_name (enrolment));
    }
  else
    {
      g_autofree char *end = ff_format_date (ff_plan_get_field (plan,
                                                                FF_PLAN_FIELD_PERIOD_END));
      const char *next_review = ff_plan_get_next_review (plan);
      g_autofree char *review = ff_format_date (next_review);
      g_autofree char *ends = NULL;
      g_autofree char *reviewed = NULL;

      FfPlanDue period_due = ff_plan_due_classify (ff_plan_get_field (plan,
                                                                      FF_PLAN_FIELD_PERIOD_END));

      /* The more urgent of the two: a period that has run out needs renewing as much
       * as an overdue review needs holding. */
      due = MAX (ff_plan_due_classify (next_review), period_due);

      if (*end != '\0' && period_due == FF_PLAN_DUE_OVERDUE)
        /* Translators: a plan's agreement period that has run out, "Period ended 31.03.2026" */
        ends = g_strdup_printf (_("Period ended %s"), end);
      else if (*end != '\0')
        /* Translators: when a plan's agreement period ends, "Period ends 31.03.2026" */
        ends = g_strdup_printf (_("Period ends %s"), end);
      if (*review != '\0' && due == FF_PLAN_DUE_OVERDUE)
        /* Translators: a plan's next review, which is overdue, "Review was due 15.01.2026" */
        reviewed = g_strdup_printf (_("Review was due %s"), review);
      else if (*review != '\0')
        /* Translators: a plan's next review, "Review due 15.01.2026" */
        reviewed = g_strdup_printf (_("Review due %s"), review);

      if (ends != NULL && reviewed != NULL)
        /* Translators: the end of a plan's period and its next review, one after the other */
        subtitle = g_strdup_printf (C_("plan dates", "%s · %s"), ends, reviewed);
      else if (ends != NULL || reviewed != NULL)
        subtitle = g_strdup (ends != NULL ? ends : reviewed);
      else
        /* Translators: a plan whose period and reviews have no dates yet */
        subtitle = g_strdup (_("No dates in the plan yet"));

      label = _("_Open Plan");
      /* Translators: accessible description of the Open Plan button; %s is a programme */
      description = g_strdup_printf (_("Open the individual plan for %s"),
                                     ff_enrolment_get_programme_name (enrolment));
    }

  if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (plan_row)), subtitle) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (plan_row), subtitle);
  if (subtitle_label != NULL)
    {
      if (due == FF_PLAN_DUE_OVERDUE)
        gtk_widget_add_css_class (subtitle_label, "error");
      else
        gtk_widget_remove_css_class (subtitle_label, "error");
      if (due == FF_PLAN_DUE_THIS_WEEK)
        gtk_widget_add_css_class (subtitle_label, "warning");
      else
        gtk_widget_remove_css_class (subtitle_label, "warning");
    }

  if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) != 0)
    gtk_button_set_label (GTK_BUTTON (button), label);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                    ff_enrolment_get_id (enrolment));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Shows @enrolment and its status history in @row. */
static void
update_enrolment_row (FfParticipantPage *self,
                      GtkWidget         *row,
                      FfEnrolment       *enrolment)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  GtkWidget *button = g_object_get_data (G_OBJECT (row), "ff-status-button");
  GPtrArray *history_rows = g_object_get_data (G_OBJECT (row), "ff-history-rows");
  guint n_changes;

  /* Another enrolment in this row opens expanded, as a new row would. */
  if (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "ff-enrolment-id")) !=
      (gsize) ff_enrolment_get_id (enrolment))
    {
      g_object_set_data (G_OBJECT (row), "ff-enrolment-id",
                         GSIZE_TO_POINTER ((gsize) ff_enrolment_get_id (enrolment)));
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }

  set_row_title (row, ff_enrolment_get_programme_name (enrolment));
  date = ff_format_date (ff_enrolment_get_status_date (enrolment));
  /* Translators: a programme's current status and the date it began, "Active since 03.03.2025" */
  subtitle = g_strdup_printf (_("%s since %s"),
                              ff_enrolment_status_to_label (ff_enrolment_get_status (enrolment)),
                              date);
  if (g_strcmp0 (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), subtitle) != 0)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  fit_enrolment_row (self, row);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                    ff_enrolment_get_id (enrolment));
  /* Translators: accessible description of the Change Status button; %s is a programme */
  description = g_strdup_printf (_("Change the status in %s"),
                                 ff_enrolment_get_programme_name (enrolment));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  update_plan_row (self, row, enrolment);

  history = ff_enrolment_history (self->store, ff_enrolment_get_id (enrolment), &error);
  if (history == NULL)
    g_warning ("Could not read the status history: %s", error->message);
  n_changes = history != NULL ? history->len : 0;

  for (guint i = 0; i < n_changes; i++)
    {
      FfStatusChange *change = g_ptr_array_index (history, i);
      const char *reason = ff_status_change_get_reason (change);
      g_autofree char *when = date_to_long_display (ff_status_change_get_date (change));
      g_autofree char *title = NULL;
      GtkWidget *history_row;

      if (reason != NULL && *reason != '\0')
        /* Translators: one change in the status history: status, date, reason */
        title = g_strdup_printf (C_("status history", "%s — %s — %s"),
                                 ff_enrolment_status_to_label (ff_status_change_get_status (change)),
                                 when, reason);
      else
        /* Translators: one change in the status history: status and date */
        title = g_strdup_printf (C_("status history", "%s — %s"),
                                 ff_enrolment_status_to_label (ff_status_change_get_status (change)),
                                 when);

      if (i < history_rows->len)
        {
          set_row_title (g_ptr_array_index (history_rows, i), title);
          fit_history_title (self, g_ptr_array_index (history_rows, i));
          continue;
        }

      history_row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (history_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (history_row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (history_row), 0);
      g_object_set_data (G_OBJECT (history_row), "ff-title-label",
                         find_label (history_row, "title"));
      gtk_widget_add_css_class (history_row, "ff-status-change");
      fit_history_title (self, history_row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), history_row);
      g_ptr_array_add (history_rows, history_row);
    }

  while (history_rows->len > n_changes)
    {
      GtkWidget *history_row = g_ptr_array_steal_index (history_rows, history_rows->len - 1);

      adw_expander_row_remove (ADW_EXPANDER_ROW (row), history_row);
    }
}

static void
update_programmes (FfParticipantPage *self)
{
  g_autoptr(GError) error = NULL;
  guint n_enrolments = 0;
  GtkListBoxRow *extra;

  g_clear_pointer (&self->enrolments, g_ptr_array_unref);

  if (self->participant_id != 0)
    {
      self->enrolments = ff_enrolment_list_for_participant (self->store, self->participant_id,
                                                            &error);
      if (self->enrolments == NULL)
        g_warning ("Could not read the programmes of participant %" G_GINT64_FORMAT ": %s",
                   self->participant_id, error->message);
      else
        n_enrolments = self->enrolments->len;
    }

  for (guint i = 0; i < n_enrolments; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->programmes_list, i));

      if (row == NULL)
        {
          row = create_enrolment_row ();
          gtk_list_box_append (self->programmes_list, row);
        }

      update_enrolment_row (self, row, g_ptr_array_index (self->enrolments, i));
    }

  while ((extra = gtk_list_box_get_row_at_index (self->programmes_list, n_enrolments)) != NULL)
    gtk_list_box_remove (self->programmes_list, GTK_WIDGET (extra));
}

/* Reads the participant again and shows what changed in the fields nobody is editing.
 * Returns FALSE when the participant is gone. */
static gboolean
reload_participant (FfParticipantPage *self)
{
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(GError) error = NULL;

  participant = ff_participant_load (self->store, self->participant_id, &error);
  if (participant == NULL)
    return FALSE;

  g_set_object (&self->participant, participant);

  for (guint field = 0; field < FF_PARTICIPANT_N_FIELDS; field++)
    {
      if (self->fields[field].dirty || widget_has_focus_within (field_widget (self, field)))
        continue;

      field_show_value (self, field, ff_participant_get_field (participant, field));
    }

  update_header (self);

  return TRUE;
}

/* Writes @field if it was edited and its value is valid; marks it when invalid.
 * @tidy: the user has finished with the field, so its text may be replaced by the
 * normalised form. Returns TRUE when something was written. */
static gboolean
commit_field (FfParticipantPage  *self,
              FfParticipantField  field,
              gboolean            tidy)
{
  FieldState *state = &self->fields[field];
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *normalized = NULL;
  gboolean written = FALSE;

  if (!state->dirty || self->participant == NULL)
    return FALSE;

  text = field_get_text (self, field);

  if (!ff_record_validate (&ff_participant_type, field, text, &normalized, &error))
    {
      field_set_error (self, field, error->message);
      return FALSE;
    }

  if (g_strcmp0 (normalized, ff_participant_get_field (self->participant, field)) != 0)
    {
      if (!ff_participant_set_field (self->store, self->participant_id, field, normalized,
                                     &error))
        {
          field_set_error (self, field, error->message);
          return FALSE;
        }

      written = TRUE;
    }

  state->dirty = FALSE;
  field_set_error (self, field, NULL);

  if (written)
    reload_participant (self);

  if (tidy)
    field_show_value (self, field, normalized);

  if (written)
    g_signal_emit (self, signals[SIGNAL_SAVED], 0);

  return written;
}

static void
commit_all (FfParticipantPage *self)
{
  g_clear_handle_id (&self->save_timeout_id, g_source_remove);

  for (guint field = 0; field < FF_PARTICIPANT_N_FIELDS; field++)
    {
      if (self->fields[field].dirty)
        commit_field (self, field, !widget_has_focus_within (field_widget (self, field)));
    }
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  FfParticipantPage *self = user_data;

  self->save_timeout_id = 0;
  commit_all (self);

  return G_SOURCE_REMOVE;
}

static FfParticipantField
widget_field (FfParticipantPage *self,
              GtkWidget         *widget)
{
  for (guint field = 0; field < FF_PARTICIPANT_N_FIELDS; field++)
    {
      if (field_widget (self, field) == widget)
        return field;
    }

  g_return_val_if_reached (FF_PARTICIPANT_N_FIELDS);
}

static void
field_edited (FfParticipantPage  *self,
              FfParticipantField  field)
{
  if (self->loading > 0 || self->participant == NULL)
    return;

  self->fields[field].dirty = TRUE;

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  self->save_timeout_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
entry_changed_cb (FfParticipantPage *self,
                  GtkEditable       *row)
{
  field_edited (self, widget_field (self, GTK_WIDGET (row)));
}

static void
notes_changed_cb (FfParticipantPage *self,
                  GtkTextBuffer     *buffer)
{
  field_edited (self, FF_PARTICIPANT_NOTES);
}

static void
entry_activated_cb (FfParticipantPage *self,
                    AdwEntryRow       *row)
{
  commit_field (self, widget_field (self, GTK_WIDGET (row)), TRUE);
}

static void
focus_leave_cb (FfParticipantPage       *self,
                GtkEventControllerFocus *controller)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  commit_field (self, widget_field (self, widget), TRUE);
}

static void
combo_selected_cb (FfParticipantPage *self,
                   GParamSpec        *pspec,
                   AdwComboRow       *row)
{
  FfParticipantField field = widget_field (self, GTK_WIDGET (row));

  if (self->loading > 0 || self->participant == NULL)
    return;

  /* A choice is complete as soon as it is made. */
  self->fields[field].dirty = TRUE;
  commit_field (self, field, TRUE);
}

static void
store_changed_cb (FfParticipantPage *self,
                  FfRecordKind       kind,
                  gint64             id,
                  FfStore           *store)
{
  if (self->participant_id == 0)
    return;

  if (kind == FF_RECORD_PARTICIPANT && (id == self->participant_id || id == 0))
    {
      /* A deletion elsewhere (or an undo of it) keeps the page as it is until the
       * window chooses what to show. */
      reload_participant (self);
    }
  else if (kind == FF_RECORD_ENROLMENT || kind == FF_RECORD_PROGRAMME)
    {
      update_programmes (self);
      reload_participant (self);
    }
  else if (kind == FF_RECORD_PLAN)
    {
      update_programmes (self);
    }
}

static void
show_error (FfParticipantPage *self,
            const char        *heading,
            const char        *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load (FfParticipantPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *record = gtk_stack_get_child_by_name (self->stack, "record");
  gboolean hide;

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  g_clear_object (&self->participant);

  for (guint field = 0; field < FF_PARTICIPANT_N_FIELDS; field++)
    {
      self->fields[field].dirty = FALSE;
      field_set_error (self, field, NULL);
    }

  if (self->participant_id != 0)
    {
      self->participant = ff_participant_load (self->store, self->participant_id, &error);
      if (self->participant == NULL)
        {
          g_warning ("Could not show participant %" G_GINT64_FORMAT ": %s",
                     self->participant_id, error->message);
          self->participant_id = 0;
        }
    }

  /* A shown entry row animates its title when its text goes from empty to filled or
   * back, and lays the row out again at every step: the record is filled hidden, so
   * that the next participant appears at once. Not while someone is in it, as
   * hiding would take their focus away. */
  hide = gtk_widget_get_mapped (record) && !widget_has_focus_within (record);
  if (hide)
    gtk_widget_set_visible (record, FALSE);

  for (guint field = 0; field < FF_PARTICIPANT_N_FIELDS; field++)
    field_show_value (self, field,
                      self->participant != NULL
                        ? ff_participant_get_field (self->participant, field)
                        : "");

  update_header (self);
  update_programmes (self);

  if (hide)
    gtk_widget_set_visible (record, TRUE);

  gtk_stack_set_visible_child_name (self->stack,
                                    self->participant != NULL ? "record" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participant.delete",
                                 self->participant != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participant.enrol",
                                 self->participant != NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 id = self->participant_id;

  if (id == 0 || self->participant == NULL)
    return;

  ff_participant_page_flush (self);
  name = g_strdup (ff_participant_get_display_name (self->participant));

  if (!ff_participant_delete (self->store, id, &error))
    {
      show_error (self, _("Could Not Delete Participant"), error->message);
      return;
    }

  /* The page empties first, so that the window may show someone else in reply. */
  ff_participant_page_set_participant_id (self, 0);
  g_signal_emit (self, signals[SIGNAL_DELETED], 0, id, name);
}

static void
dialog_done_cb (FfParticipantPage *self)
{
  update_programmes (self);
  reload_participant (self);
}

static void
enrol_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->participant_id == 0)
    return;

  ff_participant_page_flush (self);

  dialog = ff_enrol_dialog_new (self->store, self->participant_id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "enrolled", G_CALLBACK (dialog_done_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
change_status_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 enrolment_id = g_variant_get_int64 (parameter);
  FfEnrolment *enrolment = NULL;
  GtkWidget *dialog;

  for (guint i = 0; self->enrolments != NULL && i < self->enrolments->len; i++)
    {
      if (ff_enrolment_get_id (g_ptr_array_index (self->enrolments, i)) == enrolment_id)
        enrolment = g_ptr_array_index (self->enrolments, i);
    }

  if (enrolment == NULL)
    return;

  dialog = ff_status_dialog_new (self->store, enrolment_id,
                                 ff_enrolment_get_programme_name (enrolment),
                                 ff_enrolment_get_status (enrolment));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "status-changed", G_CALLBACK (dialog_done_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;

  if (self->participant_id == 0)
    return;

  ff_participant_page_flush (self);

  if (ff_plan_window_open_for_enrolment (self->store, g_variant_get_int64 (parameter),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         &error) == NULL)
    show_error (self, _("Could Not Open Plan"), error->message);
}

static void
ff_participant_page_dispose (GObject *object)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  /* Nothing typed is lost when the window goes away without a flush. */
  if (self->store != NULL && self->participant != NULL)
    ff_participant_page_flush (self);

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  g_clear_handle_id (&self->fit_idle_id, g_source_remove);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  /* The bin's child is the template's stack: let the bin drop it first, or the bin
   * would unparent it again after the template has. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_PARTICIPANT_PAGE);

  g_clear_pointer (&self->enrolments, g_ptr_array_unref);
  g_clear_object (&self->participant);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_participant_page_parent_class)->dispose (object);
}

static void
ff_participant_page_finalize (GObject *object)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  for (guint field = 0; field < FF_PARTICIPANT_N_FIELDS; field++)
    {
      g_free (self->fields[field].base_title);
      g_free (self->fields[field].base_tooltip);
      g_free (self->fields[field].error);
    }

  G_OBJECT_CLASS (ff_participant_page_parent_class)->finalize (object);
}

static void
ff_participant_page_constructed (GObject *object)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  G_OBJECT_CLASS (ff_participant_page_parent_class)->constructed (object);

  g_return_if_fail (FF_IS_STORE (self->store));

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load (self);
}

static void
ff_participant_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PARTICIPANT_ID:
      g_value_set_int64 (value, self->participant_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_participant_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PARTICIPANT_ID:
      ff_participant_page_set_participant_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A new width may make a status change fit on one line, or no longer fit. */
static void
ff_participant_page_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  FfParticipantPage *self = FF_PARTICIPANT_PAGE (widget);

  GTK_WIDGET_CLASS (ff_participant_page_parent_class)->size_allocate (widget, width, height,
                                                                      baseline);

  if (width != self->fitted_width && self->fit_idle_id == 0)
    {
      self->fitted_width = width;
      self->fit_idle_id = g_idle_add (fit_idle_cb, self);
    }
}

static void
ff_participant_page_class_init (FfParticipantPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ff_participant_page_constructed;
  object_class->dispose = ff_participant_page_dispose;
  object_class->finalize = ff_participant_page_finalize;
  object_class->get_property = ff_participant_page_get_property;
  object_class->set_property = ff_participant_page_set_property;

  widget_class->size_allocate = ff_participant_page_size_allocate;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_int64 ("participant-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-participant-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, native_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, FfParticipantPage, programmes_list);

  for (guint field = 0; field < FF_PARTICIPANT_N_FIELDS; field++)
    {
      if (row_ids[field] == NULL)
        continue;

      gtk_widget_class_bind_template_child_full (widget_class, row_ids[field], FALSE,
                                                 G_STRUCT_OFFSET (FfParticipantPage, rows) +
                                                 field * sizeof (GtkWidget *));
    }

  gtk_widget_class_install_action (widget_class, "participant.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "participant.enrol", NULL, enrol_action);
  gtk_widget_class_install_action (widget_class, "participant.change-status", "x",
                                   change_status_action);
  gtk_widget_class_install_action (widget_class, "participant.open-plan", "x",
                                   open_plan_action);
}

static void
ff_participant_page_init (FfParticipantPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint field = 0; field < FF_PARTICIPANT_N_FIELDS; field++)
    {
      GtkWidget *widget = field_widget (self, field);
      GtkEventController *focus;

      self->fields[field].base_tooltip = g_strdup (gtk_widget_get_tooltip_text (widget));
      if (ADW_IS_PREFERENCES_ROW (widget))
        {
          self->fields[field].base_title =
            g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
          /* Error messages and names are plain text. */
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
        }

      if (ADW_IS_COMBO_ROW (widget))
        {
          g_signal_connect_object (widget, "notify::selected",
                                   G_CALLBACK (combo_selected_cb), self, G_CONNECT_SWAPPED);
          continue;
        }

      if (ADW_IS_ENTRY_ROW (widget))
        {
          g_signal_connect_object (widget, "changed",
                                   G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (widget, "entry-activated",
                                   G_CALLBACK (entry_activated_cb), self, G_CONNECT_SWAPPED);
        }
      else
        {
          g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                                   "changed",
                                   G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
        }

      focus = gtk_event_controller_focus_new ();
      g_signal_connect_object (focus, "leave",
                               G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
      gtk_widget_add_controller (widget, focus);
    }

  gtk_list_box_set_placeholder (self->programmes_list,
                                g_object_new (GTK_TYPE_LABEL,
                                              "label", _("Not enrolled in any programme."),
                                              "margin-top", 12,
                                              "margin-bottom", 12,
                                              "css-classes", (const char *[]) { "dim-label",
                                                                                NULL },
                                              NULL));
}

GtkWidget *
ff_participant_page_new (FfStore *store)
{
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  return g_object_new (FF_TYPE_PARTICIPANT_PAGE, "store", store, NULL);
}

gint64
ff_participant_page_get_participant_id (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), 0);

  return self->participant_id;
}

void
ff_participant_page_set_participant_id (FfParticipantPage *self,
                                        gint64             id)
{
  g_return_if_fail (FF_IS_PARTICIPANT_PAGE (self));

  /* Before construction is complete there is no store yet: constructed loads. */
  if (self->store == NULL)
    {
      self->participant_id = id;
      return;
    }

  ff_participant_page_flush (self);

  if (id == self->participant_id)
    return;

  self->participant_id = id;
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT_ID]);
}

void
ff_participant_page_flush (FfParticipantPage *self)
{
  g_return_if_fail (FF_IS_PARTICIPANT_PAGE (self));

  commit_all (self);
}

GtkWidget *
ff_participant_page_get_field_widget (FfParticipantPage  *self,
                                      FfParticipantField  field)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);
  g_return_val_if_fail (field < FF_PARTICIPANT_N_FIELDS, NULL);

  return field_widget (self, field);
}

GtkWidget *
ff_participant_page_get_title_label (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);

  return GTK_WIDGET (self->title_label);
}

GtkWidget *
ff_participant_page_get_status_label (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);

  return GTK_WIDGET (self->status_label);
}

GtkWidget *
ff_participant_page_get_programmes_list (FfParticipantPage *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_PAGE (self), NULL);

  return GTK_WIDGET (self->programmes_list);
}
