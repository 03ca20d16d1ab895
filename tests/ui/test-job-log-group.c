/* test-job-log-group.c — the job-seeker log on a participant's page: added by keyboard,
 * employers chosen from or added to the register, refused values marked and not stored,
 * and rows kept while someone types in them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-employer.h"
#include "ff-employer-suggestions.h"
#include "ff-field-error.h"
#include "ff-job-log.h"
#include "ff-job-log-group-private.h"
#include "ff-job-status-dialog.h"
#include "ff-participant-page.h"
#include "ff-ui-test.h"

typedef struct
{
  char               *tmpdir;
  FfStore            *store;
  gint64              participant_id;
  GtkWidget          *window;
  FfParticipantPage  *page;
  FfJobLogGroup      *group;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) groups = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->participant_id = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  fixture->page = FF_PARTICIPANT_PAGE (ff_participant_page_new (fixture->store));
  g_object_ref_sink (fixture->page);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
  ff_participant_page_set_view (fixture->page, "work");
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (50);

  groups = ff_ui_test_find_all (GTK_WIDGET (fixture->page), FF_TYPE_JOB_LOG_GROUP, NULL);
  g_assert_cmpuint (groups->len, ==, 1);
  fixture->group = groups->pdata[0];
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->page);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

/* A date @days from today, stored ("2026-03-14") or as typed ("14.03.2026"). */
static char *
date_from_today (int         days,
                 const char *format)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, format);
}

static GPtrArray *
applications (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list;

  list = ff_job_application_list (fixture->store, fixture->participant_id, NULL, NULL, &error);
  g_assert_no_error (error);

  return list;
}

typedef struct
{
  Fixture  *fixture;
  guint     n;
} Count;

static gboolean
has_n_applications (gpointer data)
{
  Count *count = data;
  g_autoptr(GPtrArray) list = applications (count->fixture);

  return list->len == count->n;
}

static void
wait_for_applications (Fixture *fixture,
                       guint    n)
{
  Count count = { fixture, n };

  g_assert_true (ff_ui_test_wait_until (has_n_applications, &count, 5));
}

static gboolean
has_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
focus_is_in (gpointer data)
{
  return has_focus (data);
}

static const char *
text (GtkWidget *field)
{
  return gtk_editable_get_text (GTK_EDITABLE (field));
}

static GtkWidget *
employer_entry (Fixture *fixture)
{
  return ff_job_log_group_get_employer_entry (fixture->group);
}

/* Puts the focus on @field, empty, as a person clicking into it and clearing it. */
static void
focus_empty (GtkWidget *field)
{
  gtk_widget_grab_focus (field);
  g_assert_true (ff_ui_test_wait_until (focus_is_in, field, 5));
  gtk_editable_set_text (GTK_EDITABLE (field), "");
  /* scrolled into sight */
  ff_ui_test_spin (200);
}

static gint64
add_employer (Fixture    *fixture,
              const char *name,
              const char *place)
{
  const char *values[FF_EMPLOYER_N_FIELDS] = { NULL };
  g_autoptr(GError) error = NULL;
  gint64 id;

  values[FF_EMPLOYER_NAME] = name;
  values[FF_EMPLOYER_PLACE] = place;
  id = ff_record_insert (fixture->store, &ff_employer_type, 0, values, &error);
  g_assert_no_error (error);

  return id;
}

static gint64
add_application (Fixture    *fixture,
                 const char *date,
                 const char *employer)
{
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  g_autoptr(GError) error = NULL;
  gint64 id;

  values[FF_JOB_APPLICATION_DATE] = date;
  values[FF_JOB_APPLICATION_EMPLOYER] = employer;
  values[FF_JOB_APPLICATION_POSITION] = "Shop assistant";
  id = ff_job_application_create (fixture->store, fixture->participant_id, values, &error);
  g_assert_no_error (error);

  return id;
}

static gboolean
is_marked (gpointer data)
{
  return ff_field_error_get_for (data) != NULL;
}

static gboolean
suggestions_shown (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_quick_add_by_keyboard (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *deadline = date_from_today (14, "%d.%m.%Y");
  g_autofree char *stored_deadline = date_from_today (14, "%Y-%m-%d");
  g_autofree char *today = date_from_today (0, "%Y-%m-%d");
  FfRecord *application;
  FfJobApplicationRow *row;

  focus_empty (employer_entry (fixture));

  /* Employer, Tab, position, Tab, deadline, Return. */
  ff_ui_test_type ("Rema 1000");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_job_log_group_get_position_entry (fixture->group)));
  ff_ui_test_type ("Shop assistant");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_job_log_group_get_deadline_entry (fixture->group)));
  ff_ui_test_type (deadline);
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  wait_for_applications (fixture, 1);

  list = applications (fixture);
  application = list->pdata[0];
  g_assert_cmpstr (ff_record_get (application, FF_JOB_APPLICATION_EMPLOYER), ==, "Rema 1000");
  g_assert_cmpstr (ff_record_get (application, FF_JOB_APPLICATION_EMPLOYER_ID), ==, "");
  g_assert_cmpstr (ff_record_get (application, FF_JOB_APPLICATION_POSITION), ==,
                   "Shop assistant");
  g_assert_cmpstr (ff_record_get (application, FF_JOB_APPLICATION_DEADLINE), ==,
                   stored_deadline);
  g_assert_cmpstr (ff_record_get (application, FF_JOB_APPLICATION_DATE), ==, today);
  g_assert_cmpstr (ff_record_get (application, FF_JOB_APPLICATION_STATUS), ==, "sent");

  /* Ready for the next one: empty, and the focus back on the employer. */
  g_assert_cmpstr (text (employer_entry (fixture)), ==, "");
  g_assert_cmpstr (text (ff_job_log_group_get_position_entry (fixture->group)), ==, "");
  g_assert_cmpstr (text (ff_job_log_group_get_deadline_entry (fixture->group)), ==, "");
  g_assert_true (has_focus (employer_entry (fixture)));

  /* The log shows it. */
  ff_ui_test_spin (50);
  row = ff_job_log_group_get_row (fixture->group, ff_record_get_id (application));
  g_assert_nonnull (row);
  g_assert_cmpstr (ff_summary_row_get_title (FF_SUMMARY_ROW (row)), ==, "Rema 1000");

  /* With the employer and the position typed, Return adds from the position too. */
  ff_ui_test_type ("Kiwi");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  ff_ui_test_type ("Cashier");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  wait_for_applications (fixture, 2);
  g_assert_true (has_focus (employer_entry (fixture)));
  g_assert_cmpuint (ff_job_log_group_get_n_shown (fixture->group), ==, 2);
}

static void
test_choose_register_employer (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *suggestions;
  gint64 rema;

  add_employer (fixture, "Kiwi Strømsø", "Drammen");
  rema = add_employer (fixture, "Rema 1000 Bragernes", "Drammen");
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, rema);

  focus_empty (employer_entry (fixture));
  suggestions = ff_job_log_group_get_suggestions (fixture->group);

  /* Typing offers the register's employers that match; Down and Return choose one. */
  ff_ui_test_type ("rema");
  g_assert_true (ff_ui_test_wait_until (suggestions_shown, suggestions, 5));
  ff_ui_test_press_keys (GDK_KEY_Down, 0);
  g_assert_cmpint (ff_employer_suggestions_get_selected (FF_EMPLOYER_SUGGESTIONS (suggestions)),
                   ==, rema);
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  ff_ui_test_spin (100);
  g_assert_false (gtk_widget_get_mapped (suggestions));
  g_assert_cmpstr (text (employer_entry (fixture)), ==, "Rema 1000 Bragernes");
  g_assert_true (has_focus (ff_job_log_group_get_position_entry (fixture->group)));

  ff_ui_test_type ("Cashier");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  wait_for_applications (fixture, 1);

  list = applications (fixture);
  g_assert_cmpstr (ff_record_get (list->pdata[0], FF_JOB_APPLICATION_EMPLOYER_ID), ==, expected);
  g_assert_cmpstr (ff_record_get (list->pdata[0], FF_JOB_APPLICATION_EMPLOYER), ==,
                   "Rema 1000 Bragernes");

  /* Escape closes the list and keeps what was typed. */
  ff_ui_test_type ("kiwi");
  g_assert_true (ff_ui_test_wait_until (suggestions_shown, suggestions, 5));
  ff_ui_test_press_keys (GDK_KEY_Escape, 0);
  ff_ui_test_spin (100);
  g_assert_false (gtk_widget_get_mapped (suggestions));
  g_assert_cmpstr (text (employer_entry (fixture)), ==, "kiwi");
}

static gboolean
row_linked (gpointer data)
{
  return !gtk_widget_get_visible (gtk_widget_get_ancestor (data, ADW_TYPE_ACTION_ROW));
}

static void
test_add_employer_to_register (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(FfRecord) employer = NULL;
  g_autofree char *expected = NULL;
  FfRecordQuery query = { 0 };
  FfJobApplicationRow *row;
  GtkWidget *button;
  gint64 id;

  /* A name of no employer of the register is kept as typed … */
  focus_empty (employer_entry (fixture));
  ff_ui_test_type ("Bakeriet Hansen");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  ff_ui_test_type ("Baker");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  wait_for_applications (fixture, 1);
  list = applications (fixture);
  id = ff_record_get_id (list->pdata[0]);
  g_assert_cmpstr (ff_record_get (list->pdata[0], FF_JOB_APPLICATION_EMPLOYER_ID), ==, "");

  /* … and the entry offers to add it. */
  ff_ui_test_spin (50);
  row = ff_job_log_group_get_row (fixture->group, id);
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);
  button = ff_job_application_row_get_register_button (row);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (button, ADW_TYPE_ACTION_ROW)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                   "Add “Bakeriet Hansen” to the Employer Register");
  ff_ui_test_spin (300);
  gtk_widget_grab_focus (button);
  g_assert_true (ff_ui_test_wait_until (focus_is_in, button, 5));
  ff_ui_test_press_keys (GDK_KEY_space, 0);
  g_assert_true (ff_ui_test_wait_until (row_linked, button, 5));

  ids = ff_record_query_ids (fixture->store, &ff_employer_type, &query, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  employer = ff_record_load (fixture->store, &ff_employer_type, g_array_index (ids, gint64, 0),
                             NULL);
  g_assert_cmpstr (ff_record_get_title (employer), ==, "Bakeriet Hansen");
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, ff_record_get_id (employer));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = applications (fixture);
  g_assert_cmpstr (ff_record_get (list->pdata[0], FF_JOB_APPLICATION_EMPLOYER_ID), ==, expected);
}

static void
test_quick_add_refuses_deadline (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *yesterday = date_from_today (-1, "%d.%m.%Y");
  GtkWidget *deadline = ff_job_log_group_get_deadline_entry (fixture->group);
  g_autoptr(GPtrArray) list = NULL;

  g_assert_null (ff_ui_test_refusal (deadline));

  focus_empty (employer_entry (fixture));
  ff_ui_test_type ("Rema 1000");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  ff_ui_test_type ("Cashier");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  ff_ui_test_type (yesterday);
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (is_marked, deadline, 5));

  /* Marked on its field; nothing stored, nothing typed lost. */
  g_assert_nonnull (ff_ui_test_refusal (deadline));
  list = applications (fixture);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpstr (text (employer_entry (fixture)), ==, "Rema 1000");
  g_assert_cmpstr (text (ff_job_log_group_get_position_entry (fixture->group)), ==, "Cashier");
  g_assert_cmpstr (text (deadline), ==, yesterday);
  g_assert_true (has_focus (deadline));

  /* Not a date either. */
  gtk_editable_set_text (GTK_EDITABLE (deadline), "");
  ff_ui_test_type ("31.02.2030");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  ff_ui_test_spin (200);
  g_assert_nonnull (ff_ui_test_refusal (deadline));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = applications (fixture);
  g_assert_cmpuint (list->len, ==, 0);

  /* Put right, it is added and the mark goes. */
  gtk_editable_set_text (GTK_EDITABLE (deadline), "");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  wait_for_applications (fixture, 1);
  g_assert_null (ff_ui_test_refusal (deadline));
}

static char *
stored (Fixture *fixture,
        gint64   id,
        guint    field)
{
  g_autoptr(FfRecord) application = ff_record_load (fixture->store, &ff_job_application_type,
                                                    id, NULL);

  return g_strdup (ff_record_get (application, field));
}

/* Types @value into @field of @row by keyboard and leaves it with Tab. */
static void
type_into (FfJobApplicationRow *row,
           guint                field,
           const char          *value)
{
  GtkWidget *widget = ff_job_application_row_get_field (row, field);

  focus_empty (widget);
  ff_ui_test_type (value);
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  ff_ui_test_spin (100);
}

static void
test_entry_refuses_values (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 id = add_application (fixture, "2026-03-10", "Rema 1000");
  FfJobApplicationRow *row;
  g_autofree char *deadline = NULL;
  g_autofree char *link = NULL;
  g_autofree char *place = NULL;

  ff_ui_test_spin (50);
  row = ff_job_log_group_get_row (fixture->group, id);
  g_assert_nonnull (row);
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);
  ff_ui_test_spin (300);

  /* A deadline before the date of the application. */
  type_into (row, FF_JOB_APPLICATION_DEADLINE, "01.03.2026");
  g_assert_nonnull (ff_ui_test_refusal (ff_job_application_row_get_field (
                                          row, FF_JOB_APPLICATION_DEADLINE)));
  deadline = stored (fixture, id, FF_JOB_APPLICATION_DEADLINE);
  g_assert_cmpstr (deadline, ==, "");

  /* A link that is not http(s). */
  type_into (row, FF_JOB_APPLICATION_LINK, "ftp://jobs.example.no/123");
  g_assert_nonnull (ff_ui_test_refusal (ff_job_application_row_get_field (
                                          row, FF_JOB_APPLICATION_LINK)));
  link = stored (fixture, id, FF_JOB_APPLICATION_LINK);
  g_assert_cmpstr (link, ==, "");

  /* The others save as they are typed, the refused ones still marked. */
  type_into (row, FF_JOB_APPLICATION_PLACE, "Drammen");
  place = stored (fixture, id, FF_JOB_APPLICATION_PLACE);
  g_assert_cmpstr (place, ==, "Drammen");
  g_assert_nonnull (ff_ui_test_refusal (ff_job_application_row_get_field (
                                          row, FF_JOB_APPLICATION_LINK)));
  g_assert_cmpstr (text (ff_job_application_row_get_field (row, FF_JOB_APPLICATION_LINK)), ==,
                   "ftp://jobs.example.no/123");
}

static GtkWidget *
find_status_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (FF_IS_JOB_STATUS_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }

  return NULL;
}

static gboolean
status_dialog_has_focus (gpointer data)
{
  GtkWidget *dialog = find_status_dialog ();

  return dialog != NULL && gtk_window_is_active (GTK_WINDOW (dialog)) &&
         has_focus (ff_job_status_dialog_get_status_row (FF_JOB_STATUS_DIALOG (dialog)));
}

static gboolean
status_dialog_closed (gpointer data)
{
  return find_status_dialog () == NULL;
}

static void
test_status_before_entry_refused (Fixture       *fixture,
                                  gconstpointer  data)
{
  gint64 id = add_application (fixture, "2026-03-10", "Rema 1000");
  g_autoptr(GArray) history = NULL;
  g_autofree char *status = NULL;
  FfJobApplicationRow *row;
  GtkWidget *dialog;
  GtkWidget *date_row;
  const char *subtitle;

  ff_ui_test_spin (50);
  row = ff_job_log_group_get_row (fixture->group, id);
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);

  /* Opened from the entry's status row, on the status; Down chooses the next one. */
  gtk_widget_activate_action (GTK_WIDGET (row), "job-log.change-status", "x", id);
  g_assert_true (ff_ui_test_wait_until (status_dialog_has_focus, NULL, 5));
  dialog = find_status_dialog ();
  date_row = ff_job_status_dialog_get_date_row (FF_JOB_STATUS_DIALOG (dialog));
  adw_combo_row_set_selected (ADW_COMBO_ROW (ff_job_status_dialog_get_status_row (
                                               FF_JOB_STATUS_DIALOG (dialog))),
                              FF_JOB_STATUS_INTERVIEW);

  /* A date before the entry's: marked on the date, and the dialog stays. */
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (date_row));
  ff_ui_test_type ("01.03.2026");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (is_marked, date_row, 5));
  g_assert_nonnull (find_status_dialog ());
  g_assert_nonnull (ff_ui_test_refusal (date_row));
  history = ff_job_application_history (fixture->store, id, NULL);
  g_assert_cmpuint (history->len, ==, 1);
  g_clear_pointer (&history, g_array_unref);

  /* Put right, the status changes and the dialog closes. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "");
  ff_ui_test_type ("12.03.2026");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (status_dialog_closed, NULL, 5));
  history = ff_job_application_history (fixture->store, id, NULL);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (g_array_index (history, FfJobStatusChange, 1).status, ==,
                   FF_JOB_STATUS_INTERVIEW);
  g_assert_cmpstr (g_array_index (history, FfJobStatusChange, 1).date, ==, "2026-03-12");
  status = stored (fixture, id, FF_JOB_APPLICATION_STATUS);
  g_assert_cmpstr (status, ==, "interview");

  /* The entry shows the new status and the history under it, oldest first. */
  ff_ui_test_spin (50);
  g_assert_true (ff_job_log_group_get_row (fixture->group, id) == row);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (
                                            ff_job_application_row_get_status_row (row)));
  g_assert_cmpstr (subtitle, ==, "10.03.2026: Sent and waiting\n12.03.2026: Going to interview");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                                                    ff_job_application_row_get_status_row (row))),
                   ==, "Going to interview since 12.03.2026");
}

static gboolean
notes_saved (gpointer data)
{
  gpointer *args = data;
  g_autofree char *notes = stored (args[0], GPOINTER_TO_SIZE (args[1]),
                                   FF_JOB_APPLICATION_NOTES);

  return g_strcmp0 (notes, "Called on Monday") == 0;
}

static void
test_reload_keeps_typing (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 id = add_application (fixture, "2026-03-10", "Rema 1000");
  FfJobApplicationRow *row;
  GtkWidget *notes;
  gpointer args[2] = { fixture, GSIZE_TO_POINTER ((gsize) id) };

  ff_ui_test_spin (50);
  row = ff_job_log_group_get_row (fixture->group, id);
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);
  ff_ui_test_spin (300);
  notes = ff_job_application_row_get_field (row, FF_JOB_APPLICATION_NOTES);
  focus_empty (notes);
  ff_ui_test_type ("Called on");

  /* Another entry comes while the notes are typed: the log reads again … */
  add_application (fixture, "2026-03-11", "Kiwi");
  ff_ui_test_spin (50);
  g_assert_cmpuint (ff_job_log_group_get_n_shown (fixture->group), ==, 2);

  /* … and the row typed in is the same, its text and the focus where they were. */
  g_assert_nonnull (row);
  g_assert_true (ff_job_log_group_get_row (fixture->group, id) == row);
  g_assert_cmpstr (text (notes), ==, "Called on");
  g_assert_true (has_focus (notes));
  ff_ui_test_type (" Monday");
  g_assert_true (ff_ui_test_wait_until (notes_saved, args, 5));
  g_object_remove_weak_pointer (G_OBJECT (row), (gpointer *) &row);
}

static gboolean
is_expanded (gpointer data)
{
  return ff_summary_row_get_expanded (data);
}

static guint
n_visible_rows (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = ff_ui_test_find_all (GTK_WIDGET (fixture->group),
                                                   FF_TYPE_JOB_APPLICATION_ROW, NULL);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += gtk_widget_get_visible (g_ptr_array_index (rows, i));

  return n;
}

/* The rows of one participant's log show the next one's: closed, with nothing of the
 * first, and what was typed in them written to the entry it was typed in. */
static void
test_rows_used_again (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 olena = fixture->participant_id;
  gint64 first = add_application (fixture, "2026-03-10", "Rema 1000");
  gint64 ahmad;
  gint64 theirs;
  FfJobApplicationRow *row;
  GtkWidget *header;
  GtkWidget *notes;
  g_autofree char *stored_notes = NULL;

  add_application (fixture, "2026-03-11", "Kiwi");
  ff_ui_test_spin (50);
  row = ff_job_log_group_get_row (fixture->group, first);
  g_assert_cmpstr (ff_summary_row_get_subtitle (FF_SUMMARY_ROW (row)), ==,
                   "Shop assistant · Sent and waiting · 10.03.2026");

  /* Opened by keyboard: Return on the row. */
  g_assert_false (ff_summary_row_get_expanded (FF_SUMMARY_ROW (row)));
  header = ff_summary_row_get_header (FF_SUMMARY_ROW (row));
  gtk_widget_grab_focus (header);
  g_assert_true (ff_ui_test_wait_until (focus_is_in, header, 5));
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (is_expanded, row, 5));
  ff_ui_test_spin (300);
  notes = ff_job_application_row_get_field (row, FF_JOB_APPLICATION_NOTES);
  g_assert_true (gtk_widget_is_ancestor (notes, GTK_WIDGET (row)));
  focus_empty (notes);
  ff_ui_test_type ("Called on Monday");

  /* Another participant, while the notes wait to be written. */
  ahmad = ff_test_add_participant (fixture->store, "Ahmad", "Ahmadi");
  fixture->participant_id = ahmad;
  theirs = add_application (fixture, "2026-04-01", "Coop Extra");
  ff_participant_page_set_participant_id (fixture->page, ahmad);
  ff_ui_test_spin (50);

  fixture->participant_id = olena;
  stored_notes = stored (fixture, first, FF_JOB_APPLICATION_NOTES);
  g_assert_cmpstr (stored_notes, ==, "Called on Monday");

  /* One of the rows shows Ahmad's entry, closed; none shows Olena's, and the other is
   * not to be seen. */
  g_assert_cmpuint (ff_job_log_group_get_n_shown (fixture->group), ==, 1);
  g_assert_cmpuint (n_visible_rows (fixture), ==, 1);
  g_assert_null (ff_job_log_group_get_row (fixture->group, first));
  row = ff_job_log_group_get_row (fixture->group, theirs);
  g_assert_nonnull (row);
  g_assert_cmpstr (ff_summary_row_get_title (FF_SUMMARY_ROW (row)), ==, "Coop Extra");
  g_assert_false (ff_summary_row_get_expanded (FF_SUMMARY_ROW (row)));

  /* Opened, it edits Ahmad's entry. */
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);
  ff_ui_test_spin (300);
  g_assert_cmpstr (text (ff_job_application_row_get_field (row, FF_JOB_APPLICATION_EMPLOYER)),
                   ==, "Coop Extra");
  g_assert_cmpstr (text (ff_job_application_row_get_field (row, FF_JOB_APPLICATION_NOTES)),
                   ==, "");

  /* And back: Olena's two, with her notes. */
  ff_participant_page_set_participant_id (fixture->page, olena);
  ff_ui_test_spin (50);
  g_assert_cmpuint (ff_job_log_group_get_n_shown (fixture->group), ==, 2);
  g_assert_cmpuint (n_visible_rows (fixture), ==, 2);
  row = ff_job_log_group_get_row (fixture->group, first);
  g_assert_false (ff_summary_row_get_expanded (FF_SUMMARY_ROW (row)));
  g_assert_cmpstr (text (ff_job_application_row_get_field (row, FF_JOB_APPLICATION_NOTES)),
                   ==, "Called on Monday");
}

static void
test_shows_latest_first (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *show_all = ff_job_log_group_get_show_all_row (fixture->group);

  for (guint i = 0; i < FF_JOB_LOG_GROUP_SHOWN + 5; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-02-%02u", i + 1);
      g_autofree char *employer = g_strdup_printf ("Employer %u", i + 1);

      add_application (fixture, date, employer);
    }
  ff_ui_test_spin (50);

  g_assert_cmpuint (ff_job_log_group_get_n_shown (fixture->group), ==, FF_JOB_LOG_GROUP_SHOWN);
  g_assert_true (gtk_widget_get_visible (show_all));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (show_all)), ==,
                   "Show All 25 Entries");

  g_signal_emit_by_name (gtk_widget_get_parent (show_all), "row-activated", show_all);
  g_assert_cmpuint (ff_job_log_group_get_n_shown (fixture->group), ==,
                    FF_JOB_LOG_GROUP_SHOWN + 5);
  g_assert_false (gtk_widget_get_visible (show_all));
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/job-log/quick-add-by-keyboard", test_quick_add_by_keyboard);
  ADD ("/ui/job-log/choose-register-employer", test_choose_register_employer);
  ADD ("/ui/job-log/add-employer-to-register", test_add_employer_to_register);
  ADD ("/ui/job-log/quick-add-refuses-deadline", test_quick_add_refuses_deadline);
  ADD ("/ui/job-log/entry-refuses-values", test_entry_refuses_values);
  ADD ("/ui/job-log/status-before-entry-refused", test_status_before_entry_refused);
  ADD ("/ui/job-log/reload-keeps-typing", test_reload_keeps_typing);
  ADD ("/ui/job-log/rows-used-again", test_rows_used_again);
  ADD ("/ui/job-log/shows-latest-first", test_shows_latest_first);

#undef ADD

  return g_test_run ();
}
