/* ff-attendance-group.c — a participant's attendance on their courses, and what their
 * absence costs, on their page
 *
 * Read in a few indexed queries when the participant is shown: their attendance on
 * every course (ff_course_participant_attendance(), all of it and this month's), and
 * for each enrolment in an introduction programme the reductions of its recent payment
 * periods and its leave (ff-course-absence.h). Every row is an FfSummaryRow of one line
 * each; what it holds in detail is made when it is first opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "ff-attendance-group.h"
#include "ff-attendance-group-private.h"
#include "ff-course-absence.h"
#include "ff-course-grid.h"
#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-programme.h"
#include "ff-summary-row.h"

/* The payment periods shown: those that ended in the last three months, and the one
 * under way. */
#define RECENT_MONTHS 3

struct _FfAttendanceGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  gint64               participant_id;
  GPtrArray           *enrolments;     /* FfEnrolment, the page's */
  char                *today;          /* YYYY-MM-DD; NULL: today */
  guint                reload_id;

  GArray              *courses;        /* FfCourseAttendance, all their sessions */
  GArray              *month;          /* FfCourseAttendance, this month's */
  GPtrArray           *shown;          /* FfAttendanceShown */
  GPtrArray           *rows;           /* FfSummaryRow, in the list's order */

  /* template children */
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (FfAttendanceGroup, ff_attendance_group, ADW_TYPE_PREFERENCES_GROUP)

static void
shown_free (FfAttendanceShown *shown)
{
  g_free (shown->programme_name);
  g_clear_pointer (&shown->reductions, g_array_unref);
  g_free (shown->reductions_error);
  g_free (shown);
}

static void
row_state_free (FfAttendanceRow *state)
{
  g_clear_pointer (&state->details, g_ptr_array_unref);
  g_free (state);
}

static void
today_date (FfAttendanceGroup *self,
            GDate             *date)
{
  int year, month, day;

  g_date_clear (date, 1);
  if (self->today != NULL && sscanf (self->today, "%4d-%2d-%2d", &year, &month, &day) == 3
      && g_date_valid_dmy (day, month, year))
    g_date_set_dmy (date, day, month, year);
  else
    g_date_set_time_t (date, time (NULL));
}

/* Reading */

static void
read_courses (FfAttendanceGroup *self,
              const GDate       *today)
{
  g_autoptr(GError) error = NULL;
  char first[11], last[11];
  GDate day = *today;

  g_clear_pointer (&self->courses, g_array_unref);
  g_clear_pointer (&self->month, g_array_unref);
  if (self->participant_id == 0)
    return;

  self->courses = ff_course_participant_attendance (self->store, self->participant_id, NULL,
                                                    NULL, &error);
  if (self->courses == NULL)
    {
      g_warning ("Could not read the attendance of participant %" G_GINT64_FORMAT ": %s",
                 self->participant_id, error->message);
      return;
    }
  if (self->courses->len == 0)
    return;

  g_date_set_day (&day, 1);
  ff_attendance_iso_date (&day, first);
  g_date_set_day (&day, g_date_get_days_in_month (g_date_get_month (&day),
                                                  g_date_get_year (&day)));
  ff_attendance_iso_date (&day, last);
  self->month = ff_course_participant_attendance (self->store, self->participant_id, first,
                                                  last, &error);
  if (self->month == NULL)
    g_warning ("Could not read this month's attendance: %s", error->message);
}

/* The recent periods of @shown: those that ended in the last RECENT_MONTHS months, and
 * the one that holds @today; none that begins after it. */
static void
read_reductions (FfAttendanceGroup *self,
                 FfAttendanceShown *shown,
                 const GDate       *today)
{
  g_autoptr(GError) error = NULL;
  char from[11], to[11], now[11];
  GDate day = *today;

  g_date_set_day (&day, 1);
  g_date_subtract_months (&day, RECENT_MONTHS);
  ff_attendance_iso_date (&day, from);
  day = *today;
  g_date_add_days (&day, 31);
  ff_attendance_iso_date (&day, to);
  ff_attendance_iso_date (today, now);

  shown->reductions = ff_course_enrolment_reductions (self->store, shown->enrolment_id, from,
                                                      to, &error);
  if (shown->reductions == NULL)
    {
      shown->reductions_error = g_strdup (error->message);
      return;
    }

  for (guint i = shown->reductions->len; i > 0; i--)
    {
      const FfReductionRow *row = &g_array_index (shown->reductions, FfReductionRow, i - 1);

      if (strcmp (row->first_day, now) > 0)
        g_array_remove_index (shown->reductions, i - 1);
    }
}

static void
read_enrolments (FfAttendanceGroup *self,
                 const GDate       *today,
                 gboolean           has_courses)
{
  const char *introduction = ff_choice_list_key (&ff_programme_kinds,
                                                 FF_PROGRAMME_KIND_INTRODUCTION);
  char now[11];

  g_ptr_array_set_size (self->shown, 0);
  ff_attendance_iso_date (today, now);

  for (guint i = 0; self->enrolments != NULL && i < self->enrolments->len; i++)
    {
      FfEnrolment *enrolment = g_ptr_array_index (self->enrolments, i);
      gboolean in_introduction = g_strcmp0 (ff_enrolment_get_programme_kind (enrolment),
                                            introduction) == 0;
      FfAttendanceShown *shown;
      g_autoptr(GError) error = NULL;

      shown = g_new0 (FfAttendanceShown, 1);
      shown->paid = ff_enrolment_get_benefit (enrolment, &shown->yearly_benefit,
                                              &shown->period);
      /* Leave is counted in an introduction programme; nothing to show for one with no
       * courses and no benefit. */
      if (!shown->paid && !(in_introduction && has_courses))
        {
          shown_free (shown);
          continue;
        }

      shown->enrolment_id = ff_record_get_id (FF_RECORD (enrolment));
      shown->programme_name = g_strdup (ff_enrolment_get_programme_name (enrolment));
      if (shown->paid)
        read_reductions (self, shown, today);
      shown->leave_read = ff_course_leave_count (self->store, shown->enrolment_id, now,
                                                 &shown->leave, &error);
      if (!shown->leave_read)
        g_warning ("Could not count the leave of enrolment %" G_GINT64_FORMAT ": %s",
                   shown->enrolment_id, error->message);
      g_ptr_array_add (self->shown, shown);
    }
}

static void
fill_row (FfAttendanceGroup *self,
          GtkWidget         *row)
{
  FfAttendanceRow *state = g_object_get_data (G_OBJECT (row), "ff-row-state");

  if (state->filled)
    return;
  state->filled = TRUE;

  switch (state->kind)
    {
    case FF_ATTENDANCE_ROW_COURSE:
      ff_attendance_fill_course (row, &g_array_index (self->courses, FfCourseAttendance,
                                                      state->index));
      break;
    case FF_ATTENDANCE_ROW_BENEFIT:
      ff_attendance_fill_benefit (row, g_ptr_array_index (self->shown, state->index));
      break;
    case FF_ATTENDANCE_ROW_LEAVE:
      ff_attendance_fill_leave (self->store, row, g_ptr_array_index (self->shown, state->index));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
empty_row (GtkWidget *row)
{
  FfAttendanceRow *state = g_object_get_data (G_OBJECT (row), "ff-row-state");

  for (guint i = 0; i < state->details->len; i++)
    ff_summary_row_remove_row (FF_SUMMARY_ROW (row), g_ptr_array_index (state->details, i));
  g_ptr_array_set_size (state->details, 0);
  state->filled = FALSE;
}

static void
row_expanded_cb (GtkWidget         *row,
                 GParamSpec        *pspec,
                 FfAttendanceGroup *self)
{
  if (ff_summary_row_get_expanded (FF_SUMMARY_ROW (row)))
    fill_row (self, row);
}

/* Summaries */

static GtkWidget *
new_row (FfAttendanceGroup *self)
{
  GtkWidget *row = ff_summary_row_new ();
  FfAttendanceRow *state = g_new0 (FfAttendanceRow, 1);

  state->details = g_ptr_array_new ();
  state->flag_label = g_object_new (GTK_TYPE_LABEL,
                                    "valign", GTK_ALIGN_CENTER,
                                    "visible", FALSE,
                                    "css-classes", (const char *[]) { "heading", NULL },
                                    NULL);
  ff_summary_row_add_suffix (FF_SUMMARY_ROW (row), state->flag_label);
  g_object_set_data_full (G_OBJECT (row), "ff-row-state", state,
                          (GDestroyNotify) row_state_free);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (row_expanded_cb), self, 0);
  gtk_list_box_append (self->list, row);
  g_ptr_array_add (self->rows, row);

  return row;
}

/* The flag after a row's summary: @text in @css_class ("error", "warning"), or none. */
static void
set_flag (GtkWidget  *row,
          const char *text,
          const char *css_class)
{
  FfAttendanceRow *state = g_object_get_data (G_OBJECT (row), "ff-row-state");
  GtkWidget *label = state->flag_label;

  gtk_widget_set_visible (label, text != NULL);
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
}

static GtkWidget *
use_row (FfAttendanceGroup   *self,
         guint                position,
         FfAttendanceRowKind  kind,
         guint                index)
{
  GtkWidget *row = position < self->rows->len ? g_ptr_array_index (self->rows, position)
                                              : new_row (self);
  FfAttendanceRow *state = g_object_get_data (G_OBJECT (row), "ff-row-state");

  empty_row (row);
  state->kind = kind;
  state->index = index;
  return row;
}

static void
show_course (FfAttendanceGroup *self,
             GtkWidget         *row,
             guint              index)
{
  const FfCourseAttendance *course = &g_array_index (self->courses, FfCourseAttendance, index);
  guint unexcused_now = 0;
  int rate = ff_attendance_rate_per_mille (&course->summary);
  g_autofree char *subtitle = NULL;
  g_autofree char *unexcused = NULL;

  for (guint i = 0; self->month != NULL && i < self->month->len; i++)
    {
      const FfCourseAttendance *month = &g_array_index (self->month, FfCourseAttendance, i);

      if (month->course_id == course->course_id)
        unexcused_now = month->summary.unexcused_minutes;
    }
  unexcused = ff_attendance_hours (unexcused_now);

  if (rate < 0)
    /* Translators: a course on which nothing was marked for the participant yet */
    subtitle = g_strdup (_("No attendance marked yet"));
  else
    {
      g_autofree char *percent = ff_format_percent (rate / 10.0, NULL);
      g_autofree char *attended = ff_attendance_hours (course->summary.attended_minutes);
      g_autofree char *planned = ff_attendance_hours (course->summary.planned_minutes);

      /* Translators: a participant's attendance on a course: the rate, hours attended of
       * hours planned, and this month's unexcused hours, "85 % · 34 of 40 h · 2 h
       * unexcused this month" */
      subtitle = g_strdup_printf (_("%s · %s of %s h · %s h unexcused this month"), percent,
                                  attended, planned, unexcused);
    }

  ff_summary_row_set_summary (FF_SUMMARY_ROW (row), course->title, subtitle);
  if (course->below_threshold)
    {
      g_autofree char *threshold = ff_format_percent (course->threshold / 10.0, NULL);
      g_autofree char *flag = NULL;

      /* Translators: on a course whose attendance is too low; %s is its threshold, "80 %" */
      flag = g_strdup_printf (_("Under %s"), threshold);
      set_flag (row, flag, "warning");
    }
  else
    set_flag (row, NULL, NULL);
}

static void
show_benefit (FfAttendanceGroup *self,
              GtkWidget         *row,
              FfAttendanceShown *shown,
              const GDate       *today)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean decision = FALSE;
  gint64 reduced = 0;
  guint unexcused = 0;
  char now[11];

  ff_attendance_iso_date (today, now);
  if (self->shown->len > 1)
    /* Translators: the heading of a participant's benefit on their page, when they are in
     * more than one programme; %s is the programme */
    title = g_strdup_printf (_("Introduction benefit in %s"), shown->programme_name);
  else
    title = g_strdup (_("Introduction benefit"));

  for (guint i = 0; shown->reductions != NULL && i < shown->reductions->len; i++)
    {
      const FfReductionRow *r = &g_array_index (shown->reductions, FfReductionRow, i);

      decision |= r->reduction.individual_decision;
      reduced += r->reduction.reduction;
      if (strcmp (r->first_day, now) <= 0 && strcmp (now, r->last_day) <= 0)
        unexcused = r->unexcused_minutes;
    }

  if (shown->reductions == NULL)
    subtitle = g_strdup (shown->reductions_error);
  else
    {
      g_autofree char *hours = ff_attendance_hours (unexcused);
      g_autofree char *money = ff_format_money (reduced, NULL);

      /* Translators: unexcused hours in the payment period under way, and the sum of
       * the reductions of the recent periods, "3 h unexcused this period · kr 2 345
       * reduced lately" */
      subtitle = g_strdup_printf (_("%s h unexcused this period · %s reduced lately"), hours,
                                  money);
    }

  ff_summary_row_set_summary (FF_SUMMARY_ROW (row), title, subtitle);
  set_flag (row, decision ? _("Individual decision needed") : NULL, "error");
}

static void
show_leave (FfAttendanceGroup *self,
            GtkWidget         *row,
            FfAttendanceShown *shown)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->shown->len > 1)
    /* Translators: the heading of a participant's sick leave on their page, when they
     * are in more than one programme; %s is the programme */
    title = g_strdup_printf (_("Sick leave in %s"), shown->programme_name);
  else
    title = g_strdup (_("Sick leave"));
  if (shown->leave_read)
    /* Translators: self-certifications and sick-child days used and left in the last 12
     * months, "Self-certified 1, 3 left · sick-child days 2, 8 left" */
    subtitle = g_strdup_printf (_("Self-certified %u, %u left · sick-child days %u, %u left"),
                                shown->leave.self_certifications_used,
                                shown->leave.self_certifications_left,
                                shown->leave.sick_child_days_used,
                                shown->leave.sick_child_days_left);

  ff_summary_row_set_summary (FF_SUMMARY_ROW (row), title, subtitle);
  if (shown->leave_read && shown->leave.self_certifications_left == 0)
    set_flag (row, _("No self-certifications left"), "warning");
  else
    set_flag (row, NULL, NULL);
}

static void
reload (FfAttendanceGroup *self)
{
  guint n = 0;
  GDate today;

  today_date (self, &today);
  read_courses (self, &today);
  read_enrolments (self, &today, self->courses != NULL && self->courses->len > 0);

  for (guint i = 0; self->courses != NULL && i < self->courses->len; i++)
    show_course (self, use_row (self, n++, FF_ATTENDANCE_ROW_COURSE, i), i);

  for (guint i = 0; i < self->shown->len; i++)
    {
      FfAttendanceShown *shown = g_ptr_array_index (self->shown, i);

      if (shown->paid)
        show_benefit (self, use_row (self, n++, FF_ATTENDANCE_ROW_BENEFIT, i), shown, &today);
      show_leave (self, use_row (self, n++, FF_ATTENDANCE_ROW_LEAVE, i), shown);
    }

  while (self->rows->len > n)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->rows, self->rows->len - 1);

      gtk_list_box_remove (self->list, row);
    }

  /* A row open before shows its details again. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (ff_summary_row_get_expanded (FF_SUMMARY_ROW (row)))
        fill_row (self, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  FfAttendanceGroup *self = user_data;

  self->reload_id = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

/* Marks, courses and G are announced as changes of courses: read again once the
 * changes of one moment are made. */
static void
store_changed_cb (FfStore           *store,
                  FfRecordKind       kind,
                  gint64             id,
                  FfAttendanceGroup *self)
{
  if (self->participant_id == 0 || self->reload_id != 0)
    return;

  self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
ff_attendance_group_dispose (GObject *object)
{
  FfAttendanceGroup *self = FF_ATTENDANCE_GROUP (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->enrolments, g_ptr_array_unref);
  g_clear_pointer (&self->courses, g_array_unref);
  g_clear_pointer (&self->month, g_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ff_attendance_group_parent_class)->dispose (object);
}

static void
ff_attendance_group_finalize (GObject *object)
{
  FfAttendanceGroup *self = FF_ATTENDANCE_GROUP (object);

  g_free (self->today);

  G_OBJECT_CLASS (ff_attendance_group_parent_class)->finalize (object);
}

static void
ff_attendance_group_class_init (FfAttendanceGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_attendance_group_dispose;
  object_class->finalize = ff_attendance_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-attendance-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfAttendanceGroup, list);
}

static void
ff_attendance_group_init (FfAttendanceGroup *self)
{
  self->shown = g_ptr_array_new_with_free_func ((GDestroyNotify) shown_free);
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

void
ff_attendance_group_show (FfAttendanceGroup *self,
                          FfStore           *store,
                          gint64             participant_id,
                          GPtrArray         *enrolments)
{
  g_return_if_fail (FF_IS_ATTENDANCE_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      g_signal_connect_object (store, "changed::course", G_CALLBACK (store_changed_cb), self,
                               0);
    }

  g_clear_handle_id (&self->reload_id, g_source_remove);
  /* Another participant's rows open closed: their details are made when asked for. */
  if (participant_id != self->participant_id)
    for (guint i = 0; i < self->rows->len; i++)
      ff_summary_row_set_expanded (g_ptr_array_index (self->rows, i), FALSE);
  self->participant_id = participant_id;
  g_clear_pointer (&self->enrolments, g_ptr_array_unref);
  if (enrolments != NULL)
    self->enrolments = g_ptr_array_ref (enrolments);
  reload (self);
}

void
ff_attendance_group_set_today (FfAttendanceGroup *self,
                               const char        *today)
{
  g_return_if_fail (FF_IS_ATTENDANCE_GROUP (self));

  g_free (self->today);
  self->today = g_strdup (today);
  if (self->store != NULL)
    reload (self);
}

GtkWidget *
ff_attendance_group_get_list (FfAttendanceGroup *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_GROUP (self), NULL);

  return GTK_WIDGET (self->list);
}
