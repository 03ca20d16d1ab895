/* test-participant-page.c — the participant page saves what is typed, and only valid values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-audit.h"
#include "ff-audit-entry.h"
#include "ff-audit-window.h"
#include "ff-enrolment.h"
#include "ff-enrolment-row.h"
#include "ff-participant.h"
#include "ff-participant-page.h"
#include "ff-participant-page-private.h"
#include "ff-participant-row.h"
#include "ff-programme.h"
#include "ff-ui-test.h"

/* 17.05.1990, individual number 123, both check digits right. */
#define VALID_NATIONAL_ID "17059012355"
#define WRONG_CHECK_DIGIT "17059012356"

typedef struct
{
  char               *tmpdir;
  FfStore            *store;
  gint64              participant_id;
  GtkWidget          *window;
  FfParticipantPage  *page;
} Fixture;

typedef struct
{
  Fixture            *fixture;
  FfParticipantField  field;
  const char         *value;
} StoredValue;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->participant_id = ff_participant_create (fixture->store, "Olena", "Kovalenko",
                                                   &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->participant_id, >, 0);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  fixture->page = FF_PARTICIPANT_PAGE (ff_participant_page_new (fixture->store));
  /* Held beyond the window so that the test can see it being finalized. */
  g_object_ref_sink (fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
  /* The fields are edited where a person sees them. */
  ff_participant_page_set_view (fixture->page, "details");
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->page);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

/* The value of @field as the database holds it now ("" for a deleted participant). */
static char *
stored_field (Fixture            *fixture,
              FfParticipantField  field)
{
  g_autoptr(FfParticipant) participant = NULL;

  participant = ff_participant_load (fixture->store, fixture->participant_id, NULL);
  if (participant == NULL)
    return g_strdup ("");

  return g_strdup (ff_participant_get_field (participant, field));
}

static gboolean
field_is_stored (gpointer data)
{
  StoredValue *expected = data;
  g_autofree char *value = stored_field (expected->fixture, expected->field);

  return g_strcmp0 (value, expected->value) == 0;
}

static GtkEditable *
field_row (Fixture            *fixture,
           FfParticipantField  field)
{
  return GTK_EDITABLE (ff_record_page_get_field_widget (FF_RECORD_PAGE (fixture->page), field));
}

/* Connected swapped: the count comes first, whatever the signal passes after. */
static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_saves_a_field (Fixture       *fixture,
                    gconstpointer  data)
{
  StoredValue expected = { fixture, FF_PARTICIPANT_FAMILY_NAME, "Shevchenko" };
  g_autofree char *before = NULL;
  guint n_saved = 0;
  GtkLabel *title;

  g_signal_connect_swapped (ff_record_page_get_autosave (FF_RECORD_PAGE (fixture->page)),
                            "saved", G_CALLBACK (count_cb), &n_saved);

  g_assert_cmpstr (gtk_editable_get_text (field_row (fixture, FF_PARTICIPANT_FAMILY_NAME)),
                   ==, "Kovalenko");

  gtk_editable_set_text (field_row (fixture, FF_PARTICIPANT_FAMILY_NAME), "Shevchenko");

  /* Nothing is written while the user may still be typing ... */
  before = stored_field (fixture, FF_PARTICIPANT_FAMILY_NAME);
  g_assert_cmpstr (before, ==, "Kovalenko");

  /* ... and everything once they pause. */
  g_assert_true (ff_ui_test_wait_until (field_is_stored, &expected, 5.0));
  g_assert_cmpuint (n_saved, ==, 1);

  title = GTK_LABEL (ff_participant_page_get_title_label (fixture->page));
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Olena Shevchenko");

  /* Shown again after choosing someone else and coming back. */
  ff_participant_page_set_participant_id (fixture->page, 0);
  g_assert_cmpstr (gtk_editable_get_text (field_row (fixture, FF_PARTICIPANT_FAMILY_NAME)),
                   ==, "");
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
  g_assert_cmpstr (gtk_editable_get_text (field_row (fixture, FF_PARTICIPANT_FAMILY_NAME)),
                   ==, "Shevchenko");
}

static void
test_invalid_national_id (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkEditable *row = field_row (fixture, FF_PARTICIPANT_NATIONAL_ID);
  g_autofree char *base_title = NULL;
  g_autofree char *stored = NULL;

  base_title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  gtk_editable_set_text (row, VALID_NATIONAL_ID);
  ff_participant_page_flush (fixture->page);
  stored = stored_field (fixture, FF_PARTICIPANT_NATIONAL_ID);
  g_assert_cmpstr (stored, ==, VALID_NATIONAL_ID);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_clear_pointer (&stored, g_free);

  gtk_editable_set_text (row, WRONG_CHECK_DIGIT);
  ff_participant_page_flush (fixture->page);

  /* Marked, with the message in plain sight under the row and told to assistive
   * technology, the title as it was, and nothing written. */
  g_assert_nonnull (strstr (ff_ui_test_refusal (GTK_WIDGET (row)), "check digit"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, base_title);
  stored = stored_field (fixture, FF_PARTICIPANT_NATIONAL_ID);
  g_assert_cmpstr (stored, ==, VALID_NATIONAL_ID);
  g_clear_pointer (&stored, g_free);

  /* What the user typed stays for them to correct. */
  g_assert_cmpstr (gtk_editable_get_text (row), ==, WRONG_CHECK_DIGIT);

  /* The pause in typing does not write it either. */
  ff_ui_test_spin (800);
  stored = stored_field (fixture, FF_PARTICIPANT_NATIONAL_ID);
  g_assert_cmpstr (stored, ==, VALID_NATIONAL_ID);
  g_clear_pointer (&stored, g_free);

  /* Correcting it takes the mark away. */
  gtk_editable_set_text (row, "170590 12355");
  ff_participant_page_flush (fixture->page);
  g_assert_null (ff_ui_test_refusal (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, base_title);
  stored = stored_field (fixture, FF_PARTICIPANT_NATIONAL_ID);
  g_assert_cmpstr (stored, ==, VALID_NATIONAL_ID);
}

/* The Show button of the national id's row. */
static GtkWidget *
reveal_button (Fixture *fixture)
{
  GtkWidget *row = GTK_WIDGET (field_row (fixture, FF_PARTICIPANT_NATIONAL_ID));
  g_autoptr(GPtrArray) buttons = ff_ui_test_find_all (row, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_str_equal (gtk_widget_get_name (button), "reveal"))
        return button;
    }

  g_assert_not_reached ();
}

static gint64
count_shown (FfStore *store)
{
  return ff_test_query_int (store, "SELECT count(*) FROM audit"
                                   " WHERE table_name = 'participant' AND field IS NULL"
                                   " AND new_value = 'shown:national_id'");
}

/* Shows the participant afresh, as when someone else was chosen in between. */
static void
show_again (Fixture *fixture)
{
  ff_participant_page_set_participant_id (fixture->page, 0);
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
}

static void
test_national_id_masked (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkEditable *row = field_row (fixture, FF_PARTICIPANT_NATIONAL_ID);
  StoredValue expected = { fixture, FF_PARTICIPANT_NATIONAL_ID, "01029010036" };
  g_autoptr(GError) error = NULL;
  GtkWidget *reveal = reveal_button (fixture);

  /* Empty, there is nothing to hide. */
  g_assert_true (gtk_editable_get_editable (row));
  g_assert_false (gtk_widget_get_visible (reveal));

  g_assert_true (ff_participant_set_field (fixture->store, fixture->participant_id,
                                           FF_PARTICIPANT_NATIONAL_ID, VALID_NATIONAL_ID,
                                           &error));
  g_assert_no_error (error);
  show_again (fixture);

  /* Masked, and not to be typed into, until shown. */
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "170590 *****");
  g_assert_false (gtk_editable_get_editable (row));
  g_assert_true (gtk_widget_get_visible (reveal));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (reveal), ==, "Show National Identity Number");
  g_assert_cmpint (count_shown (fixture->store), ==, 0);

  /* A change made elsewhere keeps it masked. */
  g_assert_true (ff_participant_set_field (fixture->store, fixture->participant_id,
                                           FF_PARTICIPANT_NOTES, "Moved", &error));
  g_assert_no_error (error);
  ff_ui_test_spin (50);
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "170590 *****");

  /* Shown, and the audit log says so. */
  g_signal_emit_by_name (reveal, "clicked");
  g_assert_cmpstr (gtk_editable_get_text (row), ==, VALID_NATIONAL_ID);
  g_assert_true (gtk_editable_get_editable (row));
  g_assert_false (gtk_widget_get_visible (reveal));
  g_assert_cmpint (count_shown (fixture->store), ==, 1);

  /* Edited and saved with the usual checks. */
  gtk_editable_set_text (row, "01029012346");
  ff_participant_page_flush (fixture->page);
  g_assert_nonnull (ff_ui_test_refusal (GTK_WIDGET (row)));
  gtk_editable_set_text (row, "010290 10036");
  ff_participant_page_flush (fixture->page);
  g_assert_true (field_is_stored (&expected));
  g_assert_null (ff_ui_test_refusal (GTK_WIDGET (row)));

  /* Another record shown hides it again. */
  show_again (fixture);
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "010290 *****");
  g_assert_false (gtk_editable_get_editable (row));
  g_assert_cmpint (count_shown (fixture->store), ==, 1);
}

static gboolean
label_holds (GtkWidget  *widget,
             const char *text)
{
  g_autoptr(GPtrArray) labels = ff_ui_test_find_all (widget, GTK_TYPE_LABEL, NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_national_id_masked_in_list (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  GtkWidget *row;

  g_assert_true (ff_participant_set_field (fixture->store, fixture->participant_id,
                                           FF_PARTICIPANT_NATIONAL_ID, VALID_NATIONAL_ID,
                                           &error));
  g_assert_no_error (error);
  participant = ff_participant_load (fixture->store, fixture->participant_id, &error);
  g_assert_no_error (error);

  row = g_object_ref_sink (ff_participant_row_new ());
  ff_participant_row_set_participant (FF_PARTICIPANT_ROW (row), participant);
  g_assert_true (label_holds (row, "170590 *****"));
  g_assert_false (label_holds (row, VALID_NATIONAL_ID));
  g_assert_finalize_object (row);

  /* Nor anywhere else on the page. */
  show_again (fixture);
  g_assert_false (label_holds (GTK_WIDGET (fixture->page), VALID_NATIONAL_ID));
}

static void
test_national_id_read_only (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) read_only = NULL;
  GtkWidget *window;
  FfParticipantPage *page;
  GtkEditable *row;
  GtkWidget *reveal;
  g_autoptr(GPtrArray) buttons = NULL;

  g_assert_true (ff_participant_set_field (fixture->store, fixture->participant_id,
                                           FF_PARTICIPANT_NATIONAL_ID, VALID_NATIONAL_ID,
                                           &error));
  g_assert_no_error (error);

  read_only = ff_store_open_read_only (ff_store_get_path (fixture->store), &error);
  g_assert_no_error (error);

  window = gtk_window_new ();
  page = FF_PARTICIPANT_PAGE (ff_participant_page_new (read_only));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  ff_participant_page_set_participant_id (page, fixture->participant_id);
  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (50);

  row = GTK_EDITABLE (ff_record_page_get_field_widget (FF_RECORD_PAGE (page),
                                                       FF_PARTICIPANT_NATIONAL_ID));
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "170590 *****");
  buttons = ff_ui_test_find_all (GTK_WIDGET (row), GTK_TYPE_BUTTON, NULL);
  reveal = NULL;
  for (guint i = 0; i < buttons->len; i++)
    if (g_str_equal (gtk_widget_get_name (g_ptr_array_index (buttons, i)), "reveal"))
      reveal = g_ptr_array_index (buttons, i);
  g_assert_nonnull (reveal);
  g_assert_true (gtk_widget_is_sensitive (reveal));

  /* Showing it cannot be recorded, so it is not shown. */
  g_signal_emit_by_name (reveal, "clicked");
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "170590 *****");
  g_assert_false (gtk_editable_get_editable (row));
  g_assert_cmpint (count_shown (fixture->store), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  ff_ui_test_spin (50);
}

static void
test_export_personal_data (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->tmpdir, "copy.pdf", NULL);
  g_autofree char *xml = g_build_filename (fixture->tmpdir, "copy.xml", NULL);
  g_autofree char *head = NULL;
  g_autofree char *contents = NULL;
  GtkEditable *row = field_row (fixture, FF_PARTICIPANT_FAMILY_NAME);

  /* What is typed and not yet saved is in the copy. */
  gtk_editable_set_text (row, "Shevchenko");
  g_assert_true (ff_participant_page_export_personal_data (fixture->page, pdf, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF"));

  g_assert_true (ff_participant_page_export_personal_data (fixture->page, xml, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Shevchenko"));

  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM audit"
                                                      " WHERE new_value = 'exported:access-pdf'"),
                   ==, 1);
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM audit"
                                                      " WHERE new_value = 'exported:access-xml'"),
                   ==, 1);
  /* The record's menu offers it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "participant.export-personal-data", NULL));
  ff_participant_page_cancel_export (fixture->page);
}

static void
test_invalid_date (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkEditable *row = field_row (fixture, FF_PARTICIPANT_BIRTH_DATE);
  g_autofree char *stored = NULL;

  /* Both ways of writing a date are taken, stored as ISO and shown the Norwegian way. */
  gtk_editable_set_text (row, "1990-05-17");
  ff_participant_page_flush (fixture->page);
  stored = stored_field (fixture, FF_PARTICIPANT_BIRTH_DATE);
  g_assert_cmpstr (stored, ==, "1990-05-17");
  g_assert_cmpstr (gtk_editable_get_text (row), ==, "17.05.1990");
  g_clear_pointer (&stored, g_free);

  gtk_editable_set_text (row, "01.02.1991");
  ff_participant_page_flush (fixture->page);
  stored = stored_field (fixture, FF_PARTICIPANT_BIRTH_DATE);
  g_assert_cmpstr (stored, ==, "1991-02-01");
  g_clear_pointer (&stored, g_free);

  gtk_editable_set_text (row, "31.02.1991");
  ff_participant_page_flush (fixture->page);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  stored = stored_field (fixture, FF_PARTICIPANT_BIRTH_DATE);
  g_assert_cmpstr (stored, ==, "1991-02-01");
}

static void
test_flush_writes_pending_edit (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *phone = NULL;
  g_autofree char *given = NULL;

  gtk_editable_set_text (field_row (fixture, FF_PARTICIPANT_PHONE), "98765432");
  gtk_editable_set_text (field_row (fixture, FF_PARTICIPANT_GIVEN_NAME), "Olha");
  ff_participant_page_flush (fixture->page);

  /* No main loop ran: the flush itself wrote both. */
  phone = stored_field (fixture, FF_PARTICIPANT_PHONE);
  g_assert_cmpstr (phone, ==, "+47 987 65 432");
  given = stored_field (fixture, FF_PARTICIPANT_GIVEN_NAME);
  g_assert_cmpstr (given, ==, "Olha");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ff_participant_page_get_title_label (fixture->page))),
                   ==, "Olha Kovalenko");
}

static void
test_change_elsewhere_keeps_pending_edit (Fixture       *fixture,
                                          gconstpointer  data)
{
  StoredValue expected = { fixture, FF_PARTICIPANT_FAMILY_NAME, "Shevchenko" };
  g_autoptr(GError) error = NULL;

  gtk_editable_set_text (field_row (fixture, FF_PARTICIPANT_FAMILY_NAME), "Shevchenko");

  /* Someone else changes another field while the user types. */
  g_assert_true (ff_participant_set_field (fixture->store, fixture->participant_id,
                                           FF_PARTICIPANT_COUNTRY, "Ukraina", &error));
  g_assert_no_error (error);

  g_assert_cmpstr (gtk_editable_get_text (field_row (fixture, FF_PARTICIPANT_COUNTRY)),
                   ==, "Ukraina");
  g_assert_cmpstr (gtk_editable_get_text (field_row (fixture, FF_PARTICIPANT_FAMILY_NAME)),
                   ==, "Shevchenko");
  g_assert_true (ff_ui_test_wait_until (field_is_stored, &expected, 5.0));
}

static void
test_combo_saves_on_selection (Fixture       *fixture,
                               gconstpointer  data)
{
  AdwComboRow *oral;
  g_autofree char *stored = NULL;

  oral = ADW_COMBO_ROW (ff_record_page_get_field_widget (FF_RECORD_PAGE (fixture->page),
                                                              FF_PARTICIPANT_NORWEGIAN_ORAL));
  /* "Not assessed", A0, A1, A2, B1 … */
  adw_combo_row_set_selected (oral, 4);
  stored = stored_field (fixture, FF_PARTICIPANT_NORWEGIAN_ORAL);
  g_assert_cmpstr (stored, ==, "B1");
}

static GPtrArray *
history_titles (Fixture *fixture)
{
  GtkWidget *list = ff_participant_page_get_programmes_list (fixture->page);
  g_autoptr(GPtrArray) rows = ff_ui_test_find_all (list, ADW_TYPE_ACTION_ROW,
                                                   "ff-status-change");
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (titles,
                     g_strdup (adw_preferences_row_get_title (g_ptr_array_index (rows, i))));

  return titles;
}

static gboolean
has_n_history_rows (gpointer data)
{
  void **args = data;
  g_autoptr(GPtrArray) titles = history_titles (args[0]);

  return titles->len == GPOINTER_TO_UINT (args[1]);
}

static void
test_shows_status_history (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autofree char *referred = NULL;
  g_autofree char *active = NULL;
  g_autofree char *completed = NULL;
  gint64 programme_id;
  gint64 enrolment_id;
  void *wait_args[2] = { fixture, GUINT_TO_POINTER (4) };
  GtkLabel *status;

  programme_id = ff_programme_create (fixture->store, "Etableringskurs Kvænangen",
                                      FF_PROGRAMME_KIND_ESTABLISHMENT, &error);
  g_assert_no_error (error);

  /* Recorded out of order: the page shows them by date. */
  enrolment_id = ff_enrolment_create (fixture->store, fixture->participant_id, programme_id,
                                      FF_ENROLMENT_STATUS_REFERRED, "2025-01-10",
                                      "Referred by NAV", &error);
  g_assert_no_error (error);
  g_assert_true (ff_enrolment_set_status (fixture->store, enrolment_id,
                                          FF_ENROLMENT_STATUS_ACTIVE, "2025-03-03",
                                          "Started the course", &error));
  g_assert_true (ff_enrolment_set_status (fixture->store, enrolment_id,
                                          FF_ENROLMENT_STATUS_INTERVIEWED, "2025-02-01",
                                          NULL, &error));
  g_assert_no_error (error);

  /* The page follows changes made elsewhere. */
  ff_ui_test_spin (50);
  titles = history_titles (fixture);
  g_assert_cmpuint (titles->len, ==, 3);

  referred = g_strdup_printf ("%s — 10 Jan 2025 — Referred by NAV",
                              ff_enrolment_status_to_label (FF_ENROLMENT_STATUS_REFERRED));
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, referred);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (titles, 1),
                                   ff_enrolment_status_to_label (FF_ENROLMENT_STATUS_INTERVIEWED)));
  active = g_strdup_printf ("%s — 3 Mar 2025 — Started the course",
                            ff_enrolment_status_to_label (FF_ENROLMENT_STATUS_ACTIVE));
  g_assert_cmpstr (g_ptr_array_index (titles, 2), ==, active);

  status = GTK_LABEL (ff_participant_page_get_status_label (fixture->page));
  g_assert_cmpstr (gtk_label_get_text (status), ==,
                   ff_enrolment_status_to_label (FF_ENROLMENT_STATUS_ACTIVE));

  /* A new change appears at the end, and the header follows it. */
  g_assert_true (ff_enrolment_set_status (fixture->store, enrolment_id,
                                          FF_ENROLMENT_STATUS_COMPLETED, "2025-06-20",
                                          NULL, &error));
  g_assert_true (ff_ui_test_wait_until (has_n_history_rows, wait_args, 5.0));
  g_clear_pointer (&titles, g_ptr_array_unref);
  titles = history_titles (fixture);
  completed = g_strdup_printf ("%s — 20 Jun 2025",
                               ff_enrolment_status_to_label (FF_ENROLMENT_STATUS_COMPLETED));
  g_assert_cmpstr (g_ptr_array_index (titles, 3), ==, completed);
  g_assert_cmpstr (gtk_label_get_text (status), ==,
                   ff_enrolment_status_to_label (FF_ENROLMENT_STATUS_COMPLETED));
}

static void
test_switch_shows_new_programmes (Fixture       *fixture,
                                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *list = ff_participant_page_get_programmes_list (fixture->page);
  const char *waiting;
  gint64 course, mentor, ahmad, enrolment;

  course = ff_programme_create (fixture->store, "Etableringskurs Kvænangen",
                                FF_PROGRAMME_KIND_ESTABLISHMENT, &error);
  mentor = ff_programme_create (fixture->store, "Mentorordning KIA Skien",
                                FF_PROGRAMME_KIND_MENTOR, &error);
  g_assert_no_error (error);
  enrolment = ff_enrolment_create (fixture->store, fixture->participant_id, course,
                                   FF_ENROLMENT_STATUS_REFERRED, "2025-01-10", NULL, &error);
  g_assert_true (ff_enrolment_set_status (fixture->store, enrolment,
                                          FF_ENROLMENT_STATUS_ACTIVE, "2025-03-03", NULL,
                                          &error));
  ff_enrolment_create (fixture->store, fixture->participant_id, mentor,
                       FF_ENROLMENT_STATUS_ACTIVE, "2025-02-01", NULL, &error);
  g_assert_no_error (error);

  ahmad = ff_participant_create (fixture->store, "Ahmad", "Ahmadi", &error);
  ff_enrolment_create (fixture->store, ahmad, mentor, FF_ENROLMENT_STATUS_WAITING_LIST,
                       "2025-04-01", NULL, &error);
  g_assert_no_error (error);
  ff_ui_test_spin (50);

  titles = history_titles (fixture);
  g_assert_cmpuint (titles->len, ==, 3);

  /* Ahmad has one programme with one change: nothing of Olena's is left. */
  ff_participant_page_set_participant_id (fixture->page, ahmad);
  ff_ui_test_spin (50);
  rows = ff_ui_test_find_all (list, FF_TYPE_ENROLMENT_ROW, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (ff_summary_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   "Mentorordning KIA Skien");
  g_clear_pointer (&titles, g_ptr_array_unref);
  titles = history_titles (fixture);
  g_assert_cmpuint (titles->len, ==, 1);
  waiting = ff_enrolment_status_to_label (FF_ENROLMENT_STATUS_WAITING_LIST);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (titles, 0), waiting));

  /* And back: both of Olena's programmes and all three changes again. */
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
  ff_ui_test_spin (50);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ff_ui_test_find_all (list, FF_TYPE_ENROLMENT_ROW, NULL);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&titles, g_ptr_array_unref);
  titles = history_titles (fixture);
  g_assert_cmpuint (titles->len, ==, 3);
}

static char *
family_name_of (Fixture *fixture,
                gint64   id)
{
  g_autoptr(FfParticipant) participant = ff_participant_load (fixture->store, id, NULL);

  return g_strdup (participant != NULL
                   ? ff_participant_get_field (participant, FF_PARTICIPANT_FAMILY_NAME)
                   : "");
}

/* The personal details are a view of the page: when another participant is opened
 * while another view is in sight, they show that participant once they come into
 * sight, and nothing of the one before is left in them or written into the new one. */
static void
test_details_out_of_sight (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkEditable *family = field_row (fixture, FF_PARTICIPANT_FAMILY_NAME);
  g_autoptr(GError) error = NULL;
  g_autofree char *olena = NULL;
  g_autofree char *ahmadi = NULL;
  gint64 ahmad;

  ahmad = ff_participant_create (fixture->store, "Ahmad", "Ahmadi", &error);
  g_assert_no_error (error);

  /* Typed, then another participant opened from the overview at once. */
  gtk_editable_set_text (family, "Kovalenko-Shevchenko");
  ff_participant_page_set_view (fixture->page, "overview");
  ff_participant_page_set_participant_id (fixture->page, ahmad);
  olena = family_name_of (fixture, fixture->participant_id);
  g_assert_cmpstr (olena, ==, "Kovalenko-Shevchenko");

  ff_participant_page_set_view (fixture->page, "details");
  g_assert_cmpstr (gtk_editable_get_text (family), ==, "Ahmadi");
  ff_ui_test_spin (FF_AUTOSAVE_DELAY_MS + 200);
  ahmadi = family_name_of (fixture, ahmad);
  g_assert_cmpstr (ahmadi, ==, "Ahmadi");

  /* Out of sight, they are filled once the page is drawn: the view shows the
   * participant as soon as it is chosen. */
  ff_participant_page_set_view (fixture->page, "overview");
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
  ff_ui_test_spin (200);
  g_assert_cmpstr (gtk_editable_get_text (family), ==, "Kovalenko-Shevchenko");
}

/* The Audit Log window that is open, or NULL. */
static FfAuditWindow *
find_audit_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (FF_IS_AUDIT_WINDOW (window))
        return FF_AUDIT_WINDOW (window);
    }

  return NULL;
}

static void
test_audit_log_lists_a_change (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(FfAuditEntry) newest = NULL;
  FfAuditWindow *window;
  GListModel *entries;

  ff_test_set_participant (fixture->store, fixture->participant_id, FF_PARTICIPANT_PHONE,
                           "98765432");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "participant.audit-log", NULL);
  ff_ui_test_spin (50);
  window = find_audit_window ();
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  entries = ff_audit_window_get_entries (window);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
  newest = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (ff_audit_entry_get_description (newest), ==,
                   "Changed Phone to “+47 987 65 432”");

  /* A change made while it is open is listed at once. */
  ff_test_set_participant (fixture->store, fixture->participant_id, FF_PARTICIPANT_EMAIL,
                           "olena@example.no");
  ff_ui_test_spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (ff_audit_window_get_entries (window)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A long log opens whole: every one of 20,000 disclosures and the creation is listed. */
static void
test_audit_log_holds_every_entry (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  for (guint i = 0; i < 20000; i++)
    g_array_append_val (ids, fixture->participant_id);
  g_assert_true (ff_audit_log_disclosures (fixture->store, "participant",
                                           (gint64 *) ids->data, ids->len, FF_AUDIT_SHOWN,
                                           "national_id", &error));
  g_assert_no_error (error);

  window = ff_audit_window_new (GTK_WINDOW (fixture->window), fixture->store,
                                fixture->participant_id, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  ff_ui_test_spin (1);
  g_assert_cmpuint (g_list_model_get_n_items (ff_audit_window_get_entries (FF_AUDIT_WINDOW (window))), ==,
                    20001);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/participant-page/" path, Fixture, NULL, \
              fixture_set_up, func, fixture_tear_down)

  ADD ("saves-a-field", test_saves_a_field);
  ADD ("invalid-national-id-is-marked-and-not-saved", test_invalid_national_id);
  ADD ("invalid-date-is-marked-and-not-saved", test_invalid_date);
  ADD ("national-id-is-masked-until-shown", test_national_id_masked);
  ADD ("national-id-is-masked-in-the-list", test_national_id_masked_in_list);
  ADD ("national-id-is-not-shown-read-only", test_national_id_read_only);
  ADD ("exports-personal-data", test_export_personal_data);
  ADD ("flush-writes-pending-edit", test_flush_writes_pending_edit);
  ADD ("change-elsewhere-keeps-pending-edit", test_change_elsewhere_keeps_pending_edit);
  ADD ("combo-saves-on-selection", test_combo_saves_on_selection);
  ADD ("shows-status-history", test_shows_status_history);
  ADD ("switching-shows-only-the-new-programmes", test_switch_shows_new_programmes);
  ADD ("details-follow-the-participant-out-of-sight", test_details_out_of_sight);
  ADD ("audit-log-lists-a-change", test_audit_log_lists_a_change);
  ADD ("audit-log-holds-every-entry", test_audit_log_holds_every_entry);

#undef ADD

  return g_test_run ();
}
