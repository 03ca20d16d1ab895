/* test-retention.c — a participant erased from their page or from the retention review,
 * after a question, leaves every list; the review lists only those kept long enough;
 * Preferences sets how long that is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-erase-dialog.h"
#include "ff-participant.h"
#include "ff-participant-page.h"
#include "ff-preferences-window.h"
#include "ff-record-section.h"
#include "ff-retention-row.h"
#include "ff-retention-window.h"
#include "ff-settings.h"
#include "ff-ui-test.h"

typedef struct
{
  char             *tmpdir;
  FfStore          *store;
  gint64            olena;      /* in a programme that ended in 2012 */
  gint64            ahmad;      /* in one now */
  GtkWidget        *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 intro;
  gint64 enrolment;

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  intro = ff_test_add_programme (fixture->store, "Introduksjonsprogrammet",
                                 FF_PROGRAMME_KIND_INTRODUCTION);
  fixture->olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  ff_test_set_participant (fixture->store, fixture->olena, FF_PARTICIPANT_NATIONAL_ID,
                           "17059012355");
  enrolment = ff_test_add_enrolment (fixture->store, fixture->olena, intro, "2010-08-16");
  g_assert_true (ff_enrolment_set_status (fixture->store, enrolment,
                                          FF_ENROLMENT_STATUS_COMPLETED, "2012-06-29", NULL,
                                          &error));
  g_assert_no_error (error);
  fixture->ahmad = ff_test_add_participant (fixture->store, "Ahmad", "Rahimi");
  ff_test_add_enrolment (fixture->store, fixture->ahmad, intro, "2011-01-03");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = ff_settings_new ();

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (50);
  ff_test_store_close (fixture->store, fixture->tmpdir);
  g_settings_reset (settings, "retention-years");
}

typedef struct
{
  Fixture *fixture;
  gint64   id;
} Gone;

static gboolean
erased (gpointer data)
{
  Gone *gone = data;

  return !ff_record_exists (gone->fixture->store, &ff_participant_type, gone->id) &&
         ff_ui_test_find_message_dialog ("Erase “Olena Kovalenko”?") == NULL;
}

static FfParticipantPage *
section_page (FfRecordSection *section)
{
  return FF_PARTICIPANT_PAGE (ff_record_section_get_page (section));
}

static gboolean
section_left (gpointer data)
{
  FfRecordSection *section = data;

  return g_list_model_get_n_items (ff_record_section_get_model (section)) == 1 &&
         ff_participant_page_get_participant_id (section_page (section)) == 0;
}

/* "Erase Participant…" in the record's menu asks first; Cancel keeps them; Erase removes
 * them, off the main thread, from the file, the list and the page. */
static void
test_page_erase (Fixture       *fixture,
                 gconstpointer  data)
{
  FfRecordSection *section = FF_RECORD_SECTION (ff_record_section_new (FF_TYPE_PARTICIPANT_PAGE));
  GtkWidget *overlay = adw_toast_overlay_new ();
  Gone gone = { fixture, fixture->olena };
  GtkWidget *dialog;
  GListModel *model;

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 700);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (section));
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  ff_record_section_set_store (section, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_record_section_open (section, fixture->olena);
  ff_ui_test_spin (50);
  model = ff_record_section_get_model (section);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* Cancelled: nothing happens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section), "section.page-action", "s",
                                             "participant.erase"));
  dialog = ff_ui_test_find_message_dialog ("Erase “Olena Kovalenko”?");
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                          "erase"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                                               "erase"),
                   ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_nonnull (g_strstr_len (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                  -1, "cannot be undone"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  ff_ui_test_spin (50);
  g_assert_null (ff_ui_test_find_message_dialog ("Erase “Olena Kovalenko”?"));
  g_assert_true (ff_record_exists (fixture->store, &ff_participant_type, fixture->olena));
  g_assert_cmpint (ff_participant_page_get_participant_id (section_page (section)), ==,
                   fixture->olena);

  /* Erased. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section), "section.page-action", "s",
                                             "participant.erase"));
  dialog = ff_ui_test_find_message_dialog ("Erase “Olena Kovalenko”?");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "erase");
  g_assert_true (ff_erase_dialog_is_working (FF_ERASE_DIALOG (dialog)));
  g_assert_true (ff_ui_test_wait_until (erased, &gone, 30));
  g_assert_true (ff_ui_test_wait_until (section_left, section, 5));
  g_assert_true (ff_record_exists (fixture->store, &ff_participant_type, fixture->ahmad));
}

static guint
n_rows (FfRetentionWindow *window)
{
  GtkListBox *list = ff_retention_window_get_list (window);
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += FF_IS_RETENTION_ROW (child);

  return n;
}

static FfRetentionRow *
first_row (FfRetentionWindow *window)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (ff_retention_window_get_list (window),
                                                      0);

  return FF_IS_RETENTION_ROW (row) ? FF_RETENTION_ROW (row) : NULL;
}

static gboolean
no_rows (gpointer data)
{
  return n_rows (data) == 0;
}

/* Olena, whose programme ended in 2012, is listed after five years (the default);
 * Ahmad, in a programme now, is not. She is erased from her row, after the question. */
static void
test_window_lists_old (Fixture       *fixture,
                       gconstpointer  data)
{
  FfRetentionWindow *window;
  Gone gone = { fixture, fixture->olena };
  FfRetentionRow *row;
  GtkWidget *dialog;

  fixture->window = ff_retention_window_new (NULL, fixture->store);
  window = FF_RETENTION_WINDOW (fixture->window);
  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (50);

  g_assert_cmpuint (n_rows (window), ==, 1);
  row = first_row (window);
  g_assert_nonnull (row);
  g_assert_cmpint (ff_retention_row_get_participant (row), ==, fixture->olena);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Olena Kovalenko");
  g_assert_nonnull (g_strstr_len (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), -1,
                                  "Introduksjonsprogrammet"));
  g_assert_nonnull (g_strstr_len (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), -1,
                                  "2012"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "retention.erase", "x",
                                             fixture->olena));
  dialog = ff_ui_test_find_message_dialog ("Erase “Olena Kovalenko”?");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "erase");
  g_assert_true (ff_ui_test_wait_until (erased, &gone, 30));
  g_assert_true (ff_ui_test_wait_until (no_rows, window, 5));
  g_assert_true (ff_record_exists (fixture->store, &ff_participant_type, fixture->ahmad));
}

/* Preferences' spin button is the setting; the review follows it. */
static void
test_preferences_years (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = ff_settings_new ();
  GtkWidget *preferences;
  GtkSpinButton *spin;
  FfRetentionWindow *review;

  g_assert_nonnull (settings);
  g_assert_cmpint (g_settings_get_int (settings, "retention-years"), ==, 5);

  fixture->window = ff_retention_window_new (NULL, fixture->store);
  review = FF_RETENTION_WINDOW (fixture->window);
  g_assert_cmpuint (n_rows (review), ==, 1);

  preferences = ff_preferences_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (preferences));
  ff_ui_test_spin (50);
  spin = GTK_SPIN_BUTTON (ff_preferences_window_get_years_spin (FF_PREFERENCES_WINDOW (preferences)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 5);

  /* 2012 is less than thirty years ago. */
  gtk_spin_button_set_value (spin, 30);
  g_assert_cmpint (g_settings_get_int (settings, "retention-years"), ==, 30);
  g_assert_cmpuint (n_rows (review), ==, 0);

  /* Beyond the range: kept within it. */
  gtk_spin_button_set_value (spin, 99);
  g_assert_cmpint (g_settings_get_int (settings, "retention-years"), ==, 30);

  g_settings_set_int (settings, "retention-years", 7);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 7);
  g_assert_cmpuint (n_rows (review), ==, 1);

  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/participant-page/erase-asks-and-erases", Fixture, NULL, fixture_set_up,
              test_page_erase, fixture_tear_down);
  g_test_add ("/ui/retention-window/lists-old-not-current", Fixture, NULL, fixture_set_up,
              test_window_lists_old, fixture_tear_down);
  g_test_add ("/ui/preferences/changes-retention-years", Fixture, NULL, fixture_set_up,
              test_preferences_years, fixture_tear_down);

  return g_test_run ();
}
