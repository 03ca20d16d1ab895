/* test-job-target-group.c — a participant's weekly target of applications, and their
 * progress this week and in past weeks, on the participant's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-format.h"
#include "ff-job-log.h"
#include "ff-job-target-dialog.h"
#include "ff-job-target-group.h"
#include "ff-job-target-row.h"
#include "ff-participant.h"
#include "ff-participant-page.h"
#include "ff-ui-test.h"
#include "ff-week-bars.h"

typedef struct
{
  char               *tmpdir;
  FfStore            *store;
  gint64              participant_id;
  GtkWidget          *window;
  FfParticipantPage  *page;
  FfJobTargetGroup   *group;
  GtkWidget          *dialog;   /* weak: a dialog closes itself */
} Fixture;

/* The day @days from today, YYYY-MM-DD. */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

static FfJobWeek
week_from_today (int weeks)
{
  g_autofree char *day = day_from_today (7 * weeks);
  FfJobWeek week;

  g_assert_true (ff_job_week_of (day, &week));
  return week;
}

static void
add_application (Fixture *fixture,
                 int      days_from_today)
{
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  g_autofree char *date = day_from_today (days_from_today);
  g_autoptr(GError) error = NULL;

  values[FF_JOB_APPLICATION_DATE] = date;
  values[FF_JOB_APPLICATION_EMPLOYER] = "Rema 1000";
  values[FF_JOB_APPLICATION_POSITION] = "Butikkmedarbeider";
  g_assert_cmpint (ff_job_application_create (fixture->store, fixture->participant_id, values,
                                              &error), >, 0);
  g_assert_no_error (error);
}

static gint64
add_target (Fixture    *fixture,
            const char *from,
            const char *per_week)
{
  const char *values[FF_JOB_TARGET_N_FIELDS] = { NULL };
  g_autoptr(GError) error = NULL;
  gint64 id;

  values[FF_JOB_TARGET_FROM] = from;
  values[FF_JOB_TARGET_PER_WEEK] = per_week;
  id = ff_record_insert (fixture->store, &ff_job_target_type, fixture->participant_id, values,
                         &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static GPtrArray *
stored_targets (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *targets = ff_record_load_owned (fixture->store, &ff_job_target_type,
                                             fixture->participant_id, &error);

  g_assert_no_error (error);
  return targets;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->participant_id = ff_participant_create (fixture->store, "Olena", "Kovalenko",
                                                   &error);
  g_assert_no_error (error);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  fixture->page = FF_PARTICIPANT_PAGE (ff_participant_page_new (fixture->store));
  g_object_ref_sink (fixture->page);
  /* The toasts of the page (Undo) show over it. */
  gtk_window_set_child (GTK_WINDOW (fixture->window),
                        g_object_new (ADW_TYPE_TOAST_OVERLAY, "child", fixture->page, NULL));
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
  ff_participant_page_set_view (fixture->page, "work");
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (50);

  groups = ff_ui_test_find_all (GTK_WIDGET (fixture->page), FF_TYPE_JOB_TARGET_GROUP, NULL);
  g_assert_cmpuint (groups->len, ==, 1);
  fixture->group = groups->pdata[0];
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->page);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

static const char *
this_week (Fixture *fixture)
{
  GtkWidget *row = ff_job_target_group_get_this_week_row (fixture->group);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static FfJobTargetRow *
target_row (Fixture *fixture,
            int      index)
{
  GtkListBox *list = GTK_LIST_BOX (ff_job_target_group_get_targets_list (fixture->group));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  return row != NULL ? FF_JOB_TARGET_ROW (row) : NULL;
}

static void
test_counts_this_week_and_past_weeks (Fixture       *fixture,
                                      gconstpointer  data)
{
  FfWeekBars *bars = FF_WEEK_BARS (ff_job_target_group_get_week_bars (fixture->group));
  FfJobWeek four_weeks_ago = week_from_today (-4);
  FfJobWeek two_weeks_ago = week_from_today (-2);
  FfJobWeek now = week_from_today (0);
  g_autofree char *from = g_strdup (four_weeks_ago.monday);
  g_autofree char *past = NULL;
  g_autofree char *current = NULL;
  g_autofree char *description = NULL;

  /* Nothing yet, and no target: a count with nothing to reach. */
  g_assert_cmpstr (this_week (fixture), ==, "0 applications");

  add_application (fixture, 0);
  add_application (fixture, 0);
  g_assert_cmpstr (this_week (fixture), ==, "2 applications");

  /* With a target, the count is against it, and the store's news shows at once. */
  add_target (fixture, from, "3");
  g_assert_cmpstr (this_week (fixture), ==, "2 of 3 applications");
  add_application (fixture, -14);
  add_application (fixture, 0);
  g_assert_cmpstr (this_week (fixture), ==, "3 of 3 applications");

  /* Eight weeks of bars, this one last; each week read out in words. */
  g_assert_cmpuint (ff_week_bars_get_n_weeks (bars), ==, 8);
  past = ff_week_bars_describe_week (bars, 5);
  current = ff_week_bars_describe_week (bars, 7);
  description = g_strdup_printf ("Week %d: 1 of 3", two_weeks_ago.iso_week);
  g_assert_cmpstr (past, ==, description);
  g_clear_pointer (&description, g_free);
  description = g_strdup_printf ("Week %d: 3 of 3", now.iso_week);
  g_assert_cmpstr (current, ==, description);
  g_clear_pointer (&description, g_free);

  /* The screen reader hears every week, the weeks before the target without one. */
  description = g_strdup_printf ("Week %d: 0, Week %d: 0, Week %d: 0, Week %d: 0 of 3, "
                                 "Week %d: 0 of 3, Week %d: 1 of 3, Week %d: 0 of 3, "
                                 "Week %d: 3 of 3",
                                 week_from_today (-7).iso_week, week_from_today (-6).iso_week,
                                 week_from_today (-5).iso_week, four_weeks_ago.iso_week,
                                 week_from_today (-3).iso_week, two_weeks_ago.iso_week,
                                 week_from_today (-1).iso_week, now.iso_week);
  gtk_test_accessible_assert_property (bars, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  /* The target shows as a row of its own. */
  g_assert_cmpstr (ff_summary_row_get_title (FF_SUMMARY_ROW (target_row (fixture, 0))),
                   ==, "3 applications a week");
  g_assert_null (target_row (fixture, 1));
}

static gboolean
dialog_has_focus (gpointer data)
{
  Fixture *fixture = data;

  return gtk_window_is_active (GTK_WINDOW (fixture->dialog)) &&
         gtk_root_get_focus (GTK_ROOT (fixture->dialog)) != NULL;
}

static gboolean
dialog_closed (gpointer data)
{
  Fixture *fixture = data;

  return fixture->dialog == NULL;
}

static GtkWidget *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (FF_IS_JOB_TARGET_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }

  return NULL;
}

static GtkWidget *
dialog_field (Fixture *fixture,
              guint    field)
{
  return ff_job_target_dialog_get_field (FF_JOB_TARGET_DIALOG (fixture->dialog), field);
}

/* Selects what @field holds and types @text over it. */
static void
retype (Fixture    *fixture,
        guint       field,
        const char *text)
{
  gtk_widget_grab_focus (dialog_field (fixture, field));
  ff_ui_test_spin (50);
  gtk_editable_select_region (GTK_EDITABLE (dialog_field (fixture, field)), 0, -1);
  ff_ui_test_press_keys (GDK_KEY_Delete, 0);
  ff_ui_test_type (text);
}

static void
test_refuses_bad_targets (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char * const refused[] = { "0", "500", "abc" };
  g_autoptr(GPtrArray) targets = NULL;
  g_autofree char *monday = ff_format_date (week_from_today (0).monday, NULL);
  FfRecord *target;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->group), "job-target.add",
                                             NULL));
  fixture->dialog = find_dialog ();
  g_assert_nonnull (fixture->dialog);
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), (gpointer *) &fixture->dialog);
  g_assert_true (ff_ui_test_wait_until (dialog_has_focus, fixture, 5));

  /* It opens on the number per week, from the Monday of this week. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->dialog)),
                                         dialog_field (fixture, FF_JOB_TARGET_PER_WEEK)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_field (fixture,
                                                                      FF_JOB_TARGET_FROM))),
                   ==, monday);

  /* Not a small positive number: marked, and Return writes nothing. */
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      retype (fixture, FF_JOB_TARGET_PER_WEEK, refused[i]);
      g_assert_nonnull (ff_ui_test_refusal (dialog_field (fixture, FF_JOB_TARGET_PER_WEEK)));
      gtk_widget_activate_action (fixture->dialog, "job-target-dialog.add", NULL);
      g_assert_nonnull (fixture->dialog);
      targets = stored_targets (fixture);
      g_assert_cmpuint (targets->len, ==, 0);
      g_clear_pointer (&targets, g_ptr_array_unref);
    }

  retype (fixture, FF_JOB_TARGET_PER_WEEK, "3");
  g_assert_null (ff_ui_test_refusal (dialog_field (fixture, FF_JOB_TARGET_PER_WEEK)));

  /* An end before the start is marked on the end. */
  retype (fixture, FF_JOB_TARGET_UNTIL, "01.01.2020");
  g_assert_nonnull (strstr (ff_ui_test_refusal (dialog_field (fixture, FF_JOB_TARGET_UNTIL)),
                            "end before it begins"));
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_nonnull (fixture->dialog);
  targets = stored_targets (fixture);
  g_assert_cmpuint (targets->len, ==, 0);
  g_clear_pointer (&targets, g_ptr_array_unref);

  /* Without it, Return in the last field adds the target, and the dialog closes. */
  retype (fixture, FF_JOB_TARGET_UNTIL, "");
  g_assert_null (ff_ui_test_refusal (dialog_field (fixture, FF_JOB_TARGET_UNTIL)));
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));

  targets = stored_targets (fixture);
  g_assert_cmpuint (targets->len, ==, 1);
  target = targets->pdata[0];
  g_assert_cmpstr (ff_record_get (target, FF_JOB_TARGET_PER_WEEK), ==, "3");
  g_assert_cmpstr (ff_record_get (target, FF_JOB_TARGET_FROM), ==, week_from_today (0).monday);
  g_assert_cmpstr (ff_record_get (target, FF_JOB_TARGET_UNTIL), ==, "");
  g_assert_cmpstr (this_week (fixture), ==, "0 of 3 applications");
}

typedef struct
{
  Fixture    *fixture;
  const char *per_week;
} StoredTarget;

static gboolean
target_is_stored (gpointer data)
{
  StoredTarget *expected = data;
  g_autoptr(GPtrArray) targets = stored_targets (expected->fixture);

  return targets->len == 1 &&
         g_strcmp0 (ff_record_get (targets->pdata[0], FF_JOB_TARGET_PER_WEEK),
                    expected->per_week) == 0;
}

/* The button inside @root whose label is @label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = ff_ui_test_find_all (root, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
        return buttons->pdata[i];
    }

  return NULL;
}

static void
test_target_rows_save_in_place (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *undo;
  StoredTarget five = { fixture, "5" };
  FfJobTargetRow *row;
  GtkWidget *per_week;
  g_autoptr(GPtrArray) targets = NULL;
  gint64 id;

  id = add_target (fixture, week_from_today (-1).monday, "3");
  row = target_row (fixture, 0);
  g_assert_nonnull (row);
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);
  per_week = ff_job_target_row_get_field (row, FF_JOB_TARGET_PER_WEEK);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (per_week)), ==, "3");

  /* A refused number is marked, and the stored one stays. */
  gtk_widget_grab_focus (per_week);
  ff_ui_test_spin (50);
  gtk_editable_select_region (GTK_EDITABLE (per_week), 0, -1);
  ff_ui_test_press_keys (GDK_KEY_Delete, 0);
  ff_ui_test_type ("0");
  ff_job_target_group_flush (fixture->group);
  g_assert_nonnull (ff_ui_test_refusal (per_week));
  targets = stored_targets (fixture);
  g_assert_cmpstr (ff_record_get (targets->pdata[0], FF_JOB_TARGET_PER_WEEK), ==, "3");

  /* A good one is written, and the page that reads the participant again keeps the
   * row, with the focus in it. */
  gtk_editable_select_region (GTK_EDITABLE (per_week), 0, -1);
  ff_ui_test_press_keys (GDK_KEY_Delete, 0);
  ff_ui_test_type ("5");
  g_assert_true (ff_ui_test_wait_until (target_is_stored, &five, 5));
  ff_ui_test_spin (50);
  g_assert_true (target_row (fixture, 0) == row);
  g_assert_true (gtk_widget_has_focus (per_week) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         per_week));
  g_assert_null (ff_ui_test_refusal (per_week));
  g_assert_cmpstr (ff_summary_row_get_title (FF_SUMMARY_ROW (row)), ==,
                   "5 applications a week");
  g_assert_cmpstr (this_week (fixture), ==, "0 of 5 applications");

  /* Removed, it goes from the page; Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "job-target.remove", "x", id));
  g_clear_pointer (&targets, g_ptr_array_unref);
  targets = stored_targets (fixture);
  g_assert_cmpuint (targets->len, ==, 0);
  g_assert_null (target_row (fixture, 0));
  g_assert_cmpstr (this_week (fixture), ==, "0 applications");

  ff_ui_test_spin (100);
  undo = find_button (fixture->window, "_Undo");
  g_assert_nonnull (undo);
  gtk_widget_activate (undo);
  ff_ui_test_spin (400);
  g_clear_pointer (&targets, g_ptr_array_unref);
  targets = stored_targets (fixture);
  g_assert_cmpuint (targets->len, ==, 1);
  g_assert_cmpstr (ff_record_get (targets->pdata[0], FF_JOB_TARGET_PER_WEEK), ==, "5");
  g_assert_nonnull (target_row (fixture, 0));
  g_assert_cmpstr (this_week (fixture), ==, "0 of 5 applications");
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/job-target-group/counts-this-week-and-past-weeks", Fixture, NULL,
              fixture_set_up, test_counts_this_week_and_past_weeks, fixture_tear_down);
  g_test_add ("/ui/job-target-group/refuses-bad-targets", Fixture, NULL,
              fixture_set_up, test_refuses_bad_targets, fixture_tear_down);
  g_test_add ("/ui/job-target-group/target-rows-save-in-place", Fixture, NULL,
              fixture_set_up, test_target_rows_save_in_place, fixture_tear_down);

  return g_test_run ();
}
