/* ff-job-overview-page.c — job seeking across participants: follow-ups due, who is under
 * their weekly target, where applications stand, applications per month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ff-format.h"
#include "ff-job-log.h"
#include "ff-job-overview-page.h"

/* A list shows this many rows at most, and says how many more there are. */
#define MAX_ROWS 100
#define N_MONTHS 6

struct _FfJobOverviewPage
{
  AdwBin                parent_instance;

  FfStore              *store;
  gboolean              sidebar_folded;
  gboolean              dirty;          /* changed since last read */
  char                 *read_on;        /* the day it was last read, YYYY-MM-DD */
  guint                 refresh_id;

  /* template children */
  GtkStack             *stack;
  AdwPreferencesGroup  *follow_ups_group;
  GtkListBox           *follow_ups_list;
  AdwPreferencesGroup  *under_target_group;
  GtkListBox           *under_target_list;
  AdwPreferencesGroup  *statuses_group;
  GtkListBox           *statuses_list;
  AdwPreferencesGroup  *months_group;
  GtkListBox           *months_list;
};

G_DEFINE_FINAL_TYPE (FfJobOverviewPage, ff_job_overview_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_SIDEBAR_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARTICIPANT_KEY "ff-participant-id"

static char *
format_iso (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%d");
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  gtk_list_box_set_placeholder (list,
                                g_object_new (GTK_TYPE_LABEL,
                                              "label", text,
                                              "wrap", TRUE,
                                              "margin-top", 12,
                                              "margin-bottom", 12,
                                              "margin-start", 12,
                                              "margin-end", 12,
                                              "css-classes", (const char *[]) { "dim-label",
                                                                                NULL },
                                              NULL));
}

/* "Showing the first 100 of 2 345." after a group's own description, when cut. */
static void
set_description (AdwPreferencesGroup *group,
                 const char          *description,
                 guint                n_rows)
{
  g_autofree char *cut = NULL;
  g_autofree char *text = NULL;

  if (n_rows > MAX_ROWS)
    /* Translators: under a list that shows only its first rows: how many it shows, and
     * how many there are */
    cut = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing the first %u of %u.",
                                        "Showing the first %u of %u.", n_rows),
                           MAX_ROWS, n_rows);

  if (cut != NULL && description != NULL)
    text = g_strconcat (description, " ", cut, NULL);
  else
    text = g_strdup (cut != NULL ? cut : description);

  adw_preferences_group_set_description (group, text);
}

/* A row that opens participant @participant_id when activated. */
static GtkWidget *
participant_row_new (const char *title,
                     const char *subtitle,
                     gint64      participant_id,
                     const char *icon_name)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "title", title,
                                 "subtitle", subtitle,
                                 "use-markup", FALSE,
                                 "activatable", TRUE,
                                 NULL);

  if (icon_name != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               g_object_new (GTK_TYPE_IMAGE,
                                             "icon-name", icon_name,
                                             "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                             NULL));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "go-next-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));
  g_object_set_data (G_OBJECT (row), PARTICIPANT_KEY,
                     GSIZE_TO_POINTER ((gsize) participant_id));

  return row;
}

/* The open applications whose follow-up is overdue or comes this week. */
static guint
show_follow_ups (FfJobOverviewPage *self,
                 const char        *today)
{
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;

  clear_list (self->follow_ups_list);

  applications = ff_job_log_follow_ups_due (self->store, today, MAX_ROWS, &total, &error);
  if (applications == NULL)
    {
      g_warning ("Could not read the follow-ups due: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < MIN (applications->len, MAX_ROWS); i++)
    {
      FfRecord *application = g_ptr_array_index (applications, i);
      const char *follow_up = ff_record_get (application, FF_JOB_APPLICATION_FOLLOW_UP);
      const char *employer = ff_record_get (application, FF_JOB_APPLICATION_EMPLOYER);
      const char *position = ff_record_get (application, FF_JOB_APPLICATION_POSITION);
      gint64 participant_id = g_ascii_strtoll (ff_record_get_extra (application,
                                                                    FF_JOB_APPLICATION_PARTICIPANT_ID),
                                               NULL, 10);
      gboolean overdue = strcmp (follow_up, today) < 0;
      g_autofree char *date = ff_format_date_in_words (follow_up, NULL);
      g_autofree char *when = NULL;
      g_autofree char *what = NULL;
      g_autofree char *subtitle = NULL;

      if (overdue)
        /* Translators: a follow-up of a job application that should have been done,
         * with the day it was due, "Overdue since 3 Nov 2025" */
        when = g_strdup_printf (_("Overdue since %s"), date);
      else if (strcmp (follow_up, today) == 0)
        when = g_strdup (_("Due today"));
      else
        /* Translators: a follow-up of a job application, with the day it is due,
         * "Due 14 Nov 2025" */
        when = g_strdup_printf (_("Due %s"), date);

      if (*employer != '\0' && *position != '\0')
        /* Translators: an application's employer and position, "Rema 1000 — Shop
         * assistant" */
        what = g_strdup_printf (C_("application", "%s — %s"), employer, position);
      else
        what = g_strdup (*employer != '\0' ? employer : position);

      if (*what != '\0')
        /* Translators: what a follow-up is about, and when it is due, "Rema 1000 — Shop
         * assistant · Due 14 Nov 2025" */
        subtitle = g_strdup_printf (C_("follow-up", "%s · %s"), what, when);
      else
        subtitle = g_steal_pointer (&when);

      gtk_list_box_append (self->follow_ups_list,
                           participant_row_new (ff_record_get_extra (application,
                                                                     FF_JOB_APPLICATION_PARTICIPANT_NAME),
                                                subtitle, participant_id,
                                                overdue ? "dialog-warning-symbolic" : NULL));
    }

  set_description (self->follow_ups_group,
                   _("Open applications to follow up: overdue ones, and those due by Sunday"),
                   total);

  return total;
}

/* Participants who made fewer applications last week than their target asked. */
static guint
show_under_target (FfJobOverviewPage *self,
                   GDateTime         *now)
{
  g_autoptr(GDateTime) last_week = g_date_time_add_weeks (now, -1);
  g_autofree char *date = format_iso (last_week);
  g_autofree char *description = NULL;
  g_autoptr(GPtrArray) shortfalls = NULL;
  g_autoptr(GError) error = NULL;
  FfJobWeek week;

  clear_list (self->under_target_list);

  shortfalls = ff_job_log_under_target (self->store, date, &error);
  if (shortfalls == NULL)
    {
      g_warning ("Could not read who is under their weekly target: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < MIN (shortfalls->len, MAX_ROWS); i++)
    {
      FfJobShortfall *shortfall = g_ptr_array_index (shortfalls, i);
      /* Translators: applications made in a week against the weekly target, "1 of 3
       * applications"; the plural follows the target */
      g_autofree char *progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u of %u application",
                                                                "%u of %u applications",
                                                                shortfall->target),
                                                   shortfall->count, shortfall->target);

      gtk_list_box_append (self->under_target_list,
                           participant_row_new (shortfall->name, progress,
                                                shortfall->participant_id, NULL));
    }

  if (ff_job_week_of (date, &week))
    /* Translators: the week an overview of weekly targets is about, with its ISO week
     * number, "Last week (week 45)" */
    description = g_strdup_printf (_("Last week (week %d)"), week.iso_week);
  set_description (self->under_target_group, description, shortfalls->len);

  return shortfalls->len;
}

/* How this year's applications stand now, by status. */
static guint
show_statuses (FfJobOverviewPage *self,
               GDateTime         *now)
{
  int year = g_date_time_get_year (now);
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year);
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[FF_JOB_N_STATUSES];
  guint total = 0;

  clear_list (self->statuses_list);

  if (!ff_job_log_count_statuses (self->store, from, to, counts, &error))
    {
      g_warning ("Could not count the applications by status: %s", error->message);
      return 0;
    }

  for (guint status = 0; status < FF_JOB_N_STATUSES; status++)
    {
      g_autofree char *count = g_strdup_printf ("%u", counts[status]);
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", ff_choice_list_label (&ff_job_statuses, status),
                                     "use-markup", FALSE,
                                     NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 g_object_new (GTK_TYPE_LABEL,
                                               "label", count,
                                               "css-classes", (const char *[]) { "numeric",
                                                                                 NULL },
                                               NULL));
      gtk_list_box_append (self->statuses_list, row);
      total += counts[status];
    }

  /* Translators: what the counts of applications by status are of, "Applications
   * dated in 2025, by where they stand now" */
  description = g_strdup_printf (_("Applications dated in %d, by where they stand now"), year);
  adw_preferences_group_set_description (self->statuses_group, description);

  return total;
}

/* A row of the months' table: a name and a number under each month. */
static GtkWidget *
month_row_new (const char        *name,
               const char * const texts[N_MONTHS],
               gboolean           heading)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "spacing", 6,
                                 "margin-top", heading ? 6 : 10,
                                 "margin-bottom", heading ? 6 : 10,
                                 "margin-start", 12,
                                 "margin-end", 12,
                                 NULL);

  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_LABEL,
                                               "label", name,
                                               "xalign", 0.0f,
                                               "hexpand", TRUE,
                                               "wrap", TRUE,
                                               "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                               "css-classes", heading
                                                 ? (const char *[]) { "caption-heading",
                                                                      "dim-label", NULL }
                                                 : NULL,
                                               NULL));
  for (guint i = 0; i < N_MONTHS; i++)
    gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_LABEL,
                                                 "label", texts[i],
                                                 "xalign", 1.0f,
                                                 "width-chars", 3,
                                                 "css-classes", heading
                                                   ? (const char *[]) { "caption-heading",
                                                                        "dim-label", NULL }
                                                   : (const char *[]) { "numeric", NULL },
                                                 NULL));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !heading);

  return row;
}

/* Applications per participant in each of the last months, this one the last. */
static guint
show_months (FfJobOverviewPage *self,
             GDateTime         *now)
{
  g_autoptr(GDateTime) first = g_date_time_add_months (now, 1 - N_MONTHS);
  g_autofree char *first_month = g_date_time_format (first, "%Y-%m");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) heads = g_new0 (char *, N_MONTHS + 1);
  g_autofree char *names = NULL;
  GtkWidget *heading;
  guint total = 0;

  clear_list (self->months_list);

  rows = ff_job_log_per_month (self->store, first_month, N_MONTHS, MAX_ROWS, &total, &error);
  if (rows == NULL)
    {
      g_warning ("Could not count the applications per month: %s", error->message);
      return 0;
    }
  if (rows->len == 0)
    {
      set_description (self->months_group, NULL, 0);
      return 0;
    }

  for (guint i = 0; i < N_MONTHS; i++)
    heads[i] = ff_format_month ((g_date_time_get_month (first) + i - 1) % 12 + 1, NULL);

  heading = month_row_new (_("Participant"), (const char * const *) heads, TRUE);
  /* Translators: read out before the month names that head the columns of the table
   * of applications per month */
  names = g_strjoinv (C_("months", ", "), heads);
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, names,
                                  -1);
  gtk_list_box_append (self->months_list, heading);

  for (guint i = 0; i < MIN (rows->len, MAX_ROWS); i++)
    {
      FfJobMonthRow *month_row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func (g_free);
      char *texts[N_MONTHS];
      g_autofree char *label = NULL;
      g_autofree char *counts = NULL;
      GtkWidget *row;

      for (guint m = 0; m < N_MONTHS; m++)
        {
          texts[m] = g_strdup_printf ("%u", month_row->counts[m]);
          /* Translators: a month's applications, read out: the month's name and the
           * count, "Oct: 3" */
          g_ptr_array_add (said, g_strdup_printf (C_("month count", "%s: %s"), heads[m],
                                                  texts[m]));
        }
      g_ptr_array_add (said, NULL);

      row = month_row_new (month_row->name, (const char * const *) texts, FALSE);
      g_object_set_data (G_OBJECT (row), PARTICIPANT_KEY,
                         GSIZE_TO_POINTER ((gsize) month_row->participant_id));

      counts = g_strjoinv (C_("months", ", "), (char **) said->pdata);
      /* Translators: a participant's applications per month, read out: their name and
       * the counts, "Olena Kovalenko: Sep: 2, Oct: 3" */
      label = g_strdup_printf (C_("month counts", "%s: %s"), month_row->name, counts);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_list_box_append (self->months_list, row);

      for (guint m = 0; m < N_MONTHS; m++)
        g_free (texts[m]);
    }

  set_description (self->months_group, _("The last six months, by participant"), total);

  return total;
}

static gboolean
refresh_cb (gpointer user_data)
{
  FfJobOverviewPage *self = user_data;

  self->refresh_id = 0;
  ff_job_overview_page_refresh (self);

  return G_SOURCE_REMOVE;
}

/* Read again once the main loop is idle, so that a burst of changes is read once; or,
 * while the page is not shown, when it is next. */
static void
store_changed_cb (FfJobOverviewPage *self,
                  FfRecordKind       kind,
                  gint64             id,
                  FfStore           *store)
{
  if (kind != FF_RECORD_PARTICIPANT && kind != FF_RECORD_EMPLOYER)
    return;

  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_cb, self, NULL);
}

static void
row_activated_cb (FfJobOverviewPage *self,
                  GtkListBoxRow     *row,
                  GtkListBox        *list)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), PARTICIPANT_KEY));

  if (id != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-participant", "x", id);
}

static void
ff_job_overview_page_map (GtkWidget *widget)
{
  FfJobOverviewPage *self = FF_JOB_OVERVIEW_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = format_iso (now);

  GTK_WIDGET_CLASS (ff_job_overview_page_parent_class)->map (widget);

  /* "This week" and "overdue" move on with the days, too. */
  if (self->dirty || g_strcmp0 (self->read_on, today) != 0)
    ff_job_overview_page_refresh (self);
}

static void
ff_job_overview_page_dispose (GObject *object)
{
  FfJobOverviewPage *self = FF_JOB_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_JOB_OVERVIEW_PAGE);

  G_OBJECT_CLASS (ff_job_overview_page_parent_class)->dispose (object);
}

static void
ff_job_overview_page_finalize (GObject *object)
{
  FfJobOverviewPage *self = FF_JOB_OVERVIEW_PAGE (object);

  g_free (self->read_on);

  G_OBJECT_CLASS (ff_job_overview_page_parent_class)->finalize (object);
}

static void
ff_job_overview_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FfJobOverviewPage *self = FF_JOB_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_FOLDED:
      g_value_set_boolean (value, self->sidebar_folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_job_overview_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FfJobOverviewPage *self = FF_JOB_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_FOLDED:
      if (self->sidebar_folded != g_value_get_boolean (value))
        {
          self->sidebar_folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_job_overview_page_class_init (FfJobOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_job_overview_page_dispose;
  object_class->finalize = ff_job_overview_page_finalize;
  object_class->get_property = ff_job_overview_page_get_property;
  object_class->set_property = ff_job_overview_page_set_property;

  widget_class->map = ff_job_overview_page_map;

  properties[PROP_SIDEBAR_FOLDED] =
    g_param_spec_boolean ("sidebar-folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-job-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfJobOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FfJobOverviewPage, follow_ups_group);
  gtk_widget_class_bind_template_child (widget_class, FfJobOverviewPage, follow_ups_list);
  gtk_widget_class_bind_template_child (widget_class, FfJobOverviewPage, under_target_group);
  gtk_widget_class_bind_template_child (widget_class, FfJobOverviewPage, under_target_list);
  gtk_widget_class_bind_template_child (widget_class, FfJobOverviewPage, statuses_group);
  gtk_widget_class_bind_template_child (widget_class, FfJobOverviewPage, statuses_list);
  gtk_widget_class_bind_template_child (widget_class, FfJobOverviewPage, months_group);
  gtk_widget_class_bind_template_child (widget_class, FfJobOverviewPage, months_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
ff_job_overview_page_init (FfJobOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->dirty = TRUE;
  set_placeholder (self->follow_ups_list, _("No follow-ups due this week."));
  set_placeholder (self->under_target_list, _("Everyone with a target reached it last week."));
  set_placeholder (self->months_list, _("No applications in the last six months."));
}

GtkWidget *
ff_job_overview_page_new (FfStore *store)
{
  FfJobOverviewPage *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_JOB_OVERVIEW_PAGE, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

void
ff_job_overview_page_refresh (FfJobOverviewPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = format_iso (now);
  guint shown = 0;

  g_return_if_fail (FF_IS_JOB_OVERVIEW_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->dirty = FALSE;
  g_free (self->read_on);
  self->read_on = g_strdup (today);

  shown += show_follow_ups (self, today);
  shown += show_under_target (self, now);
  shown += show_statuses (self, now);
  shown += show_months (self, now);

  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "overview" : "empty");
}

GtkWidget *
ff_job_overview_page_get_follow_ups_list (FfJobOverviewPage *self)
{
  g_return_val_if_fail (FF_IS_JOB_OVERVIEW_PAGE (self), NULL);

  return GTK_WIDGET (self->follow_ups_list);
}

GtkWidget *
ff_job_overview_page_get_under_target_list (FfJobOverviewPage *self)
{
  g_return_val_if_fail (FF_IS_JOB_OVERVIEW_PAGE (self), NULL);

  return GTK_WIDGET (self->under_target_list);
}

GtkWidget *
ff_job_overview_page_get_statuses_list (FfJobOverviewPage *self)
{
  g_return_val_if_fail (FF_IS_JOB_OVERVIEW_PAGE (self), NULL);

  return GTK_WIDGET (self->statuses_list);
}

GtkWidget *
ff_job_overview_page_get_months_list (FfJobOverviewPage *self)
{
  g_return_val_if_fail (FF_IS_JOB_OVERVIEW_PAGE (self), NULL);

  return GTK_WIDGET (self->months_list);
}

const char *
ff_job_overview_page_get_shown (FfJobOverviewPage *self)
{
  g_return_val_if_fail (FF_IS_JOB_OVERVIEW_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
