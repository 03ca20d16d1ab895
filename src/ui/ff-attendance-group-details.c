/* ff-attendance-group-details.c — what a row of a participant's attendance group shows
 * when it is opened: a course's hours, a benefit's recent payment periods with their
 * reductions, and the leave counted with each self-certified absence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "ff-attendance-group-private.h"
#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-summary-row.h"

void
ff_attendance_iso_date (const GDate *date,
                        char         out[11])
{
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

char *
ff_attendance_hours (guint minutes)
{
  return ff_format_hours (minutes / 60.0, NULL);
}

/* "01.11.2026 – 30.11.2026" */
static char *
describe_period (const FfReductionRow *row)
{
  g_autofree char *first = ff_format_date (row->first_day, NULL);
  g_autofree char *last = ff_format_date (row->last_day, NULL);

  /* Translators: a payment period, from its first to its last day */
  return g_strdup_printf (C_("payment period", "%s – %s"), first, last);
}

static GtkWidget *
add_detail (GtkWidget  *row,
            const char *title,
            const char *subtitle,
            const char *value)
{
  FfAttendanceRow *state = g_object_get_data (G_OBJECT (row), "ff-row-state");
  GtkWidget *detail = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (detail), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (detail), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (detail), subtitle);
  if (value != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (detail),
                               g_object_new (GTK_TYPE_LABEL,
                                             "label", value,
                                             "valign", GTK_ALIGN_CENTER,
                                             "css-classes", (const char *[]) { "numeric",
                                                                               NULL },
                                             NULL));
  ff_summary_row_add_row (FF_SUMMARY_ROW (row), detail);
  g_ptr_array_add (state->details, detail);

  return detail;
}

void
ff_attendance_fill_course (GtkWidget                *row,
                           const FfCourseAttendance *course)
{
  const FfAttendanceSummary *s = &course->summary;
  g_autofree char *planned = ff_attendance_hours (s->planned_minutes);
  g_autofree char *attended = ff_attendance_hours (s->attended_minutes);
  g_autofree char *late = ff_attendance_hours (s->late_minutes);
  g_autofree char *excused = ff_attendance_hours (s->excused_minutes);
  g_autofree char *unexcused = ff_attendance_hours (s->unexcused_minutes);
  g_autofree char *threshold = ff_format_percent (course->threshold / 10.0, NULL);
  g_autofree char *required = NULL;

  /* Translators: the attendance a course asks for; %s is a percentage, "80 %" */
  required = g_strdup_printf (_("At least %s required"), threshold);

  add_detail (row, _("Hours planned"), required, planned);
  add_detail (row, _("Hours attended"), NULL, attended);
  add_detail (row, _("Hours missed arriving late or leaving early"), NULL, late);
  add_detail (row, _("Hours away with a valid reason"), NULL, excused);
  add_detail (row, _("Hours away without a valid reason"), NULL, unexcused);
}

void
ff_attendance_fill_benefit (GtkWidget               *row,
                            const FfAttendanceShown *shown)
{
  g_autofree char *yearly = ff_format_money (shown->yearly_benefit, NULL);
  g_autofree char *period = g_utf8_strdown (ff_choice_list_label (&ff_payment_periods,
                                                                  shown->period), -1);
  g_autofree char *benefit = NULL;

  /* Translators: the yearly introduction benefit and how often it is paid, "kr 250 000 a
   * year, monthly" */
  benefit = g_strdup_printf (_("%s a year, %s"), yearly, period);
  add_detail (row, _("Introduction benefit"), NULL, benefit);

  if (shown->reductions == NULL)
    return;

  for (guint i = shown->reductions->len; i > 0; i--)
    {
      const FfReductionRow *r = &g_array_index (shown->reductions, FfReductionRow, i - 1);
      g_autofree char *title = describe_period (r);
      g_autofree char *unexcused = ff_attendance_hours (r->unexcused_minutes);
      g_autofree char *planned = ff_attendance_hours (r->planned_minutes);
      g_autofree char *payment = ff_format_money (r->reduction.payment, NULL);
      g_autofree char *reduction = ff_format_money (r->reduction.reduction, NULL);
      g_autofree char *subtitle = NULL;
      g_autofree char *value = NULL;
      GtkWidget *detail;

      /* Translators: a payment period's absence: unexcused hours of the hours planned,
       * and the payment before any reduction, "3 of 40 h unexcused · payment kr 21 693" */
      subtitle = g_strdup_printf (_("%s of %s h unexcused · payment %s"), unexcused, planned,
                                  payment);
      /* Translators: a payment period's reduction of the benefit, "reduced kr 1 234" */
      value = g_strdup_printf (_("reduced %s"), reduction);
      detail = add_detail (row, title, subtitle, value);
      if (r->reduction.individual_decision)
        {
          GtkWidget *flag = g_object_new (GTK_TYPE_LABEL,
                                          "label", _("Individual decision needed"),
                                          "valign", GTK_ALIGN_CENTER,
                                          "css-classes", (const char *[]) { "error",
                                                                            "heading", NULL },
                                          NULL);

          gtk_widget_add_css_class (detail, "ff-individual-decision");
          gtk_widget_set_tooltip_text (flag, _("The reduction is at least half of the payment "
                                               "and at least a twelfth of G: the municipality "
                                               "must make an individual decision "
                                               "(enkeltvedtak)."));
          adw_action_row_add_suffix (ADW_ACTION_ROW (detail), flag);
        }
    }
}

static const char *
verdict_text (FfSelfCertificationVerdict verdict)
{
  switch (verdict)
    {
    case FF_SELF_CERTIFICATION_TOO_EARLY:
      return _("Not allowed: in the first 8 weeks of the programme");
    case FF_SELF_CERTIFICATION_TOO_LONG:
      return _("Not allowed: longer than 3 days");
    case FF_SELF_CERTIFICATION_NONE_LEFT:
      return _("Not allowed: 4 already in the 12 months before");
    case FF_SELF_CERTIFICATION_ALLOWED:
    default:
      return _("Allowed");
    }
}

void
ff_attendance_fill_leave (FfStore                 *store,
                          GtkWidget               *row,
                          const FfAttendanceShown *shown)
{
  g_autoptr(GArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *self_certified = NULL;
  g_autofree char *sick_child = NULL;

  if (shown->leave_read)
    {
      /* Translators: self-certifications used and left in the last 12 months, "1 used, 3
       * left" */
      self_certified = g_strdup_printf (_("%u used, %u left"),
                                        shown->leave.self_certifications_used,
                                        shown->leave.self_certifications_left);
      /* Translators: sick-child days used, allowed and left in the last 12 months, "2 of
       * 10 used, 8 left" */
      sick_child = g_strdup_printf (_("%u of %u used, %u left"),
                                    shown->leave.sick_child_days_used,
                                    shown->leave.sick_child_days_allowed,
                                    shown->leave.sick_child_days_left);
      add_detail (row, _("Self-certifications in the last 12 months"),
                  shown->leave.self_certification_open
                  ? NULL : _("Not yet allowed: the first 8 weeks of the programme"),
                  self_certified);
      add_detail (row, _("Sick-child days in the last 12 months"),
                  shown->leave.sick_child_days_allowed == 0
                  ? _("None without children; set their number in the benefit settings")
                  : NULL,
                  sick_child);
    }

  checks = ff_course_self_certifications (store, shown->enrolment_id, &error);
  if (checks == NULL)
    {
      g_warning ("Could not read the self-certifications: %s", error->message);
      return;
    }

  for (guint i = checks->len; i > 0; i--)
    {
      const FfSelfCertificationCheck *check = &g_array_index (checks, FfSelfCertificationCheck,
                                                              i - 1);
      char first_iso[11], last_iso[11];
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      g_autofree char *title = NULL;
      g_autofree char *days = NULL;
      GtkWidget *detail;

      ff_attendance_iso_date (&check->occurrence.first, first_iso);
      ff_attendance_iso_date (&check->occurrence.last, last_iso);
      first = ff_format_date (first_iso, NULL);
      last = ff_format_date (last_iso, NULL);
      if (strcmp (first_iso, last_iso) == 0)
        /* Translators: one self-certified absence of one day; %s is its date */
        title = g_strdup_printf (_("Self-certified %s"), first);
      else
        /* Translators: one self-certified absence from its first to its last day */
        title = g_strdup_printf (_("Self-certified %s – %s"), first, last);
      /* Translators: how many days one self-certified absence had */
      days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days",
                                           check->occurrence.days),
                              check->occurrence.days);
      detail = add_detail (row, title, verdict_text (check->verdict), days);
      if (check->verdict != FF_SELF_CERTIFICATION_ALLOWED)
        gtk_widget_add_css_class (detail, "warning");
    }
}

