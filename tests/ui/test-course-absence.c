/* test-course-absence.c — what absence costs, as a caseworker sees it: the participant's
 * page, the benefit settings, G in the preferences and a programme's reductions list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-attendance-group.h"
#include "ff-basic-amount.h"
#include "ff-basic-amount-group.h"
#include "ff-benefit-dialog.h"
#include "ff-course.h"
#include "ff-course-absence.h"
#include "ff-format.h"
#include "ff-enrolment.h"
#include "ff-participant-page.h"
#include "ff-participant-page-private.h"
#include "ff-preferences-window.h"
#include "ff-programme.h"
#include "ff-reductions-window.h"
#include "ff-summary-row.h"
#include "ff-ui-test.h"

/* The day the page counts from: in Amal's May, Olena's period from 5 May. */
#define TODAY "2025-05-20"

typedef struct
{
  char       *tmpdir;
  FfStore    *store;
  gint64      programme;
  gint64      course;
  gint64      amal, olena;
  gint64      amal_enrolment, olena_enrolment;
  gint64      s[7];
  GtkWidget  *window;
} Fixture;

static void
mark (Fixture    *f,
      int         session,
      gint64      participant,
      FfMarkKind  kind,
      guint       minutes,
      FfExcuse    excuse)
{
  g_autoptr(GError) error = NULL;
  FfMark m = { kind, minutes, excuse };

  g_assert_true (ff_course_set_mark (f->store, f->course, f->s[session], participant, &m,
                                     &error));
  g_assert_no_error (error);
}

/* A course with sessions from 22 April to 12 May 2025 in an introduction programme, as
 * tests/core/test-course-absence.c has it: Amal paid 260 320 kr a year monthly, Olena
 * 273 000 kr every 14 days from Monday 21 April. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *programme_text = NULL;
  const char *course[FF_COURSE_N_FIELDS] = { [FF_COURSE_TITLE] = "Norsk og samfunnskunnskap" };
  static const char * const sessions[][3] = {
    { NULL, NULL, NULL },
    { "2025-04-22", "09:00", "12:00" },   /* 180 minutes */
    { "2025-04-30", "09:00", "12:00" },   /* 180 */
    { "2025-05-02", "09:00", "11:00" },   /* 120 */
    { "2025-05-05", "09:00", "12:00" },   /* 180 */
    { "2025-05-06", "09:00", "12:00" },   /* 180 */
    { "2025-05-12", "09:00", "11:00" },   /* 120 */
  };

  f->store = ff_test_store_new (&f->tmpdir);
  f->programme = ff_test_add_programme (f->store, "Introduksjonsprogrammet",
                                        FF_PROGRAMME_KIND_INTRODUCTION);
  programme_text = g_strdup_printf ("%" G_GINT64_FORMAT, f->programme);
  course[FF_COURSE_PROGRAMME_ID] = programme_text;
  f->course = ff_course_create (f->store, course, &error);
  g_assert_no_error (error);
  for (guint i = 1; i < G_N_ELEMENTS (sessions); i++)
    {
      f->s[i] = ff_course_add_session (f->store, f->course, sessions[i][0], sessions[i][1],
                                       sessions[i][2], NULL, &error);
      g_assert_no_error (error);
    }

  f->amal = ff_test_add_participant (f->store, "Amal", "Hassan");
  f->olena = ff_test_add_participant (f->store, "Olena", "Kovalenko");
  f->amal_enrolment = ff_test_add_enrolment (f->store, f->amal, f->programme, "2024-09-02");
  f->olena_enrolment = ff_test_add_enrolment (f->store, f->olena, f->programme, "2024-09-02");
  g_assert_true (ff_course_add_all_participants (f->store, f->course, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (ff_enrolment_set_benefit (f->store, f->amal_enrolment, FF_PAYMENT_MONTHLY,
                                           26032000, &error));
  g_assert_true (ff_enrolment_set_benefit (f->store, f->olena_enrolment,
                                           FF_PAYMENT_FORTNIGHTLY, 27300000, &error));
  g_assert_true (ff_record_set_field (f->store, &ff_enrolment_type, f->olena_enrolment,
                                      FF_ENROLMENT_FIELD_PAYMENT_FROM, "21.04.2025", &error));
  g_assert_no_error (error);

  /* Amal: in April, 180 of 360 minutes unexcused; in May, late 30 minutes (not
   * unexcused), a sick child, and 120 minutes unexcused on 12 May. */
  mark (f, 1, f->amal, FF_MARK_PRESENT, 0, 0);
  mark (f, 2, f->amal, FF_MARK_UNEXCUSED, 0, 0);
  mark (f, 3, f->amal, FF_MARK_LATE, 30, 0);
  mark (f, 4, f->amal, FF_MARK_EXCUSED, 0, FF_EXCUSE_SICK_CHILD);
  mark (f, 5, f->amal, FF_MARK_PRESENT, 0, 0);
  mark (f, 6, f->amal, FF_MARK_UNEXCUSED, 0, 0);
  /* Olena: away without leave 22 April – 2 May, all of the period 21 April – 4 May. */
  mark (f, 1, f->olena, FF_MARK_UNEXCUSED, 0, 0);
  mark (f, 2, f->olena, FF_MARK_UNEXCUSED, 0, 0);
  mark (f, 3, f->olena, FF_MARK_UNEXCUSED, 0, 0);
  mark (f, 4, f->olena, FF_MARK_EXCUSED, 0, FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 900);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ff_ui_test_spin (10);
  ff_test_store_close (f->store, f->tmpdir);
}

/* The participant page of @participant, counting from TODAY. */
static FfParticipantPage *
show_page (Fixture *f,
           gint64   participant)
{
  FfParticipantPage *page = FF_PARTICIPANT_PAGE (ff_participant_page_new (f->store));
  GtkWidget *group = ff_participant_page_get_attendance_group (page);

  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (page));
  ff_attendance_group_set_today (FF_ATTENDANCE_GROUP (group), TODAY);
  ff_participant_page_set_participant_id (page, participant);
  gtk_window_present (GTK_WINDOW (f->window));
  ff_ui_test_spin (50);

  return page;
}

/* The rows of the attendance group, FfSummaryRow each. */
static GtkWidget *
group_row (FfParticipantPage *page,
           guint              i)
{
  GtkWidget *group = ff_participant_page_get_attendance_group (page);
  GtkListBox *list = GTK_LIST_BOX (ff_attendance_group_get_list (FF_ATTENDANCE_GROUP (group)));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static guint
n_group_rows (FfParticipantPage *page)
{
  GtkWidget *group = ff_participant_page_get_attendance_group (page);
  GtkListBox *list = GTK_LIST_BOX (ff_attendance_group_get_list (FF_ATTENDANCE_GROUP (group)));
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

/* @text with its no-break spaces (grouping amounts) as spaces. */
static char *
plain (const char *text)
{
  GString *plain_text = g_string_new (text);

  g_string_replace (plain_text, "\xc2\xa0", " ", 0);
  return g_string_free (plain_text, FALSE);
}

/* Every label's text inside @widget that is shown, joined by "|", no-break spaces as
 * spaces. */
static char *
visible_text (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = ff_ui_test_find_all (widget, GTK_TYPE_LABEL, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (!gtk_widget_is_visible (label))
        continue;
      g_string_append (text, gtk_label_get_text (GTK_LABEL (label)));
      g_string_append_c (text, '|');
    }

  g_string_replace (text, "\xc2\xa0", " ", 0);
  return g_string_free (text, FALSE);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not found in “%s”", part, text);
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("“%s” found in “%s”", part, text);
}

typedef struct
{
  GtkWidget  *widget;
  const char *part;
} Awaited;

static gboolean
shows_text (gpointer data)
{
  Awaited *awaited = data;
  g_autofree char *text = visible_text (awaited->widget);

  return strstr (text, awaited->part) != NULL;
}

/* Waits until @widget shows @part (the store's changes are shown once idle). */
static void
await_text (GtkWidget  *widget,
            const char *part)
{
  Awaited awaited = { widget, part };

  if (!ff_ui_test_wait_until (shows_text, &awaited, 5))
    {
      g_autofree char *text = visible_text (widget);

      assert_contains (text, part);
    }
}

/* Amal's April: 2 169 333 øre × 180 / 360 = 1 084 667 øre, at least half of the payment
 * and a twelfth of G (124 028 kr from 1 May 2024): an individual decision. */
static void
test_page_shows_reduction_and_flag (Fixture       *f,
                                    gconstpointer  data)
{
  FfParticipantPage *page = show_page (f, f->amal);
  GtkWidget *group = ff_participant_page_get_attendance_group (page);
  g_autofree char *course_text = NULL;
  g_autofree char *benefit_text = NULL;
  g_autofree char *open_text = NULL;
  g_autofree char *leave_text = NULL;
  GtkWidget *benefit;

  g_assert_true (gtk_widget_get_visible (group));
  /* The course, the benefit and the leave. */
  g_assert_cmpuint (n_group_rows (page), ==, 3);

  /* Six sessions marked: 180 + 180 + 120 + 180 + 180 + 120 = 960 minutes planned (16 h),
   * 180 + 0 + 90 + 0 + 180 + 0 = 450 attended (7.5 h): 46.875 %, shown rounded down,
   * under 80 %; 2 h unexcused this month (12 May). */
  course_text = visible_text (group_row (page, 0));
  assert_contains (course_text, "Norsk og samfunnskunnskap");
  assert_contains (course_text, "46.8%");
  assert_contains (course_text, "7.5 of 16 h");
  assert_contains (course_text, "2 h unexcused this month");
  assert_contains (course_text, "Under 80%");

  benefit = group_row (page, 1);
  benefit_text = visible_text (benefit);
  assert_contains (benefit_text, "Introduction benefit|");
  assert_contains (benefit_text, "Individual decision needed");
  /* This period, May: 120 unexcused minutes of 600. */
  assert_contains (benefit_text, "2 h unexcused this period");

  /* Opened: each period with its reduction; April's flagged, May's not. */
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (benefit), TRUE);
  ff_ui_test_spin (20);
  open_text = visible_text (benefit);
  assert_contains (open_text, "01.04.2025 – 30.04.2025");
  assert_contains (open_text, "3 of 6 h unexcused · payment NOK 21 693.33");
  assert_contains (open_text, "reduced NOK 10 846.67|Individual decision needed");
  /* May: 2 169 333 × 120 / 600 = 433 866.6 → 433 867 øre, a fifth; no decision. */
  assert_contains (open_text, "01.05.2025 – 31.05.2025");
  assert_contains (open_text, "2 of 10 h unexcused");
  assert_contains (open_text, "reduced NOK 4 338.67|");
  assert_lacks (open_text, "338.67|Individual decision needed");

  /* A sick child on 5 May, and no children set: none allowed. */
  leave_text = visible_text (group_row (page, 2));
  assert_contains (leave_text, "Sick leave|");
  assert_contains (leave_text, "Self-certified 0, 4 left · sick-child days 1, 0 left");
}

/* Nothing for a participant with no courses and no benefit. */
static void
test_page_shows_nothing_without_courses (Fixture       *f,
                                         gconstpointer  data)
{
  gint64 other = ff_test_add_participant (f->store, "Yonas", "Tesfaye");
  FfParticipantPage *page = show_page (f, other);

  g_assert_false (gtk_widget_get_visible (ff_participant_page_get_attendance_group (page)));
  g_assert_cmpuint (n_group_rows (page), ==, 0);
}

/* A mark made elsewhere shows on the page. */
static void
test_page_follows_marks (Fixture       *f,
                         gconstpointer  data)
{
  FfParticipantPage *page = show_page (f, f->amal);
  g_autofree char *before = visible_text (group_row (page, 1));
  g_autofree char *after = NULL;

  assert_contains (before, "2 h unexcused this period");
  mark (f, 5, f->amal, FF_MARK_UNEXCUSED, 0, 0);
  await_text (group_row (page, 1), "5 h unexcused this period");
  after = visible_text (group_row (page, 1));
  /* May now: 2 169 333 × 300 / 600 = 1 084 666.5 → 1 084 667 øre, just over half, and
   * 12 × 1 084 667 = 13 016 004 ≥ 13 016 000, the G of 1 May 2025: both flagged. */
  assert_contains (after, "NOK 21 693.34 reduced lately");
}

static FfEnrolment *
load_enrolment (Fixture *f,
                gint64   participant)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) enrolments = ff_enrolment_list_for_participant (f->store, participant,
                                                                       &error);

  g_assert_no_error (error);
  g_assert_cmpuint (enrolments->len, ==, 1);
  return g_object_ref (g_ptr_array_index (enrolments, 0));
}

static char *
stored (Fixture    *f,
        const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (%s, '') FROM enrolment WHERE id = %"
                                          G_GINT64_FORMAT, column, f->amal_enrolment);

  return ff_test_query_text (f->store, sql);
}

/* A benefit that is not a positive amount is refused on its row; what else was typed
 * stays, and nothing is written. Amounts as people type them are saved. */
static void
test_benefit_settings (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { const char *typed; const char *ore; } good[] = {
    { "250000", "25000000" },
    { "250 000", "25000000" },
    { "250 000,50", "25000050" },
  };
  static const char * const bad[] = { "0", "-5 000", "many" };
  FfParticipantPage *page = show_page (f, f->amal);
  g_autofree char *shown = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(FfEnrolment) enrolment = load_enrolment (f, f->amal);
      GtkWidget *dialog = ff_benefit_dialog_new (f->store, enrolment);
      FfBenefitDialog *benefit = FF_BENEFIT_DIALOG (dialog);
      GtkWidget *row = ff_benefit_dialog_get_benefit_row (benefit);
      GtkWidget *children = ff_benefit_dialog_get_children_spin (benefit);
      g_autofree char *amount = NULL;
      g_autofree char *kids = NULL;

      gtk_window_present (GTK_WINDOW (dialog));
      ff_ui_test_spin (20);
      /* Filled in with what the enrolment holds. */
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                       "NOK" "\xc2\xa0" "260" "\xc2\xa0" "320");
      gtk_editable_set_text (GTK_EDITABLE (row), bad[i]);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (children), 2);
      g_assert_true (gtk_widget_activate_action (dialog, "benefit.save", NULL));
      ff_ui_test_spin (20);

      g_assert_nonnull (ff_ui_test_refusal (row));
      g_assert_true (gtk_widget_get_visible (dialog));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, bad[i]);
      g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (children)), ==, 2);
      amount = stored (f, "yearly_benefit");
      kids = stored (f, "children");
      g_assert_cmpstr (amount, ==, "26032000");
      g_assert_cmpstr (kids, ==, "");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(FfEnrolment) enrolment = load_enrolment (f, f->amal);
      GtkWidget *dialog = ff_benefit_dialog_new (f->store, enrolment);
      FfBenefitDialog *benefit = FF_BENEFIT_DIALOG (dialog);
      GtkWidget *from = ff_benefit_dialog_get_payment_from_row (benefit);
      g_autofree char *amount = NULL;
      g_autofree char *period = NULL;
      g_autofree char *first = NULL;
      g_autofree char *kids = NULL;
      g_autofree char *alone = NULL;

      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      gtk_window_present (GTK_WINDOW (dialog));
      ff_ui_test_spin (20);
      gtk_editable_set_text (GTK_EDITABLE (ff_benefit_dialog_get_benefit_row (benefit)),
                             good[i].typed);
      /* The first day is asked for periods of 14 days only. */
      g_assert_false (gtk_widget_get_visible (from) && i == 0);
      adw_combo_row_set_selected (ADW_COMBO_ROW (ff_benefit_dialog_get_period_row (benefit)),
                                  FF_PAYMENT_FORTNIGHTLY);
      g_assert_true (gtk_widget_get_visible (from));
      gtk_editable_set_text (GTK_EDITABLE (from), "05.05.2025");
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (ff_benefit_dialog_get_children_spin (benefit)),
                                 3);
      gtk_switch_set_active (GTK_SWITCH (ff_benefit_dialog_get_sole_carer_switch (benefit)),
                             TRUE);
      g_assert_true (gtk_widget_activate_action (dialog, "benefit.save", NULL));
      ff_ui_test_spin (20);

      g_assert_null (dialog);
      amount = stored (f, "yearly_benefit");
      period = stored (f, "payment_period");
      first = stored (f, "payment_from");
      kids = stored (f, "children");
      alone = stored (f, "sole_carer");
      g_assert_cmpstr (amount, ==, good[i].ore);
      g_assert_cmpstr (period, ==, "fortnightly");
      g_assert_cmpstr (first, ==, "2025-05-05");
      g_assert_cmpstr (kids, ==, "3");
      g_assert_cmpstr (alone, ==, "1");
    }

  /* The programme on the page says so. */
  ff_ui_test_spin (50);
  shown = visible_text (ff_participant_page_get_programmes_list (page));
  assert_contains (shown, "NOK 250 000.50 a year, every 14 days · 3 children, sole carer");
}

/* Olena's period 21 April – 4 May, all of it unexcused: 1 050 000 øre, all of the
 * payment, but under G/12 of the G from 1 May 2025 (12 × 1 050 000 = 12 600 000 <
 * 13 016 000): no decision. With G set to 126 000 kr from that day, 12 600 000 ≥
 * 12 600 000: a decision. */
static void
test_basic_amount_in_preferences (Fixture       *f,
                                  gconstpointer  data)
{
  FfParticipantPage *page = show_page (f, f->olena);
  GtkWidget *window = ff_preferences_window_new (GTK_WINDOW (f->window), f->store);
  FfBasicAmountGroup *group = FF_BASIC_AMOUNT_GROUP (
    ff_preferences_window_get_basic_amount_group (FF_PREFERENCES_WINDOW (window)));
  GtkWidget *from = ff_basic_amount_group_get_from_row (group);
  GtkWidget *amount = ff_basic_amount_group_get_amount_row (group);
  g_autofree char *before = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *after = NULL;
  g_autofree char *benefit = NULL;
  g_autofree char *open_text = NULL;

  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (50);

  before = visible_text (group_row (page, 1));
  assert_lacks (before, "Individual decision needed");
  listed = visible_text (ff_basic_amount_group_get_list (group));
  assert_contains (listed, "NOK 130 160|From 01.05.2025|NOK 124 028|From 01.05.2024|");

  /* Not a positive amount; not a day: refused on the field, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (from), "01.05.2025");
  gtk_editable_set_text (GTK_EDITABLE (amount), "0");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "basic-amount.add", NULL));
  g_assert_nonnull (ff_ui_test_refusal (amount));
  g_assert_null (ff_ui_test_refusal (from));
  gtk_editable_set_text (GTK_EDITABLE (amount), "-126 000");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "basic-amount.add", NULL));
  g_assert_nonnull (ff_ui_test_refusal (amount));
  gtk_editable_set_text (GTK_EDITABLE (from), "31.02.2025");
  gtk_editable_set_text (GTK_EDITABLE (amount), "126 000");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "basic-amount.add", NULL));
  g_assert_nonnull (ff_ui_test_refusal (from));
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT amount FROM basic_amount"
                                      " WHERE valid_from = '2025-05-01'"), ==, 13016000);

  gtk_editable_set_text (GTK_EDITABLE (from), "01.05.2025");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "basic-amount.add", NULL));
  await_text (group_row (page, 1), "Individual decision needed");
  g_assert_null (ff_ui_test_refusal (from));
  g_assert_null (ff_ui_test_refusal (amount));
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT amount FROM basic_amount"
                                      " WHERE valid_from = '2025-05-01'"), ==, 12600000);
  g_free (listed);
  listed = visible_text (ff_basic_amount_group_get_list (group));
  assert_contains (listed, "NOK 126 000|From 01.05.2025|");

  /* The participant's page now flags the period. */
  after = visible_text (group_row (page, 1));
  assert_contains (after, "Individual decision needed");
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (group_row (page, 1)), TRUE);
  ff_ui_test_spin (20);
  open_text = visible_text (group_row (page, 1));
  assert_contains (open_text, "21.04.2025 – 04.05.2025|8 of 8 h unexcused · payment NOK 10 500"
                   "|reduced NOK 10 500|Individual decision needed|");

  /* And a G added for a later day is listed first. */
  gtk_editable_set_text (GTK_EDITABLE (from), "01.05.2026");
  gtk_editable_set_text (GTK_EDITABLE (amount), "135 000");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "basic-amount.add", NULL));
  ff_ui_test_spin (20);
  benefit = visible_text (ff_basic_amount_group_get_list (group));
  assert_contains (benefit, "NOK 135 000|From 01.05.2026|NOK 126 000|From 01.05.2025|");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
two_decisions (gpointer data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (
    ff_reductions_window_get_totals_label (data)));

  return strstr (text, "2 payment periods need") != NULL;
}

/* The programme's list shows, line by line, the figures core works out, and their
 * totals. */
static void
test_programme_list (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  GtkWidget *window = ff_reductions_window_new (GTK_WINDOW (f->window), f->store, f->programme,
                                                "Introduksjonsprogrammet");
  FfReductionsWindow *list = FF_REDUCTIONS_WINDOW (window);
  GtkWidget *from = ff_reductions_window_get_from_entry (list);
  GtkWidget *to = ff_reductions_window_get_to_entry (list);
  g_autofree char *drawn = NULL;
  g_autofree char *totals = NULL;
  gint64 reductions = 0;
  guint decisions = 0;

  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (50);

  /* To before From, and a day that is not one: refused on the field, the list kept. */
  gtk_editable_set_text (GTK_EDITABLE (from), "01.06.2025");
  gtk_editable_set_text (GTK_EDITABLE (to), "01.04.2025");
  g_assert_true (gtk_widget_activate_action (window, "reductions.show", NULL));
  g_assert_nonnull (ff_ui_test_refusal (to));
  gtk_editable_set_text (GTK_EDITABLE (from), "32.04.2025");
  g_assert_true (gtk_widget_activate_action (window, "reductions.show", NULL));
  g_assert_nonnull (ff_ui_test_refusal (from));

  gtk_editable_set_text (GTK_EDITABLE (from), "01.04.2025");
  gtk_editable_set_text (GTK_EDITABLE (to), "31.05.2025");
  g_assert_true (gtk_widget_activate_action (window, "reductions.show", NULL));
  ff_ui_test_spin (50);
  g_assert_null (ff_ui_test_refusal (from));
  g_assert_null (ff_ui_test_refusal (to));
  g_assert_cmpstr (ff_reductions_window_get_from (list), ==, "2025-04-01");
  g_assert_cmpstr (ff_reductions_window_get_to (list), ==, "2025-05-31");

  rows = ff_course_reductions (f->store, f->programme, "2025-04-01", "2025-05-31", &error);
  g_assert_no_error (error);
  /* Amal April and May, Olena's two periods from 21 April. */
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpuint (ff_reductions_window_get_n_lines (list), ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      const FfReductionRow *row = &g_array_index (rows, FfReductionRow, i);
      g_autofree char *name = ff_reductions_window_dup_cell (list, i, 0);
      g_autofree char *first = ff_format_date (row->first_day, NULL);
      g_autofree char *period = ff_reductions_window_dup_cell (list, i, 1);
      g_autofree char *payment = ff_reductions_window_dup_cell (list, i, 2);
      g_autofree char *payment_core = ff_format_money (row->reduction.payment, NULL);
      g_autofree char *reduction = ff_reductions_window_dup_cell (list, i, 5);
      g_autofree char *reduction_core = ff_format_money (row->reduction.reduction, NULL);
      g_autofree char *decision = ff_reductions_window_dup_cell (list, i, 6);

      g_assert_cmpstr (name, ==, row->name);
      g_assert_true (g_str_has_prefix (period, first));
      g_assert_cmpstr (payment, ==, payment_core);
      g_assert_cmpstr (reduction, ==, reduction_core);
      g_assert_cmpstr (decision, ==, row->reduction.individual_decision ? "Needed" : "");
      reductions += row->reduction.reduction;
      decisions += row->reduction.individual_decision ? 1 : 0;
    }

  /* Worked out by hand: Amal's April 10 846,67 kr, flagged; May 4 338,67 kr; Olena's
   * first period all of its 10 500 kr, unflagged under the G of 1 May 2025. */
  {
    g_autofree char *amal_april = ff_reductions_window_dup_cell (list, 0, 5);
    g_autofree char *amal_flag = ff_reductions_window_dup_cell (list, 0, 6);
    g_autofree char *olena_hours = ff_reductions_window_dup_cell (list, 2, 4);
    g_autofree char *olena = ff_reductions_window_dup_cell (list, 2, 5);
    g_autofree char *olena_flag = ff_reductions_window_dup_cell (list, 2, 6);

    g_assert_cmpstr (amal_april, ==, "NOK" "\xc2\xa0" "10" "\xc2\xa0" "846.67");
    g_assert_cmpstr (amal_flag, ==, "Needed");
    g_assert_cmpstr (olena_hours, ==, "8");
    g_assert_cmpstr (olena, ==, "NOK" "\xc2\xa0" "10" "\xc2\xa0" "500");
    g_assert_cmpstr (olena_flag, ==, "");
  }
  g_assert_cmpint (reductions, ==, 1084667 + 433867 + 1050000);
  g_assert_cmpuint (decisions, ==, 1);

  totals = plain (gtk_label_get_text (GTK_LABEL (ff_reductions_window_get_totals_label (list))));
  assert_contains (totals, "Total: payments NOK 64 386.66, reductions NOK 25 685.34, to be paid "
                   "NOK 38 701.32");
  drawn = visible_text (window);
  assert_contains (drawn, "Amal Hassan|");
  assert_contains (drawn, "reductions NOK 25 685.34");
  assert_contains (drawn, "1 payment period needs an individual decision");

  /* A change of G reads the list again. */
  g_assert_cmpint (ff_basic_amount_set (f->store, "2025-05-01", "126 000", &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (ff_ui_test_wait_until (two_decisions, list, 5));
  {
    g_autofree char *olena_flag = ff_reductions_window_dup_cell (list, 2, 6);

    g_assert_cmpstr (olena_flag, ==, "Needed");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/course-absence/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

  ADD ("page/shows-reduction-and-decision", test_page_shows_reduction_and_flag);
  ADD ("page/shows-nothing-without-courses", test_page_shows_nothing_without_courses);
  ADD ("page/follows-marks", test_page_follows_marks);
  ADD ("benefit/refuses-bad-and-saves-good", test_benefit_settings);
  ADD ("basic-amount/added-in-preferences-changes-the-flag", test_basic_amount_in_preferences);
  ADD ("programme/list-shows-core-figures", test_programme_list);

#undef ADD

  return g_test_run ();
}
