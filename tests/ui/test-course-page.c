/* test-course-page.c — a course's page: its programme chosen by name, its participants
 * added from the programme one at a time or all at once and removed with Undo, each
 * with their hours and rate, and the warning when someone attends too little
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-course-members-group.h"
#include "ff-course-page.h"
#include "ff-course-sessions-group.h"
#include "ff-ui-test.h"

#define MEMBER_TYPE (&ff_course_part_types[FF_COURSE_PART_PARTICIPANT])

typedef struct
{
  char           *tmpdir;
  FfStore        *store;
  gint64          programmes[2];
  gint64          participants[3];   /* Amal Hassan, Olena Kovalenko, Yonas Tesfaye */
  gint64          course;
  GtkWidget      *window;
  FfCoursePage   *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *names[][2] = { { "Amal", "Hassan" }, { "Olena", "Kovalenko" },
                             { "Yonas", "Tesfaye" } };
  g_autoptr(GError) error = NULL;
  g_autofree char *programme = NULL;
  const char *values[FF_COURSE_N_FIELDS] = { NULL };
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->store = ff_test_store_new (&f->tmpdir);
  f->programmes[0] = ff_test_add_programme (f->store, "Introduksjonsprogrammet",
                                            FF_PROGRAMME_KIND_INTRODUCTION);
  f->programmes[1] = ff_test_add_programme (f->store, "Veiviseren", FF_PROGRAMME_KIND_OTHER);
  for (guint i = 0; i < 3; i++)
    {
      f->participants[i] = ff_test_add_participant (f->store, names[i][0], names[i][1]);
      ff_test_add_enrolment (f->store, f->participants[i], f->programmes[0], "2025-01-06");
    }
  programme = g_strdup_printf ("%" G_GINT64_FORMAT, f->programmes[0]);
  values[FF_COURSE_TITLE] = "Norsk A2";
  values[FF_COURSE_PROGRAMME_ID] = programme;
  f->course = ff_course_create (f->store, values, &error);
  g_assert_no_error (error);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 1000);
  f->page = g_object_new (FF_TYPE_COURSE_PAGE, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));
  gtk_window_set_child (GTK_WINDOW (f->window), overlay);
  ff_record_page_set_store (FF_RECORD_PAGE (f->page), f->store);
  ff_record_page_set_record_id (FF_RECORD_PAGE (f->page), f->course);
  gtk_window_present (GTK_WINDOW (f->window));
  ff_ui_test_spin (50);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ff_ui_test_spin (50);
  ff_test_store_close (f->store, f->tmpdir);
}

static FfCourseMembersGroup *
members (Fixture *f)
{
  return FF_COURSE_MEMBERS_GROUP (ff_course_page_get_members_group (f->page));
}

static gint64
n_members (Fixture *f)
{
  return ff_test_query_int (f->store, "SELECT count(*) FROM course_participant"
                                      " WHERE deleted_at IS NULL");
}

static const char *
row_title (Fixture *f,
           guint    row)
{
  GtkWidget *widget = ff_course_members_group_get_row (members (f), row);

  g_assert_nonnull (widget);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
}

static const char *
row_subtitle (Fixture *f,
              guint    row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (ff_course_members_group_get_row (members (f),
                                                                                      row)));
}

static void
test_participants (Fixture       *f,
                   gconstpointer  data)
{
  AdwComboRow *candidates = ADW_COMBO_ROW (ff_course_members_group_get_candidate_row (members (f)));
  GListModel *names = adw_combo_row_get_model (candidates);
  GtkWidget *remove = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  gint64 amal;

  /* Everyone enrolled in the programme may be added, by name. */
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 1), ==,
                   "Olena Kovalenko");

  adw_combo_row_set_selected (candidates, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (members (f)), "members.add", NULL));
  g_assert_cmpint (n_members (f), ==, 1);
  ff_course_page_refresh_grid (f->page);
  g_assert_cmpstr (row_title (f, 0), ==, "Olena Kovalenko");
  g_assert_cmpstr (row_subtitle (f, 0), ==, "0 hours · no attendance taken");
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 2);

  /* All at once: the other two. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (members (f)), "members.add-all", NULL));
  g_assert_cmpint (n_members (f), ==, 3);
  ff_course_page_refresh_grid (f->page);
  g_assert_cmpstr (row_title (f, 0), ==, "Amal Hassan");
  g_assert_cmpstr (row_title (f, 2), ==, "Yonas Tesfaye");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (candidates)));

  /* Removed with the row's button; Undo brings them back. */
  amal = ff_course_grid_get_participant (ff_course_page_get_grid (f->page), 0)->member_id;
  buttons = ff_ui_test_find_all (ff_course_members_group_get_row (members (f), 0),
                                 GTK_TYPE_BUTTON, NULL);
  for (guint i = 0; i < buttons->len; i++)
    if (g_str_has_prefix (gtk_widget_get_tooltip_text (buttons->pdata[i]), "Remove Amal"))
      remove = buttons->pdata[i];
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpint (n_members (f), ==, 2);
  ff_course_page_refresh_grid (f->page);
  g_assert_cmpstr (row_title (f, 0), ==, "Olena Kovalenko");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (members (f)), "members.undo-remove",
                                             "x", amal));
  ff_course_page_refresh_grid (f->page);
  g_assert_cmpint (n_members (f), ==, 3);
  g_assert_cmpstr (row_title (f, 0), ==, "Amal Hassan");
}

static void
test_rates_and_warning (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *warning = ff_course_page_get_warning_row (f->page);
  gint64 sessions[4];
  const FfMark present = { FF_MARK_PRESENT, 0, 0 };
  const FfMark unexcused = { FF_MARK_UNEXCUSED, 0, 0 };
  const FfMark late = { FF_MARK_LATE, 30, 0 };

  g_assert_true (ff_course_add_all_participants (f->store, f->course, NULL, &error));
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *date = g_strdup_printf ("2025-03-%02u", 3 + i);

      sessions[i] = ff_course_add_session (f->store, f->course, date, "09:00", "11:00", NULL,
                                           &error);
      g_assert_no_error (error);
    }

  /* Amal: 3 of 4 sessions (75 %), under 80 %; Olena: 4 sessions, one 30 minutes late
   * (450 of 480 minutes, 93.7 %); Yonas: nothing taken. */
  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (ff_course_set_mark (f->store, f->course, sessions[i], f->participants[0],
                                         i == 2 ? &unexcused : &present, &error));
      g_assert_true (ff_course_set_mark (f->store, f->course, sessions[i], f->participants[1],
                                         i == 1 ? &late : &present, &error));
    }
  ff_course_page_refresh_grid (f->page);

  g_assert_cmpstr (row_subtitle (f, 0), ==, "6 hours · 75%");
  g_assert_cmpstr (row_subtitle (f, 1), ==, "7.5 hours · 93.7%");
  g_assert_cmpstr (row_subtitle (f, 2), ==, "0 hours · no attendance taken");
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (warning)), ==,
                   "1 participant attends less than 80%");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (warning)), ==, "Amal Hassan");
  g_assert_cmpuint (g_list_model_get_n_items (ff_course_sessions_group_get_model (
                      FF_COURSE_SESSIONS_GROUP (ff_course_page_get_sessions_group (f->page)))),
                    ==, 4);

  /* The threshold lowered to 70 %: no warning. */
  g_assert_true (ff_record_set_field (f->store, &ff_course_type, f->course,
                                      FF_COURSE_THRESHOLD, "70", &error));
  ff_course_page_refresh_grid (f->page);
  g_assert_false (gtk_widget_get_visible (warning));
}

static void
test_programme (Fixture       *f,
                gconstpointer  data)
{
  AdwComboRow *row = ADW_COMBO_ROW (ff_course_page_get_programme_row (f->page));
  g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, f->programmes[1]);
  g_autofree char *stored = NULL;

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  adw_combo_row_set_selected (row, 1);
  stored = ff_test_record_field (f->store, &ff_course_type, f->course, FF_COURSE_PROGRAMME_ID);
  g_assert_cmpstr (stored, ==, expected);
  g_assert_null (ff_ui_test_refusal (GTK_WIDGET (row)));
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/course-page/participants", Fixture, NULL,
              fixture_set_up, test_participants, fixture_tear_down);
  g_test_add ("/ui/course-page/rates-and-warning", Fixture, NULL,
              fixture_set_up, test_rates_and_warning, fixture_tear_down);
  g_test_add ("/ui/course-page/programme", Fixture, NULL,
              fixture_set_up, test_programme, fixture_tear_down);

  return g_test_run ();
}
