/* test-job-overview.c — job seeking across participants: follow-ups due, who is under
 * their target, where applications stand, and the way from a follow-up to its participant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-job-log.h"
#include "ff-job-overview-page.h"
#include "ff-participant.h"
#include "ff-participant-page.h"
#include "ff-ui-test.h"
#include "ff-window.h"

/* The day @days from today, YYYY-MM-DD. */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

static gint64
add_participant (FfStore    *store,
                 const char *given,
                 const char *family)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_participant_create (store, given, family, &error);

  g_assert_no_error (error);
  return id;
}

/* An application dated @days_ago days ago, with a follow-up @follow_up days from
 * today (G_MININT: none). */
static gint64
add_application (FfStore    *store,
                 gint64      participant_id,
                 const char *employer,
                 int         days_ago,
                 int         follow_up)
{
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  g_autofree char *date = day_from_today (-days_ago);
  g_autofree char *follow_up_date = follow_up != G_MININT ? day_from_today (follow_up) : NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  values[FF_JOB_APPLICATION_DATE] = date;
  values[FF_JOB_APPLICATION_EMPLOYER] = employer;
  values[FF_JOB_APPLICATION_POSITION] = "Lagermedarbeider";
  values[FF_JOB_APPLICATION_FOLLOW_UP] = follow_up_date;
  id = ff_job_application_create (store, participant_id, values, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* Store: Olena has an overdue follow-up, and one of an application she did not get;
 * Ahmad has a target of 3 a week and made 1 application last week. */
typedef struct
{
  char     *tmpdir;
  FfStore  *store;
  gint64    olena;
  gint64    ahmad;
} Data;

static void
data_set_up (Data *data)
{
  const char *target[FF_JOB_TARGET_N_FIELDS] = { NULL };
  g_autofree char *from = day_from_today (-35);
  g_autoptr(GError) error = NULL;
  gint64 closed;

  data->store = ff_test_store_new (&data->tmpdir);
  data->olena = add_participant (data->store, "Olena", "Kovalenko");
  data->ahmad = add_participant (data->store, "Ahmad", "Ahmadi");

  add_application (data->store, data->olena, "Lien Distribusjon", 10, -3);
  closed = add_application (data->store, data->olena, "Coop Extra", 10, -2);
  g_assert_true (ff_job_application_set_status (data->store, closed, FF_JOB_STATUS_NOT_HIRED,
                                                NULL, &error));
  g_assert_no_error (error);

  target[FF_JOB_TARGET_FROM] = from;
  target[FF_JOB_TARGET_PER_WEEK] = "3";
  g_assert_cmpint (ff_record_insert (data->store, &ff_job_target_type, data->ahmad, target,
                                     &error), >, 0);
  g_assert_no_error (error);
  add_application (data->store, data->ahmad, "Tunet Handel AS", 7, G_MININT);
}

static GtkListBoxRow *
row_at (GtkWidget *list,
        int        index)
{
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);
}

/* Whether some label inside @widget says @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  g_autoptr(GPtrArray) labels = ff_ui_test_find_all (widget, GTK_TYPE_LABEL, NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_lists_what_is_due (void)
{
  Data data = { 0 };
  g_autofree char *ten_days_ago = NULL;
  g_autofree char *today = NULL;
  GtkWidget *window;
  FfJobOverviewPage *page;
  GtkListBoxRow *row;
  GtkWidget *statuses;
  const char *subtitle;

  data_set_up (&data);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  page = FF_JOB_OVERVIEW_PAGE (ff_job_overview_page_new (data.store));
  g_object_ref_sink (page);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (50);
  g_assert_cmpstr (ff_job_overview_page_get_shown (page), ==, "overview");

  /* The overdue follow-up, not that of the application that ended. */
  row = row_at (ff_job_overview_page_get_follow_ups_list (page), 0);
  g_assert_nonnull (row);
  g_assert_null (row_at (ff_job_overview_page_get_follow_ups_list (page), 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Olena Kovalenko");
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_nonnull (strstr (subtitle, "Lien Distribusjon — Lagermedarbeider"));
  g_assert_nonnull (strstr (subtitle, "Overdue since "));
  g_assert_null (strstr (subtitle, "Coop"));

  /* Ahmad made 1 of his 3 last week. */
  row = row_at (ff_job_overview_page_get_under_target_list (page), 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Ahmad Ahmadi");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "1 of 3 applications");
  g_assert_null (row_at (ff_job_overview_page_get_under_target_list (page), 1));

  /* This year's three applications by where they stand (unless the year began within
   * the last ten days). */
  statuses = ff_job_overview_page_get_statuses_list (page);
  row = row_at (statuses, FF_JOB_STATUS_NOT_HIRED);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   ff_choice_list_label (&ff_job_statuses, FF_JOB_STATUS_NOT_HIRED));
  ten_days_ago = day_from_today (-10);
  today = day_from_today (0);
  if (strncmp (ten_days_ago, today, 4) == 0)
    {
      g_assert_true (shows_label (GTK_WIDGET (row), "1"));
      g_assert_true (shows_label (GTK_WIDGET (row_at (statuses, FF_JOB_STATUS_SENT)), "2"));
      g_assert_true (shows_label (GTK_WIDGET (row_at (statuses, FF_JOB_STATUS_OFFERED)),
                                  "0"));
    }

  /* A change of status ends Olena's follow-up, and the page follows once idle. */
  {
    g_autoptr(GPtrArray) due = ff_job_log_follow_ups_due (data.store, NULL, 0, NULL, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_cmpuint (due->len, ==, 1);
    g_assert_true (ff_job_application_set_status (data.store,
                                                  ff_record_get_id (due->pdata[0]),
                                                  FF_JOB_STATUS_WITHDRAWN, NULL, &error));
    g_assert_no_error (error);
  }
  ff_ui_test_spin (100);
  g_assert_null (row_at (ff_job_overview_page_get_follow_ups_list (page), 0));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
  ff_test_store_close (data.store, data.tmpdir);
}

static void
test_empty (void)
{
  g_autofree char *tmpdir = NULL;
  FfStore *store = ff_test_store_new (&tmpdir);
  GtkWidget *window = gtk_window_new ();
  FfJobOverviewPage *page;

  add_participant (store, "Olena", "Kovalenko");
  page = FF_JOB_OVERVIEW_PAGE (ff_job_overview_page_new (store));
  g_object_ref_sink (page);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (50);
  g_assert_cmpstr (ff_job_overview_page_get_shown (page), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
  ff_test_store_close (store, g_steal_pointer (&tmpdir));
}

static GtkWidget *
find_named_row (GtkWidget  *root,
                const char *name)
{
  g_autoptr(GPtrArray) rows = ff_ui_test_find_all (root, GTK_TYPE_LIST_BOX_ROW, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      if (g_strcmp0 (gtk_widget_get_name (rows->pdata[i]), name) == 0)
        return rows->pdata[i];
    }

  return NULL;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_follow_up_opens_participant (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) participant_pages = NULL;
  Data data = { 0 };
  FfWindow *window;
  GtkWidget *section_row;
  GtkListBoxRow *row;
  FfParticipantPage *participant_page;

  data_set_up (&data);

  app = gtk_application_new ("io.github.fotfeste.Fotfeste.Test", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = FF_WINDOW (ff_window_new (app, data.store));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));

  /* The section is in the sidebar. */
  section_row = find_named_row (GTK_WIDGET (window), "job-overview");
  g_assert_nonnull (section_row);
  gtk_widget_activate (section_row);
  ff_ui_test_spin (50);

  pages = ff_ui_test_find_all (GTK_WIDGET (window), FF_TYPE_JOB_OVERVIEW_PAGE, NULL);
  g_assert_cmpuint (pages->len, ==, 1);
  g_assert_true (gtk_widget_get_mapped (pages->pdata[0]));

  row = row_at (ff_job_overview_page_get_follow_ups_list (pages->pdata[0]), 0);
  g_assert_nonnull (row);
  gtk_widget_activate (GTK_WIDGET (row));
  ff_ui_test_spin (50);

  /* Olena's page shows, in the participants section. */
  g_assert_false (gtk_widget_get_mapped (pages->pdata[0]));
  participant_pages = ff_ui_test_find_all (GTK_WIDGET (window), FF_TYPE_PARTICIPANT_PAGE, NULL);
  g_assert_cmpuint (participant_pages->len, ==, 1);
  participant_page = participant_pages->pdata[0];
  g_assert_true (ff_ui_test_wait_until (is_mapped, participant_page, 5));
  g_assert_cmpint (ff_participant_page_get_participant_id (participant_page), ==, data.olena);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  ff_test_store_close (data.store, data.tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/job-overview/lists-what-is-due", test_lists_what_is_due);
  g_test_add_func ("/ui/job-overview/empty", test_empty);
  g_test_add_func ("/ui/job-overview/follow-up-opens-participant",
                   test_follow_up_opens_participant);

  return g_test_run ();
}
