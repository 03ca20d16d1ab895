/* test-dialog-keyboard.c — every dialog that asks for fields, filled in by keyboard alone:
 * it opens on its first field, Tab follows what is seen, Return opens a choice's list and
 * submits only from the last field of a valid form, Escape cancels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-absence-reduction.h"
#include "ff-benefit-dialog.h"
#include "ff-course.h"
#include "ff-course-page.h"
#include "ff-employer.h"
#include "ff-employer-page.h"
#include "ff-enrolment.h"
#include "ff-job-log.h"
#include "ff-job-status-dialog.h"
#include "ff-mentor.h"
#include "ff-mentor-finder.h"
#include "ff-mentor-page.h"
#include "ff-outcome-dialog.h"
#include "ff-participant.h"
#include "ff-participant-page.h"
#include "ff-programme.h"
#include "ff-programme-page.h"
#include "ff-record-section.h"
#include "ff-status-dialog.h"
#include "ff-ui-test.h"

typedef struct
{
  char            *tmpdir;
  FfStore         *store;
  GtkWidget       *window;   /* the parent of the dialogs that make records */
  FfRecordSection *section;
  GtkWidget       *dialog;   /* weak: a dialog closes itself */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = ff_test_store_new (&fixture->tmpdir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_assert_null (fixture->dialog);
  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      g_assert_finalize_object (fixture->section);
    }
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

static gboolean
dialog_closed (gpointer data)
{
  Fixture *fixture = data;

  return fixture->dialog == NULL;
}

static gboolean
dialog_has_focus (gpointer data)
{
  Fixture *fixture = data;

  return gtk_window_is_active (GTK_WINDOW (fixture->dialog)) &&
         gtk_root_get_focus (GTK_ROOT (fixture->dialog)) != NULL;
}

/* Shows @dialog and waits until keys reach it. */
static void
present (Fixture   *fixture,
         GtkWidget *dialog)
{
  fixture->dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &fixture->dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (ff_ui_test_wait_until (dialog_has_focus, fixture, 5));
}

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (fixture->dialog, FF_TYPE_STATUS_DIALOG,
                                                   name);

  g_assert_nonnull (object);

  return object;
}

/* Whether the keyboard focus is on @widget or inside it (a row's entry). */
static gboolean
has_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The button of the dialog whose label is @label. */
static GtkWidget *
button (Fixture    *fixture,
        const char *label)
{
  g_autoptr(GPtrArray) buttons = ff_ui_test_find_all (fixture->dialog, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
        return buttons->pdata[i];
    }

  g_error ("No button labelled %s", label);
}

/* From @first, which has the focus, Tab goes through the widgets that follow
 * (NULL-terminated) in their order and back to @first; Shift+Tab goes back to the last. */
static void
assert_tab_order (GtkWidget *first,
                  ...)
{
  GtkWidget *last = first;
  va_list args;

  g_assert_true (has_focus (first));

  va_start (args, first);
  for (GtkWidget *next = va_arg (args, GtkWidget *); next != NULL;
       next = va_arg (args, GtkWidget *))
    {
      ff_ui_test_press_keys (GDK_KEY_Tab, 0);
      g_assert_true (has_focus (next));
      last = next;
    }
  va_end (args);

  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (first));
  ff_ui_test_press_shifted (GDK_KEY_Tab);
  g_assert_true (has_focus (last));
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (first));
}

static gboolean
popover_open (gpointer data)
{
  g_autoptr(GPtrArray) popovers = ff_ui_test_find_all (data, GTK_TYPE_POPOVER, NULL);

  return popovers->len > 0 && gtk_widget_get_mapped (popovers->pdata[0]);
}

/* With the focus on a choice (a combo row or a drop-down), Return opens its list. */
static void
open_list (GtkWidget *choice)
{
  /* Kept alive should Return close the dialog instead. */
  g_object_ref (choice);

  g_assert_true (has_focus (choice));
  g_assert_false (popover_open (choice));

  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (popover_open, choice, 5));
  g_object_unref (choice);
}

/* Opens the list of @choice, moves @steps down from its first item with the arrow keys,
 * and chooses that item with Return, which closes the list. */
static void
choose (GtkWidget *choice,
        guint      steps)
{
  open_list (choice);
  for (guint i = 0; i < steps; i++)
    ff_ui_test_press_keys (GDK_KEY_Down, 0);
  ff_ui_test_press_keys (GDK_KEY_Return, 0);

  ff_ui_test_spin (300);
  g_assert_false (popover_open (choice));
  g_assert_true (has_focus (choice));
}

/* The status dialog */

static guint
n_enrolments (Fixture *fixture,
              gint64   participant_id)
{
  g_autoptr(GPtrArray) enrolments = NULL;
  g_autoptr(GError) error = NULL;

  enrolments = ff_enrolment_list_for_participant (fixture->store, participant_id, &error);
  g_assert_no_error (error);

  return enrolments->len;
}

static void
test_enrol (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) enrolments = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 participant_id = ff_test_add_participant (fixture->store, "Dmytro", "Melnyk");
  FfEnrolment *enrolment;
  GtkWidget *programme_row;
  GtkWidget *status_row;
  GtkWidget *date_row;
  GtkWidget *reason_row;

  ff_test_add_programme (fixture->store, "Bulystven", FF_PROGRAMME_KIND_MENTOR);
  ff_test_add_programme (fixture->store, "Etableringskurs", FF_PROGRAMME_KIND_TRAINEE);
  present (fixture, ff_status_dialog_new_enrolment (fixture->store, participant_id));
  programme_row = child (fixture, "programme_row");
  status_row = child (fixture, "status_row");
  date_row = child (fixture, "date_row");
  reason_row = child (fixture, "reason_row");

  /* It opens on the first field; Tab goes down the form, then to the header bar's
   * buttons, left to right. */
  assert_tab_order (programme_row, status_row, date_row, reason_row,
                    button (fixture, "_Cancel"), button (fixture, "_Enrol"), NULL);

  /* Programmes by name: the second is Etableringskurs. */
  choose (programme_row, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (programme_row)), ==, 1);

  /* Return on the status opens its list: it enrols no one with the first status. */
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  choose (status_row, FF_ENROLMENT_STATUS_ACTIVE - FF_ENROLMENT_STATUS_REFERRED);
  g_assert_nonnull (fixture->dialog);
  g_assert_cmpuint (n_enrolments (fixture, participant_id), ==, 0);

  /* Tabbing into the date selects it: typing replaces today's. Return goes on to the
   * reason, and submits nothing. */
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (date_row));
  ff_ui_test_type ("03.03.2025");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "03.03.2025");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (has_focus (reason_row));
  ff_ui_test_spin (300);
  g_assert_nonnull (fixture->dialog);
  g_assert_cmpuint (n_enrolments (fixture, participant_id), ==, 0);

  /* Return in the last field enrols. */
  ff_ui_test_type ("Business idea");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));

  enrolments = ff_enrolment_list_for_participant (fixture->store, participant_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (enrolments->len, ==, 1);
  enrolment = g_ptr_array_index (enrolments, 0);
  g_assert_cmpstr (ff_enrolment_get_programme_name (enrolment), ==, "Etableringskurs");
  g_assert_cmpint (ff_enrolment_get_status (enrolment), ==, FF_ENROLMENT_STATUS_ACTIVE);
  history = ff_enrolment_history (fixture->store, ff_record_get_id (FF_RECORD (enrolment)),
                                  &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (ff_status_change_get_date (history->pdata[0]), ==, "2025-03-03");
  g_assert_cmpstr (ff_status_change_get_reason (history->pdata[0]), ==, "Business idea");
}

static void
test_change_status (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 participant_id = ff_test_add_participant (fixture->store, "Dmytro", "Melnyk");
  gint64 programme_id = ff_test_add_programme (fixture->store, "Bulystven",
                                               FF_PROGRAMME_KIND_MENTOR);
  gint64 enrolment_id;
  GtkWidget *status_row;
  FfStatusChange *last;

  enrolment_id = ff_enrolment_create (fixture->store, participant_id, programme_id,
                                      FF_ENROLMENT_STATUS_ACTIVE, "2025-01-10", NULL, &error);
  g_assert_no_error (error);

  /* Escape closes the list, then the dialog, and nothing changes. */
  present (fixture, ff_status_dialog_new (fixture->store, enrolment_id, "Bulystven",
                                          FF_ENROLMENT_STATUS_ACTIVE));
  status_row = child (fixture, "status_row");
  open_list (status_row);
  ff_ui_test_press_keys (GDK_KEY_Down, GDK_KEY_Escape, 0);
  ff_ui_test_spin (300);
  g_assert_false (popover_open (status_row));
  g_assert_nonnull (fixture->dialog);
  ff_ui_test_press_keys (GDK_KEY_Escape, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));
  history = ff_enrolment_history (fixture->store, enrolment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* The programme is not asked for: the status is the first field, at the current one. */
  present (fixture, ff_status_dialog_new (fixture->store, enrolment_id, "Bulystven",
                                          FF_ENROLMENT_STATUS_ACTIVE));
  status_row = child (fixture, "status_row");
  assert_tab_order (status_row, child (fixture, "date_row"), child (fixture, "reason_row"),
                    button (fixture, "_Cancel"), button (fixture, "C_hange"), NULL);

  /* The list opens at its top whatever is chosen (AdwComboRow 1.2): down from Referred
   * to Waiting list. */
  choose (status_row, FF_ENROLMENT_STATUS_WAITING_LIST - FF_ENROLMENT_STATUS_REFERRED);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (status_row)), ==,
                    FF_ENROLMENT_STATUS_WAITING_LIST - FF_ENROLMENT_STATUS_REFERRED);
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  ff_ui_test_type ("14.02.2025");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  ff_ui_test_type ("Course full");

  /* Submitted from the button, as well as Return in the last field would. */
  ff_ui_test_press_keys (GDK_KEY_Tab, GDK_KEY_Tab, 0);
  g_assert_true (has_focus (button (fixture, "C_hange")));
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));

  history = ff_enrolment_history (fixture->store, enrolment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  last = g_ptr_array_index (history, 1);
  g_assert_cmpint (ff_status_change_get_status (last), ==, FF_ENROLMENT_STATUS_WAITING_LIST);
  g_assert_cmpstr (ff_status_change_get_date (last), ==, "2025-02-14");
  g_assert_cmpstr (ff_status_change_get_reason (last), ==, "Course full");
}

/* The benefit of an enrolment */

static void
test_benefit (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) enrolments = NULL;
  g_autoptr(GError) error = NULL;
  gint64 participant_id = ff_test_add_participant (fixture->store, "Amal", "Hassan");
  gint64 programme_id = ff_test_add_programme (fixture->store, "Introduksjonsprogrammet",
                                               FF_PROGRAMME_KIND_INTRODUCTION);
  gint64 enrolment_id = ff_test_add_enrolment (fixture->store, participant_id, programme_id,
                                               "2025-01-06");
  FfBenefitDialog *dialog;
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (yearly_benefit, 0) || ' ' ||"
                                          " payment_period || ' ' || payment_from || ' ' ||"
                                          " coalesce (children, '') || ' ' || sole_carer"
                                          " FROM enrolment WHERE id = %" G_GINT64_FORMAT,
                                          enrolment_id);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  enrolments = ff_enrolment_list_for_participant (fixture->store, participant_id, &error);
  g_assert_no_error (error);
  before = ff_test_query_text (fixture->store, sql);

  /* Escape cancels, and nothing changes. */
  present (fixture, ff_benefit_dialog_new (fixture->store, enrolments->pdata[0]));
  ff_ui_test_type ("250000");
  ff_ui_test_press_keys (GDK_KEY_Escape, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));
  after = ff_test_query_text (fixture->store, sql);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  /* It opens on the amount; the first day is asked for once the periods are of 14 days. */
  present (fixture, ff_benefit_dialog_new (fixture->store, enrolments->pdata[0]));
  dialog = FF_BENEFIT_DIALOG (fixture->dialog);
  g_assert_true (has_focus (ff_benefit_dialog_get_benefit_row (dialog)));
  ff_ui_test_type ("250 000,50");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  choose (ff_benefit_dialog_get_period_row (dialog), FF_PAYMENT_FORTNIGHTLY);
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_benefit_dialog_get_payment_from_row (dialog)));
  ff_ui_test_type ("05.05.2025");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_benefit_dialog_get_children_spin (dialog)));
  ff_ui_test_type ("3");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_benefit_dialog_get_sole_carer_switch (dialog)));
  ff_ui_test_press_keys (GDK_KEY_space, 0);

  /* Submitted from the button. */
  ff_ui_test_press_keys (GDK_KEY_Tab, GDK_KEY_Tab, 0);
  g_assert_true (has_focus (button (fixture, "_Save")));
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));
  after = ff_test_query_text (fixture->store, sql);
  g_assert_cmpstr (after, ==, "25000050 fortnightly 2025-05-05 3 1");
}

/* The status of a job application */

static void
test_job_status (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  g_autoptr(GArray) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 participant_id = ff_test_add_participant (fixture->store, "Dmytro", "Melnyk");
  gint64 id;
  GtkWidget *status_row;
  GtkWidget *date_row;

  values[FF_JOB_APPLICATION_DATE] = "2025-03-03";
  values[FF_JOB_APPLICATION_EMPLOYER] = "Rema 1000";
  id = ff_job_application_create (fixture->store, participant_id, values, &error);
  g_assert_no_error (error);

  /* Escape closes it, and nothing changes. */
  present (fixture, ff_job_status_dialog_new (fixture->store, id, "Rema 1000",
                                              FF_JOB_STATUS_SENT));
  ff_ui_test_press_keys (GDK_KEY_Escape, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));
  history = ff_job_application_history (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_clear_pointer (&history, g_array_unref);

  /* It opens on the status at the current one; Tab goes to the date, then the
   * header bar's buttons. */
  present (fixture, ff_job_status_dialog_new (fixture->store, id, "Rema 1000",
                                              FF_JOB_STATUS_SENT));
  status_row = ff_job_status_dialog_get_status_row (FF_JOB_STATUS_DIALOG (fixture->dialog));
  date_row = ff_job_status_dialog_get_date_row (FF_JOB_STATUS_DIALOG (fixture->dialog));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (status_row)), ==,
                    FF_JOB_STATUS_SENT);
  assert_tab_order (status_row, date_row, button (fixture, "_Cancel"),
                    button (fixture, "C_hange"), NULL);

  /* Return opens the list: it changes nothing by itself. */
  choose (status_row, FF_JOB_STATUS_INTERVIEW);
  g_assert_nonnull (fixture->dialog);

  /* Tabbing into the date selects it: typing replaces today's; Return in the last
   * field changes the status. */
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  ff_ui_test_type ("10.03.2025");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));

  history = ff_job_application_history (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (g_array_index (history, FfJobStatusChange, 1).status, ==,
                   FF_JOB_STATUS_INTERVIEW);
  g_assert_cmpstr (g_array_index (history, FfJobStatusChange, 1).date, ==, "2025-03-10");
}

/* What became of a participant */

static void
test_outcome (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 participant_id = ff_test_add_participant (fixture->store, "Hodan", "Ahmed");
  gint64 programme_id = ff_test_add_programme (fixture->store, "Introduksjonsprogrammet",
                                               FF_PROGRAMME_KIND_INTRODUCTION);
  gint64 enrolment_id = ff_test_add_enrolment (fixture->store, participant_id, programme_id,
                                               "2025-01-06");
  const char *sql = "SELECT kind || ' ' || coalesce (percent, '') || ' ' || date || ' ' ||"
                    " place || ' ' || note FROM outcome";
  FfOutcomeDialog *dialog;
  GtkWidget *percent;
  g_autofree char *stored = NULL;

  /* Escape closes it, and nothing is written. */
  present (fixture, ff_outcome_dialog_new (fixture->store, enrolment_id,
                                           "Introduksjonsprogrammet",
                                           FF_OUTCOME_JOB_FULL_TIME, "2025-06-15"));
  ff_ui_test_press_keys (GDK_KEY_Escape, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM outcome"), ==, 0);

  /* It opens on the kind; a part-time job asks for its percentage, the next field. */
  present (fixture, ff_outcome_dialog_new (fixture->store, enrolment_id,
                                           "Introduksjonsprogrammet",
                                           FF_OUTCOME_JOB_FULL_TIME, "2025-06-15"));
  dialog = FF_OUTCOME_DIALOG (fixture->dialog);
  percent = ff_outcome_dialog_get_percent_entry (dialog);
  g_assert_false (gtk_widget_get_visible (percent));
  choose (ff_outcome_dialog_get_kind_row (dialog), FF_OUTCOME_JOB_PART_TIME);
  g_assert_true (gtk_widget_get_visible (percent));
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (percent));
  ff_ui_test_type ("150");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_outcome_dialog_get_date_entry (dialog)));
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_outcome_dialog_get_place_entry (dialog)));
  ff_ui_test_type ("Kiwi Storgata");
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_outcome_dialog_get_note_entry (dialog)));
  ff_ui_test_type ("Fast fra august");

  /* Return in the last field: a percentage over 100 is refused where it was typed, and
   * nothing is written. */
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  /* A button activated by a key is pressed for a moment before it acts. */
  ff_ui_test_spin (500);
  g_assert_nonnull (fixture->dialog);
  g_assert_nonnull (ff_ui_test_refusal (percent));
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM outcome"), ==, 0);

  /* The keyboard is on it, its text selected: typed again, and Return in the last field
   * saves the outcome. */
  g_assert_true (has_focus (percent));
  ff_ui_test_type ("60");
  /* Tab goes on from it through the form, past the message under it. */
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_outcome_dialog_get_date_entry (dialog)));
  ff_ui_test_press_shifted (GDK_KEY_Tab);
  g_assert_true (has_focus (percent));
  ff_ui_test_press_keys (GDK_KEY_Tab, GDK_KEY_Tab, GDK_KEY_Tab, 0);
  g_assert_true (has_focus (ff_outcome_dialog_get_note_entry (dialog)));
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));
  stored = ff_test_query_text (fixture->store, sql);
  g_assert_cmpstr (stored, ==, "job-part-time 60 2025-06-15 Kiwi Storgata Fast fra august");
}

/* The dialogs that make a record: a window with the kind's section */

static void
show_section (Fixture *fixture,
              GType    page_type)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  fixture->section = FF_RECORD_SECTION (ff_record_section_new (page_type));
  g_object_ref_sink (fixture->section);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->section));
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  ff_record_section_set_store (fixture->section, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

/* Opens the section's New dialog, whose entries and drop-downs are then in @fields. */
static void
open_new_dialog (Fixture    *fixture,
                 const char *heading,
                 GPtrArray  *fields)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->section), "section.new",
                                             NULL));
  dialog = ff_ui_test_find_message_dialog (heading);
  g_assert_nonnull (dialog);
  present (fixture, dialog);

  g_ptr_array_set_size (fields, 0);
  for (GtkWidget *field = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (
                                                        ADW_MESSAGE_DIALOG (dialog)));
       field != NULL;
       field = gtk_widget_get_next_sibling (field))
    g_ptr_array_add (fields, field);
}

static gint64
count_records (Fixture            *fixture,
               const FfRecordType *type)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", type->table);

  return ff_test_query_int (fixture->store, sql);
}

/* The record the section opened after making it, as stored. */
static char *
made (Fixture            *fixture,
      const FfRecordType *type,
      guint               field)
{
  gint64 id = ff_record_page_get_record_id (ff_record_section_get_page (fixture->section));

  g_assert_cmpint (id, >, 0);

  return ff_test_record_field (fixture->store, type, id, field);
}

static void
test_new_participant (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;

  show_section (fixture, FF_TYPE_PARTICIPANT_PAGE);

  /* Escape makes nothing. */
  open_new_dialog (fixture, "New Participant", fields);
  ff_ui_test_type ("Olena");
  ff_ui_test_press_keys (GDK_KEY_Escape, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));
  g_assert_cmpint (count_records (fixture, &ff_participant_type), ==, 0);

  open_new_dialog (fixture, "New Participant", fields);
  g_assert_cmpuint (fields->len, ==, 2);
  /* Add is skipped until there is a name to add. */
  assert_tab_order (fields->pdata[0], fields->pdata[1], button (fixture, "_Cancel"), NULL);

  /* Return after the given name goes on to the family name ... */
  ff_ui_test_type ("Dmytro");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (has_focus (fields->pdata[1]));
  ff_ui_test_spin (300);
  g_assert_nonnull (fixture->dialog);
  g_assert_cmpint (count_records (fixture, &ff_participant_type), ==, 0);

  /* ... and after the last one, adds the participant. */
  ff_ui_test_type ("Melnyk");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));

  g_assert_cmpint (count_records (fixture, &ff_participant_type), ==, 1);
  given = made (fixture, &ff_participant_type, FF_PARTICIPANT_GIVEN_NAME);
  family = made (fixture, &ff_participant_type, FF_PARTICIPANT_FAMILY_NAME);
  g_assert_cmpstr (given, ==, "Dmytro");
  g_assert_cmpstr (family, ==, "Melnyk");
}

static void
test_new_programme (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autofree char *name = NULL;
  g_autofree char *kind = NULL;

  show_section (fixture, FF_TYPE_PROGRAMME_PAGE);
  open_new_dialog (fixture, "New Programme", fields);
  g_assert_cmpuint (fields->len, ==, 2);
  g_assert_true (GTK_IS_DROP_DOWN (fields->pdata[1]));

  /* Return after the name goes on to the kind: the programme is not made with the
   * first kind in the list. */
  g_assert_true (has_focus (fields->pdata[0]));
  ff_ui_test_type ("Bulystven");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (has_focus (fields->pdata[1]));
  ff_ui_test_spin (300);
  g_assert_nonnull (fixture->dialog);
  g_assert_cmpint (count_records (fixture, &ff_programme_type), ==, 0);

  /* Return opens the list of kinds; the arrows choose the mentor scheme. */
  choose (fields->pdata[1], FF_PROGRAMME_KIND_MENTOR - FF_PROGRAMME_KIND_INTRODUCTION);
  g_assert_nonnull (fixture->dialog);

  /* Then Tab to Create, past Cancel, and Return. */
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (button (fixture, "_Cancel")));
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (button (fixture, "C_reate")));
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));

  g_assert_cmpint (count_records (fixture, &ff_programme_type), ==, 1);
  name = made (fixture, &ff_programme_type, FF_PROGRAMME_NAME);
  kind = made (fixture, &ff_programme_type, FF_PROGRAMME_KIND);
  g_assert_cmpstr (name, ==, "Bulystven");
  g_assert_cmpstr (kind, ==, "mentor-scheme");
}

static void
test_new_employer (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autofree char *name = NULL;
  g_autofree char *number = NULL;

  show_section (fixture, FF_TYPE_EMPLOYER_PAGE);
  open_new_dialog (fixture, "New Employer", fields);
  g_assert_cmpuint (fields->len, ==, 2);
  g_assert_true (has_focus (fields->pdata[0]));

  ff_ui_test_type ("Nordvik Bakeri");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (has_focus (fields->pdata[1]));

  /* A wrong check digit: Return in the last field makes nothing, and the focus stays to
   * put it right. */
  ff_ui_test_type ("923609017");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  ff_ui_test_spin (300);
  g_assert_nonnull (fixture->dialog);
  g_assert_true (has_focus (fields->pdata[1]));
  g_assert_cmpint (count_records (fixture, &ff_employer_type), ==, 0);

  ff_ui_test_press_keys (GDK_KEY_BackSpace, 0);
  ff_ui_test_type ("6");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));

  g_assert_cmpint (count_records (fixture, &ff_employer_type), ==, 1);
  name = made (fixture, &ff_employer_type, FF_EMPLOYER_NAME);
  number = made (fixture, &ff_employer_type, FF_EMPLOYER_ORG_NUMBER);
  g_assert_cmpstr (name, ==, "Nordvik Bakeri");
  g_assert_cmpstr (number, ==, "923609016");
}

static void
test_new_course (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autofree char *title = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *programme = NULL;
  g_autofree char *expected = NULL;
  gint64 second;

  ff_test_add_programme (fixture->store, "Introduksjonsprogrammet",
                         FF_PROGRAMME_KIND_INTRODUCTION);
  second = ff_test_add_programme (fixture->store, "Veiviseren", FF_PROGRAMME_KIND_OTHER);
  show_section (fixture, FF_TYPE_COURSE_PAGE);
  open_new_dialog (fixture, "New Course", fields);
  /* The title, the kind, and the programme it is part of, by name. */
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_true (GTK_IS_DROP_DOWN (fields->pdata[1]));
  g_assert_true (GTK_IS_DROP_DOWN (fields->pdata[2]));
  g_assert_true (has_focus (fields->pdata[0]));

  ff_ui_test_type ("Norsk A2");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (has_focus (fields->pdata[1]));
  choose (fields->pdata[1], FF_COURSE_KIND_NORWEGIAN);
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (fields->pdata[2]));
  choose (fields->pdata[2], 1);
  g_assert_nonnull (fixture->dialog);
  g_assert_cmpint (count_records (fixture, &ff_course_type), ==, 0);

  ff_ui_test_press_keys (GDK_KEY_Tab, GDK_KEY_Tab, 0);
  g_assert_true (has_focus (button (fixture, "C_reate")));
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));

  g_assert_cmpint (count_records (fixture, &ff_course_type), ==, 1);
  title = made (fixture, &ff_course_type, FF_COURSE_TITLE);
  kind = made (fixture, &ff_course_type, FF_COURSE_KIND);
  programme = made (fixture, &ff_course_type, FF_COURSE_PROGRAMME_ID);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, second);
  g_assert_cmpstr (title, ==, "Norsk A2");
  g_assert_cmpstr (kind, ==, "norwegian");
  g_assert_cmpstr (programme, ==, expected);
}

static void
test_new_mentor (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autofree char *name = NULL;
  g_autofree char *kind = NULL;

  show_section (fixture, FF_TYPE_MENTOR_PAGE);
  open_new_dialog (fixture, "New Mentor", fields);
  g_assert_cmpuint (fields->len, ==, 2);
  g_assert_true (GTK_IS_DROP_DOWN (fields->pdata[1]));

  /* Return after the name goes on to the kind ... */
  g_assert_true (has_focus (fields->pdata[0]));
  ff_ui_test_type ("Ivar Moen");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (has_focus (fields->pdata[1]));
  ff_ui_test_spin (300);
  g_assert_nonnull (fixture->dialog);
  g_assert_cmpint (count_records (fixture, &ff_mentor_type), ==, 0);

  /* ... whose list opens on Return; the arrows choose a workplace mentor. */
  choose (fields->pdata[1], FF_MENTOR_WORKPLACE - FF_MENTOR_VOLUNTEER_FRIEND);

  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (button (fixture, "_Cancel")));
  ff_ui_test_press_keys (GDK_KEY_Tab, 0);
  g_assert_true (has_focus (button (fixture, "C_reate")));
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));

  g_assert_cmpint (count_records (fixture, &ff_mentor_type), ==, 1);
  name = made (fixture, &ff_mentor_type, FF_MENTOR_NAME);
  kind = made (fixture, &ff_mentor_type, FF_MENTOR_KIND);
  g_assert_cmpstr (name, ==, "Ivar Moen");
  g_assert_cmpstr (kind, ==, "workplace");
}

/* Find a Mentor opens on the first mentor suggested: Escape proposes nothing; Down and
 * Return choose the second. */
static void
test_find_a_mentor (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  const char *kari[FF_MENTOR_N_FIELDS] = {
    [FF_MENTOR_NAME] = "Kari", [FF_MENTOR_LANGUAGES] = "ukrainsk",
    [FF_MENTOR_MUNICIPALITY] = "Vang",
  };
  const char *per[FF_MENTOR_N_FIELDS] = {
    [FF_MENTOR_NAME] = "Per", [FF_MENTOR_LANGUAGES] = "ukrainsk",
  };
  gint64 per_id;

  ff_test_set_participant (fixture->store, olena, FF_PARTICIPANT_LANGUAGES, "ukrainsk");
  ff_test_set_participant (fixture->store, olena, FF_PARTICIPANT_MUNICIPALITY, "Vang");
  g_assert_cmpint (ff_record_insert (fixture->store, &ff_mentor_type, 0, kari, NULL), >, 0);
  per_id = ff_record_insert (fixture->store, &ff_mentor_type, 0, per, NULL);

  present (fixture, ff_mentor_finder_new (NULL, fixture->store, olena));
  g_assert_true (has_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (
                   ff_mentor_finder_get_list (FF_MENTOR_FINDER (fixture->dialog)), 0))));
  ff_ui_test_press_keys (GDK_KEY_Escape, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));
  g_assert_cmpint (count_records (fixture, &ff_match_type), ==, 0);

  present (fixture, ff_mentor_finder_new (NULL, fixture->store, olena));
  ff_ui_test_press_keys (GDK_KEY_Down, GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (dialog_closed, fixture, 5));
  g_assert_cmpint (count_records (fixture, &ff_match_type), ==, 1);
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT mentor_id FROM mentor_match"),
                   ==, per_id);
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/dialog-keyboard/enrol", test_enrol);
  ADD ("/ui/dialog-keyboard/change-status", test_change_status);
  ADD ("/ui/dialog-keyboard/new-participant", test_new_participant);
  ADD ("/ui/dialog-keyboard/new-programme", test_new_programme);
  ADD ("/ui/dialog-keyboard/new-employer", test_new_employer);
  ADD ("/ui/dialog-keyboard/job-status", test_job_status);
  ADD ("/ui/dialog-keyboard/outcome", test_outcome);
  ADD ("/ui/dialog-keyboard/benefit", test_benefit);
  ADD ("/ui/dialog-keyboard/new-course", test_new_course);
  ADD ("/ui/dialog-keyboard/new-mentor", test_new_mentor);
  ADD ("/ui/dialog-keyboard/find-a-mentor", test_find_a_mentor);

#undef ADD

  return g_test_run ();
}
