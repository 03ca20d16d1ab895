/* ff-series-dialog.c — the sessions of a course made from a weekly pattern: weekdays,
 * times, a period, and the dates to skip, the public holidays of its years offered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-course.h"
#include "ff-field-error.h"
#include "ff-form-keys.h"
#include "ff-format.h"
#include "ff-holidays.h"
#include "ff-series-dialog.h"
#include "ff-validate.h"

#define SESSION_TYPE (&ff_course_part_types[FF_COURSE_PART_SESSION])
/* Holidays are offered for a period of at most this many years. */
#define MAX_HOLIDAY_YEARS 5

struct _FfSeriesDialog
{
  AdwWindow        parent_instance;

  FfStore         *store;
  gint64           course_id;
  GtkWidget       *weekdays[7];          /* GtkCheckButton, Monday first */
  GPtrArray       *skip_rows;            /* AdwActionRow of skip_group */
  GHashTable      *skip_checks;          /* "YYYY-MM-DD" → GtkCheckButton */
  GHashTable      *unticked;             /* dates the user chose not to skip */
  GArray          *sessions;             /* FfSession, while valid */
  char            *message;
  guint32          holiday_from;         /* the period the holidays offered are of */
  guint32          holiday_to;
  char            *hints[4];

  /* template children */
  GtkWidget       *form;
  GtkWidget       *from_row;
  GtkWidget       *to_row;
  GtkWidget       *start_row;
  GtkWidget       *end_row;
  GtkBox          *weekday_box;
  GtkLabel        *count_label;
  GtkLabel        *error_label;
  AdwPreferencesGroup *skip_group;
};

G_DEFINE_FINAL_TYPE (FfSeriesDialog, ff_series_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const holiday_names[FF_HOLIDAY_N_KINDS] = {
  [FF_HOLIDAY_NEW_YEARS_DAY] = N_("New Year's Day"),
  [FF_HOLIDAY_MAUNDY_THURSDAY] = N_("Maundy Thursday"),
  [FF_HOLIDAY_GOOD_FRIDAY] = N_("Good Friday"),
  [FF_HOLIDAY_EASTER_SUNDAY] = N_("Easter Sunday"),
  [FF_HOLIDAY_EASTER_MONDAY] = N_("Easter Monday"),
  /* Translators: 1 May, a public holiday in Norway */
  [FF_HOLIDAY_LABOUR_DAY] = N_("Labour Day"),
  /* Translators: 17 May, Norway's national day */
  [FF_HOLIDAY_CONSTITUTION_DAY] = N_("Constitution Day"),
  [FF_HOLIDAY_ASCENSION_DAY] = N_("Ascension Day"),
  [FF_HOLIDAY_WHIT_SUNDAY] = N_("Whit Sunday"),
  [FF_HOLIDAY_WHIT_MONDAY] = N_("Whit Monday"),
  [FF_HOLIDAY_CHRISTMAS_DAY] = N_("Christmas Day"),
  [FF_HOLIDAY_BOXING_DAY] = N_("Boxing Day"),
};

static const char * const weekday_names[7] = {
  /* Translators: a weekday, shortened, as a check button of a series of sessions */
  N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};

static const char * const weekday_full_names[7] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
  N_("Saturday"), N_("Sunday"),
};

static void
set_message (FfSeriesDialog *self,
             const char     *count,
             const char     *error)
{
  g_free (self->message);
  self->message = g_strdup (error != NULL ? error : count != NULL ? count : "");
  gtk_label_set_text (self->count_label, count != NULL ? count : "");
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), count != NULL);
  gtk_label_set_text (self->error_label, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

/* The date typed in @row (ISO, newly allocated), or NULL with what is wrong in
 * @message (NULL while it is only empty). */
static char *
row_value (GtkWidget   *row,
           guint        field,
           char       **message)
{
  g_autoptr(GError) error = NULL;
  char *normalized = NULL;

  if (ff_record_validate (SESSION_TYPE, field, gtk_editable_get_text (GTK_EDITABLE (row)),
                          &normalized, &error))
    return normalized;

  if (!g_error_matches (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY))
    *message = g_strdup (error->message);
  return NULL;
}

/* @iso, a stored date (YYYY-MM-DD), in @date. */
static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);

  return TRUE;
}

static guint
time_minutes (const char *hhmm)
{
  int h = 0, m = 0;

  sscanf (hhmm, "%d:%d", &h, &m);
  return h * 60 + m;
}

static void skip_toggled_cb (GtkCheckButton *check,
                             FfSeriesDialog *self);

/* Offers the public holidays from @from to @to (over not too many years), each ticked
 * unless the user unticked it. */
static void
show_holidays (FfSeriesDialog *self,
               const GDate    *from,
               const GDate    *to)
{
  GDateYear first = 0, last = 0;
  guint32 from_day = 0, to_day = 0;

  if (from != NULL && to != NULL && g_date_compare (from, to) <= 0
      && g_date_get_year (to) - g_date_get_year (from) < MAX_HOLIDAY_YEARS)
    {
      first = g_date_get_year (from);
      last = g_date_get_year (to);
      from_day = g_date_get_julian (from);
      to_day = g_date_get_julian (to);
    }

  if (from_day == self->holiday_from && to_day == self->holiday_to)
    return;
  self->holiday_from = from_day;
  self->holiday_to = to_day;

  for (guint i = 0; i < self->skip_rows->len; i++)
    adw_preferences_group_remove (self->skip_group, g_ptr_array_index (self->skip_rows, i));
  g_ptr_array_set_size (self->skip_rows, 0);
  g_hash_table_remove_all (self->skip_checks);

  for (GDateYear year = first; first != 0 && year <= last; year++)
    {
      g_autoptr(GArray) holidays = ff_holidays_for_year (year);

      for (guint i = 0; i < holidays->len; i++)
        {
          FfHoliday *holiday = &g_array_index (holidays, FfHoliday, i);
          char iso[16];
          g_autofree char *shown = NULL;
          g_autofree char *title = NULL;
          GtkWidget *row;
          GtkWidget *check;

          if (g_date_get_julian (&holiday->date) < from_day ||
              g_date_get_julian (&holiday->date) > to_day)
            continue;
          g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &holiday->date);
          /* One date, two holidays (17 May and Whit Monday): one row. */
          if (g_hash_table_contains (self->skip_checks, iso))
            continue;

          shown = ff_format_date_in_words (iso, NULL);
          /* Translators: a date to skip, "Easter Monday, 21 Apr 2025, Monday"; the
           * holiday, its date and its weekday */
          title = g_strdup_printf (_("%s, %s, %s"),
                                   _(holiday_names[holiday->kind]), shown,
                                   _(weekday_full_names[g_date_get_weekday (&holiday->date) - 1]));
          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          check = gtk_check_button_new ();
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                       !g_hash_table_contains (self->unticked, iso));
          gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
          g_object_set_data_full (G_OBJECT (check), "ff-date", g_strdup (iso), g_free);
          g_signal_connect (check, "toggled", G_CALLBACK (skip_toggled_cb), self);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          adw_preferences_group_add (self->skip_group, row);
          g_ptr_array_add (self->skip_rows, row);
          g_hash_table_insert (self->skip_checks, g_strdup (iso), check);
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->skip_group), self->skip_rows->len > 0);
}

/* Generates the series as filled in, says how many sessions it makes or why it
 * cannot, and lets it be added when it makes some. */
static void
update (FfSeriesDialog *self)
{
  g_autofree char *from_message = NULL, *to_message = NULL;
  g_autofree char *start_message = NULL, *end_message = NULL;
  g_autofree char *from = row_value (self->from_row, FF_SESSION_DATE, &from_message);
  g_autofree char *to = row_value (self->to_row, FF_SESSION_DATE, &to_message);
  g_autofree char *start = row_value (self->start_row, FF_SESSION_START, &start_message);
  g_autofree char *end = row_value (self->end_row, FF_SESSION_END, &end_message);
  g_autoptr(GArray) skips = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  g_autofree char *refusal = NULL;
  GDate from_date, to_date;
  gboolean have_dates;
  FfWeekdays weekdays = 0;
  GHashTableIter iter;
  gpointer key, value;

  g_clear_pointer (&self->sessions, g_array_unref);

  ff_field_error_show (self->from_row, self->hints[0], from_message);
  ff_field_error_show (self->to_row, self->hints[1], to_message);
  ff_field_error_show (self->start_row, self->hints[2], start_message);
  ff_field_error_show (self->end_row, self->hints[3], end_message);

  have_dates = from != NULL && to != NULL && parse_date (from, &from_date)
               && parse_date (to, &to_date);
  show_holidays (self, have_dates ? &from_date : NULL, have_dates ? &to_date : NULL);

  for (guint i = 0; i < 7; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->weekdays[i])))
      weekdays |= FF_WEEKDAY_BIT (i + 1);

  if (!have_dates || start == NULL || end == NULL)
    {
      set_message (self, NULL, NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "series-dialog.add", FALSE);
      return;
    }

  g_hash_table_iter_init (&iter, self->skip_checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GDate date;

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (value)) && parse_date (key, &date))
        g_array_append_val (skips, date);
    }

  self->sessions = ff_session_series_generate (weekdays, time_minutes (start),
                                               time_minutes (end), &from_date, &to_date,
                                               (const GDate *) (gpointer) skips->data,
                                               skips->len, ff_course_time_zone (), &error);
  if (self->sessions == NULL)
    {
      switch (error->domain == FF_SESSION_SERIES_ERROR ? error->code : -1)
        {
        case FF_SESSION_SERIES_ERROR_NO_WEEKDAY:
          refusal = g_strdup (_("Choose at least one weekday."));
          break;
        case FF_SESSION_SERIES_ERROR_END_NOT_AFTER_START:
          refusal = g_strdup (_("A session must end after it starts."));
          ff_field_error_show (self->end_row, self->hints[3], refusal);
          break;
        case FF_SESSION_SERIES_ERROR_TO_BEFORE_FROM:
          refusal = g_strdup (_("The last date cannot come before the first."));
          ff_field_error_show (self->to_row, self->hints[1], refusal);
          break;
        case FF_SESSION_SERIES_ERROR_TOO_MANY:
          /* Translators: %d is the most sessions one series makes, 1000 */
          refusal = g_strdup_printf (_("That would make more than %d sessions. "
                                       "Choose a shorter period or fewer weekdays."),
                                     FF_SESSION_SERIES_MAX);
          break;
        default:
          refusal = g_strdup (error->message);
          break;
        }
      set_message (self, NULL, refusal);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "series-dialog.add", FALSE);
      return;
    }

  if (self->sessions->len == 0)
    count = g_strdup (_("No session falls in the period."));
  else
    /* Translators: how many sessions a series makes */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Makes %u session",
                                          "Makes %u sessions", self->sessions->len),
                             self->sessions->len);
  set_message (self, count, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "series-dialog.add",
                                 self->sessions->len > 0);
}

static void
skip_toggled_cb (GtkCheckButton *check,
                 FfSeriesDialog *self)
{
  const char *date = g_object_get_data (G_OBJECT (check), "ff-date");

  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->unticked, date);
  else
    g_hash_table_add (self->unticked, g_strdup (date));
  update (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfSeriesDialog *self = FF_SERIES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  guint n;

  update (self);
  if (self->sessions == NULL || self->sessions->len == 0)
    return;

  n = self->sessions->len;
  if (!ff_course_add_series (self->store, self->course_id, self->sessions, &error))
    {
      set_message (self, NULL, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, n);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ff_series_dialog_dispose (GObject *object)
{
  FfSeriesDialog *self = FF_SERIES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_SERIES_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_series_dialog_parent_class)->dispose (object);
}

static void
ff_series_dialog_finalize (GObject *object)
{
  FfSeriesDialog *self = FF_SERIES_DIALOG (object);

  g_clear_pointer (&self->skip_rows, g_ptr_array_unref);
  g_clear_pointer (&self->skip_checks, g_hash_table_unref);
  g_clear_pointer (&self->unticked, g_hash_table_unref);
  g_clear_pointer (&self->sessions, g_array_unref);
  g_free (self->message);
  for (guint i = 0; i < G_N_ELEMENTS (self->hints); i++)
    g_free (self->hints[i]);

  G_OBJECT_CLASS (ff_series_dialog_parent_class)->finalize (object);
}

static void
ff_series_dialog_class_init (FfSeriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_series_dialog_dispose;
  object_class->finalize = ff_series_dialog_finalize;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-series-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfSeriesDialog, form);
  gtk_widget_class_bind_template_child (widget_class, FfSeriesDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, FfSeriesDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, FfSeriesDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, FfSeriesDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, FfSeriesDialog, weekday_box);
  gtk_widget_class_bind_template_child (widget_class, FfSeriesDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, FfSeriesDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FfSeriesDialog, skip_group);

  gtk_widget_class_install_action (widget_class, "series-dialog.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_series_dialog_init (FfSeriesDialog *self)
{
  GtkWidget *rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  ff_form_keys_attach (GTK_WINDOW (self), self->form);

  self->skip_rows = g_ptr_array_new ();
  self->skip_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unticked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  rows[0] = self->from_row;
  rows[1] = self->to_row;
  rows[2] = self->start_row;
  rows[3] = self->end_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      self->hints[i] = g_strdup (gtk_widget_get_tooltip_text (rows[i]));
      g_signal_connect_object (rows[i], "changed", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
    }

  for (guint i = 0; i < 7; i++)
    {
      self->weekdays[i] = gtk_check_button_new_with_label (_(weekday_names[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->weekdays[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(weekday_full_names[i]),
                                      -1);
      g_signal_connect_object (self->weekdays[i], "toggled", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->weekday_box, self->weekdays[i]);
    }

  update (self);
}

GtkWidget *
ff_series_dialog_new (GtkWindow *parent,
                      FfStore   *store,
                      gint64     course_id)
{
  FfSeriesDialog *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_SERIES_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->course_id = course_id;

  return GTK_WIDGET (self);
}

int
ff_series_dialog_get_count (FfSeriesDialog *self)
{
  g_return_val_if_fail (FF_IS_SERIES_DIALOG (self), -1);

  return self->sessions != NULL ? (int) self->sessions->len : -1;
}

const char *
ff_series_dialog_get_message (FfSeriesDialog *self)
{
  g_return_val_if_fail (FF_IS_SERIES_DIALOG (self), NULL);

  return self->message != NULL ? self->message : "";
}

GtkWidget *
ff_series_dialog_get_from_row (FfSeriesDialog *self)
{
  return self->from_row;
}

GtkWidget *
ff_series_dialog_get_to_row (FfSeriesDialog *self)
{
  return self->to_row;
}

GtkWidget *
ff_series_dialog_get_start_row (FfSeriesDialog *self)
{
  return self->start_row;
}

GtkWidget *
ff_series_dialog_get_end_row (FfSeriesDialog *self)
{
  return self->end_row;
}

GtkWidget *
ff_series_dialog_get_weekday (FfSeriesDialog *self,
                              GDateWeekday    weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);

  return self->weekdays[weekday - 1];
}

GtkWidget *
ff_series_dialog_get_skip (FfSeriesDialog *self,
                           const char     *date)
{
  return g_hash_table_lookup (self->skip_checks, date);
}
