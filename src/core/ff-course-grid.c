/* ff-course-grid.c — a course's attendance as a grid, and what it adds up to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-course-grid.h"
#include "ff-job-log-private.h"
#include "ff-store-private.h"

struct _FfCourseGrid
{
  gint64               course_id;
  guint                threshold;       /* per mille */
  GArray              *sessions;        /* FfGridSession */
  GArray              *participants;    /* FfGridParticipant */
  FfMark              *marks;           /* row × n_sessions + column */
  char               **notes;           /* the same; NULL entries for none */
  GHashTable          *session_columns; /* id → column + 1 */
  GHashTable          *participant_rows;
};

G_DEFINE_BOXED_TYPE (FfCourseGrid, ff_course_grid, ff_course_grid_ref, ff_course_grid_unref)

static void
grid_session_clear (FfGridSession *session)
{
  g_free (session->note);
}

static void
grid_participant_clear (FfGridParticipant *participant)
{
  g_free (participant->name);
}

static void
grid_free (FfCourseGrid *grid)
{
  guint n_cells = grid->sessions->len * grid->participants->len;

  for (guint i = 0; grid->notes != NULL && i < n_cells; i++)
    g_free (grid->notes[i]);
  g_free (grid->notes);
  g_free (grid->marks);
  g_array_unref (grid->sessions);
  g_array_unref (grid->participants);
  g_hash_table_unref (grid->session_columns);
  g_hash_table_unref (grid->participant_rows);
}

static FfCourseGrid *
grid_new (gint64 course_id)
{
  FfCourseGrid *grid = g_atomic_rc_box_new0 (FfCourseGrid);

  grid->course_id = course_id;
  grid->sessions = g_array_new (FALSE, TRUE, sizeof (FfGridSession));
  g_array_set_clear_func (grid->sessions, (GDestroyNotify) grid_session_clear);
  grid->participants = g_array_new (FALSE, TRUE, sizeof (FfGridParticipant));
  g_array_set_clear_func (grid->participants, (GDestroyNotify) grid_participant_clear);
  grid->session_columns = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  grid->participant_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  return grid;
}

static void
index_id (GHashTable *table,
          gint64      id,
          guint       position)
{
  g_hash_table_insert (table, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (position + 1));
}

static int
find_id (GHashTable *table,
         gint64      id)
{
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (table, &id)) - 1;
}

static gboolean
read_threshold (FfStore       *store,
                FfCourseGrid  *grid,
                GError       **error)
{
  g_auto(FfStoreStmt) stmt =
    ff_store_prepare_bound (store, error,
                            "SELECT coalesce (threshold, 80) FROM course"
                            " WHERE id = ?1 AND deleted_at IS NULL",
                            "i", grid->course_id);

  if (stmt == NULL
      || !ff_store_step_row (store, stmt,
                             g_dgettext (GETTEXT_PACKAGE, ff_course_type.not_found), error))
    return FALSE;

  grid->threshold = (guint) sqlite3_column_int (stmt, 0) * 10;
  return TRUE;
}

static gboolean
read_sessions (FfStore       *store,
               FfCourseGrid  *grid,
               GError       **error)
{
  g_auto(FfStoreStmt) stmt =
    ff_store_prepare_bound (store, error,
                            "SELECT id, date, start_time, end_time, cancelled, note"
                            " FROM session WHERE course_id = ?1 AND deleted_at IS NULL"
                            " ORDER BY date, start_time, id",
                            "i", grid->course_id);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfGridSession session = { 0 };

      session.id = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (session.date, ff_store_column_text (stmt, 1), sizeof session.date);
      g_strlcpy (session.start, ff_store_column_text (stmt, 2), sizeof session.start);
      g_strlcpy (session.end, ff_store_column_text (stmt, 3), sizeof session.end);
      session.cancelled = sqlite3_column_int (stmt, 4) != 0;
      session.note = g_strdup (ff_store_column_text (stmt, 5));
      session.minutes = ff_course_session_minutes (session.date, session.start, session.end);
      index_id (grid->session_columns, session.id, grid->sessions->len);
      g_array_append_val (grid->sessions, session);
    }
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

static gboolean
read_participants (FfStore       *store,
                   FfCourseGrid  *grid,
                   GError       **error)
{
  g_auto(FfStoreStmt) stmt =
    ff_store_prepare_bound (store, error,
                            "SELECT cp.participant_id, cp.id, "
                            FF_JOB_PARTICIPANT_NAME_SQL ("cp.participant_id")
                            " FROM course_participant cp"
                            " JOIN participant p ON p.id = cp.participant_id"
                            " WHERE cp.course_id = ?1 AND cp.deleted_at IS NULL"
                            "   AND p.deleted_at IS NULL"
                            " ORDER BY p.sort_name, p.id",
                            "i", grid->course_id);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfGridParticipant participant = { 0 };

      participant.id = sqlite3_column_int64 (stmt, 0);
      participant.member_id = sqlite3_column_int64 (stmt, 1);
      participant.name = g_strdup (ff_store_column_text (stmt, 2));
      index_id (grid->participant_rows, participant.id, grid->participants->len);
      g_array_append_val (grid->participants, participant);
    }
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

/* A mark as stored: kind, minutes, excuse keys. */
static FfMark
mark_from_keys (const char *kind_key,
                gint64      minutes,
                const char *excuse_key)
{
  int kind = ff_mark_kind_from_key (kind_key);
  int excuse = ff_excuse_from_key (excuse_key);
  FfMark mark = { FF_MARK_NOT_REGISTERED, 0, 0 };

  mark.kind = kind >= 0 ? (FfMarkKind) kind : FF_MARK_NOT_REGISTERED;
  mark.minutes = (guint) CLAMP (minutes, 0, G_MAXUINT);
  mark.excuse = excuse >= 0 ? (FfExcuse) excuse : FF_EXCUSE_OTHER;
  return mark;
}

static gboolean
read_marks (FfStore       *store,
            FfCourseGrid  *grid,
            GError       **error)
{
  guint n_sessions = grid->sessions->len;
  guint n_cells = n_sessions * grid->participants->len;
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  grid->marks = g_new0 (FfMark, MAX (n_cells, 1));
  grid->notes = g_new0 (char *, MAX (n_cells, 1));
  if (n_cells == 0)
    return TRUE;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT session_id, participant_id, kind,"
                                 " coalesce (minutes, 0), excuse, note"
                                 " FROM attendance_mark"
                                 " WHERE course_id = ?1 AND deleted_at IS NULL",
                                 "i", grid->course_id);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int column = find_id (grid->session_columns, sqlite3_column_int64 (stmt, 0));
      int row = find_id (grid->participant_rows, sqlite3_column_int64 (stmt, 1));
      const char *note = ff_store_column_text (stmt, 5);
      guint cell;

      /* A mark of someone taken off the course, or of a session removed. */
      if (column < 0 || row < 0)
        continue;

      cell = (guint) row * n_sessions + (guint) column;
      grid->marks[cell] = mark_from_keys (ff_store_column_text (stmt, 2),
                                          sqlite3_column_int64 (stmt, 3),
                                          ff_store_column_text (stmt, 4));
      if (*note != '\0')
        grid->notes[cell] = g_strdup (note);
    }
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

FfCourseGrid *
ff_course_grid_load (FfStore  *store,
                     gint64    course_id,
                     GError  **error)
{
  g_autoptr(FfCourseGrid) grid = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  grid = grid_new (course_id);
  if (!read_threshold (store, grid, error)
      || !read_sessions (store, grid, error)
      || !read_participants (store, grid, error)
      || !read_marks (store, grid, error))
    return NULL;

  return g_steal_pointer (&grid);
}

FfCourseGrid *
ff_course_grid_ref (FfCourseGrid *grid)
{
  g_return_val_if_fail (grid != NULL, NULL);

  return g_atomic_rc_box_acquire (grid);
}

void
ff_course_grid_unref (FfCourseGrid *grid)
{
  g_return_if_fail (grid != NULL);

  g_atomic_rc_box_release_full (grid, (GDestroyNotify) grid_free);
}

gint64
ff_course_grid_get_course_id (FfCourseGrid *grid)
{
  g_return_val_if_fail (grid != NULL, 0);

  return grid->course_id;
}

guint
ff_course_grid_get_threshold (FfCourseGrid *grid)
{
  g_return_val_if_fail (grid != NULL, FF_ATTENDANCE_THRESHOLD_DEFAULT);

  return grid->threshold;
}

guint
ff_course_grid_get_n_sessions (FfCourseGrid *grid)
{
  g_return_val_if_fail (grid != NULL, 0);

  return grid->sessions->len;
}

guint
ff_course_grid_get_n_participants (FfCourseGrid *grid)
{
  g_return_val_if_fail (grid != NULL, 0);

  return grid->participants->len;
}

const FfGridSession *
ff_course_grid_get_session (FfCourseGrid *grid,
                            guint         column)
{
  g_return_val_if_fail (grid != NULL && column < grid->sessions->len, NULL);

  return &g_array_index (grid->sessions, FfGridSession, column);
}

const FfGridParticipant *
ff_course_grid_get_participant (FfCourseGrid *grid,
                                guint         row)
{
  g_return_val_if_fail (grid != NULL && row < grid->participants->len, NULL);

  return &g_array_index (grid->participants, FfGridParticipant, row);
}

int
ff_course_grid_find_session (FfCourseGrid *grid,
                             gint64        session_id)
{
  g_return_val_if_fail (grid != NULL, -1);

  return find_id (grid->session_columns, session_id);
}

int
ff_course_grid_find_participant (FfCourseGrid *grid,
                                 gint64        participant_id)
{
  g_return_val_if_fail (grid != NULL, -1);

  return find_id (grid->participant_rows, participant_id);
}

static gboolean
valid_cell (FfCourseGrid *grid,
            guint         row,
            guint         column)
{
  return row < grid->participants->len && column < grid->sessions->len;
}

const FfMark *
ff_course_grid_get_mark (FfCourseGrid *grid,
                         guint         row,
                         guint         column)
{
  g_return_val_if_fail (grid != NULL && valid_cell (grid, row, column), NULL);

  return &grid->marks[row * grid->sessions->len + column];
}

const char *
ff_course_grid_get_note (FfCourseGrid *grid,
                         guint         row,
                         guint         column)
{
  g_return_val_if_fail (grid != NULL && valid_cell (grid, row, column), NULL);

  return grid->notes[row * grid->sessions->len + column];
}

gboolean
ff_course_grid_set_mark (FfCourseGrid  *grid,
                         FfStore       *store,
                         guint          row,
                         guint          column,
                         const FfMark  *mark,
                         GError       **error)
{
  const FfGridSession *session;
  const FfGridParticipant *participant;
  FfMark *cell;
  gboolean ok;

  g_return_val_if_fail (grid != NULL && valid_cell (grid, row, column), FALSE);
  g_return_val_if_fail (mark != NULL, FALSE);

  session = ff_course_grid_get_session (grid, column);
  participant = ff_course_grid_get_participant (grid, row);
  if (mark->kind == FF_MARK_NOT_REGISTERED)
    ok = ff_course_clear_mark (store, grid->course_id, session->id, participant->id, error);
  else
    ok = ff_course_set_mark (store, grid->course_id, session->id, participant->id, mark,
                             error);
  if (!ok)
    return FALSE;

  /* As stored: no minutes but late or gone early, no excuse but excused. */
  cell = &grid->marks[row * grid->sessions->len + column];
  *cell = (FfMark) { mark->kind, 0, 0 };
  if (mark->kind == FF_MARK_LATE || mark->kind == FF_MARK_LEFT_EARLY)
    cell->minutes = mark->minutes;
  if (mark->kind == FF_MARK_EXCUSED)
    cell->excuse = mark->excuse;
  return TRUE;
}

gboolean
ff_course_grid_set_note (FfCourseGrid  *grid,
                         FfStore       *store,
                         guint          row,
                         guint          column,
                         const char    *note,
                         GError       **error)
{
  guint cell;

  g_return_val_if_fail (grid != NULL && valid_cell (grid, row, column), FALSE);

  if (!ff_course_set_mark_note (store, grid->course_id,
                                ff_course_grid_get_session (grid, column)->id,
                                ff_course_grid_get_participant (grid, row)->id, note, error))
    return FALSE;

  cell = row * grid->sessions->len + column;
  g_clear_pointer (&grid->notes[cell], g_free);
  if (note != NULL && *note != '\0')
    grid->notes[cell] = g_strdup (note);
  return TRUE;
}

static gboolean
in_period (const char *date,
           const char *from,
           const char *to)
{
  return (from == NULL || strcmp (date, from) >= 0) && (to == NULL || strcmp (date, to) <= 0);
}

gboolean
ff_course_grid_summary (FfCourseGrid         *grid,
                        guint                 row,
                        const char           *from,
                        const char           *to,
                        FfAttendanceSummary  *summary,
                        GError              **error)
{
  guint n = grid != NULL ? grid->sessions->len : 0;
  g_autofree FfAttendanceSession *sessions = NULL;
  g_autofree FfMark *marks = NULL;
  guint used = 0;

  g_return_val_if_fail (grid != NULL && row < grid->participants->len, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  sessions = g_new0 (FfAttendanceSession, MAX (n, 1));
  marks = g_new0 (FfMark, MAX (n, 1));
  for (guint column = 0; column < n; column++)
    {
      const FfGridSession *session = &g_array_index (grid->sessions, FfGridSession, column);

      if (!in_period (session->date, from, to))
        continue;
      sessions[used] = (FfAttendanceSession) { session->minutes, session->cancelled };
      marks[used] = grid->marks[row * n + column];
      used++;
    }

  return ff_attendance_sum (sessions, marks, used, summary, error);
}

gboolean
ff_course_grid_course_summary (FfCourseGrid         *grid,
                               const char           *from,
                               const char           *to,
                               FfAttendanceSummary  *summary,
                               GError              **error)
{
  g_return_val_if_fail (grid != NULL, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  memset (summary, 0, sizeof *summary);
  for (guint row = 0; row < grid->participants->len; row++)
    {
      FfAttendanceSummary one;

      if (!ff_course_grid_summary (grid, row, from, to, &one, error))
        return FALSE;
      ff_attendance_summary_add (summary, &one);
    }

  return TRUE;
}

gboolean
ff_course_grid_below_threshold (FfCourseGrid *grid,
                                guint         row)
{
  FfAttendanceSummary summary;

  g_return_val_if_fail (grid != NULL && row < grid->participants->len, FALSE);

  if (!ff_course_grid_summary (grid, row, NULL, NULL, &summary, NULL))
    return FALSE;

  return !ff_attendance_meets_threshold (&summary, grid->threshold);
}

/* A participant's courses */

static void
course_attendance_clear (FfCourseAttendance *attendance)
{
  g_free (attendance->title);
}

/* Adds up the sessions and marks gathered for one course into a new entry. */
static gboolean
close_course (GArray               *courses,
              FfCourseAttendance   *current,
              GArray               *sessions,
              GArray               *marks,
              GError              **error)
{
  if (!ff_attendance_sum ((const FfAttendanceSession *) (gpointer) sessions->data,
                          (const FfMark *) (gpointer) marks->data, sessions->len,
                          &current->summary, error))
    return FALSE;

  current->below_threshold = !ff_attendance_meets_threshold (&current->summary,
                                                              current->threshold);
  g_array_append_val (courses, *current);
  memset (current, 0, sizeof *current);
  g_array_set_size (sessions, 0);
  g_array_set_size (marks, 0);
  return TRUE;
}

GArray *
ff_course_participant_attendance (FfStore     *store,
                                  gint64       participant_id,
                                  const char  *from,
                                  const char  *to,
                                  GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GArray) courses = g_array_new (FALSE, TRUE, sizeof (FfCourseAttendance));
  g_autoptr(GArray) sessions = g_array_new (FALSE, TRUE, sizeof (FfAttendanceSession));
  g_autoptr(GArray) marks = g_array_new (FALSE, TRUE, sizeof (FfMark));
  FfCourseAttendance current = { 0 };
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  g_array_set_clear_func (courses, (GDestroyNotify) course_attendance_clear);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT c.id, c.title, coalesce (c.threshold, 80),"
                                 " s.id, s.date, s.start_time, s.end_time, s.cancelled,"
                                 " coalesce (m.kind, ''), coalesce (m.minutes, 0),"
                                 " coalesce (m.excuse, '')"
                                 " FROM course_participant cp"
                                 " JOIN course c ON c.id = cp.course_id"
                                 " LEFT JOIN session s ON s.course_id = c.id"
                                 "   AND s.deleted_at IS NULL"
                                 "   AND (?2 = '' OR s.date >= ?2)"
                                 "   AND (?3 = '' OR s.date <= ?3)"
                                 " LEFT JOIN attendance_mark m ON m.session_id = s.id"
                                 "   AND m.participant_id = cp.participant_id"
                                 " WHERE cp.participant_id = ?1 AND cp.deleted_at IS NULL"
                                 "   AND c.deleted_at IS NULL"
                                 " ORDER BY c.sort_key, c.id, s.date, s.start_time",
                                 "itt", participant_id, from, to);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 course_id = sqlite3_column_int64 (stmt, 0);
      FfAttendanceSession session;
      FfMark mark;

      if (current.course_id != course_id)
        {
          if (current.course_id != 0
              && !close_course (courses, &current, sessions, marks, error))
            goto fail;
          current.course_id = course_id;
          current.title = g_strdup (ff_store_column_text (stmt, 1));
          current.threshold = (guint) sqlite3_column_int (stmt, 2) * 10;
        }

      /* A course with no session in the period. */
      if (sqlite3_column_type (stmt, 3) == SQLITE_NULL)
        continue;

      session.planned_minutes = ff_course_session_minutes (ff_store_column_text (stmt, 4),
                                                           ff_store_column_text (stmt, 5),
                                                           ff_store_column_text (stmt, 6));
      session.cancelled = sqlite3_column_int (stmt, 7) != 0;
      mark = mark_from_keys (ff_store_column_text (stmt, 8), sqlite3_column_int64 (stmt, 9),
                             ff_store_column_text (stmt, 10));
      g_array_append_val (sessions, session);
      g_array_append_val (marks, mark);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      goto fail;
    }

  if (current.course_id != 0 && !close_course (courses, &current, sessions, marks, error))
    goto fail;

  return g_steal_pointer (&courses);

fail:
  course_attendance_clear (&current);
  return NULL;
}
