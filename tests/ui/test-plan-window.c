/* test-plan-window.c — writing, signing and exporting a plan in its window, and the
 * participants due for a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-document-print.h"
#include "ff-enrolment.h"
#include "ff-format.h"
#include "ff-participant.h"
#include "ff-participant-page.h"
#include "ff-participant-page-private.h"
#include "ff-plan.h"
#include "ff-plan-report.h"
#include "ff-plan-window.h"
#include "ff-plan-window-private.h"
#include "ff-programme.h"
#include "ff-record-section.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-ui-test.h"

typedef struct
{
  char               *tmpdir;
  FfStore            *store;
  gint64              participant_id;
  gint64              enrolment_id;
  GtkWidget          *window;
  FfParticipantPage  *page;
  FfPlanWindow       *plan_window;
} Fixture;

static gint64
add_enrolment (FfStore    *store,
               gint64      participant_id,
               const char *programme_name)
{
  gint64 programme_id = ff_test_add_programme (store, programme_name,
                                               FF_PROGRAMME_KIND_INTRODUCTION);

  return ff_test_add_enrolment (store, participant_id, programme_id, "2026-01-05");
}

/* The plan window now open, or NULL. */
static FfPlanWindow *
find_plan_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (FF_IS_PLAN_WINDOW (item))
        return FF_PLAN_WINDOW (item);
    }

  return NULL;
}

static gboolean
plan_window_is_open (gpointer data)
{
  return find_plan_window () != NULL;
}

/* The button of the participant page whose label is @label ("_Write Plan"). */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = ff_ui_test_find_all (widget, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
        return g_ptr_array_index (buttons, i);
    }

  return NULL;
}

/* The button in @row that runs @action_name. */
static GtkWidget *
find_action_button (GtkWidget  *row,
                    const char *action_name)
{
  g_autoptr(GPtrArray) buttons = ff_ui_test_find_all (row, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), action_name) == 0)
        return GTK_WIDGET (button);
    }

  return NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *button;

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->participant_id = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  fixture->enrolment_id = add_enrolment (fixture->store, fixture->participant_id,
                                         "Introduksjonsprogrammet");

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  fixture->page = FF_PARTICIPANT_PAGE (ff_participant_page_new (fixture->store));
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (50);

  /* The enrolment has no plan yet: Write Plan starts one and opens it. */
  g_assert_null (find_button (GTK_WIDGET (fixture->page), "_Open Plan"));
  button = find_button (GTK_WIDGET (fixture->page), "_Write Plan");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));

  g_assert_true (ff_ui_test_wait_until (plan_window_is_open, NULL, 5.0));
  fixture->plan_window = find_plan_window ();
  g_object_ref (fixture->plan_window);
  ff_ui_test_spin (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->plan_window));
  g_assert_finalize_object (fixture->plan_window);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (10);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

static FfPlan *
load_shown_plan (Fixture *fixture)
{
  return ff_test_load_plan (fixture->store, ff_plan_window_get_plan_id (fixture->plan_window));
}

static GtkWidget *
plan_field (Fixture     *fixture,
            FfPlanField  field)
{
  GtkWidget *widget = ff_plan_window_get_field_widget (fixture->plan_window, field);

  g_assert_nonnull (widget);

  return widget;
}

static GtkWidget *
part_field (Fixture        *fixture,
            FfPlanPartKind  kind,
            guint           index,
            FfPlanField     field)
{
  gint64 id = ff_plan_window_get_part_id (fixture->plan_window, kind, index);
  GtkWidget *widget;

  g_assert_cmpint (id, >, 0);
  widget = ff_plan_window_get_part_field_widget (fixture->plan_window, id, field);
  g_assert_nonnull (widget);

  return widget;
}

static void
type_goal (Fixture    *fixture,
           const char *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (plan_field (fixture, FF_PLAN_FIELD_GOAL_TEXT));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/* The description of each activity in the plan as stored, joined by "|". */
static char *
stored_activities (Fixture *fixture)
{
  g_autoptr(FfPlan) plan = load_shown_plan (fixture);
  GPtrArray *parts = ff_plan_get_parts (plan, FF_PLAN_PART_ACTIVITY);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append_c (joined, '|');
      g_string_append (joined,
                       ff_plan_part_get_field (g_ptr_array_index (parts, i),
                                               FF_PLAN_FIELD_ACTIVITY_DESCRIPTION));
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

typedef struct
{
  Fixture     *fixture;
  FfPlanField  field;
  const char  *value;
} StoredValue;

static gboolean
plan_field_is_stored (gpointer data)
{
  StoredValue *expected = data;
  g_autoptr(FfPlan) plan = load_shown_plan (expected->fixture);

  return g_strcmp0 (ff_plan_get_field (plan, expected->field), expected->value) == 0;
}

static void
test_write_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  StoredValue expected = { fixture, FF_PLAN_FIELD_GOAL_TEXT, "Work as a nurse in Tromsø" };
  g_autoptr(FfPlan) plan = NULL;
  g_autofree char *activities = NULL;
  GtkWidget *description;
  GtkWidget *row;

  g_assert_cmpint (ff_plan_window_get_enrolment_id (fixture->plan_window), ==,
                   fixture->enrolment_id);
  plan = load_shown_plan (fixture);
  g_assert_cmpint (ff_plan_get_state (plan), ==, FF_PLAN_STATE_DRAFT);
  g_assert_cmpint (ff_plan_get_version (plan), ==, 1);
  g_clear_object (&plan);

  /* The goal is written once typing pauses. */
  type_goal (fixture, "Work as a nurse in Tromsø");
  g_assert_false (plan_field_is_stored (&expected));
  g_assert_true (ff_ui_test_wait_until (plan_field_is_stored, &expected, 5.0));

  /* A choice is written as soon as it is made: Work is the first goal after none. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (plan_field (fixture, FF_PLAN_FIELD_GOAL)), 1);
  plan = load_shown_plan (fixture);
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_GOAL), ==, "work");
  g_clear_object (&plan);

  /* An activity, typed into the row the Add Activity button brings. */
  g_assert_cmpuint (ff_plan_window_get_n_parts (fixture->plan_window, FF_PLAN_PART_ACTIVITY),
                    ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->plan_window),
                                             "plan.add-activity", NULL));
  g_assert_cmpuint (ff_plan_window_get_n_parts (fixture->plan_window, FF_PLAN_PART_ACTIVITY),
                    ==, 1);
  description = part_field (fixture, FF_PLAN_PART_ACTIVITY, 0,
                            FF_PLAN_FIELD_ACTIVITY_DESCRIPTION);
  gtk_editable_set_text (GTK_EDITABLE (description), "Norsk B1 at the adult education centre");
  gtk_editable_set_text (GTK_EDITABLE (part_field (fixture, FF_PLAN_PART_ACTIVITY, 0,
                                                   FF_PLAN_FIELD_ACTIVITY_HOURS)), "7,5");
  ff_plan_window_flush (fixture->plan_window);

  activities = stored_activities (fixture);
  g_assert_cmpstr (activities, ==, "Norsk B1 at the adult education centre");
  plan = load_shown_plan (fixture);
  {
    GPtrArray *parts = ff_plan_get_parts (plan, FF_PLAN_PART_ACTIVITY);

    g_assert_cmpstr (ff_plan_part_get_field (g_ptr_array_index (parts, 0),
                                             FF_PLAN_FIELD_ACTIVITY_HOURS), ==, "7.5");
  }

  /* The activity's row sums it up. */
  row = ff_plan_window_get_part_row (fixture->plan_window, FF_PLAN_PART_ACTIVITY, 0);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                            "Norsk B1 at the adult education centre"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "7"));

  /* The participant page now opens the plan instead of writing one. */
  g_assert_null (find_button (GTK_WIDGET (fixture->page), "_Write Plan"));
  g_assert_nonnull (find_button (GTK_WIDGET (fixture->page), "_Open Plan"));
}

static void
test_invalid_date_not_written (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *start = plan_field (fixture, FF_PLAN_FIELD_PERIOD_START);
  GtkWidget *end = plan_field (fixture, FF_PLAN_FIELD_PERIOD_END);
  g_autofree char *base_title = NULL;
  g_autoptr(FfPlan) plan = NULL;

  base_title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (end)));

  gtk_editable_set_text (GTK_EDITABLE (start), "01.02.2026");
  gtk_editable_set_text (GTK_EDITABLE (end), "30.04.2026");
  ff_plan_window_flush (fixture->plan_window);
  plan = load_shown_plan (fixture);
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_PERIOD_START), ==, "2026-02-01");
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_PERIOD_END), ==, "2026-04-30");
  g_clear_object (&plan);
  g_assert_false (gtk_widget_has_css_class (end, "error"));

  /* No such date: marked with a message, not written, left for the user to fix. */
  gtk_editable_set_text (GTK_EDITABLE (end), "31.04.2026");
  ff_plan_window_flush (fixture->plan_window);
  g_assert_nonnull (ff_ui_test_refusal (end));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (end)), ==, base_title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "31.04.2026");
  ff_ui_test_spin (800);
  plan = load_shown_plan (fixture);
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_PERIOD_END), ==, "2026-04-30");
  g_clear_object (&plan);

  /* An end before the start is refused the same way. */
  gtk_editable_set_text (GTK_EDITABLE (end), "01.01.2026");
  ff_plan_window_flush (fixture->plan_window);
  g_assert_true (gtk_widget_has_css_class (end, "error"));
  plan = load_shown_plan (fixture);
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_PERIOD_END), ==, "2026-04-30");
  g_clear_object (&plan);

  /* Fixed, the mark goes and the value is written. */
  gtk_editable_set_text (GTK_EDITABLE (end), "2026-05-31");
  ff_plan_window_flush (fixture->plan_window);
  g_assert_null (ff_ui_test_refusal (end));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (end)), ==, base_title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "31.05.2026");
  plan = load_shown_plan (fixture);
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_PERIOD_END), ==, "2026-05-31");
}

static void
add_activity (Fixture    *fixture,
              const char *description)
{
  guint n = ff_plan_window_get_n_parts (fixture->plan_window, FF_PLAN_PART_ACTIVITY);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->plan_window),
                                             "plan.add-activity", NULL));
  gtk_editable_set_text (GTK_EDITABLE (part_field (fixture, FF_PLAN_PART_ACTIVITY, n,
                                                   FF_PLAN_FIELD_ACTIVITY_DESCRIPTION)),
                         description);
}

static gboolean
two_activities_shown (gpointer data)
{
  Fixture *fixture = data;

  return ff_plan_window_get_n_parts (fixture->plan_window, FF_PLAN_PART_ACTIVITY) == 2;
}

static void
test_remove_and_undo_activity (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *activities = NULL;
  GtkWidget *row;
  GtkWidget *remove;
  gint64 removed_id;

  add_activity (fixture, "Norwegian tuition");
  add_activity (fixture, "Language practice at the library");
  add_activity (fixture, "Job seeking course");

  /* The remove button of the second row; what was typed there is written first. */
  row = ff_plan_window_get_part_row (fixture->plan_window, FF_PLAN_PART_ACTIVITY, 1);
  removed_id = ff_plan_window_get_part_id (fixture->plan_window, FF_PLAN_PART_ACTIVITY, 1);
  remove = find_action_button (row, "plan.remove-part");
  g_assert_nonnull (remove);
  g_assert_true (gtk_widget_activate (remove));

  /* A button activated from the keyboard clicks once it has shown itself pressed. */
  g_assert_true (ff_ui_test_wait_until (two_activities_shown, fixture, 5.0));
  activities = stored_activities (fixture);
  g_assert_cmpstr (activities, ==, "Norwegian tuition|Job seeking course");
  g_clear_pointer (&activities, g_free);

  /* Undo, as the toast's button does, brings it back in its place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->plan_window),
                                             "plan.undo-remove", "(ix)",
                                             (gint32) FF_PLAN_PART_ACTIVITY, removed_id));
  g_assert_cmpuint (ff_plan_window_get_n_parts (fixture->plan_window, FF_PLAN_PART_ACTIVITY),
                    ==, 3);
  g_assert_cmpint (ff_plan_window_get_part_id (fixture->plan_window, FF_PLAN_PART_ACTIVITY, 1),
                   ==, removed_id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (part_field (fixture,
                                                                    FF_PLAN_PART_ACTIVITY, 1,
                                                                    FF_PLAN_FIELD_ACTIVITY_DESCRIPTION))),
                   ==, "Language practice at the library");
  activities = stored_activities (fixture);
  g_assert_cmpstr (activities, ==,
                   "Norwegian tuition|Language practice at the library|Job seeking course");
}

static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "plan.pdf", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->tmpdir, "missing", "plan.pdf", NULL);
  g_autofree char *flat = NULL;
  g_autoptr(GError) error = NULL;

  /* Typed and exported at once: the export writes the pending edits first. */
  type_goal (fixture, "Open a café with Ukrainian dumplings in Kvænangen");
  add_activity (fixture, "Bakery mentor");

  g_assert_true (ff_plan_window_export_to_path (fixture->plan_window, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  flat = ff_test_pdf_text (path);
  if (flat == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (flat, "Open a café with Ukrainian dumplings in Kvænangen"));
  g_assert_nonnull (strstr (flat, "Bakery mentor"));
  g_assert_nonnull (strstr (flat, "Olena Kovalenko"));

  /* Exporting does not sign. */
  {
    g_autoptr(FfPlan) plan = load_shown_plan (fixture);

    g_assert_cmpint (ff_plan_get_state (plan), ==, FF_PLAN_STATE_DRAFT);
    g_assert_cmpint (ff_plan_get_version (plan), ==, 1);
  }

  /* A folder that does not exist: an error, and no file. */
  g_assert_false (ff_plan_window_export_to_path (fixture->plan_window, bad_path, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));

  g_unlink (path);
}

static void
test_print_operation_draws_the_plan (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "printed.pdf", NULL);
  g_autoptr(FfPlan) plan = NULL;
  g_autoptr(FfPlanReport) report = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *flat = NULL;
  GtkPrintOperationResult result;

  type_goal (fixture, "Become a certified electrician");
  ff_plan_window_flush (fixture->plan_window);

  /* The same operation the print dialog runs, sent to a file instead of a printer. */
  plan = load_shown_plan (fixture);
  report = ff_plan_report_new_for_plan (plan, &error);
  g_assert_no_error (error);
  operation = ff_document_print_operation_new (FF_DOCUMENT (report));
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  flat = ff_test_pdf_text (path);
  if (flat == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (flat, "Become a certified electrician"));
  g_assert_nonnull (strstr (flat, "Olena Kovalenko"));
  g_unlink (path);
}

static void
test_sign_moves_to_next_draft (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) signed_plan = NULL;
  g_autoptr(FfPlan) draft = NULL;
  gint64 signed_id = ff_plan_window_get_plan_id (fixture->plan_window);
  GtkWidget *goal = plan_field (fixture, FF_PLAN_FIELD_GOAL_TEXT);
  GtkWidget *period_end = plan_field (fixture, FF_PLAN_FIELD_PERIOD_END);
  GtkDropDown *versions;

  type_goal (fixture, "Work in a kindergarten");
  add_activity (fixture, "Work practice in Solsikken kindergarten");

  /* What a print for signature does once printed: the pending edits are part of it. */
  g_assert_true (ff_plan_window_sign_printed (fixture->plan_window, &error));
  g_assert_no_error (error);

  g_assert_cmpint (ff_plan_window_get_plan_id (fixture->plan_window), !=, signed_id);
  draft = load_shown_plan (fixture);
  g_assert_cmpint (ff_plan_get_state (draft), ==, FF_PLAN_STATE_DRAFT);
  g_assert_cmpint (ff_plan_get_version (draft), ==, 2);
  g_assert_cmpstr (ff_plan_get_field (draft, FF_PLAN_FIELD_GOAL_TEXT), ==,
                   "Work in a kindergarten");
  signed_plan = ff_test_load_plan (fixture->store, signed_id);
  g_assert_cmpint (ff_plan_get_state (signed_plan), ==, FF_PLAN_STATE_SIGNED);
  g_assert_cmpstr (ff_plan_get_field (signed_plan, FF_PLAN_FIELD_GOAL_TEXT), ==,
                   "Work in a kindergarten");

  /* The window edits the new draft. */
  g_assert_true (gtk_widget_get_sensitive (goal));
  g_assert_true (gtk_widget_get_sensitive (ff_plan_window_get_part_row (fixture->plan_window,
                                                                        FF_PLAN_PART_ACTIVITY,
                                                                        0)));
  type_goal (fixture, "Work as a kindergarten assistant");
  ff_plan_window_flush (fixture->plan_window);

  /* Both versions can be chosen, the newest first. */
  versions = GTK_DROP_DOWN (ff_plan_window_get_version_dropdown (fixture->plan_window));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (versions)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (versions), ==, 0);

  /* The signed version opens read-only, as it was signed. */
  gtk_drop_down_set_selected (versions, 1);
  g_assert_cmpint (ff_plan_window_get_plan_id (fixture->plan_window), ==, signed_id);
  g_assert_false (gtk_widget_get_sensitive (goal));
  g_assert_false (gtk_widget_get_sensitive (period_end));
  g_assert_false (gtk_widget_get_sensitive (part_field (fixture, FF_PLAN_PART_ACTIVITY, 0,
                                                        FF_PLAN_FIELD_ACTIVITY_DESCRIPTION)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (part_field (fixture,
                                                                    FF_PLAN_PART_ACTIVITY, 0,
                                                                    FF_PLAN_FIELD_ACTIVITY_DESCRIPTION))),
                   ==, "Work practice in Solsikken kindergarten");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (goal));
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "Work in a kindergarten");
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->plan_window), "plan.add-activity", NULL);
  g_assert_cmpuint (ff_plan_window_get_n_parts (fixture->plan_window, FF_PLAN_PART_ACTIVITY),
                    ==, 1);

  /* It cannot be signed again, but it still exports. */
  g_assert_false (ff_plan_window_sign_printed (fixture->plan_window, NULL));
  {
    g_autofree char *path = g_build_filename (fixture->tmpdir, "signed.pdf", NULL);

    g_assert_true (ff_plan_window_export_to_path (fixture->plan_window, path, &error));
    g_assert_no_error (error);
    g_unlink (path);
  }

  /* Open Draft goes back to the draft, editable again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->plan_window),
                                             "plan.open-draft", NULL));
  g_assert_cmpint (ff_plan_window_get_plan_id (fixture->plan_window), ==,
                   ff_plan_get_id (draft));
  g_assert_true (gtk_widget_get_sensitive (goal));
}

static void
test_opening_again_shows_the_same_window (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  FfPlanWindow *again;
  GtkWidget *button;

  button = find_button (GTK_WIDGET (fixture->page), "_Open Plan");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  ff_ui_test_spin (500);
  g_assert_true (find_plan_window () == fixture->plan_window);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, 2);

  again = ff_plan_window_open_for_enrolment (fixture->store, fixture->enrolment_id, NULL,
                                             &error);
  g_assert_no_error (error);
  g_assert_true (again == fixture->plan_window);
}

/* Reviews due */

static gint64
add_plan_with_review (FfStore    *store,
                      const char *given,
                      const char *family,
                      const char *review_date,
                      gboolean    held)
{
  gint64 participant_id = ff_test_add_participant (store, given, family);
  gint64 enrolment_id = add_enrolment (store, participant_id, family);
  gint64 plan_id = ff_test_add_plan (store, enrolment_id);
  gint64 review_id = ff_test_add_part (store, plan_id, FF_PLAN_PART_REVIEW, review_date);

  if (held)
    ff_test_set_part (store, review_id, FF_PLAN_FIELD_REVIEW_DONE, "1");

  return participant_id;
}

static char *
days_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static char *
shown_names (GListModel *model)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FfParticipant) participant = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (names, '|');
      g_string_append (names, ff_participant_get_display_name (participant));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static GtkWidget *
find_reviews_due_button (GtkWidget *view)
{
  g_autoptr(GPtrArray) buttons = ff_ui_test_find_all (view, GTK_TYPE_TOGGLE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)),
                     "appointment-soon-symbolic") == 0)
        return g_ptr_array_index (buttons, i);
    }

  return NULL;
}

static void
test_reviews_due_this_week (void)
{
  g_autofree char *tmpdir = NULL;
  FfStore *store = ff_test_store_new (&tmpdir);
  g_autofree char *today = days_from_today (0);
  g_autofree char *overdue = days_from_today (-20);
  g_autofree char *later = days_from_today (60);
  g_autofree char *names = NULL;
  GtkWidget *window;
  GtkWidget *view;
  GtkWidget *button;
  GtkListView *list;
  GListModel *model;

  add_plan_with_review (store, "Olena", "Kovalenko", today, FALSE);
  add_plan_with_review (store, "Ahmad", "Ahmadi", later, FALSE);
  add_plan_with_review (store, "Sahra", "Abdi", overdue, TRUE);
  ff_test_add_participant (store, "Marta", "Hailu");

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  view = ff_record_section_new (FF_TYPE_PARTICIPANT_PAGE);
  ff_record_section_set_store (FF_RECORD_SECTION (view), store);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (100);

  {
    g_autoptr(GPtrArray) lists = ff_ui_test_find_all (view, GTK_TYPE_LIST_VIEW,
                                                      "navigation-sidebar");

    g_assert_cmpuint (lists->len, ==, 1);
    list = g_ptr_array_index (lists, 0);
  }
  model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  /* Only the one whose review is this week: not one reviewed already, not one later. */
  button = find_reviews_due_button (view);
  g_assert_nonnull (button);
  g_assert_nonnull (gtk_widget_get_tooltip_text (button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  names = shown_names (model);
  g_assert_cmpstr (names, ==, "Olena Kovalenko");
  g_clear_pointer (&names, g_free);

  /* The participant page marks that review. */
  {
    GtkWidget *page = ff_participant_page_new (store);
    GtkWidget *page_window = gtk_window_new ();
    g_autoptr(GPtrArray) warnings = NULL;
    g_autofree char *date = ff_format_date (today, NULL);
    g_autofree char *due_text = g_strdup_printf ("Review due %s", date);
    gint64 olena = 0;

    {
      g_autoptr(FfParticipant) first = g_list_model_get_item (model, 0);

      olena = ff_participant_get_id (first);
    }

    gtk_window_set_child (GTK_WINDOW (page_window), page);
    ff_participant_page_set_participant_id (FF_PARTICIPANT_PAGE (page), olena);
    gtk_window_present (GTK_WINDOW (page_window));
    ff_ui_test_spin (50);

    warnings = ff_ui_test_find_all (ff_participant_page_get_programmes_list (FF_PARTICIPANT_PAGE (page)),
                                    GTK_TYPE_LABEL, "warning");
    g_assert_cmpuint (warnings->len, ==, 1);
    g_assert_nonnull (strstr (gtk_label_get_text (g_ptr_array_index (warnings, 0)), due_text));
    gtk_window_destroy (GTK_WINDOW (page_window));
  }

  /* The review held, nobody is due any more. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FfPlan) plan = NULL;
    GPtrArray *reviews = NULL;
    g_autoptr(FfParticipant) first = g_list_model_get_item (model, 0);
    gint64 plan_id = ff_plan_find_for_participant (store, ff_participant_get_id (first),
                                                   &error);

    g_assert_no_error (error);
    plan = ff_test_load_plan (store, plan_id);
    reviews = ff_plan_get_parts (plan, FF_PLAN_PART_REVIEW);
    ff_test_set_part (store, ff_plan_part_get_id (g_ptr_array_index (reviews, 0)),
                      FF_PLAN_FIELD_REVIEW_DONE, "1");
  }
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  {
    g_autoptr(GPtrArray) pages = ff_ui_test_find_all (view, ADW_TYPE_STATUS_PAGE, NULL);
    gboolean said = FALSE;

    for (guint i = 0; i < pages->len; i++)
      said |= g_strcmp0 (adw_status_page_get_title (g_ptr_array_index (pages, i)),
                         "No Reviews Due This Week") == 0;
    g_assert_true (said);
  }

  /* Everyone again. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  ff_ui_test_spin (10);
  ff_test_store_close (store, g_steal_pointer (&tmpdir));
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/plan-window/write-plan", Fixture, NULL,
              fixture_set_up, test_write_plan, fixture_tear_down);
  g_test_add ("/ui/plan-window/invalid-date-not-written", Fixture, NULL,
              fixture_set_up, test_invalid_date_not_written, fixture_tear_down);
  g_test_add ("/ui/plan-window/remove-and-undo-activity", Fixture, NULL,
              fixture_set_up, test_remove_and_undo_activity, fixture_tear_down);
  g_test_add ("/ui/plan-window/export-pdf", Fixture, NULL,
              fixture_set_up, test_export_pdf, fixture_tear_down);
  g_test_add ("/ui/plan-window/print-operation-draws-the-plan", Fixture, NULL,
              fixture_set_up, test_print_operation_draws_the_plan, fixture_tear_down);
  g_test_add ("/ui/plan-window/sign-moves-to-next-draft", Fixture, NULL,
              fixture_set_up, test_sign_moves_to_next_draft, fixture_tear_down);
  g_test_add ("/ui/plan-window/opening-again-shows-the-same-window", Fixture, NULL,
              fixture_set_up, test_opening_again_shows_the_same_window, fixture_tear_down);
  g_test_add_func ("/ui/participants-section/reviews-due-this-week", test_reviews_due_this_week);

  return g_test_run ();
}
