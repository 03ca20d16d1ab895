/* ff-course.c — courses: made, their participants added from the programme, their
 * sessions added one by one or as a series, moved and cancelled, and the attendance
 * marks set one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-course.h"
#include "ff-store-private.h"
#include "ff-validate.h"

#define PART(kind) (&ff_course_part_types[FF_COURSE_PART_ ## kind])

/* Norway's clocks, for the two nights a year they change. */
GTimeZone *
ff_course_time_zone (void)
{
  static gsize once = 0;
  static GTimeZone *tz = NULL;

  if (g_once_init_enter (&once))
    {
      tz = g_time_zone_new_identifier ("Europe/Oslo");
      if (tz == NULL)
        tz = g_time_zone_new_local ();
      g_once_init_leave (&once, 1);
    }
  return tz;
}

/* Inside the caller's transaction: the programme of course @course_id, which must be
 * there and not deleted. */
static gboolean
course_programme (FfStore  *store,
                  gint64    course_id,
                  gint64   *programme_id,
                  GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT programme_id FROM course"
                                 " WHERE id = ?1 AND deleted_at IS NULL",
                                 "i", course_id);
  if (stmt == NULL
      || !ff_store_step_row (store, stmt,
                             g_dgettext (GETTEXT_PACKAGE, ff_course_type.not_found), error))
    return FALSE;

  if (programme_id != NULL)
    *programme_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Courses */

gint64
ff_course_create (FfStore            *store,
                  const char * const *values,
                  GError            **error)
{
  g_autofree char *programme = NULL;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (!ff_record_validate (&ff_course_type, FF_COURSE_PROGRAMME_ID,
                           values != NULL ? values[FF_COURSE_PROGRAMME_ID] : NULL,
                           &programme, error))
    return 0;

  if (!ff_store_begin (store, error))
    return 0;

  {
    g_auto(FfStoreStmt) stmt =
      ff_store_prepare_bound (store, error,
                              "SELECT 1 FROM programme WHERE id = ?1 AND deleted_at IS NULL",
                              "i", g_ascii_strtoll (programme, NULL, 10));

    if (stmt == NULL
        || !ff_store_step_row (store, stmt,
                               _("The programme no longer exists. Reload the list of "
                                 "programmes."), error))
      goto fail;
  }

  id = ff_record_insert (store, &ff_course_type, 0, values, error);
  if (id == 0 || !ff_store_commit (store, error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

GArray *
ff_course_query_ids (FfStore              *store,
                     gint64                programme_id,
                     const FfRecordQuery  *query,
                     GError              **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) of_programme = NULL;
  g_auto(FfStoreStmt) stmt = NULL;
  GArray *kept;
  FfRecordQuery all = { NULL, FALSE };
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  ids = ff_record_query_ids (store, &ff_course_type, query != NULL ? query : &all, error);
  if (ids == NULL || programme_id == 0)
    return g_steal_pointer (&ids);

  /* A programme holds a few dozen courses: those found, less the others'. */
  of_programme = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT id FROM course"
                                 " WHERE programme_id = ?1 AND deleted_at IS NULL",
                                 "i", programme_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (of_programme, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) },
                                               sizeof (gint64)));
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  kept = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_hash_table_contains (of_programme, &g_array_index (ids, gint64, i)))
        g_array_append_val (kept, g_array_index (ids, gint64, i));
    }

  return kept;
}

/* Participants */

/* Inside the caller's transaction: adds @participant_id, enrolled in the course's
 * programme, to course @course_id. */
static gint64
add_participant (FfStore  *store,
                 gint64    course_id,
                 gint64    participant_id,
                 GError  **error)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, participant_id);
  const char *values[FF_COURSE_MEMBER_N_FIELDS] = { id_text };

  return ff_record_insert (store, PART (PARTICIPANT), course_id, values, error);
}

gint64
ff_course_add_participant (FfStore  *store,
                           gint64    course_id,
                           gint64    participant_id,
                           GError  **error)
{
  gint64 programme_id = 0;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (!ff_store_begin (store, error))
    return 0;

  if (!course_programme (store, course_id, &programme_id, error))
    goto fail;

  {
    g_auto(FfStoreStmt) stmt =
      ff_store_prepare_bound (store, error,
                              "SELECT EXISTS (SELECT 1 FROM enrolment e"
                              "               JOIN participant p ON p.id = e.participant_id"
                              "               WHERE e.participant_id = ?1"
                              "                 AND e.programme_id = ?2"
                              "                 AND e.deleted_at IS NULL"
                              "                 AND p.deleted_at IS NULL),"
                              " EXISTS (SELECT 1 FROM course_participant"
                              "         WHERE course_id = ?3 AND participant_id = ?1"
                              "           AND deleted_at IS NULL)",
                              "iii", participant_id, programme_id, course_id);

    if (stmt == NULL || !ff_store_step_row (store, stmt, NULL, error))
      goto fail;
    if (sqlite3_column_int (stmt, 0) == 0)
      {
        g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                             _("Only participants enrolled in the course's programme can be "
                               "added to it. Enrol the participant in the programme first."));
        goto fail;
      }
    if (sqlite3_column_int (stmt, 1) != 0)
      {
        g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                             _("The participant is on the course already."));
        goto fail;
      }
  }

  id = add_participant (store, course_id, participant_id, error);
  if (id == 0 || !ff_store_commit (store, error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

/* Inside the caller's transaction: the participants of the course's programme not on
 * the course, by name; with @active_only, only those active in it. */
static GArray *
candidates (FfStore   *store,
            gint64     course_id,
            gboolean   active_only,
            GError   **error)
{
  gint64 programme_id = 0;
  g_auto(FfStoreStmt) stmt = NULL;

  if (!course_programme (store, course_id, &programme_id, error))
    return NULL;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT p.id FROM enrolment e"
                                 " JOIN participant p ON p.id = e.participant_id"
                                 " WHERE e.programme_id = ?1 AND e.deleted_at IS NULL"
                                 "   AND p.deleted_at IS NULL"
                                 "   AND (?3 = 0 OR e.status = 'active')"
                                 "   AND NOT EXISTS (SELECT 1 FROM course_participant cp"
                                 "                   WHERE cp.course_id = ?2"
                                 "                     AND cp.participant_id = p.id"
                                 "                     AND cp.deleted_at IS NULL)"
                                 " ORDER BY p.sort_name, p.id",
                                 "iii", programme_id, course_id, (gint64) active_only);
  if (stmt == NULL)
    return NULL;

  return ff_store_collect_ids (store, stmt, error);
}

gboolean
ff_course_add_all_participants (FfStore  *store,
                                gint64    course_id,
                                guint    *n_added,
                                GError  **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (!ff_store_begin (store, error))
    return FALSE;

  ids = candidates (store, course_id, TRUE, error);
  if (ids == NULL)
    goto fail;

  for (guint i = 0; i < ids->len; i++)
    {
      if (add_participant (store, course_id, g_array_index (ids, gint64, i), error) == 0)
        goto fail;
    }

  if (!ff_store_commit (store, error))
    goto fail;

  if (n_added != NULL)
    *n_added = ids->len;
  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

GArray *
ff_course_candidates (FfStore  *store,
                      gint64    course_id,
                      GError  **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  return candidates (store, course_id, FALSE, error);
}

/* Sessions */

gint64
ff_course_add_session (FfStore     *store,
                       gint64       course_id,
                       const char  *date,
                       const char  *start,
                       const char  *end,
                       const char  *note,
                       GError     **error)
{
  const char *values[FF_SESSION_N_FIELDS] = {
    [FF_SESSION_DATE] = date,
    [FF_SESSION_START] = start,
    [FF_SESSION_END] = end,
    [FF_SESSION_NOTE] = note,
  };

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  return ff_record_insert (store, PART (SESSION), course_id, values, error);
}

gboolean
ff_course_add_series (FfStore  *store,
                      gint64    course_id,
                      GArray   *sessions,
                      GError  **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (sessions != NULL, FALSE);

  if (!ff_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < sessions->len; i++)
    {
      const FfSession *session = &g_array_index (sessions, FfSession, i);
      char date[11], start[6], end[6];

      g_snprintf (date, sizeof date, "%04d-%02d-%02d", g_date_get_year (&session->date),
                  g_date_get_month (&session->date), g_date_get_day (&session->date));
      g_snprintf (start, sizeof start, "%02u:%02u", session->start_minute / 60,
                  session->start_minute % 60);
      g_snprintf (end, sizeof end, "%02u:%02u", session->end_minute / 60,
                  session->end_minute % 60);
      if (ff_course_add_session (store, course_id, date, start, end, NULL, error) == 0)
        goto fail;
    }

  if (!ff_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

/* Inside the caller's transaction: the most minutes late or gone early that a mark of
 * session @session_id says. */
static gboolean
most_minutes_marked (FfStore  *store,
                     gint64    session_id,
                     guint    *minutes,
                     GError  **error)
{
  g_auto(FfStoreStmt) stmt =
    ff_store_prepare_bound (store, error,
                            "SELECT coalesce (max (minutes), 0) FROM attendance_mark"
                            " WHERE session_id = ?1 AND kind IN ('late', 'left-early')",
                            "i", session_id);

  if (stmt == NULL || !ff_store_step_row (store, stmt, NULL, error))
    return FALSE;

  *minutes = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

gboolean
ff_course_move_session (FfStore     *store,
                        gint64       session_id,
                        const char  *date,
                        const char  *start,
                        const char  *end,
                        GError     **error)
{
  const char *given[FF_SESSION_N_FIELDS] = {
    [FF_SESSION_DATE] = date,
    [FF_SESSION_START] = start,
    [FF_SESSION_END] = end,
  };
  char *clean[FF_SESSION_N_FIELDS] = { NULL };
  gboolean ok = FALSE;
  guint marked = 0;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  for (guint f = FF_SESSION_DATE; f <= FF_SESSION_END; f++)
    {
      if (!ff_record_validate (PART (SESSION), f, given[f], &clean[f], error))
        goto out;
    }

  if (!ff_store_begin (store, error))
    goto out;

  if (!most_minutes_marked (store, session_id, &marked, error))
    goto fail;
  if (marked > 0 && marked > ff_course_session_minutes (clean[FF_SESSION_DATE],
                                                        clean[FF_SESSION_START],
                                                        clean[FF_SESSION_END]))
    {
      g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                   /* Translators: %u is a number of minutes */
                   _("A participant is marked %u minutes late or gone early in this "
                     "session: it cannot be shorter than that."), marked);
      goto fail;
    }

  if (!ff_record_update (store, PART (SESSION), session_id, (const char * const *) clean,
                         error)
      || !ff_store_commit (store, error))
    goto fail;

  ok = TRUE;
  goto out;

fail:
  ff_store_rollback (store);
out:
  for (guint f = 0; f < FF_SESSION_N_FIELDS; f++)
    g_free (clean[f]);
  return ok;
}

gboolean
ff_course_cancel_session (FfStore   *store,
                          gint64     session_id,
                          gboolean   cancelled,
                          GError   **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  return ff_record_set_field (store, PART (SESSION), session_id, FF_SESSION_CANCELLED,
                              cancelled ? "1" : "0", error);
}

guint
ff_course_session_minutes (const char *date,
                           const char *start,
                           const char *end)
{
  int from = ff_time_to_minutes (start);
  int to = ff_time_to_minutes (end);
  int year = 0, month = 0, day = 0;
  GDate d;

  if (from < 0 || to <= from)
    return 0;

  if (date == NULL || sscanf (date, "%d-%d-%d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return (guint) (to - from);

  /* The clocks change on the last Sunday of March and of October. */
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  if ((month == 3 || month == 10) && day >= 25 && g_date_get_weekday (&d) == G_DATE_SUNDAY)
    {
      g_autoptr(GDateTime) a = g_date_time_new (ff_course_time_zone (), year, month, day, from / 60,
                                                from % 60, 0);
      g_autoptr(GDateTime) b = g_date_time_new (ff_course_time_zone (), year, month, day, to / 60,
                                                to % 60, 0);

      if (a != NULL && b != NULL && g_date_time_compare (b, a) > 0)
        return (guint) (g_date_time_difference (b, a) / G_TIME_SPAN_MINUTE);
      return 0;
    }

  return (guint) (to - from);
}

/* Marks */

/* Inside the caller's transaction: the planned minutes of session @session_id of
 * course @course_id, which must be there and not cancelled, and that @participant_id
 * is on the course. */
static gboolean
check_cell (FfStore  *store,
            gint64    course_id,
            gint64    session_id,
            gint64    participant_id,
            guint    *minutes,
            GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT s.date, s.start_time, s.end_time, s.cancelled,"
                                 " EXISTS (SELECT 1 FROM course_participant cp"
                                 "         WHERE cp.course_id = ?2 AND cp.participant_id = ?3"
                                 "           AND cp.deleted_at IS NULL)"
                                 " FROM session s JOIN course c ON c.id = s.course_id"
                                 " WHERE s.id = ?1 AND s.course_id = ?2"
                                 "   AND s.deleted_at IS NULL AND c.deleted_at IS NULL",
                                 "iii", session_id, course_id, participant_id);
  if (stmt == NULL
      || !ff_store_step_row (store, stmt,
                             g_dgettext (GETTEXT_PACKAGE, PART (SESSION)->not_found), error))
    return FALSE;

  if (sqlite3_column_int (stmt, 3) != 0)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                           _("The session is cancelled. Take the cancellation back to "
                             "take attendance."));
      return FALSE;
    }
  if (sqlite3_column_int (stmt, 4) == 0)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                           _("The participant is not on the course. Add them to the course "
                             "first."));
      return FALSE;
    }

  *minutes = ff_course_session_minutes (ff_store_column_text (stmt, 0),
                                        ff_store_column_text (stmt, 1),
                                        ff_store_column_text (stmt, 2));
  return TRUE;
}

/* Inside the caller's transaction: the id of the mark of @participant_id in
 * @session_id, or 0 when there is none. */
static gboolean
find_mark (FfStore  *store,
           gint64    session_id,
           gint64    participant_id,
           gint64   *id,
           GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT id FROM attendance_mark"
                                 " WHERE session_id = ?1 AND participant_id = ?2",
                                 "ii", session_id, participant_id);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_DONE)
    *id = 0;
  else
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

/* Writes @mark (NULL: leaves it) and @note (NULL: leaves it) as the mark of
 * @participant_id in @session_id, made when there is none yet; one transaction. */
static gboolean
write_mark (FfStore      *store,
            gint64        course_id,
            gint64        session_id,
            gint64        participant_id,
            const FfMark *mark,
            const char   *note,
            GError      **error)
{
  g_autofree char *session_text = g_strdup_printf ("%" G_GINT64_FORMAT, session_id);
  g_autofree char *participant_text = g_strdup_printf ("%" G_GINT64_FORMAT, participant_id);
  g_autofree char *minutes_text = NULL;
  const char *values[FF_MARK_N_FIELDS] = { NULL };
  guint planned = 0;
  gint64 id = 0;

  if (mark != NULL)
    {
      if ((guint) mark->kind > FF_MARK_UNEXCUSED
          || (mark->kind == FF_MARK_EXCUSED && (guint) mark->excuse >= FF_EXCUSE_N_KINDS))
        {
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                               mark->kind == FF_MARK_EXCUSED
                                 ? _("Choose why the absence is excused.")
                                 : _("Choose one of the marks in the list."));
          return FALSE;
        }

      values[FF_MARK_FIELD_KIND] = ff_mark_kind_to_key (mark->kind);
      values[FF_MARK_FIELD_EXCUSE] = mark->kind == FF_MARK_EXCUSED
                                       ? ff_excuse_to_key (mark->excuse) : "";
      if (mark->kind == FF_MARK_LATE || mark->kind == FF_MARK_LEFT_EARLY)
        minutes_text = g_strdup_printf ("%u", mark->minutes);
      values[FF_MARK_FIELD_MINUTES] = minutes_text != NULL ? minutes_text : "";
    }
  values[FF_MARK_FIELD_NOTE] = note;

  if (!ff_store_begin (store, error))
    return FALSE;

  if (!check_cell (store, course_id, session_id, participant_id, &planned, error))
    goto fail;

  if (mark != NULL && minutes_text != NULL && mark->minutes > planned)
    {
      g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                   mark->kind == FF_MARK_LATE
                     /* Translators: %u is the length of a session in minutes */
                     ? _("The session lasts %u minutes: no one can be later than that.")
                     /* Translators: %u is the length of a session in minutes */
                     : _("The session lasts %u minutes: no one can leave earlier than "
                         "that."),
                   planned);
      goto fail;
    }

  if (!find_mark (store, session_id, participant_id, &id, error))
    goto fail;

  if (id != 0)
    {
      if (!ff_record_update (store, PART (MARK), id, values, error))
        goto fail;
    }
  else
    {
      values[FF_MARK_FIELD_SESSION_ID] = session_text;
      values[FF_MARK_FIELD_PARTICIPANT_ID] = participant_text;
      if (ff_record_insert (store, PART (MARK), course_id, values, error) == 0)
        goto fail;
    }

  if (!ff_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

gboolean
ff_course_set_mark (FfStore      *store,
                    gint64        course_id,
                    gint64        session_id,
                    gint64        participant_id,
                    const FfMark *mark,
                    GError      **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (mark != NULL, FALSE);

  return write_mark (store, course_id, session_id, participant_id, mark, NULL, error);
}

gboolean
ff_course_clear_mark (FfStore  *store,
                      gint64    course_id,
                      gint64    session_id,
                      gint64    participant_id,
                      GError  **error)
{
  const FfMark none = { FF_MARK_NOT_REGISTERED, 0, 0 };

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  return write_mark (store, course_id, session_id, participant_id, &none, NULL, error);
}

gboolean
ff_course_set_mark_note (FfStore     *store,
                         gint64       course_id,
                         gint64       session_id,
                         gint64       participant_id,
                         const char  *note,
                         GError     **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  return write_mark (store, course_id, session_id, participant_id, NULL,
                     note != NULL ? note : "", error);
}

gboolean
ff_course_get_mark (FfStore   *store,
                    gint64     session_id,
                    gint64     participant_id,
                    FfMark    *mark,
                    char     **note,
                    GError   **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (mark != NULL, FALSE);

  *mark = (FfMark) { FF_MARK_NOT_REGISTERED, 0, 0 };
  if (note != NULL)
    *note = NULL;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT kind, coalesce (minutes, 0), excuse, note"
                                 " FROM attendance_mark"
                                 " WHERE session_id = ?1 AND participant_id = ?2"
                                 "   AND deleted_at IS NULL",
                                 "ii", session_id, participant_id);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      int kind = ff_mark_kind_from_key (ff_store_column_text (stmt, 0));
      int excuse = ff_excuse_from_key (ff_store_column_text (stmt, 2));

      mark->kind = kind >= 0 ? (FfMarkKind) kind : FF_MARK_NOT_REGISTERED;
      mark->minutes = (guint) sqlite3_column_int64 (stmt, 1);
      mark->excuse = excuse >= 0 ? (FfExcuse) excuse : FF_EXCUSE_OTHER;
      if (note != NULL && *ff_store_column_text (stmt, 3) != '\0')
        *note = g_strdup (ff_store_column_text (stmt, 3));
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}
