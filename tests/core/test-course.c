/* test-course.c — courses, their participants, sessions and attendance marks, and
 * the grid a course is marked in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-course-grid.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

#define SESSION_TYPE (&ff_course_part_types[FF_COURSE_PART_SESSION])
#define MARK_TYPE (&ff_course_part_types[FF_COURSE_PART_MARK])
#define MEMBER_TYPE (&ff_course_part_types[FF_COURSE_PART_PARTICIPANT])

/* A programme with three participants enrolled (Amal and Olena active, Yonas waiting),
 * one who is not (Kari), and a course of the programme. */
typedef struct
{
  char    *dir;
  FfStore *store;
  gint64   programme;
  gint64   amal;
  gint64   olena;
  gint64   yonas;
  gint64   kari;
  gint64   course;
} Fixture;

static gint64
add_course (FfStore    *store,
            gint64      programme,
            const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *programme_text = g_strdup_printf ("%" G_GINT64_FORMAT, programme);
  const char *values[FF_COURSE_N_FIELDS] = {
    [FF_COURSE_TITLE] = title,
    [FF_COURSE_KIND] = "norwegian",
    [FF_COURSE_PROGRAMME_ID] = programme_text,
    [FF_COURSE_INSTRUCTOR] = "Ingrid Hansen",
    [FF_COURSE_PLACE] = "Burfjord skole",
    [FF_COURSE_START_DATE] = "2025-01-06",
    [FF_COURSE_END_DATE] = "2025-06-20",
  };
  gint64 id = ff_course_create (store, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 enrolment;

  f->store = ff_test_store_new (&f->dir);
  f->programme = ff_test_add_programme (f->store, "Introduksjonsprogrammet",
                                        FF_PROGRAMME_KIND_INTRODUCTION);
  f->amal = ff_test_add_participant (f->store, "Amal", "Hassan");
  f->olena = ff_test_add_participant (f->store, "Olena", "Kovalenko");
  f->yonas = ff_test_add_participant (f->store, "Yonas", "Tesfaye");
  f->kari = ff_test_add_participant (f->store, "Kari", "Nordmann");
  ff_test_add_enrolment (f->store, f->amal, f->programme, "2024-09-02");
  ff_test_add_enrolment (f->store, f->olena, f->programme, "2024-09-02");
  enrolment = ff_enrolment_create (f->store, f->yonas, f->programme,
                                   FF_ENROLMENT_STATUS_WAITING_LIST, "2024-12-01", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (enrolment, >, 0);
  f->course = add_course (f->store, f->programme, "Norsk A2");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ff_test_store_close (f->store, f->dir);
}

#define add_test(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

static gint64
add_member (Fixture *f,
            gint64   participant)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_course_add_participant (f->store, f->course, participant, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_session (Fixture    *f,
             const char *date,
             const char *start,
             const char *end)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_course_add_session (f->store, f->course, date, start, end, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set_mark (Fixture    *f,
          gint64      session,
          gint64      participant,
          FfMarkKind  kind,
          guint       minutes,
          FfExcuse    excuse)
{
  g_autoptr(GError) error = NULL;
  FfMark mark = { kind, minutes, excuse };

  g_assert_true (ff_course_set_mark (f->store, f->course, session, participant, &mark,
                                     &error));
  g_assert_no_error (error);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return ff_test_query_int (f->store, sql);
}

static void
test_create_edit_delete (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(FfRecord) course = NULL;
  g_autofree char *expected = NULL;
  FfRecordQuery query = { .search = "ingrid" };
  g_autoptr(GArray) found = NULL;
  const char *no_title[FF_COURSE_N_FIELDS] = { [FF_COURSE_PROGRAMME_ID] = "1" };
  gint64 other = ff_test_add_programme (f->store, "Etablereropplæring",
                                        FF_PROGRAMME_KIND_ESTABLISHMENT);
  gint64 second;

  g_signal_connect (f->store, "changed::course", G_CALLBACK (ff_test_note_change), seen);

  course = ff_record_load (f->store, &ff_course_type, f->course, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ff_record_get_title (course), ==, "Norsk A2");
  /* 80 % unless the course says otherwise */
  g_assert_cmpstr (ff_record_get (course, FF_COURSE_THRESHOLD), ==, "80");
  g_assert_cmpstr (ff_record_get_extra (course, FF_COURSE_PROGRAMME_NAME), ==,
                   "Introduksjonsprogrammet");

  /* A course has a title, and ends after it starts. */
  g_assert_cmpint (ff_course_create (f->store, no_title, &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY);
  g_clear_error (&error);
  ff_test_assert_refused (f->store, &ff_course_type, f->course, FF_COURSE_END_DATE,
                          "2024-12-31", FF_VALIDATE_ERROR_IMPLAUSIBLE, "2025-06-20");
  ff_test_assert_refused (f->store, &ff_course_type, f->course, FF_COURSE_THRESHOLD,
                          "120", FF_VALIDATE_ERROR_IMPLAUSIBLE, "80");
  g_assert_true (ff_record_set_field (f->store, &ff_course_type, f->course,
                                      FF_COURSE_THRESHOLD, "90 %", &error));
  g_assert_no_error (error);

  second = add_course (f->store, other, "Etablererkurs");
  g_assert_cmpint (second, >, 0);
  found = ff_course_query_ids (f->store, f->programme, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (g_array_index (found, gint64, 0), ==, f->course);

  /* Deleted with Undo, announced as the course's change. */
  g_assert_true (ff_record_set_deleted (f->store, &ff_course_type, f->course, TRUE, &error));
  g_assert_no_error (error);
  g_assert_null (ff_course_grid_load (f->store, f->course, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (ff_record_set_deleted (f->store, &ff_course_type, f->course, FALSE, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("course:%" G_GINT64_FORMAT " course:%" G_GINT64_FORMAT
                              " course:%" G_GINT64_FORMAT " course:%" G_GINT64_FORMAT " ",
                              f->course, second, f->course, f->course);
  g_assert_cmpstr (seen->str, ==, expected);
}

static void
test_only_enrolled (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) candidates = NULL;
  guint n_added = 0;

  /* Kari is not in the programme. */
  g_assert_cmpint (ff_course_add_participant (f->store, f->course, f->kari, &error), ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM course_participant"), ==, 0);

  candidates = ff_course_candidates (f->store, f->course, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, ==, 3);
  g_assert_cmpint (g_array_index (candidates, gint64, 0), ==, f->amal);

  add_member (f, f->olena);
  g_assert_cmpint (ff_course_add_participant (f->store, f->course, f->olena, &error), ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* All at once: those active in the programme, not Yonas on the waiting list. */
  g_assert_true (ff_course_add_all_participants (f->store, f->course, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM course_participant"
                             " WHERE deleted_at IS NULL"), ==, 2);
  /* One by one, anyone enrolled. */
  add_member (f, f->yonas);
  g_assert_cmpint (count (f, "SELECT count(*) FROM course_participant"), ==, 3);
}

static void
test_sessions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) series = NULL;
  GDate from, to, skip[1];
  gint64 session;

  /* A session ends after it starts. */
  g_assert_cmpint (ff_course_add_session (f->store, f->course, "2025-01-06", "11:00",
                                          "09:00", NULL, &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (ff_course_add_session (f->store, f->course, "2025-01-06", "09:00",
                                          "09:00", NULL, &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM session"), ==, 0);

  session = add_session (f, "06.01.2025", "9", "11.30");
  g_assert_cmpint (count (f, "SELECT count(*) FROM session WHERE date = '2025-01-06'"
                             " AND start_time = '09:00' AND end_time = '11:30'"), ==, 1);
  ff_test_assert_refused (f->store, SESSION_TYPE, session, FF_SESSION_END, "08:00",
                          FF_VALIDATE_ERROR_IMPLAUSIBLE, "11:30");
  g_assert_false (ff_course_move_session (f->store, session, "2025-01-07", "12:00", "10:00",
                                          &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);

  /* Moved in one change. */
  g_assert_true (ff_course_move_session (f->store, session, "2025-01-07", "12:00", "14:00",
                                         &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM session WHERE date = '2025-01-07'"
                             " AND start_time = '12:00' AND end_time = '14:00'"), ==, 1);

  /* A series on Mondays and Wednesdays in January 2025, 1 January skipped. */
  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_clear (skip, 1);
  g_date_set_dmy (&from, 1, 1, 2025);
  g_date_set_dmy (&to, 31, 1, 2025);
  g_date_set_dmy (&skip[0], 1, 1, 2025);
  series = ff_session_series_generate (FF_WEEKDAY_MONDAY | FF_WEEKDAY_WEDNESDAY, 9 * 60,
                                       11 * 60, &from, &to, skip, 1, ff_course_time_zone (),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->len, ==, 8);
  g_assert_true (ff_course_add_series (f->store, f->course, series, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM session"), ==, 9);
  g_assert_cmpint (count (f, "SELECT count(*) FROM session WHERE date = '2025-01-01'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM session WHERE date = '2025-01-29'"
                             " AND start_time = '09:00' AND end_time = '11:00'"), ==, 1);

  g_assert_true (ff_course_cancel_session (f->store, session, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT cancelled FROM session WHERE date = '2025-01-07'"), ==, 1);
}

static void
test_session_minutes (void)
{
  g_assert_cmpuint (ff_course_session_minutes ("2025-01-06", "09:00", "11:30"), ==, 150);
  g_assert_cmpuint (ff_course_session_minutes ("2025-01-06", "11:30", "09:00"), ==, 0);
  /* The nights the clocks change in Norway: 30 March and 26 October 2025. */
  g_assert_cmpuint (ff_course_session_minutes ("2025-03-30", "01:30", "03:30"), ==, 60);
  g_assert_cmpuint (ff_course_session_minutes ("2025-10-26", "01:30", "03:30"), ==, 180);
  g_assert_cmpuint (ff_course_session_minutes ("2025-03-30", "09:00", "11:00"), ==, 120);
}

static void
test_mark_saved_at_once (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autofree char *expected = NULL;
  g_autofree char *note = NULL;
  g_autoptr(FfStore) second = NULL;
  FfMark mark;
  gint64 session, mark_id;

  add_member (f, f->amal);
  session = add_session (f, "2025-01-06", "09:00", "11:00");
  g_signal_connect (f->store, "changed::course", G_CALLBACK (ff_test_note_change), seen);

  set_mark (f, session, f->amal, FF_MARK_LATE, 15, 0);

  /* In the file, for any other reader, as soon as it is set. */
  second = ff_store_open_read_only (ff_store_get_path (f->store), &error);
  g_assert_no_error (error);
  g_assert_true (ff_course_get_mark (second, session, f->amal, &mark, &note, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mark.kind, ==, FF_MARK_LATE);
  g_assert_cmpuint (mark.minutes, ==, 15);
  g_assert_null (note);

  mark_id = count (f, "SELECT id FROM attendance_mark");
  g_assert_cmpint (ff_test_count_audit (f->store, MARK_TYPE, mark_id, "created"), ==, 1);
  expected = g_strdup_printf ("course:%" G_GINT64_FORMAT " ", f->course);
  g_assert_cmpstr (seen->str, ==, expected);

  /* Changed: excused, and its minutes gone; one row per participant and session. */
  set_mark (f, session, f->amal, FF_MARK_EXCUSED, 0, FF_EXCUSE_SICK_CHILD);
  g_assert_true (ff_course_set_mark_note (f->store, f->course, session, f->amal,
                                          "Datteren har feber", &error));
  g_assert_no_error (error);
  g_assert_true (ff_course_get_mark (second, session, f->amal, &mark, &note, &error));
  g_assert_cmpint (mark.kind, ==, FF_MARK_EXCUSED);
  g_assert_cmpint (mark.excuse, ==, FF_EXCUSE_SICK_CHILD);
  g_assert_cmpuint (mark.minutes, ==, 0);
  g_assert_cmpstr (note, ==, "Datteren har feber");
  g_assert_cmpint (count (f, "SELECT count(*) FROM attendance_mark"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM attendance_mark WHERE minutes IS NULL"
                             " AND excuse = 'sick-child'"), ==, 1);

  /* Cleared: not registered, the note kept. */
  g_assert_true (ff_course_clear_mark (f->store, f->course, session, f->amal, &error));
  g_assert_no_error (error);
  g_clear_pointer (&note, g_free);
  g_assert_true (ff_course_get_mark (second, session, f->amal, &mark, &note, &error));
  g_assert_cmpint (mark.kind, ==, FF_MARK_NOT_REGISTERED);
  g_assert_cmpstr (note, ==, "Datteren har feber");
}

/* Asserts that @mark of @participant in @session is refused with @domain and @code,
 * and that no mark and no audit row were written. */
static void
assert_mark_refused (Fixture    *f,
                     gint64      session,
                     gint64      participant,
                     FfMarkKind  kind,
                     guint       minutes,
                     FfExcuse    excuse,
                     GQuark      domain,
                     int         code)
{
  g_autoptr(GError) error = NULL;
  FfMark mark = { kind, minutes, excuse };
  gint64 marks = count (f, "SELECT count(*) FROM attendance_mark WHERE kind <> ''");
  gint64 audit = count (f, "SELECT count(*) FROM audit");

  g_assert_false (ff_course_set_mark (f->store, f->course, session, participant, &mark,
                                      &error));
  g_assert_error (error, domain, code);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpint (count (f, "SELECT count(*) FROM attendance_mark WHERE kind <> ''"), ==,
                   marks);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);
}

static void
test_mark_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 other = add_course (f->store, f->programme, "Jobbsøkerkurs");
  gint64 session, other_session;

  add_member (f, f->amal);
  session = add_session (f, "2025-01-06", "09:00", "11:00");
  other_session = ff_course_add_session (f->store, other, "2025-01-06", "12:00", "13:00",
                                         NULL, &error);
  g_assert_no_error (error);

  /* Late by more than the session's 120 minutes; left early by as many is not. */
  assert_mark_refused (f, session, f->amal, FF_MARK_LATE, 121, 0, FF_VALIDATE_ERROR,
                       FF_VALIDATE_ERROR_IMPLAUSIBLE);
  assert_mark_refused (f, session, f->amal, FF_MARK_LEFT_EARLY, 500, 0, FF_VALIDATE_ERROR,
                       FF_VALIDATE_ERROR_IMPLAUSIBLE);
  assert_mark_refused (f, session, f->amal, FF_MARK_LATE, 0, 0, FF_VALIDATE_ERROR,
                       FF_VALIDATE_ERROR_EMPTY);
  assert_mark_refused (f, session, f->amal, FF_MARK_EXCUSED, 0, FF_EXCUSE_N_KINDS,
                       FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT);
  set_mark (f, session, f->amal, FF_MARK_LEFT_EARLY, 120, 0);

  /* Olena is enrolled but not on the course; Kari is not even enrolled. */
  assert_mark_refused (f, session, f->olena, FF_MARK_PRESENT, 0, 0, FF_STORE_ERROR,
                       FF_STORE_ERROR_INVALID);
  assert_mark_refused (f, session, f->kari, FF_MARK_PRESENT, 0, 0, FF_STORE_ERROR,
                       FF_STORE_ERROR_INVALID);
  /* A session of another course. */
  assert_mark_refused (f, other_session, f->amal, FF_MARK_PRESENT, 0, 0, FF_STORE_ERROR,
                       FF_STORE_ERROR_NOT_FOUND);

  /* A session marked 120 minutes gone early cannot shrink under that. */
  g_assert_false (ff_course_move_session (f->store, session, "2025-01-06", "09:00", "10:00",
                                          &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);

  /* A cancelled session takes no marks. */
  g_assert_true (ff_course_cancel_session (f->store, session, TRUE, &error));
  assert_mark_refused (f, session, f->amal, FF_MARK_PRESENT, 0, 0, FF_STORE_ERROR,
                       FF_STORE_ERROR_INVALID);
}

static void
test_cancelled_counts_for_nobody (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfCourseGrid) grid = NULL;
  g_autoptr(GArray) courses = NULL;
  FfAttendanceSummary summary;
  gint64 monday, wednesday;

  add_member (f, f->amal);
  add_member (f, f->olena);
  monday = add_session (f, "2025-01-06", "09:00", "11:00");
  wednesday = add_session (f, "2025-01-08", "09:00", "12:00");
  set_mark (f, monday, f->amal, FF_MARK_PRESENT, 0, 0);
  set_mark (f, monday, f->olena, FF_MARK_PRESENT, 0, 0);
  set_mark (f, wednesday, f->amal, FF_MARK_UNEXCUSED, 0, 0);
  set_mark (f, wednesday, f->olena, FF_MARK_LATE, 30, 0);

  grid = ff_course_grid_load (f->store, f->course, &error);
  g_assert_no_error (error);
  g_assert_true (ff_course_grid_summary (grid, 0, NULL, NULL, &summary, &error));
  g_assert_cmpuint (summary.planned_minutes, ==, 300);
  g_assert_cmpuint (summary.unexcused_minutes, ==, 180);
  g_assert_cmpint (ff_attendance_rate_per_mille (&summary), ==, 400);
  g_assert_true (ff_course_grid_below_threshold (grid, 0));
  g_clear_pointer (&grid, ff_course_grid_unref);

  /* Wednesday cancelled: neither its unexcused absence nor its lateness counts. */
  g_assert_true (ff_course_cancel_session (f->store, wednesday, TRUE, &error));
  g_assert_no_error (error);
  grid = ff_course_grid_load (f->store, f->course, &error);
  g_assert_no_error (error);
  for (guint row = 0; row < 2; row++)
    {
      g_assert_true (ff_course_grid_summary (grid, row, NULL, NULL, &summary, &error));
      g_assert_cmpuint (summary.sessions, ==, 1);
      g_assert_cmpuint (summary.planned_minutes, ==, 120);
      g_assert_cmpuint (summary.attended_minutes, ==, 120);
      g_assert_cmpuint (summary.unexcused_minutes, ==, 0);
      g_assert_cmpuint (summary.late_minutes, ==, 0);
      g_assert_false (ff_course_grid_below_threshold (grid, row));
    }
  g_assert_true (ff_course_grid_course_summary (grid, NULL, NULL, &summary, &error));
  g_assert_cmpuint (summary.planned_minutes, ==, 240);

  /* On the participant's page too. */
  courses = ff_course_participant_attendance (f->store, f->amal, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (courses->len, ==, 1);
  g_assert_cmpuint (g_array_index (courses, FfCourseAttendance, 0).summary.planned_minutes,
                    ==, 120);
  g_assert_false (g_array_index (courses, FfCourseAttendance, 0).below_threshold);
}

static void
test_grid (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfCourseGrid) grid = NULL;
  g_autoptr(FfCourseGrid) again = NULL;
  g_autoptr(GArray) courses = NULL;
  FfAttendanceSummary summary;
  FfMark late = { FF_MARK_LATE, 20, 0 };
  FfMark too_late = { FF_MARK_LATE, 200, 0 };
  gint64 first, second, third, other;
  int olena_row;

  /* Added out of order: the grid is by date and by name. */
  add_member (f, f->olena);
  add_member (f, f->amal);
  third = add_session (f, "2025-01-13", "09:00", "11:00");
  first = add_session (f, "2025-01-06", "09:00", "11:00");
  second = add_session (f, "2025-01-08", "09:00", "11:00");
  set_mark (f, first, f->amal, FF_MARK_PRESENT, 0, 0);
  set_mark (f, second, f->amal, FF_MARK_EXCUSED, 0, FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED);
  set_mark (f, first, f->olena, FF_MARK_UNEXCUSED, 0, 0);
  g_assert_true (ff_course_set_mark_note (f->store, f->course, first, f->olena,
                                          "Meldte ikke fra", &error));

  grid = ff_course_grid_load (f->store, f->course, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ff_course_grid_get_n_sessions (grid), ==, 3);
  g_assert_cmpuint (ff_course_grid_get_n_participants (grid), ==, 2);
  g_assert_cmpuint (ff_course_grid_get_threshold (grid), ==, 800);
  g_assert_cmpint (ff_course_grid_get_session (grid, 0)->id, ==, first);
  g_assert_cmpint (ff_course_grid_get_session (grid, 2)->id, ==, third);
  g_assert_cmpuint (ff_course_grid_get_session (grid, 1)->minutes, ==, 120);
  g_assert_cmpstr (ff_course_grid_get_participant (grid, 0)->name, ==, "Amal Hassan");
  g_assert_cmpint (ff_course_grid_find_session (grid, second), ==, 1);
  olena_row = ff_course_grid_find_participant (grid, f->olena);
  g_assert_cmpint (olena_row, ==, 1);
  g_assert_cmpint (ff_course_grid_find_participant (grid, f->kari), ==, -1);

  g_assert_cmpint (ff_course_grid_get_mark (grid, 0, 0)->kind, ==, FF_MARK_PRESENT);
  g_assert_cmpint (ff_course_grid_get_mark (grid, 0, 1)->kind, ==, FF_MARK_EXCUSED);
  g_assert_cmpint (ff_course_grid_get_mark (grid, 0, 1)->excuse, ==,
                   FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED);
  g_assert_cmpint (ff_course_grid_get_mark (grid, 0, 2)->kind, ==, FF_MARK_NOT_REGISTERED);
  g_assert_cmpint (ff_course_grid_get_mark (grid, 1, 0)->kind, ==, FF_MARK_UNEXCUSED);
  g_assert_cmpstr (ff_course_grid_get_note (grid, 1, 0), ==, "Meldte ikke fra");
  g_assert_null (ff_course_grid_get_note (grid, 0, 0));

  /* Marked through the grid: saved, and shown; a refused mark leaves the cell. */
  g_assert_true (ff_course_grid_set_mark (grid, f->store, 1, 2, &late, &error));
  g_assert_no_error (error);
  g_assert_false (ff_course_grid_set_mark (grid, f->store, 1, 1, &too_late, &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_cmpint (ff_course_grid_get_mark (grid, 1, 1)->kind, ==, FF_MARK_NOT_REGISTERED);
  g_assert_true (ff_course_grid_set_note (grid, f->store, 1, 0, NULL, &error));
  g_assert_no_error (error);

  again = ff_course_grid_load (f->store, f->course, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_course_grid_get_mark (again, 1, 2)->kind, ==, FF_MARK_LATE);
  g_assert_cmpuint (ff_course_grid_get_mark (again, 1, 2)->minutes, ==, 20);
  g_assert_null (ff_course_grid_get_note (again, 1, 0));

  /* Olena: 240 minutes registered, 100 attended; only the first week's session. */
  g_assert_true (ff_course_grid_summary (again, 1, NULL, NULL, &summary, &error));
  g_assert_cmpuint (summary.planned_minutes, ==, 240);
  g_assert_cmpuint (summary.attended_minutes, ==, 100);
  g_assert_cmpuint (summary.late_minutes, ==, 20);
  g_assert_true (ff_course_grid_summary (again, 1, "2025-01-06", "2025-01-12", &summary,
                                         &error));
  g_assert_cmpuint (summary.planned_minutes, ==, 120);
  g_assert_cmpuint (summary.unexcused_minutes, ==, 120);

  /* Amal's page: this course, and one of another with nothing marked yet. */
  other = add_course (f->store, f->programme, "Arbeidslivskunnskap");
  g_assert_cmpint (ff_course_add_participant (f->store, other, f->amal, &error), >, 0);
  courses = ff_course_participant_attendance (f->store, f->amal, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (courses->len, ==, 2);
  g_assert_cmpstr (g_array_index (courses, FfCourseAttendance, 0).title, ==,
                   "Arbeidslivskunnskap");
  g_assert_cmpuint (g_array_index (courses, FfCourseAttendance, 0).summary.sessions, ==, 0);
  g_assert_cmpuint (g_array_index (courses, FfCourseAttendance, 1).summary.planned_minutes,
                    ==, 240);
  g_assert_cmpuint (g_array_index (courses, FfCourseAttendance, 1)
                      .summary.excused_by_reason[FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED], ==, 120);
  g_assert_true (g_array_index (courses, FfCourseAttendance, 1).below_threshold);

  /* Taken off the course: out of the grid, back with Undo. */
  g_assert_true (ff_record_set_deleted (f->store, MEMBER_TYPE,
                                        ff_course_grid_get_participant (again, 1)->member_id,
                                        TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&grid, ff_course_grid_unref);
  grid = ff_course_grid_load (f->store, f->course, &error);
  g_assert_cmpuint (ff_course_grid_get_n_participants (grid), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/core/course/create-edit-delete", test_create_edit_delete);
  add_test ("/core/course/participants/only-enrolled", test_only_enrolled);
  add_test ("/core/course/sessions/add-move-series-cancel", test_sessions);
  g_test_add_func ("/core/course/sessions/minutes-across-clock-changes", test_session_minutes);
  add_test ("/core/course/mark/saved-at-once", test_mark_saved_at_once);
  add_test ("/core/course/mark/refused", test_mark_refused);
  add_test ("/core/course/cancelled-counts-for-nobody", test_cancelled_counts_for_nobody);
  add_test ("/core/course/grid", test_grid);

  return g_test_run ();
}
