/* test-enrol-dialog.c — enrolling in a programme and changing the status, through the dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-status-dialog.h"
#include "ff-ui-test.h"

typedef struct
{
  char      *tmpdir;
  FfStore   *store;
  gint64     participant_id;
  GtkWidget *dialog;  /* weak: the dialog closes itself */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->participant_id = ff_participant_create (fixture->store, "Dmytro", "Melnyk", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_assert_null (fixture->dialog);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

static gint64
add_programme (Fixture    *fixture,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = ff_programme_create (fixture->store, name, FF_PROGRAMME_KIND_MENTOR, &error);
  g_assert_no_error (error);

  return id;
}

static void
open_enrol_dialog (Fixture *fixture)
{
  fixture->dialog = ff_status_dialog_new_enrolment (fixture->store, fixture->participant_id);
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), (gpointer *) &fixture->dialog);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  ff_ui_test_spin (20);
}

static gpointer
child (Fixture    *fixture,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (fixture->dialog, type, name);

  g_assert_nonnull (object);

  return object;
}

static guint
n_enrolments (Fixture *fixture)
{
  g_autoptr(GPtrArray) enrolments = NULL;
  g_autoptr(GError) error = NULL;

  enrolments = ff_enrolment_list_for_participant (fixture->store, fixture->participant_id,
                                                  &error);
  g_assert_no_error (error);

  return enrolments->len;
}

static void
test_without_programmes (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) pages = NULL;
  gboolean says_so = FALSE;

  open_enrol_dialog (fixture);

  pages = ff_ui_test_find_all (fixture->dialog, ADW_TYPE_STATUS_PAGE, NULL);
  for (guint i = 0; i < pages->len; i++)
    {
      AdwStatusPage *page = g_ptr_array_index (pages, i);

      if (gtk_widget_is_drawable (GTK_WIDGET (page)) &&
          strstr (adw_status_page_get_description (page), "Create a programme first") != NULL)
        says_so = TRUE;
    }
  g_assert_true (says_so);

  /* Nothing to enrol in: the button does nothing. */
  gtk_widget_activate_action (fixture->dialog, "status.save", NULL);
  g_assert_nonnull (fixture->dialog);
  g_assert_cmpuint (n_enrolments (fixture), ==, 0);
}

static void
enrolled_cb (GtkWidget *dialog,
             gint64     enrolment_id,
             gint64    *reported)
{
  *reported = enrolment_id;
}

static void
test_enrols (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) enrolments = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 reported = 0;
  FfEnrolment *enrolment;

  add_programme (fixture, "Bulystven");
  add_programme (fixture, "Etableringskurs");
  open_enrol_dialog (fixture);
  g_signal_connect (fixture->dialog, "saved", G_CALLBACK (enrolled_cb), &reported);

  /* Programmes by name: the second is Etableringskurs. Statuses from Referred on. */
  adw_combo_row_set_selected (child (fixture, FF_TYPE_STATUS_DIALOG, "programme_row"), 1);
  adw_combo_row_set_selected (child (fixture, FF_TYPE_STATUS_DIALOG, "status_row"),
                              FF_ENROLMENT_STATUS_ACTIVE - FF_ENROLMENT_STATUS_REFERRED);
  gtk_editable_set_text (child (fixture, FF_TYPE_STATUS_DIALOG, "date_row"), "03.03.2025");
  gtk_editable_set_text (child (fixture, FF_TYPE_STATUS_DIALOG, "reason_row"), "Business idea");
  gtk_widget_activate_action (fixture->dialog, "status.save", NULL);

  g_assert_cmpint (reported, >, 0);
  g_assert_null (fixture->dialog);

  enrolments = ff_enrolment_list_for_participant (fixture->store, fixture->participant_id,
                                                  &error);
  g_assert_no_error (error);
  g_assert_cmpuint (enrolments->len, ==, 1);
  enrolment = g_ptr_array_index (enrolments, 0);
  g_assert_cmpint (ff_record_get_id (FF_RECORD (enrolment)), ==, reported);
  g_assert_cmpstr (ff_enrolment_get_programme_name (enrolment), ==, "Etableringskurs");
  g_assert_cmpint (ff_enrolment_get_status (enrolment), ==, FF_ENROLMENT_STATUS_ACTIVE);

  history = ff_enrolment_history (fixture->store, reported, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (ff_status_change_get_date (g_ptr_array_index (history, 0)), ==, "2025-03-03");
  g_assert_cmpstr (ff_status_change_get_reason (g_ptr_array_index (history, 0)), ==,
                   "Business idea");
}

static void
test_bad_date_stays_open (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkLabel *error_label;

  add_programme (fixture, "Bulystven");
  open_enrol_dialog (fixture);

  gtk_editable_set_text (child (fixture, FF_TYPE_STATUS_DIALOG, "date_row"), "31.02.2025");
  gtk_widget_activate_action (fixture->dialog, "status.save", NULL);

  g_assert_nonnull (fixture->dialog);
  error_label = child (fixture, FF_TYPE_STATUS_DIALOG, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_text (error_label), !=, "");
  g_assert_cmpuint (n_enrolments (fixture), ==, 0);
}

static void
test_second_enrolment_refused (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 programme_id = add_programme (fixture, "Bulystven");
  GtkLabel *error_label;

  ff_enrolment_create (fixture->store, fixture->participant_id, programme_id,
                       FF_ENROLMENT_STATUS_REFERRED, NULL, NULL, &error);
  g_assert_no_error (error);

  open_enrol_dialog (fixture);
  gtk_widget_activate_action (fixture->dialog, "status.save", NULL);

  g_assert_nonnull (fixture->dialog);
  error_label = child (fixture, FF_TYPE_STATUS_DIALOG, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_text (error_label), !=, "");
  g_assert_cmpuint (n_enrolments (fixture), ==, 1);
}

static void
test_status_dialog_changes_status (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 programme_id = add_programme (fixture, "Bulystven");
  gint64 enrolment_id;
  FfStatusChange *last;

  enrolment_id = ff_enrolment_create (fixture->store, fixture->participant_id, programme_id,
                                      FF_ENROLMENT_STATUS_REFERRED, "2025-01-10", NULL,
                                      &error);
  g_assert_no_error (error);

  fixture->dialog = ff_status_dialog_new (fixture->store, enrolment_id, "Bulystven",
                                          FF_ENROLMENT_STATUS_REFERRED);
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), (gpointer *) &fixture->dialog);
  gtk_window_present (GTK_WINDOW (fixture->dialog));

  /* The current status is preselected. */
  g_assert_cmpuint (adw_combo_row_get_selected (child (fixture, FF_TYPE_STATUS_DIALOG,
                                                       "status_row")),
                    ==, 0);

  /* A date that does not exist is refused in the dialog. */
  gtk_editable_set_text (child (fixture, FF_TYPE_STATUS_DIALOG, "date_row"), "2025-13-01");
  gtk_widget_activate_action (fixture->dialog, "status.save", NULL);
  g_assert_nonnull (fixture->dialog);
  g_assert_true (gtk_widget_get_visible (child (fixture, FF_TYPE_STATUS_DIALOG,
                                                "error_label")));

  adw_combo_row_set_selected (child (fixture, FF_TYPE_STATUS_DIALOG, "status_row"),
                              FF_ENROLMENT_STATUS_WAITING_LIST - FF_ENROLMENT_STATUS_REFERRED);
  gtk_editable_set_text (child (fixture, FF_TYPE_STATUS_DIALOG, "date_row"), "14.02.2025");
  gtk_editable_set_text (child (fixture, FF_TYPE_STATUS_DIALOG, "reason_row"), "Course full");
  gtk_widget_activate_action (fixture->dialog, "status.save", NULL);
  g_assert_null (fixture->dialog);

  history = ff_enrolment_history (fixture->store, enrolment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  last = g_ptr_array_index (history, 1);
  g_assert_cmpint (ff_status_change_get_status (last), ==, FF_ENROLMENT_STATUS_WAITING_LIST);
  g_assert_cmpstr (ff_status_change_get_date (last), ==, "2025-02-14");
  g_assert_cmpstr (ff_status_change_get_reason (last), ==, "Course full");
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/enrol-dialog/without-programmes-says-create-one-first", test_without_programmes);
  ADD ("/ui/enrol-dialog/enrols-and-closes", test_enrols);
  ADD ("/ui/enrol-dialog/bad-date-is-shown-and-dialog-stays-open", test_bad_date_stays_open);
  ADD ("/ui/enrol-dialog/second-enrolment-is-refused", test_second_enrolment_refused);
  ADD ("/ui/status-dialog/changes-status-and-refuses-bad-date",
       test_status_dialog_changes_status);

#undef ADD

  return g_test_run ();
}
