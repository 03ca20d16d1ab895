/* test-follow-ups.c — placements, follow-up conversations, outcomes and the timeline on a
 * participant's page, and the participants list's flagged filter: what is typed is
 * stored or refused in place, an approval cleared by an edit keeps the version
 * approved, and the flags show at their boundaries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-employer.h"
#include "ff-enrolment.h"
#include "ff-follow-up.h"
#include "ff-follow-up-group.h"
#include "ff-follow-up-row.h"
#include "ff-match-list.h"
#include "ff-mentor.h"
#include "ff-mentor-group.h"
#include "ff-outcome.h"
#include "ff-outcome-dialog.h"
#include "ff-outcome-group.h"
#include "ff-participant-filters.h"
#include "ff-participant-list-model.h"
#include "ff-participant-page.h"
#include "ff-placement.h"
#include "ff-placement-group.h"
#include "ff-placement-row.h"
#include "ff-status-dialog.h"
#include "ff-timeline-group.h"
#include "ff-timeline-row.h"
#include "ff-ui-test.h"

typedef struct
{
  char               *tmpdir;
  FfStore            *store;
  gint64              participant_id;
  gint64              programme_id;
  gint64              enrolment_id;
  gint64              employer_id;
  GtkWidget          *window;
  FfParticipantPage  *page;
  FfPlacementGroup   *placements;
  FfFollowUpGroup    *follow_ups;
  FfOutcomeGroup     *outcomes;
  FfTimelineGroup    *timeline;
} Fixture;

/* A date @days from today, stored ("2026-03-14") or as typed ("14.03.2026"). */
static char *
date_from_today (int         days,
                 const char *format)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, format);
}

#define STORED "%Y-%m-%d"
#define TYPED "%d.%m.%Y"

static gpointer
find_one (GtkWidget *widget,
          GType      type)
{
  g_autoptr(GPtrArray) found = ff_ui_test_find_all (widget, type, NULL);

  g_assert_cmpuint (found->len, ==, 1);
  return found->pdata[0];
}

static gint64
add_employer (FfStore    *store,
              const char *name)
{
  const char *values[FF_EMPLOYER_N_FIELDS] = { NULL };
  g_autoptr(GError) error = NULL;
  gint64 id;

  values[FF_EMPLOYER_NAME] = name;
  id = ff_record_insert (store, &ff_employer_type, 0, values, &error);
  g_assert_no_error (error);

  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autofree char *since = date_from_today (-100, STORED);

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->participant_id = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  fixture->programme_id = ff_test_add_programme (fixture->store, "Introduksjonsprogrammet",
                                                 FF_PROGRAMME_KIND_INTRODUCTION);
  fixture->enrolment_id = ff_test_add_enrolment (fixture->store, fixture->participant_id,
                                                 fixture->programme_id, since);
  fixture->employer_id = add_employer (fixture->store, "Rema 1000 Vang");

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  fixture->page = FF_PARTICIPANT_PAGE (ff_participant_page_new (fixture->store));
  g_object_ref_sink (fixture->page);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (50);

  fixture->placements = find_one (GTK_WIDGET (fixture->page), FF_TYPE_PLACEMENT_GROUP);
  fixture->follow_ups = find_one (GTK_WIDGET (fixture->page), FF_TYPE_FOLLOW_UP_GROUP);
  fixture->outcomes = find_one (GTK_WIDGET (fixture->page), FF_TYPE_OUTCOME_GROUP);
  fixture->timeline = find_one (GTK_WIDGET (fixture->page), FF_TYPE_TIMELINE_GROUP);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->page);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

static GPtrArray *
placements (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = ff_placement_list_for_participant (fixture->store,
                                                       fixture->participant_id, &error);

  g_assert_no_error (error);
  return list;
}

static gint64
add_placement (Fixture    *fixture,
               int         start_days,
               int         end_days)
{
  g_autofree char *start = date_from_today (start_days, STORED);
  g_autofree char *end = date_from_today (end_days, STORED);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = ff_placement_create (fixture->store, fixture->participant_id, fixture->employer_id,
                            FF_PLACEMENT_WORK_PRACTICE, start, end, &error);
  g_assert_no_error (error);
  ff_ui_test_spin (20);

  return id;
}

static FfPlacementRow *
placement_row (Fixture *fixture,
               gint64   id)
{
  GtkWidget *row = ff_placement_group_get_row (fixture->placements, id);

  g_assert_nonnull (row);
  return FF_PLACEMENT_ROW (row);
}

static void
type_into (GtkWidget  *field,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field), text);
}

/* Placements: added with an employer of the register; an archived one and a period
 * that ends before it starts are refused on their fields, and nothing is added. */
static void
test_placement_add (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *start = date_from_today (10, TYPED);
  g_autofree char *before = date_from_today (5, TYPED);
  g_autofree char *end = date_from_today (100, TYPED);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 archived = add_employer (fixture->store, "Gamle Sag AS");
  GtkWidget *employer = ff_placement_group_get_employer_entry (fixture->placements);
  GtkWidget *end_entry = ff_placement_group_get_end_entry (fixture->placements);
  FfSummaryRow *row;
  const char *message;

  g_assert_true (ff_record_set_archived (fixture->store, &ff_employer_type, archived, TRUE,
                                         &error));
  g_assert_no_error (error);

  type_into (employer, "Gamle Sag AS");
  type_into (ff_placement_group_get_start_entry (fixture->placements), start);
  type_into (end_entry, end);
  gtk_widget_activate_action (GTK_WIDGET (fixture->placements), "placements.add", NULL);
  message = ff_ui_test_refusal (employer);
  g_assert_nonnull (message);
  g_assert_true (strstr (message, "archived") != NULL);
  list = placements (fixture);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  type_into (employer, "Rema 1000 Vang");
  type_into (end_entry, before);
  gtk_widget_activate_action (GTK_WIDGET (fixture->placements), "placements.add", NULL);
  g_assert_null (ff_ui_test_refusal (employer));
  g_assert_nonnull (ff_ui_test_refusal (end_entry));
  list = placements (fixture);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  type_into (end_entry, end);
  adw_combo_row_set_selected (ADW_COMBO_ROW (ff_placement_group_get_kind_row (fixture->placements)),
                              FF_PLACEMENT_LANGUAGE_PRACTICE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->placements), "placements.add", NULL);
  g_assert_null (ff_ui_test_refusal (end_entry));
  list = placements (fixture);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (ff_record_get (list->pdata[0], FF_PLACEMENT_KIND), ==, "language-practice");
  row = FF_SUMMARY_ROW (placement_row (fixture, ff_record_get_id (list->pdata[0])));
  g_assert_cmpstr (ff_summary_row_get_title (row), ==, "Rema 1000 Vang");
  g_assert_true (g_str_has_prefix (ff_summary_row_get_subtitle (row), "Language practice · "));
  /* The fields are empty for the next one. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (employer)), ==, "");
}

/* Each party approves with a button; an edit of the agreement afterwards clears the
 * approvals, says so, and lists the version approved. */
static void
test_placement_approvals_cleared (Fixture       *fixture,
                                  gconstpointer  data)
{
  gint64 id = add_placement (fixture, -10, 80);
  FfPlacementDetails *details = ff_placement_row_get_details (placement_row (fixture, id));
  GtkWidget *participant_row = ff_placement_details_get_approval_row (details,
                                                                      FF_PARTY_PARTICIPANT);
  GtkWidget *employer_row = ff_placement_details_get_approval_row (details, FF_PARTY_EMPLOYER);
  GtkWidget *percent;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = date_from_today (0, TYPED);
  const char *subtitle;

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (participant_row)), ==,
                   "Not approved");
  g_assert_false (gtk_widget_get_visible (ff_placement_details_get_versions_row (details)));

  g_signal_emit_by_name (ff_placement_details_get_approve_button (details, FF_PARTY_PARTICIPANT),
                         "clicked");
  g_signal_emit_by_name (ff_placement_details_get_approve_button (details, FF_PARTY_EMPLOYER),
                         "clicked");
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (participant_row));
  g_assert_true (g_str_has_prefix (subtitle, "Approved on "));
  g_assert_true (g_str_has_suffix (subtitle, today));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (employer_row)),
                                   "Approved on "));
  g_assert_false (gtk_widget_get_visible (ff_placement_details_get_cleared_row (details)));

  /* The working percentage is the agreement's. */
  percent = ff_placement_details_get_field (details, FF_PLACEMENT_PERCENT);
  g_assert_nonnull (percent);
  type_into (percent, "60");
  g_assert_true (ff_placement_group_flush (fixture->placements));
  ff_ui_test_spin (20);

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (participant_row)), ==,
                   "Not approved");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (employer_row)), ==,
                   "Not approved");
  g_assert_true (gtk_widget_get_visible (ff_placement_details_get_cleared_row (details)));
  g_assert_true (gtk_widget_get_visible (ff_placement_details_get_versions_row (details)));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (ff_placement_details_get_versions_row (details)));
  g_assert_true (g_str_has_prefix (subtitle, "Version 1: "));
  g_assert_true (strstr (subtitle, "Participant") != NULL);
  g_assert_true (strstr (subtitle, "Employer") != NULL);
  g_assert_null (strstr (subtitle, "Contact person"));

  versions = ff_placement_list_agreements (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpstr (ff_record_get (versions->pdata[0], FF_PLACEMENT_PERCENT), ==, "");

  /* Approved again, the notice goes; the version stays listed. */
  g_signal_emit_by_name (ff_placement_details_get_approve_button (details, FF_PARTY_CONTACT_PERSON),
                         "clicked");
  g_assert_false (gtk_widget_get_visible (ff_placement_details_get_cleared_row (details)));
  g_assert_true (gtk_widget_get_visible (ff_placement_details_get_versions_row (details)));
}

/* A placement that ended yesterday without an evaluation is flagged, on its row and
 * on the participant; one that ends today is not, nor one evaluated. */
static void
test_placement_flag (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 ended = add_placement (fixture, -60, -1);
  gint64 ends_today = add_placement (fixture, -50, 0);
  GtkWidget *flags = ff_follow_up_group_get_flags_row (fixture->follow_ups);
  const char *title;
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_placement_row_get_flagged (placement_row (fixture, ended)));
  g_assert_false (ff_placement_row_get_flagged (placement_row (fixture, ends_today)));
  g_assert_true (gtk_widget_get_visible (flags));
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (flags));
  g_assert_true (strstr (title, "A placement ended without an evaluation") != NULL);

  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type, ended,
                                      FF_PLACEMENT_EVALUATION, "Godt arbeid, tilbud om vikariat",
                                      &error));
  g_assert_no_error (error);
  ff_ui_test_spin (20);
  g_assert_false (ff_placement_row_get_flagged (placement_row (fixture, ended)));
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (flags));
  g_assert_null (strstr (title, "A placement ended"));
}

/* A conversation added by its quick fields, an action agreed in it, ticked off. */
static void
test_follow_up_actions (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = date_from_today (7, TYPED);
  g_autofree char *due_stored = date_from_today (7, STORED);
  g_autofree char *today = date_from_today (0, STORED);
  FfFollowUpDetails *details;
  GtkWidget *row;
  gint64 id;

  adw_combo_row_set_selected (ADW_COMBO_ROW (ff_follow_up_group_get_kind_row (fixture->follow_ups)),
                              FF_FOLLOW_UP_PHONE);
  type_into (ff_follow_up_group_get_present_entry (fixture->follow_ups), "Olena og Sara");
  type_into (ff_follow_up_group_get_summary_entry (fixture->follow_ups), "Snakket om CV");
  gtk_widget_activate_action (GTK_WIDGET (fixture->follow_ups), "follow-ups.add", NULL);
  ff_ui_test_spin (20);

  list = ff_follow_up_list (fixture->store, fixture->participant_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  /* An empty date is today. */
  g_assert_cmpstr (ff_record_get (list->pdata[0], FF_FOLLOW_UP_DATE), ==, today);
  g_assert_cmpstr (ff_record_get (list->pdata[0], FF_FOLLOW_UP_KIND), ==, "phone");
  g_assert_cmpstr (ff_record_get (list->pdata[0], FF_FOLLOW_UP_PRESENT), ==, "Olena og Sara");
  id = ff_record_get_id (list->pdata[0]);

  row = ff_follow_up_group_get_row (fixture->follow_ups, id);
  g_assert_nonnull (row);
  details = ff_follow_up_row_get_details (FF_FOLLOW_UP_ROW (row));
  g_assert_cmpuint (ff_follow_up_details_get_n_actions (details), ==, 0);

  /* A refused due date is marked, and nothing added. */
  type_into (ff_follow_up_details_get_what_entry (details), "Sende CV til Rema");
  type_into (ff_follow_up_details_get_who_entry (details), "Olena");
  type_into (ff_follow_up_details_get_due_entry (details), "31.02.2026");
  g_signal_emit_by_name (ff_follow_up_details_get_add_button (details), "clicked");
  g_assert_nonnull (ff_ui_test_refusal (ff_follow_up_details_get_due_entry (details)));
  g_assert_cmpuint (ff_follow_up_details_get_n_actions (details), ==, 0);

  type_into (ff_follow_up_details_get_due_entry (details), due);
  g_signal_emit_by_name (ff_follow_up_details_get_add_button (details), "clicked");
  ff_ui_test_spin (20);
  g_assert_cmpuint (ff_follow_up_details_get_n_actions (details), ==, 1);
  g_assert_true (g_str_has_suffix (ff_summary_row_get_subtitle (FF_SUMMARY_ROW (row)),
                                   "1 open action"));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (ff_follow_up_details_get_action_check (details, 0)),
                               TRUE);
  ff_ui_test_spin (20);
  actions = ff_record_load_owned (fixture->store, &ff_action_type, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpstr (ff_record_get (actions->pdata[0], FF_ACTION_WHAT), ==, "Sende CV til Rema");
  g_assert_cmpstr (ff_record_get (actions->pdata[0], FF_ACTION_DUE), ==, due_stored);
  g_assert_cmpstr (ff_record_get (actions->pdata[0], FF_ACTION_DONE), ==, "1");
  g_assert_null (strstr (ff_summary_row_get_subtitle (FF_SUMMARY_ROW (row)), "open action"));
}

static gint64
add_follow_up (Fixture *fixture,
               int      days)
{
  g_autofree char *date = date_from_today (days, STORED);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = ff_follow_up_create (fixture->store, fixture->participant_id, date,
                            FF_FOLLOW_UP_WEEKLY, "Ukessamtale", &error);
  g_assert_no_error (error);
  ff_ui_test_spin (20);

  return id;
}

static const char *
flags_shown (Fixture *fixture)
{
  GtkWidget *flags = ff_follow_up_group_get_flags_row (fixture->follow_ups);

  return gtk_widget_get_visible (flags)
           ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (flags)) : "";
}

/* Fourteen days (the preference) without a conversation are allowed, fifteen flag; an
 * action due today is not overdue, one due yesterday is, until it is done. */
static void
test_follow_up_flags (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *yesterday = date_from_today (-1, STORED);
  g_autofree char *today = date_from_today (0, STORED);
  g_autoptr(GError) error = NULL;
  gint64 conversation;
  gint64 action;

  /* Active for 100 days, never followed up. */
  g_assert_cmpstr (flags_shown (fixture), ==, "No follow-up conversation for more than 14 days");

  add_follow_up (fixture, -15);
  g_assert_cmpstr (flags_shown (fixture), ==, "No follow-up conversation for more than 14 days");

  conversation = add_follow_up (fixture, -14);
  g_assert_cmpstr (flags_shown (fixture), ==, "");

  ff_follow_up_add_action (fixture->store, conversation, "Ringe NAV", "Sara", today, &error);
  g_assert_no_error (error);
  ff_ui_test_spin (20);
  g_assert_cmpstr (flags_shown (fixture), ==, "");

  action = ff_follow_up_add_action (fixture->store, conversation, "Søke kurs", "Olena",
                                    yesterday, &error);
  g_assert_no_error (error);
  ff_ui_test_spin (20);
  g_assert_cmpstr (flags_shown (fixture), ==, "An action agreed is overdue");

  /* Shown on the action too. */
  {
    FfFollowUpDetails *details =
      ff_follow_up_row_get_details (FF_FOLLOW_UP_ROW (ff_follow_up_group_get_row (fixture->follow_ups,
                                                                                  conversation)));

    g_assert_cmpuint (ff_follow_up_details_get_n_actions (details), ==, 2);
    g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ff_follow_up_details_get_action_row (details, 0))),
                           "Overdue"));
    g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (ff_follow_up_details_get_action_row (details, 1))),
                                     "Overdue"));
  }

  g_assert_true (ff_follow_up_set_action_done (fixture->store, action, TRUE, &error));
  ff_ui_test_spin (20);
  g_assert_cmpstr (flags_shown (fixture), ==, "");
}

static gboolean
list_has_n_items (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* The filter shows only the participants flagged: one in a programme without a
 * conversation, not one followed up today, nor one in no programme. */
static void
test_flagged_filter (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *since = date_from_today (-100, STORED);
  g_autoptr(FfParticipantListModel) model = ff_participant_list_model_new (fixture->store);
  GtkWidget *filters = ff_participant_filters_new (model);
  g_autoptr(GPtrArray) toggles = NULL;
  g_autoptr(FfParticipant) shown = NULL;
  g_autoptr(GError) error = NULL;
  GtkToggleButton *flagged = NULL;
  gint64 followed;
  gpointer args[2] = { model, GUINT_TO_POINTER (3) };

  g_object_ref_sink (filters);
  followed = ff_test_add_participant (fixture->store, "Ivan", "Bondarenko");
  ff_test_add_enrolment (fixture->store, followed, fixture->programme_id, since);
  ff_follow_up_create (fixture->store, followed, NULL, FF_FOLLOW_UP_WEEKLY, "", &error);
  g_assert_no_error (error);
  ff_test_add_participant (fixture->store, "Amina", "Hassan");

  g_assert_true (ff_ui_test_wait_until (list_has_n_items, args, 5));

  toggles = ff_ui_test_find_all (filters, GTK_TYPE_TOGGLE_BUTTON, NULL);
  for (guint i = 0; i < toggles->len; i++)
    {
      if (g_strcmp0 (gtk_widget_get_tooltip_text (toggles->pdata[i]),
                     "Only Flagged Participants") == 0)
        flagged = toggles->pdata[i];
    }
  g_assert_nonnull (flagged);

  gtk_toggle_button_set_active (flagged, TRUE);
  g_assert_true (ff_participant_list_model_get_flagged (model));
  args[1] = GUINT_TO_POINTER (1);
  g_assert_true (ff_ui_test_wait_until (list_has_n_items, args, 5));
  shown = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpint (ff_record_get_id (FF_RECORD (shown)), ==, fixture->participant_id);

  /* Followed up now, she leaves the list. */
  ff_follow_up_create (fixture->store, fixture->participant_id, NULL, FF_FOLLOW_UP_PHONE, "",
                       &error);
  g_assert_no_error (error);
  args[1] = GUINT_TO_POINTER (0);
  g_assert_true (ff_ui_test_wait_until (list_has_n_items, args, 5));

  gtk_toggle_button_set_active (flagged, FALSE);
  args[1] = GUINT_TO_POINTER (3);
  g_assert_true (ff_ui_test_wait_until (list_has_n_items, args, 5));
  g_object_unref (filters);
}

static FfOutcomeDialog *
outcome_dialog (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (FF_IS_OUTCOME_DIALOG (window))
        return FF_OUTCOME_DIALOG (window);
    }

  return NULL;
}

/* Completing the enrolment asks for its outcome; a date before the enrolment and a
 * percentage over 100 are refused in place; the outcome shows on the page and first on
 * the timeline. */
static void
test_outcome_at_completion (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *status = ff_status_dialog_new (fixture->store, fixture->enrolment_id,
                                            "Introduksjonsprogrammet",
                                            FF_ENROLMENT_STATUS_ACTIVE);
  g_autofree char *too_early = date_from_today (-101, TYPED);
  g_autofree char *today = date_from_today (0, TYPED);
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GError) error = NULL;
  FfOutcomeDialog *dialog;
  GtkWidget *date;
  GtkWidget *percent;
  GtkWidget *row;
  const FfTimelineItem *first;

  gtk_window_set_transient_for (GTK_WINDOW (status), GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (status));
  adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (status,
                                                                            FF_TYPE_STATUS_DIALOG,
                                                                            "status_row")),
                              FF_ENROLMENT_STATUS_COMPLETED - FF_ENROLMENT_STATUS_REFERRED);
  gtk_widget_activate_action (status, "status.save", NULL);
  ff_ui_test_spin (50);

  dialog = outcome_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  date = ff_outcome_dialog_get_date_entry (dialog);
  percent = ff_outcome_dialog_get_percent_entry (dialog);
  /* Dated as the status, at first. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, today);
  g_assert_false (gtk_widget_get_visible (percent));

  adw_combo_row_set_selected (ADW_COMBO_ROW (ff_outcome_dialog_get_kind_row (dialog)),
                              FF_OUTCOME_JOB_PART_TIME);
  g_assert_true (gtk_widget_get_visible (percent));
  type_into (percent, "60");
  type_into (ff_outcome_dialog_get_place_entry (dialog), "Rema 1000 Vang");
  type_into (date, too_early);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "outcome.save", NULL);
  g_assert_nonnull (ff_ui_test_refusal (date));
  outcomes = ff_outcome_list (fixture->store, fixture->enrolment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outcomes->len, ==, 0);
  g_clear_pointer (&outcomes, g_ptr_array_unref);

  type_into (date, today);
  type_into (percent, "150");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "outcome.save", NULL);
  g_assert_nonnull (ff_ui_test_refusal (percent));
  g_assert_null (ff_ui_test_refusal (date));

  type_into (percent, "60");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "outcome.save", NULL);
  ff_ui_test_spin (50);
  g_assert_null (outcome_dialog ());

  outcomes = ff_outcome_list (fixture->store, fixture->enrolment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outcomes->len, ==, 1);
  g_assert_cmpstr (ff_record_get (outcomes->pdata[0], FF_OUTCOME_KIND), ==, "job-part-time");
  g_assert_cmpstr (ff_record_get (outcomes->pdata[0], FF_OUTCOME_PERCENT), ==, "60");
  /* Chosen by its name, the employer of the register. */
  g_assert_cmpint (g_ascii_strtoll (ff_record_get (outcomes->pdata[0], FF_OUTCOME_EMPLOYER_ID),
                                    NULL, 10), ==, fixture->employer_id);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->outcomes)));
  row = ff_outcome_group_get_row (fixture->outcomes, ff_record_get_id (outcomes->pdata[0]));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   ff_record_get_title (outcomes->pdata[0]));
  g_assert_true (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Rema 1000 Vang"));

  /* The same day as the status change, the outcome comes first. */
  first = ff_timeline_group_get_item (fixture->timeline, 0);
  g_assert_cmpint (first->kind, ==, FF_TIMELINE_OUTCOME);
  g_assert_cmpint (ff_timeline_group_get_item (fixture->timeline, 1)->kind, ==,
                   FF_TIMELINE_STATUS);
}

/* Newest first, filtered by kind; activating a placement opens its row, in the view of
 * the page that holds it. */
static void
test_timeline (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 placement = add_placement (fixture, -5, 60);
  gint64 conversation = add_follow_up (fixture, -2);
  GtkWidget *row;
  guint n;

  ff_ui_test_spin (50);
  n = ff_timeline_group_get_n_items (fixture->timeline);
  /* The conversation, the placement, and the status since 100 days. */
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (ff_timeline_group_get_item (fixture->timeline, 0)->kind, ==,
                   FF_TIMELINE_FOLLOW_UP);
  g_assert_cmpint (ff_timeline_group_get_item (fixture->timeline, 0)->id, ==, conversation);
  g_assert_cmpint (ff_timeline_group_get_item (fixture->timeline, 1)->kind, ==,
                   FF_TIMELINE_PLACEMENT);
  g_assert_cmpint (ff_timeline_group_get_item (fixture->timeline, 2)->kind, ==,
                   FF_TIMELINE_STATUS);
  for (guint i = 0; i + 1 < n; i++)
    g_assert_cmpstr (ff_timeline_group_get_item (fixture->timeline, i)->date, >=,
                     ff_timeline_group_get_item (fixture->timeline, i + 1)->date);

  ff_timeline_group_set_kinds (fixture->timeline, FF_TIMELINE_BIT (FF_TIMELINE_PLACEMENT));
  g_assert_cmpuint (ff_timeline_group_get_kinds (fixture->timeline), ==,
                    FF_TIMELINE_BIT (FF_TIMELINE_PLACEMENT));
  g_assert_cmpuint (ff_timeline_group_get_n_items (fixture->timeline), ==, 1);
  row = ff_timeline_group_get_row (fixture->timeline, 0);
  g_assert_cmpstr (ff_timeline_row_get_title (FF_TIMELINE_ROW (row)), ==, "Work practice");
  /* What the filter leaves out is not on screen. */
  g_assert_true (ff_timeline_group_get_row (fixture->timeline, 1) == NULL ||
                 !gtk_widget_get_visible (ff_timeline_group_get_row (fixture->timeline, 1)));

  g_assert_false (ff_summary_row_get_expanded (FF_SUMMARY_ROW (placement_row (fixture, placement))));
  g_assert_cmpstr (ff_participant_page_get_view (fixture->page), ==, "overview");
  g_signal_emit_by_name (row, "activate");
  ff_ui_test_spin (20);
  g_assert_true (ff_summary_row_get_expanded (FF_SUMMARY_ROW (placement_row (fixture, placement))));
  g_assert_cmpstr (ff_participant_page_get_view (fixture->page), ==, "work");

  /* A conversation opens its row too. */
  ff_timeline_group_set_kinds (fixture->timeline, FF_TIMELINE_ALL);
  g_assert_cmpuint (ff_timeline_group_get_n_items (fixture->timeline), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_get_visible (ff_timeline_group_get_row (fixture->timeline, i)));
  g_signal_emit_by_name (ff_timeline_group_get_row (fixture->timeline, 0), "activate");
  ff_ui_test_spin (20);
  g_assert_true (ff_summary_row_get_expanded (FF_SUMMARY_ROW (ff_follow_up_group_get_row (fixture->follow_ups,
                                                                                          conversation))));
  g_assert_cmpstr (ff_participant_page_get_view (fixture->page), ==, "follow-up");
}

/* A mentor meeting on the timeline opens its match, with the meeting log, in the view
 * of the page that holds the mentors. */
static void
test_timeline_opens_meeting (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *yesterday = date_from_today (-1, STORED);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  GtkWidget *matches;
  gint64 mentor;
  gint64 match;
  guint n;

  mentor = ff_mentor_create (fixture->store, "Kari Nordmann", FF_MENTOR_VOLUNTEER_FRIEND,
                             &error);
  g_assert_no_error (error);
  match = ff_match_create (fixture->store, mentor, fixture->participant_id, "2025-09-01",
                           FF_MATCH_ACTIVE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_meeting_create (fixture->store, match, yesterday, "1,5", "Handlet mat",
                                      &error), >, 0);
  g_assert_no_error (error);
  ff_ui_test_spin (50);

  groups = ff_ui_test_find_all (GTK_WIDGET (fixture->page), FF_TYPE_MENTOR_GROUP, NULL);
  g_assert_cmpuint (groups->len, ==, 1);
  matches = ff_mentor_group_get_match_list (groups->pdata[0]);
  g_assert_nonnull (ff_match_list_get_row (FF_MATCH_LIST (matches), match));
  g_assert_false (ff_summary_row_get_expanded (
                    FF_SUMMARY_ROW (ff_match_list_get_row (FF_MATCH_LIST (matches), match))));

  n = ff_timeline_group_get_n_items (fixture->timeline);
  for (guint i = 0; i < n; i++)
    {
      if (ff_timeline_group_get_item (fixture->timeline, i)->kind != FF_TIMELINE_MEETING)
        continue;
      g_assert_cmpint (ff_timeline_group_get_item (fixture->timeline, i)->id, ==, match);
      g_signal_emit_by_name (ff_timeline_group_get_row (fixture->timeline, i), "activate");
      ff_ui_test_spin (20);
      g_assert_cmpstr (ff_participant_page_get_view (fixture->page), ==, "follow-up");
      g_assert_true (ff_summary_row_get_expanded (
                       FF_SUMMARY_ROW (ff_match_list_get_row (FF_MATCH_LIST (matches), match))));
      return;
    }
  g_assert_not_reached ();
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/placements/add", test_placement_add);
  ADD ("/placements/approvals-cleared", test_placement_approvals_cleared);
  ADD ("/placements/flag", test_placement_flag);
  ADD ("/follow-ups/actions", test_follow_up_actions);
  ADD ("/follow-ups/flags", test_follow_up_flags);
  ADD ("/participants/flagged-filter", test_flagged_filter);
  ADD ("/outcomes/asked-at-completion", test_outcome_at_completion);
  ADD ("/timeline/order-filter-open", test_timeline);
  ADD ("/timeline/opens-meeting", test_timeline_opens_meeting);

  return g_test_run ();
}
