/* test-attendance-grid.c — a course's attendance taken by keyboard in its grid, each key
 * checked against the database; refusals shown at their cell; only the cells in sight
 * made; and sessions made as a series in their dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-attendance-cell.h"
#include "ff-attendance-window.h"
#include "ff-course-grid.h"
#include "ff-series-dialog.h"
#include "ff-ui-test.h"

#define SESSION_TYPE (&ff_course_part_types[FF_COURSE_PART_SESSION])

/* A programme with Amal, Olena and Yonas on a course of four 90-minute sessions, the
 * last one cancelled. */
typedef struct
{
  char        *tmpdir;
  FfStore     *store;
  gint64       programme;
  gint64       course;
  gint64       participants[3];   /* in name order: Hassan, Kovalenko, Tesfaye */
  gint64       sessions[4];
  GtkWidget   *window;
  FfAttendanceGrid *grid;
  GtkWidget   *dialog;            /* weak */
} Fixture;

static gint64
add_course (FfStore *store,
            gint64   programme)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *programme_text = g_strdup_printf ("%" G_GINT64_FORMAT, programme);
  const char *values[FF_COURSE_N_FIELDS] = {
    [FF_COURSE_TITLE] = "Norsk A2",
    [FF_COURSE_KIND] = "norwegian",
    [FF_COURSE_PROGRAMME_ID] = programme_text,
  };
  gint64 id = ff_course_create (store, values, &error);

  g_assert_no_error (error);
  return id;
}

static void
open_window (Fixture *f,
             int      width,
             int      height)
{
  f->window = ff_attendance_window_new (f->store, f->course);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  gtk_window_present (GTK_WINDOW (f->window));
  f->grid = ff_attendance_window_get_grid (FF_ATTENDANCE_WINDOW (f->window));
  ff_ui_test_spin (200);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *names[][2] = { { "Olena", "Kovalenko" }, { "Amal", "Hassan" },
                             { "Yonas", "Tesfaye" } };
  const char *dates[] = { "2025-03-03", "2025-03-05", "2025-03-10", "2025-03-12" };
  g_autoptr(GError) error = NULL;
  gint64 ids[3];

  f->store = ff_test_store_new (&f->tmpdir);
  f->programme = ff_test_add_programme (f->store, "Introduksjonsprogrammet",
                                        FF_PROGRAMME_KIND_INTRODUCTION);
  f->course = add_course (f->store, f->programme);
  for (guint i = 0; i < 3; i++)
    {
      ids[i] = ff_test_add_participant (f->store, names[i][0], names[i][1]);
      ff_test_add_enrolment (f->store, ids[i], f->programme, "2025-01-06");
      g_assert_cmpint (ff_course_add_participant (f->store, f->course, ids[i], &error), >, 0);
      g_assert_no_error (error);
    }
  /* The grid's rows go by family name. */
  f->participants[0] = ids[1];
  f->participants[1] = ids[0];
  f->participants[2] = ids[2];

  for (guint i = 0; i < 4; i++)
    {
      f->sessions[i] = ff_course_add_session (f->store, f->course, dates[i], "09:00", "10:30",
                                              NULL, &error);
      g_assert_no_error (error);
    }
  g_assert_true (ff_course_cancel_session (f->store, f->sessions[3], TRUE, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (f->dialog));
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  ff_ui_test_spin (50);
  ff_test_store_close (f->store, f->tmpdir);
}

/* The mark stored for the participant in @row in session @column. */
static FfMark
stored (Fixture *f,
        guint    row,
        guint    column,
        char   **note)
{
  g_autoptr(GError) error = NULL;
  FfMark mark;

  g_assert_true (ff_course_get_mark (f->store, f->sessions[column], f->participants[row],
                                     &mark, note, &error));
  g_assert_no_error (error);
  return mark;
}

#define assert_stored(f, row, column, kind, minutes, excuse) \
  G_STMT_START { \
    g_test_message ("line %d", __LINE__); \
    assert_stored_at (f, row, column, kind, minutes, excuse); \
  } G_STMT_END

static void
assert_stored_at (Fixture    *f,
               guint       row,
               guint       column,
               FfMarkKind  kind,
               guint       minutes,
               FfExcuse    excuse)
{
  FfMark mark = stored (f, row, column, NULL);

  g_assert_cmpint (mark.kind, ==, kind);
  if (kind == FF_MARK_LATE || kind == FF_MARK_LEFT_EARLY)
    g_assert_cmpuint (mark.minutes, ==, minutes);
  if (kind == FF_MARK_EXCUSED)
    g_assert_cmpint (mark.excuse, ==, excuse);
}

static const char *
cell_text (Fixture *f,
           guint    row,
           guint    column)
{
  GtkWidget *cell = ff_attendance_grid_get_cell (f->grid, row, column);

  g_assert_nonnull (cell);
  return ff_attendance_cell_get_text (FF_ATTENDANCE_CELL (cell));
}

static const char *
cell_name (Fixture *f,
           guint    row,
           guint    column)
{
  return ff_attendance_cell_get_name (FF_ATTENDANCE_CELL (ff_attendance_grid_get_cell (f->grid,
                                                                                       row,
                                                                                       column)));
}

static gboolean
popover_shown (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_visible (ff_attendance_grid_get_popover (f->grid));
}

static gboolean
popover_hidden (gpointer data)
{
  return !popover_shown (data);
}

static void
assert_cursor (Fixture *f,
               guint    row,
               guint    column)
{
  guint r, c;

  ff_attendance_grid_get_cursor (f->grid, &r, &c);
  g_assert_cmpuint (r, ==, row);
  g_assert_cmpuint (c, ==, column);
  /* The keyboard is on the cursor's cell, whose name a screen reader reads. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window))
                 == ff_attendance_grid_get_cell (f->grid, row, column));
}

static void
test_marks_by_keyboard (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *note = NULL;

  open_window (f, 900, 500);
  gtk_widget_grab_focus (GTK_WIDGET (f->grid));
  ff_ui_test_spin (50);
  assert_cursor (f, 0, 0);
  g_assert_cmpstr (cell_name (f, 0, 0), ==, "Amal Hassan, Mon 3 Mar 2025, 09:00–10:30, "
                   "Not registered");
  g_assert_cmpstr (ff_attendance_window_get_summary_text (FF_ATTENDANCE_WINDOW (f->window)),
                   ==, "No attendance taken yet");

  /* 1: present, saved at once, and the rate follows. */
  ff_ui_test_press_keys (GDK_KEY_1, 0);
  assert_stored (f, 0, 0, FF_MARK_PRESENT, 0, 0);
  g_assert_cmpstr (cell_text (f, 0, 0), ==, "P");
  g_assert_cmpstr (cell_name (f, 0, 0), ==, "Amal Hassan, Mon 3 Mar 2025, 09:00–10:30, Present");
  g_assert_cmpstr (ff_attendance_window_get_summary_text (FF_ATTENDANCE_WINDOW (f->window)),
                   ==, "Attendance 100%");

  /* Right, 2: late asks for the minutes; typed and Enter saves them. */
  ff_ui_test_press_keys (GDK_KEY_Right, 0);
  assert_cursor (f, 0, 1);
  ff_ui_test_press_keys (GDK_KEY_2, 0);
  g_assert_true (ff_ui_test_wait_until (popover_shown, f, 5));
  assert_stored (f, 0, 1, FF_MARK_NOT_REGISTERED, 0, 0);
  ff_ui_test_type ("15");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (popover_hidden, f, 5));
  assert_stored (f, 0, 1, FF_MARK_LATE, 15, 0);
  g_assert_cmpstr (cell_text (f, 0, 1), ==, "L 15");
  /* 90 + 75 of 180 minutes */
  g_assert_cmpstr (ff_attendance_window_get_summary_text (FF_ATTENDANCE_WINDOW (f->window)),
                   ==, "Attendance 91.6%");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window))
                 == ff_attendance_grid_get_cell (f->grid, 0, 1));

  /* Right, 3: left early; more minutes than the session has is refused where they were
   * typed, and nothing is saved until they are right. */
  ff_ui_test_press_keys (GDK_KEY_Right, GDK_KEY_3, 0);
  g_assert_true (ff_ui_test_wait_until (popover_shown, f, 5));
  ff_ui_test_type ("120");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (popover_shown (f));
  g_assert_cmpstr (ff_attendance_grid_get_message (f->grid), !=, "");
  assert_stored (f, 0, 2, FF_MARK_NOT_REGISTERED, 0, 0);
  g_assert_cmpstr (cell_text (f, 0, 2), ==, "");
  ff_ui_test_press_keys (GDK_KEY_BackSpace, GDK_KEY_BackSpace, GDK_KEY_BackSpace, 0);
  ff_ui_test_type ("20");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (popover_hidden, f, 5));
  assert_stored (f, 0, 2, FF_MARK_LEFT_EARLY, 20, 0);
  g_assert_cmpstr (cell_text (f, 0, 2), ==, "LE 20");

  /* Down, 4: excused asks why; 3 is a sick child. */
  ff_ui_test_press_keys (GDK_KEY_Down, 0);
  assert_cursor (f, 1, 2);
  ff_ui_test_press_keys (GDK_KEY_4, 0);
  g_assert_true (ff_ui_test_wait_until (popover_shown, f, 5));
  ff_ui_test_press_keys (GDK_KEY_3, 0);
  g_assert_true (ff_ui_test_wait_until (popover_hidden, f, 5));
  assert_stored (f, 1, 2, FF_MARK_EXCUSED, 0, FF_EXCUSE_SICK_CHILD);
  g_assert_cmpstr (cell_name (f, 1, 2), ==, "Olena Kovalenko, Mon 10 Mar 2025, 09:00–10:30, "
                   "Excused: Sick child");

  /* 4 again, the list with the arrow keys and Enter: a doctor's note. */
  ff_ui_test_press_keys (GDK_KEY_4, 0);
  g_assert_true (ff_ui_test_wait_until (popover_shown, f, 5));
  ff_ui_test_press_keys (GDK_KEY_Up, GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (popover_hidden, f, 5));
  assert_stored (f, 1, 2, FF_MARK_EXCUSED, 0, FF_EXCUSE_OWN_ILLNESS_DOCTOR);

  /* Left, 5: unexcused; Escape in a popover leaves the mark as it is. */
  ff_ui_test_press_keys (GDK_KEY_Left, GDK_KEY_5, 0);
  assert_cursor (f, 1, 1);
  assert_stored (f, 1, 1, FF_MARK_UNEXCUSED, 0, 0);
  g_assert_cmpstr (cell_text (f, 1, 1), ==, "U");
  ff_ui_test_press_keys (GDK_KEY_2, 0);
  g_assert_true (ff_ui_test_wait_until (popover_shown, f, 5));
  ff_ui_test_press_keys (GDK_KEY_Escape, 0);
  g_assert_true (ff_ui_test_wait_until (popover_hidden, f, 5));
  assert_stored (f, 1, 1, FF_MARK_UNEXCUSED, 0, 0);

  /* Enter: a note, kept with the mark. */
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (popover_shown, f, 5));
  ff_ui_test_type ("Bus late");
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (popover_hidden, f, 5));
  g_assert_cmpint (stored (f, 1, 1, &note).kind, ==, FF_MARK_UNEXCUSED);
  g_assert_cmpstr (note, ==, "Bus late");
  g_assert_cmpstr (cell_text (f, 1, 1), ==, "U*");

  /* Delete clears the mark; the note stays. */
  ff_ui_test_press_keys (GDK_KEY_Delete, 0);
  g_clear_pointer (&note, g_free);
  g_assert_cmpint (stored (f, 1, 1, &note).kind, ==, FF_MARK_NOT_REGISTERED);
  g_assert_cmpstr (note, ==, "Bus late");

  /* End: the cancelled session, which takes no mark: refused at its cell, nothing
   * saved, and the next key goes on as usual. */
  ff_ui_test_press_keys (GDK_KEY_End, 0);
  assert_cursor (f, 1, 3);
  ff_ui_test_press_keys (GDK_KEY_1, 0);
  g_assert_true (ff_ui_test_wait_until (popover_shown, f, 5));
  g_assert_cmpstr (ff_attendance_grid_get_message (f->grid), !=, "");
  assert_stored (f, 1, 3, FF_MARK_NOT_REGISTERED, 0, 0);
  g_assert_cmpstr (cell_text (f, 1, 3), ==, "");
  ff_ui_test_press_keys (GDK_KEY_Home, 0);
  g_assert_true (ff_ui_test_wait_until (popover_hidden, f, 5));
  assert_cursor (f, 1, 0);
  ff_ui_test_press_keys (GDK_KEY_1, 0);
  assert_stored (f, 1, 0, FF_MARK_PRESENT, 0, 0);
}

static void
test_everyone_present (Fixture       *f,
                       gconstpointer  data)
{
  open_window (f, 900, 500);
  gtk_widget_grab_focus (GTK_WIDGET (f->grid));
  ff_ui_test_press_keys (GDK_KEY_Down, GDK_KEY_5, GDK_KEY_Up, 0);
  g_assert_true (gtk_widget_activate_action (f->window, "attendance.everyone-present", NULL));
  ff_ui_test_spin (50);

  /* Everyone not marked is present; the one marked unexcused stays so. */
  assert_stored (f, 0, 0, FF_MARK_PRESENT, 0, 0);
  assert_stored (f, 1, 0, FF_MARK_UNEXCUSED, 0, 0);
  assert_stored (f, 2, 0, FF_MARK_PRESENT, 0, 0);
  assert_stored (f, 0, 1, FF_MARK_NOT_REGISTERED, 0, 0);

  /* One session as a list: its marks in words, and Right goes on to the next one,
   * marked with the same keys. */
  g_assert_true (gtk_widget_activate_action (f->window, "attendance.toggle-one-session", NULL));
  ff_ui_test_spin (100);
  g_assert_true (ff_attendance_grid_get_one_session (f->grid));
  g_assert_cmpstr (cell_text (f, 1, 0), ==, "Unexcused");
  g_assert_cmpstr (cell_text (f, 2, 0), ==, "Present");
  g_assert_null (ff_attendance_grid_get_cell (f->grid, 0, 1));
  gtk_widget_grab_focus (GTK_WIDGET (f->grid));
  ff_ui_test_press_keys (GDK_KEY_Right, 0);
  ff_ui_test_spin (100);
  assert_cursor (f, 0, 1);
  g_assert_null (ff_attendance_grid_get_cell (f->grid, 0, 0));
  ff_ui_test_press_keys (GDK_KEY_Down, GDK_KEY_5, 0);
  assert_stored (f, 1, 1, FF_MARK_UNEXCUSED, 0, 0);
  g_assert_cmpstr (cell_text (f, 1, 1), ==, "Unexcused");
}

/* Makes the course long: 27 participants more, 30 in all, and sessions on Mondays and
 * Wednesdays from April 2025 to the end of @last_year. */
static void
make_long (Fixture *f,
           guint    last_year)
{
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  GDate from, to;

  for (guint i = 0; i < 27; i++)
    {
      g_autofree char *family = g_strdup_printf ("Deltaker%02u", i);
      gint64 id = ff_test_add_participant (f->store, "Ola", family);

      ff_test_add_enrolment (f->store, id, f->programme, "2025-01-06");
      g_assert_cmpint (ff_course_add_participant (f->store, f->course, id, &error), >, 0);
    }
  g_date_set_dmy (&from, 1, 4, 2025);
  g_date_set_dmy (&to, 31, 12, last_year);
  sessions = ff_session_series_generate (FF_WEEKDAY_MONDAY | FF_WEEKDAY_WEDNESDAY, 9 * 60,
                                         11 * 60, &from, &to, NULL, 0, ff_course_time_zone (),
                                         &error);
  g_assert_no_error (error);
  g_assert_true (ff_course_add_series (f->store, f->course, sessions, &error));
}

/* A course of 30 participants and 150 sessions: only the cells in sight are widgets,
 * and the cursor brings the far end into sight. */
static void
test_only_cells_in_sight (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfCourseGrid) grid = NULL;
  guint n_rows, n_columns;
  const FfGridSession *last;
  g_autofree char *expected = NULL;

  make_long (f, 2026);
  grid = ff_course_grid_load (f->store, f->course, &error);
  n_rows = ff_course_grid_get_n_participants (grid);
  n_columns = ff_course_grid_get_n_sessions (grid);
  g_assert_cmpuint (n_rows, ==, 30);
  g_assert_cmpuint (n_columns, >, 150);

  open_window (f, 900, 600);
  g_assert_cmpuint (ff_attendance_grid_get_n_cell_widgets (f->grid), <=,
                    (600 / 32) * (900 / 64));
  g_assert_cmpuint (ff_attendance_grid_get_n_cell_widgets (f->grid), >, 0);

  gtk_widget_grab_focus (GTK_WIDGET (f->grid));
  ff_ui_test_press_keys (GDK_KEY_Page_Down, GDK_KEY_Page_Down, GDK_KEY_Page_Down, GDK_KEY_End,
                         0);
  ff_ui_test_spin (100);
  assert_cursor (f, n_rows - 1, n_columns - 1);
  last = ff_course_grid_get_session (grid, n_columns - 1);
  g_assert_cmpstr (last->date, ==, "2026-12-30");
  expected = g_strdup ("Yonas Tesfaye, Wed 30 Dec 2026, 09:00–11:00, Not registered");
  g_assert_cmpstr (cell_name (f, n_rows - 1, n_columns - 1), ==, expected);
  ff_ui_test_press_keys (GDK_KEY_5, 0);
  g_assert_cmpint (ff_course_grid_get_mark (ff_attendance_grid_get_grid (f->grid), n_rows - 1,
                                            n_columns - 1)->kind, ==, FF_MARK_UNEXCUSED);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM attendance_mark"
                                      " WHERE kind = 'unexcused'"), ==, 1);
  g_assert_cmpuint (ff_attendance_grid_get_n_cell_widgets (f->grid), <=,
                    (600 / 32) * (900 / 64));
}

/* Every cell in sight shows its own participant and session, in its own place: the
 * name a screen reader reads says which, and the cells of a row and of a column line
 * up, a cell's width and a row's height apart, in the order of the grid. */
static void
assert_cells_in_place (Fixture *f)
{
  FfCourseGrid *grid = ff_attendance_grid_get_grid (f->grid);
  guint n_rows = ff_course_grid_get_n_participants (grid);
  guint n_columns = ff_course_grid_get_n_sessions (grid);
  graphene_rect_t first = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  guint first_row = 0, first_column = 0, shown = 0;

  for (guint row = 0; row < n_rows; row++)
    for (guint column = 0; column < n_columns; column++)
      {
        GtkWidget *cell = ff_attendance_grid_get_cell (f->grid, row, column);
        g_autofree char *expected = NULL;
        graphene_rect_t bounds;

        if (cell == NULL)
          continue;

        expected = ff_attendance_cell_describe (grid, row, column);
        g_assert_cmpstr (ff_attendance_cell_get_name (FF_ATTENDANCE_CELL (cell)), ==, expected);
        g_assert_true (gtk_widget_get_child_visible (cell));
        g_assert_true (gtk_widget_compute_bounds (cell, GTK_WIDGET (f->grid), &bounds));
        if (shown++ == 0)
          {
            first = bounds;
            first_row = row;
            first_column = column;
            continue;
          }
        g_assert_cmpfloat_with_epsilon (bounds.origin.x, first.origin.x +
                                        (column - first_column) * first.size.width, 0.5);
        g_assert_cmpfloat_with_epsilon (bounds.origin.y, first.origin.y +
                                        (row - first_row) * first.size.height, 0.5);
      }

  g_assert_cmpuint (shown, >, 1);
}

/* Presses @key @n times, and a mark key @mark (0: none) after every @every-th from the
 * first, checking every cell in sight after each. */
static void
walk (Fixture *f,
      guint    key,
      guint    n,
      guint    every,
      guint    mark)
{
  for (guint i = 0; i < n; i++)
    {
      ff_ui_test_press_keys (key, i % every == 0 ? mark : 0, 0);
      ff_ui_test_spin (10);
      assert_cells_in_place (f);
    }
}

/* Walking a row far past the window's edge and back, then down the rows and back up:
 * the grid scrolls a column or a row at a time and every cell stays right, marks made
 * on the way included. */
static void
test_walk_far (Fixture       *f,
               gconstpointer  data)
{
  guint row, column;

  make_long (f, 2025);

  open_window (f, 900, 600);
  gtk_widget_grab_focus (GTK_WIDGET (f->grid));
  assert_cells_in_place (f);

  walk (f, GDK_KEY_Right, 30, 4, GDK_KEY_5);
  assert_cursor (f, 0, 30);
  walk (f, GDK_KEY_Left, 30, 1, 0);
  walk (f, GDK_KEY_Down, 29, 5, GDK_KEY_1);
  assert_cursor (f, 29, 0);
  walk (f, GDK_KEY_Up, 29, 1, 0);
  ff_attendance_grid_get_cursor (f->grid, &row, &column);
  g_assert_cmpuint (row, ==, 0);
  g_assert_cmpuint (column, ==, 0);

  /* The marks made on the way are stored, eight along the row and six down the column. */
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM attendance_mark"
                                      " WHERE kind = 'unexcused'"), ==, 8);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM attendance_mark"
                                      " WHERE kind = 'present'"), ==, 6);
}

static void
set_text (GtkWidget  *row,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_series_dialog (Fixture       *f,
                    gconstpointer  data)
{
  FfSeriesDialog *dialog;

  f->dialog = ff_series_dialog_new (NULL, f->store, f->course);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  dialog = FF_SERIES_DIALOG (f->dialog);
  gtk_window_present (GTK_WINDOW (f->dialog));

  /* May 2025, Mondays and Thursdays: 5 + 4 days, less 1 May and Ascension Day (29 May),
   * offered as holidays and ticked. 17 May is a Saturday. */
  set_text (ff_series_dialog_get_from_row (dialog), "01.05.2025");
  set_text (ff_series_dialog_get_to_row (dialog), "31.05.2025");
  set_text (ff_series_dialog_get_start_row (dialog), "09:00");
  set_text (ff_series_dialog_get_end_row (dialog), "11:30");

  /* No weekday: refused, in words. */
  g_assert_cmpint (ff_series_dialog_get_count (dialog), ==, -1);
  g_assert_cmpstr (ff_series_dialog_get_message (dialog), ==, "Choose at least one weekday.");
  gtk_widget_activate_action (f->dialog, "series-dialog.add", NULL);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM session"), ==, 4);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (ff_series_dialog_get_weekday (dialog,
                                                                              G_DATE_MONDAY)),
                               TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ff_series_dialog_get_weekday (dialog,
                                                                              G_DATE_THURSDAY)),
                               TRUE);
  g_assert_nonnull (ff_series_dialog_get_skip (dialog, "2025-05-01"));
  g_assert_nonnull (ff_series_dialog_get_skip (dialog, "2025-05-29"));
  g_assert_nonnull (ff_series_dialog_get_skip (dialog, "2025-05-17"));
  g_assert_null (ff_series_dialog_get_skip (dialog, "2025-05-05"));
  g_assert_cmpint (ff_series_dialog_get_count (dialog), ==, 7);
  g_assert_cmpstr (ff_series_dialog_get_message (dialog), ==, "Makes 7 sessions");

  /* 1 May unticked: held after all. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ff_series_dialog_get_skip (dialog,
                                                                           "2025-05-01")),
                               FALSE);
  g_assert_cmpint (ff_series_dialog_get_count (dialog), ==, 8);

  /* An end before the start: refused at the end time. */
  set_text (ff_series_dialog_get_end_row (dialog), "08:30");
  g_assert_cmpint (ff_series_dialog_get_count (dialog), ==, -1);
  g_assert_cmpstr (ff_series_dialog_get_message (dialog), ==,
                   "A session must end after it starts.");
  g_assert_cmpstr (ff_ui_test_refusal (ff_series_dialog_get_end_row (dialog)), ==,
                   "A session must end after it starts.");
  set_text (ff_series_dialog_get_end_row (dialog), "11:30");
  g_assert_null (ff_ui_test_refusal (ff_series_dialog_get_end_row (dialog)));

  /* Every day for eight years: more than 1,000 sessions. */
  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (ff_series_dialog_get_weekday (dialog, day)),
                                 TRUE);
  set_text (ff_series_dialog_get_to_row (dialog), "31.12.2032");
  g_assert_cmpint (ff_series_dialog_get_count (dialog), ==, -1);
  g_assert_cmpstr (ff_series_dialog_get_message (dialog), ==,
                   "That would make more than 1000 sessions. "
                   "Choose a shorter period or fewer weekdays.");
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM session"), ==, 4);

  /* Back to May, Mondays and Thursdays, 1 May still held (the choice is kept): added. */
  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (ff_series_dialog_get_weekday (dialog, day)),
                                 day == G_DATE_MONDAY || day == G_DATE_THURSDAY);
  set_text (ff_series_dialog_get_to_row (dialog), "31.05.2025");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (ff_series_dialog_get_skip (dialog,
                                                                                           "2025-05-01"))));
  g_assert_cmpint (ff_series_dialog_get_count (dialog), ==, 8);
  g_assert_true (gtk_widget_activate_action (f->dialog, "series-dialog.add", NULL));
  ff_ui_test_spin (50);
  g_assert_null (f->dialog);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM session"
                                      " WHERE date LIKE '2025-05-%' AND start_time = '09:00'"
                                      " AND end_time = '11:30'"), ==, 8);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM session"
                                      " WHERE date IN ('2025-05-29', '2025-05-17')"), ==, 0);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM session"
                                      " WHERE date = '2025-05-01'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/attendance-grid/marks-by-keyboard", Fixture, NULL,
              fixture_set_up, test_marks_by_keyboard, fixture_tear_down);
  g_test_add ("/ui/attendance-grid/everyone-present", Fixture, NULL,
              fixture_set_up, test_everyone_present, fixture_tear_down);
  g_test_add ("/ui/attendance-grid/only-cells-in-sight", Fixture, NULL,
              fixture_set_up, test_only_cells_in_sight, fixture_tear_down);
  g_test_add ("/ui/attendance-grid/walk-far", Fixture, NULL,
              fixture_set_up, test_walk_far, fixture_tear_down);
  g_test_add ("/ui/attendance-grid/series-dialog", Fixture, NULL,
              fixture_set_up, test_series_dialog, fixture_tear_down);

  return g_test_run ();
}
