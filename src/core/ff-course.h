/* ff-course.h — courses of a programme, their participants, sessions and attendance
 * marks
 *
 * A course (an establishment course, a job-seeker course, Norwegian lessons …) is an
 * FfRecord of ff_course_type: a title, a kind, an instructor or lecturer, a place or
 * online, a period, its programme, and the attendance threshold its participants are
 * held to (80 % when none is set). It holds three kinds of parts, FfRecords of
 * ff_course_part_types[]: its participants, its sessions, and one attendance mark per
 * participant and session. Everything is written through ff-record.h, so every change
 * is checked, audited and announced: a change of the course's own fields, and of any of
 * its parts, as "changed::course" with the course's id.
 *
 * Only participants enrolled in the course's programme are added to it; a mark is only
 * for a participant on the course; a session ends after it starts; minutes late or gone
 * early are no more than the session's. Each is refused with a translated
 * FF_VALIDATE_ERROR (or FF_STORE_ERROR_NOT_FOUND for a record that is gone) and
 * nothing written. Each mark is written in its own transaction the moment it is set.
 *
 * Hours and rates are computed from the marks, never stored (ff-course-grid.h and
 * ff-attendance.h). A cancelled session counts for nobody, whatever its marks say.
 *
 * A session keeps its date and wall-clock times, as a timetable says them; its planned
 * minutes are the real minutes between them in Norway's time zone (ff-session-series.h),
 * which differ from the wall clock only on the two nights a year the clocks change.
 *
 * A course whose programme is changed keeps its participants, who were enrolled in the
 * programme when they were added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-attendance.h"
#include "ff-record.h"
#include "ff-session-series.h"

G_BEGIN_DECLS

/* Kinds of course: indexes into ff_course_kinds (keys in comments). */
typedef enum
{
  FF_COURSE_KIND_ESTABLISHMENT,       /* "establishment" */
  FF_COURSE_KIND_JOB_SEEKER,          /* "job-seeker" */
  FF_COURSE_KIND_NORWEGIAN,           /* "norwegian" */
  FF_COURSE_KIND_PRIVATE_ECONOMY,     /* "private-economy" */
  FF_COURSE_KIND_MOTIVATION,          /* "motivation" */
  FF_COURSE_KIND_WORKSHOP,            /* "workshop" */
  FF_COURSE_KIND_LECTURE,             /* "lecture" */
  FF_COURSE_KIND_PLANNING,            /* "planning": planning and evaluation */
  FF_COURSE_KIND_OTHER,               /* "other" */
  FF_COURSE_N_KINDS
} FfCourseKind;

extern const FfChoiceList ff_course_kinds;

typedef enum
{
  FF_COURSE_TITLE,                    /* required */
  FF_COURSE_KIND,                     /* a key of ff_course_kinds; "other" when empty */
  FF_COURSE_PROGRAMME_ID,             /* required: the programme's id */
  FF_COURSE_INSTRUCTOR,               /* instructor or lecturer */
  FF_COURSE_PLACE,
  FF_COURSE_ONLINE,                   /* "1": held online (the place may still say
                                       * where the instructor sits) */
  FF_COURSE_START_DATE,
  FF_COURSE_END_DATE,                 /* not before the start */
  FF_COURSE_THRESHOLD,                /* attendance threshold, percent; "80" when empty */
  FF_COURSE_NOTES,
  FF_COURSE_N_FIELDS
} FfCourseField;

/* What a course shows but no one edits, by ff_record_get_extra(). */
typedef enum
{
  FF_COURSE_PROGRAMME_NAME,
  FF_COURSE_N_PARTICIPANTS,           /* participants on it */
  FF_COURSE_N_SESSIONS,               /* sessions, cancelled ones too */
} FfCourseExtra;

/* Courses, archivable, sorted by title and searched by title, instructor and place.
 * Subtitle: kind · period. */
extern const FfRecordType ff_course_type;

/* The parts of a course. */
typedef enum
{
  FF_COURSE_PART_PARTICIPANT,
  FF_COURSE_PART_SESSION,
  FF_COURSE_PART_MARK,
  FF_COURSE_N_PART_KINDS
} FfCoursePartKind;

extern const FfRecordType ff_course_part_types[FF_COURSE_N_PART_KINDS];

/* A participant on a course (table course_participant), added by
 * ff_course_add_participant(); removed, and brought back, by ff_record_set_deleted(). */
typedef enum
{
  FF_COURSE_MEMBER_PARTICIPANT_ID,
  FF_COURSE_MEMBER_N_FIELDS
} FfCourseMemberField;

/* What a course participant shows, by ff_record_get_extra(). Title: the name. */
typedef enum
{
  FF_COURSE_MEMBER_NAME,              /* the participant's display name */
} FfCourseMemberExtra;

/* A session (table session), in date and time order. */
typedef enum
{
  FF_SESSION_DATE,                    /* required */
  FF_SESSION_START,                   /* required, "HH:MM" */
  FF_SESSION_END,                     /* required, after the start */
  FF_SESSION_CANCELLED,               /* "1": counts for nobody */
  FF_SESSION_NOTE,
  FF_SESSION_N_FIELDS
} FfSessionField;

/* What a session shows but no one edits, by ff_record_get_extra(). */
typedef enum
{
  FF_SESSION_COURSE_ID,               /* the course it is of (a sign-in sheet's) */
} FfSessionExtra;

/* An attendance mark (table attendance_mark): written by ff_course_set_mark(),
 * ff_course_clear_mark() and ff_course_set_mark_note() only. */
typedef enum
{
  FF_MARK_FIELD_SESSION_ID,
  FF_MARK_FIELD_PARTICIPANT_ID,
  FF_MARK_FIELD_KIND,                 /* a key of ff_mark_kinds, "" not registered */
  FF_MARK_FIELD_MINUTES,              /* late or left early: minutes missed */
  FF_MARK_FIELD_EXCUSE,               /* excused: a key of ff_excuses */
  FF_MARK_FIELD_NOTE,
  FF_MARK_N_FIELDS
} FfMarkField;

/* Keys: "" (not registered), "present", "late", "left-early", "excused", "unexcused";
 * in FfMarkKind's order. */
extern const FfChoiceList ff_mark_kinds;
/* Keys: "self-certified", "doctor", "sick-child", "approved-leave", "holiday", "other";
 * in FfExcuse's order. */
extern const FfChoiceList ff_excuses;

/* The key of @kind or @excuse, and back (-1 for a key not known). */
const char  *ff_mark_kind_to_key               (FfMarkKind          kind);
int          ff_mark_kind_from_key             (const char         *key);
const char  *ff_excuse_to_key                  (FfExcuse            excuse);
int          ff_excuse_from_key                (const char         *key);

/* Courses */

/* Adds a course with @values (one per field, by index; NULL entries empty). Returns
 * its id, or 0. The programme must exist. */
gint64       ff_course_create                  (FfStore            *store,
                                                const char * const *values,
                                                GError            **error);

/* The ids of the courses of @programme_id (0: every programme's) that @query finds
 * (NULL: all but archived ones), by title. */
GArray      *ff_course_query_ids               (FfStore            *store,
                                                gint64              programme_id,
                                                const FfRecordQuery *query,
                                                GError            **error);

/* Participants */

/* Adds @participant_id to course @course_id. Refused: a participant with no enrolment
 * in the course's programme, or one deleted; one already on the course. Returns the
 * id of the course participant, or 0. */
gint64       ff_course_add_participant         (FfStore            *store,
                                                gint64              course_id,
                                                gint64              participant_id,
                                                GError            **error);

/* Adds every participant active in the course's programme who is not on the course
 * yet, in one transaction; @n_added (may be NULL) says how many. */
gboolean     ff_course_add_all_participants    (FfStore            *store,
                                                gint64              course_id,
                                                guint              *n_added,
                                                GError            **error);

/* The participants who may be added to course @course_id: enrolled in its programme
 * (in any status), not deleted, not on the course; by name. Their ids. */
GArray      *ff_course_candidates              (FfStore            *store,
                                                gint64              course_id,
                                                GError            **error);

/* Sessions */

/* Adds a session on @date (as typed) from @start to @end (times of day as typed),
 * with @note (may be NULL). Refused: an end not after the start. Returns its id, or 0. */
gint64       ff_course_add_session             (FfStore            *store,
                                                gint64              course_id,
                                                const char         *date,
                                                const char         *start,
                                                const char         *end,
                                                const char         *note,
                                                GError            **error);

/* Adds the @sessions of a series (FfSession each, from ff_session_series_generate())
 * in one transaction; all or none. */
gboolean     ff_course_add_series              (FfStore            *store,
                                                gint64              course_id,
                                                GArray             *sessions,
                                                GError            **error);

/* Moves session @session_id to @date from @start to @end in one change. Refused: an
 * end not after the start; times too short for the minutes late or gone early that
 * its marks already say. */
gboolean     ff_course_move_session            (FfStore            *store,
                                                gint64              session_id,
                                                const char         *date,
                                                const char         *start,
                                                const char         *end,
                                                GError            **error);

/* Cancels session @session_id, or takes the cancellation back. Its marks are kept. */
gboolean     ff_course_cancel_session          (FfStore            *store,
                                                gint64              session_id,
                                                gboolean            cancelled,
                                                GError            **error);

/* Norway's time zone (Europe/Oslo), which sessions are held in: for
 * ff_session_series_generate(). Owned by the library. */
GTimeZone   *ff_course_time_zone               (void);

/* The planned minutes of a session on @date (YYYY-MM-DD) from @start to @end ("HH:MM"):
 * the real minutes between them in Norway, 0 when they do not make a session. */
guint        ff_course_session_minutes         (const char         *date,
                                                const char         *start,
                                                const char         *end);

/* Marks */

/* Sets the mark of @participant_id in @session_id of course @course_id to @mark,
 * keeping its note, in its own transaction. Refused: a session not of the course, or
 * cancelled; a participant not on the course; a late or left-early mark without
 * minutes, or with more than the session; an excused one without a valid excuse.
 * The minutes of other kinds and the excuse of any but an excused mark are not kept. */
gboolean     ff_course_set_mark                (FfStore            *store,
                                                gint64              course_id,
                                                gint64              session_id,
                                                gint64              participant_id,
                                                const FfMark       *mark,
                                                GError            **error);

/* Takes the mark away: not registered (its note stays). */
gboolean     ff_course_clear_mark              (FfStore            *store,
                                                gint64              course_id,
                                                gint64              session_id,
                                                gint64              participant_id,
                                                GError            **error);

/* Sets the note of the mark of @participant_id in @session_id (NULL or "" none). */
gboolean     ff_course_set_mark_note           (FfStore            *store,
                                                gint64              course_id,
                                                gint64              session_id,
                                                gint64              participant_id,
                                                const char         *note,
                                                GError            **error);

/* The mark as stored (FF_MARK_NOT_REGISTERED when there is none), and its note
 * (may be NULL; newly allocated). */
gboolean     ff_course_get_mark                (FfStore            *store,
                                                gint64              session_id,
                                                gint64              participant_id,
                                                FfMark             *mark,
                                                char              **note,
                                                GError            **error);

G_END_DECLS
