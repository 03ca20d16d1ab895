/* ff-course-grid.h — a course's attendance as a grid of participants × sessions, read
 * in a few queries, and what it adds up to
 *
 * The grid is what a page of the course shows and edits: its sessions in date order,
 * its participants by name, and the mark (and note) of each participant in each
 * session. It is read once (four queries, whatever the size of the course) and kept in
 * step by the writes made through it, so that marking a cell reads nothing again.
 *
 * Rates, hours and warnings are computed from it (ff-attendance.h), never stored: a
 * participant's attendance over the sessions of a period, the course's as a whole, and
 * whether a participant's rate is under the course's threshold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-course.h"

G_BEGIN_DECLS

typedef struct
{
  gint64     id;
  char       date[11];        /* YYYY-MM-DD */
  char       start[6];        /* HH:MM */
  char       end[6];
  guint      minutes;         /* planned (ff_course_session_minutes()) */
  gboolean   cancelled;
  char      *note;            /* never NULL */
} FfGridSession;

typedef struct
{
  gint64     id;              /* the participant's */
  gint64     member_id;       /* their row on the course: removed with
                               * ff_record_set_deleted (&ff_course_part_types[
                               * FF_COURSE_PART_PARTICIPANT], member_id, …) */
  char      *name;            /* display name */
} FfGridParticipant;

typedef struct _FfCourseGrid FfCourseGrid;

#define FF_TYPE_COURSE_GRID (ff_course_grid_get_type ())
GType         ff_course_grid_get_type          (void) G_GNUC_CONST;

/* The grid of course @course_id: its sessions (cancelled ones too), its participants
 * (not deleted ones) and their marks. NULL with FF_STORE_ERROR_NOT_FOUND for a course
 * that is gone. */
FfCourseGrid *ff_course_grid_load              (FfStore            *store,
                                                gint64              course_id,
                                                GError            **error);

FfCourseGrid *ff_course_grid_ref               (FfCourseGrid       *grid);
void          ff_course_grid_unref             (FfCourseGrid       *grid);

gint64        ff_course_grid_get_course_id     (FfCourseGrid       *grid);
/* The course's attendance threshold, per mille (800 for 80 %). */
guint         ff_course_grid_get_threshold     (FfCourseGrid       *grid);

guint         ff_course_grid_get_n_sessions    (FfCourseGrid       *grid);
guint         ff_course_grid_get_n_participants (FfCourseGrid      *grid);
const FfGridSession *
              ff_course_grid_get_session       (FfCourseGrid       *grid,
                                                guint               column);
const FfGridParticipant *
              ff_course_grid_get_participant   (FfCourseGrid       *grid,
                                                guint               row);

/* The column of session @session_id, the row of participant @participant_id, or -1. */
int           ff_course_grid_find_session      (FfCourseGrid       *grid,
                                                gint64              session_id);
int           ff_course_grid_find_participant  (FfCourseGrid       *grid,
                                                gint64              participant_id);

/* The mark in a cell (FF_MARK_NOT_REGISTERED for none), and its note (NULL for none). */
const FfMark *ff_course_grid_get_mark          (FfCourseGrid       *grid,
                                                guint               row,
                                                guint               column);
const char   *ff_course_grid_get_note          (FfCourseGrid       *grid,
                                                guint               row,
                                                guint               column);

/* Saves @mark in a cell at once (ff_course_set_mark(), or ff_course_clear_mark() for
 * FF_MARK_NOT_REGISTERED) and, once saved, shows it in the grid; refused as those
 * are, the cell as it was. */
gboolean      ff_course_grid_set_mark          (FfCourseGrid       *grid,
                                                FfStore            *store,
                                                guint               row,
                                                guint               column,
                                                const FfMark       *mark,
                                                GError            **error);
/* As ff_course_grid_set_mark() for the note of a cell (NULL or "": none). */
gboolean      ff_course_grid_set_note          (FfCourseGrid       *grid,
                                                FfStore            *store,
                                                guint               row,
                                                guint               column,
                                                const char         *note,
                                                GError            **error);

/* The attendance of the participant in @row over the sessions from @from to @to
 * (YYYY-MM-DD, both included; NULL: no limit). */
gboolean      ff_course_grid_summary           (FfCourseGrid       *grid,
                                                guint               row,
                                                const char         *from,
                                                const char         *to,
                                                FfAttendanceSummary *summary,
                                                GError            **error);

/* The course's: every participant's summaries added up. */
gboolean      ff_course_grid_course_summary    (FfCourseGrid       *grid,
                                                const char         *from,
                                                const char         *to,
                                                FfAttendanceSummary *summary,
                                                GError            **error);

/* Whether the participant in @row attends less than the course's threshold, over all
 * its sessions so far marked: the warning on the course and their page. */
gboolean      ff_course_grid_below_threshold   (FfCourseGrid       *grid,
                                                guint               row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfCourseGrid, ff_course_grid_unref)

/* A participant's attendance on one course, for their page. */
typedef struct
{
  gint64               course_id;
  char                *title;
  guint                threshold;      /* per mille */
  FfAttendanceSummary  summary;
  gboolean             below_threshold;
} FfCourseAttendance;

/* The courses participant @participant_id is on, by title, each with their attendance
 * over its sessions from @from to @to (NULL: no limit); one query.
 * FfCourseAttendance each, freed with the array. */
GArray       *ff_course_participant_attendance (FfStore            *store,
                                                gint64              participant_id,
                                                const char         *from,
                                                const char         *to,
                                                GError            **error);

G_END_DECLS
