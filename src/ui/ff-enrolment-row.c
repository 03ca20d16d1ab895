/* ff-enrolment-row.c — a participant's programme: status, plan and status history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-absence-reduction.h"
#include "ff-enrolment-row.h"
#include "ff-format.h"
#include "ff-plan.h"
#include "ff-plan-due.h"
#include "ff-programme.h"

struct _FfEnrolmentRow
{
  FfSummaryRow    parent_instance;

  gint64          enrolment_id;
  GPtrArray      *history_rows;    /* AdwActionRow, oldest first */
  GtkWidget      *plan_subtitle_label;  /* found inside the plan's row */

  /* template children */
  GtkWidget      *status_button;
  AdwActionRow   *plan_row;
  GtkWidget      *plan_button;
  AdwActionRow   *benefit_row;
  GtkWidget      *benefit_button;
};

G_DEFINE_FINAL_TYPE (FfEnrolmentRow, ff_enrolment_row, FF_TYPE_SUMMARY_ROW)

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

/* A text is set only when it differs: a new text is laid out again at every width the
 * page tries. */
static void
set_row_title (GtkWidget  *row,
               const char *title)
{
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
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

void
ff_enrolment_row_fit (FfEnrolmentRow *self,
                      int            *title_width)
{
  g_return_if_fail (FF_IS_ENROLMENT_ROW (self));

  for (guint i = 0; i < self->history_rows->len; i++)
    fit_label (g_object_get_data (g_ptr_array_index (self->history_rows, i), "ff-title-label"),
               title_width);
}

/* The plan of @enrolment: "No plan", or when the agreement period ends and the next
 * review is due, marked when that review is this week or overdue. */
static void
show_plan (FfEnrolmentRow *self,
           FfStore        *store,
           FfEnrolment    *enrolment)
{
  g_autoptr(FfPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  FfPlanDue due = FF_PLAN_DUE_LATER;
  gint64 plan_id;
  const char *label;
  const char *title;

  plan_id = ff_plan_find_draft (store, ff_record_get_id (FF_RECORD (enrolment)), &error);
  if (plan_id != 0)
    plan = ff_plan_load (store, plan_id, &error);
  if (error != NULL)
    g_warning ("Could not read the plan of enrolment %" G_GINT64_FORMAT ": %s",
               ff_record_get_id (FF_RECORD (enrolment)), error->message);

  if (plan == NULL)
    {
      subtitle = g_strdup (_("No plan"));
      label = _("_Write Plan");
      /* Translators: accessible description of the Write Plan button; %s is a programme */
      description = g_strdup_printf (_("Write the plan for %s"),
                                     ff_enrolment_get_programme_name (enrolment));
    }
  else
    {
      const char *period_end = ff_plan_get_field (plan, FF_PLAN_FIELD_PERIOD_END);
      const char *next_review = ff_plan_get_next_review (plan);
      g_autofree char *end = ff_format_date (period_end, NULL);
      g_autofree char *review = ff_format_date (next_review, NULL);
      g_autofree char *ends = NULL;
      g_autofree char *reviewed = NULL;
      FfPlanDue period_due = ff_plan_due_classify (period_end);

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
      description = g_strdup_printf (_("Open the plan for %s"),
                                     ff_enrolment_get_programme_name (enrolment));
    }

  title = _(ff_plan_name_for_kind (ff_enrolment_get_programme_kind (enrolment), FALSE));
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->plan_row)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->plan_row), title);
  if (g_strcmp0 (adw_action_row_get_subtitle (self->plan_row), subtitle) != 0)
    adw_action_row_set_subtitle (self->plan_row, subtitle);
  if (self->plan_subtitle_label != NULL)
    {
      if (due == FF_PLAN_DUE_OVERDUE)
        gtk_widget_add_css_class (self->plan_subtitle_label, "error");
      else
        gtk_widget_remove_css_class (self->plan_subtitle_label, "error");
      if (due == FF_PLAN_DUE_THIS_WEEK)
        gtk_widget_add_css_class (self->plan_subtitle_label, "warning");
      else
        gtk_widget_remove_css_class (self->plan_subtitle_label, "warning");
    }

  if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (self->plan_button)), label) != 0)
    gtk_button_set_label (GTK_BUTTON (self->plan_button), label);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->plan_button), "x",
                                    ff_record_get_id (FF_RECORD (enrolment)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->plan_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* The benefit and the family, in an introduction programme or when a benefit is paid:
 * "NOK 260 320 a year, monthly · 3 children, sole carer". */
static void
show_benefit (FfEnrolmentRow *self,
              FfEnrolment    *enrolment)
{
  const char *introduction = ff_choice_list_key (&ff_programme_kinds,
                                                 FF_PROGRAMME_KIND_INTRODUCTION);
  const char *children_text = ff_record_get (FF_RECORD (enrolment),
                                             FF_ENROLMENT_FIELD_CHILDREN);
  guint children = children_text != NULL ? (guint) g_ascii_strtoull (children_text, NULL, 10)
                                         : 0;
  gboolean sole_carer = g_strcmp0 (ff_record_get (FF_RECORD (enrolment),
                                                  FF_ENROLMENT_FIELD_SOLE_CARER), "1") == 0;
  g_autofree char *benefit = NULL;
  g_autofree char *family = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  gint64 yearly = 0;
  int period = FF_PAYMENT_MONTHLY;
  gboolean paid = ff_enrolment_get_benefit (enrolment, &yearly, &period);

  gtk_widget_set_visible (GTK_WIDGET (self->benefit_row),
                          paid || g_strcmp0 (ff_enrolment_get_programme_kind (enrolment),
                                             introduction) == 0);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->benefit_row)))
    return;

  if (paid)
    {
      g_autofree char *money = ff_format_money (yearly, NULL);
      g_autofree char *how = g_utf8_strdown (ff_choice_list_label (&ff_payment_periods, period),
                                             -1);

      /* Translators: the yearly introduction benefit and how often it is paid, "kr 250 000 a
       * year, monthly" */
      benefit = g_strdup_printf (_("%s a year, %s"), money, how);
    }
  else
    /* Translators: an enrolment in an introduction programme with no benefit set */
    benefit = g_strdup (_("No benefit set"));

  if (children > 0)
    /* Translators: how many children a participant has, on their programme */
    family = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u child", "%u children",
                                           children), children);
  if (family != NULL && sole_carer)
    /* Translators: the children of a participant who cares for them alone, "3 children,
     * sole carer" */
    subtitle = g_strdup_printf (_("%s · %s, sole carer"), benefit, family);
  else if (family != NULL)
    subtitle = g_strdup_printf (C_("benefit and family", "%s · %s"), benefit, family);
  else
    subtitle = g_strdup (benefit);

  if (g_strcmp0 (adw_action_row_get_subtitle (self->benefit_row), subtitle) != 0)
    adw_action_row_set_subtitle (self->benefit_row, subtitle);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->benefit_button), "x",
                                    ff_record_get_id (FF_RECORD (enrolment)));
  /* Translators: accessible description of the Benefit button; %s is a programme */
  description = g_strdup_printf (_("Set the introduction benefit in %s"),
                                 ff_enrolment_get_programme_name (enrolment));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->benefit_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
show_history (FfEnrolmentRow *self,
              FfStore        *store,
              FfEnrolment    *enrolment)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changes;

  history = ff_enrolment_history (store, ff_record_get_id (FF_RECORD (enrolment)), &error);
  if (history == NULL)
    g_warning ("Could not read the status history: %s", error->message);
  n_changes = history != NULL ? history->len : 0;

  for (guint i = 0; i < n_changes; i++)
    {
      FfStatusChange *change = g_ptr_array_index (history, i);
      const char *reason = ff_status_change_get_reason (change);
      const char *status = ff_enrolment_status_to_label (ff_status_change_get_status (change));
      /* "2. okt. 2024", in the language the user sees */
      g_autofree char *when = ff_format_date_in_words (ff_status_change_get_date (change), NULL);
      g_autofree char *title = NULL;
      GtkWidget *history_row;

      if (reason != NULL && *reason != '\0')
        /* Translators: one change in the status history: status, date, reason */
        title = g_strdup_printf (C_("status history", "%s — %s — %s"), status, when, reason);
      else
        /* Translators: one change in the status history: status and date */
        title = g_strdup_printf (C_("status history", "%s — %s"), status, when);

      if (i < self->history_rows->len)
        {
          set_row_title (g_ptr_array_index (self->history_rows, i), title);
          continue;
        }

      history_row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (history_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (history_row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (history_row), 0);
      g_object_set_data (G_OBJECT (history_row), "ff-title-label",
                         find_label (history_row, "title"));
      gtk_widget_add_css_class (history_row, "ff-status-change");
      ff_summary_row_add_row (FF_SUMMARY_ROW (self), history_row);
      g_ptr_array_add (self->history_rows, history_row);
    }

  while (self->history_rows->len > n_changes)
    {
      GtkWidget *history_row = g_ptr_array_steal_index (self->history_rows,
                                                        self->history_rows->len - 1);

      ff_summary_row_remove_row (FF_SUMMARY_ROW (self), history_row);
    }
}

void
ff_enrolment_row_show (FfEnrolmentRow *self,
                       FfStore        *store,
                       FfEnrolment    *enrolment)
{
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (FF_IS_ENROLMENT_ROW (self));
  g_return_if_fail (FF_IS_ENROLMENT (enrolment));

  /* Another enrolment in this row opens expanded, as a new row would. */
  if (self->enrolment_id != ff_record_get_id (FF_RECORD (enrolment)))
    {
      self->enrolment_id = ff_record_get_id (FF_RECORD (enrolment));
      ff_summary_row_set_expanded (FF_SUMMARY_ROW (self), TRUE);
    }

  date = ff_format_date (ff_record_get (FF_RECORD (enrolment), FF_ENROLMENT_FIELD_STATUS_DATE),
                         NULL);
  /* Translators: a programme's current status and the date it began, "Active since 03.03.2025" */
  subtitle = g_strdup_printf (_("%s since %s"),
                              ff_enrolment_status_to_label (ff_enrolment_get_status (enrolment)),
                              date);
  ff_summary_row_set_summary (FF_SUMMARY_ROW (self), ff_enrolment_get_programme_name (enrolment),
                              subtitle);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->status_button), "x",
                                    self->enrolment_id);
  /* Translators: accessible description of the Change Status button; %s is a programme */
  description = g_strdup_printf (_("Change the status in %s"),
                                 ff_enrolment_get_programme_name (enrolment));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  show_plan (self, store, enrolment);
  show_benefit (self, enrolment);
  show_history (self, store, enrolment);
}

static void
ff_enrolment_row_dispose (GObject *object)
{
  FfEnrolmentRow *self = FF_ENROLMENT_ROW (object);

  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ff_enrolment_row_parent_class)->dispose (object);
}

static void
ff_enrolment_row_class_init (FfEnrolmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_enrolment_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-enrolment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfEnrolmentRow, status_button);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolmentRow, plan_row);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolmentRow, plan_button);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolmentRow, benefit_row);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolmentRow, benefit_button);
}

static void
ff_enrolment_row_init (FfEnrolmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->history_rows = g_ptr_array_new ();

  /* The action takes an enrolment id: the row's is set when it shows one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->status_button), "x", (gint64) 0);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->plan_button), "x", (gint64) 0);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->benefit_button), "x", (gint64) 0);

  self->plan_subtitle_label = find_label (GTK_WIDGET (self->plan_row), "subtitle");
}

GtkWidget *
ff_enrolment_row_new (void)
{
  return g_object_new (FF_TYPE_ENROLMENT_ROW, NULL);
}
