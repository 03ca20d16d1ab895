/* ff-attendance.h — a participant's attendance over a set of sessions, computed and
 * never stored
 *
 * Each session has its planned minutes and may be cancelled; each participant has one
 * mark a session. Over the sessions that are not cancelled and where the participant
 * is registered (any mark but "not registered"):
 *
 *   planned     = the sum of the sessions' planned minutes
 *   attended    = present: the session's minutes; late or left early: the session's
 *                 minutes less the minutes late or gone; excused, unexcused: 0
 *   unexcused   = the minutes of the sessions marked unexcused
 *   excused     = the minutes of the sessions marked excused, also per reason
 *   late        = the minutes late or gone early, kept apart: they are neither
 *                 excused nor unexcused absence until the programme decides they are,
 *                 and the caller adds them to the unexcused minutes when it does
 *   rate        = attended / planned; none when nothing is planned
 *
 * A session not registered counts nowhere: it was not the participant's to attend, or
 * nobody has taken attendance yet. A cancelled session counts nowhere either, whatever
 * its mark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FF_ATTENDANCE_ERROR (ff_attendance_error_quark ())

/* The messages are English; the interface shows its own translated text for each code. */
typedef enum
{
  FF_ATTENDANCE_ERROR_TOO_MANY_MINUTES,   /* late or left early longer than the session */
} FfAttendanceError;

typedef enum
{
  FF_MARK_NOT_REGISTERED,
  FF_MARK_PRESENT,
  FF_MARK_LATE,            /* FfMark.minutes late */
  FF_MARK_LEFT_EARLY,      /* FfMark.minutes before the end */
  FF_MARK_EXCUSED,         /* with FfMark.excuse */
  FF_MARK_UNEXCUSED,
} FfMarkKind;

/* Why an excused absence is excused (gyldig fravær). */
typedef enum
{
  FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED,   /* egenmelding */
  FF_EXCUSE_OWN_ILLNESS_DOCTOR,           /* legeerklæring */
  FF_EXCUSE_SICK_CHILD,
  FF_EXCUSE_APPROVED_LEAVE,
  FF_EXCUSE_HOLIDAY,                      /* a public holiday or a religious day */
  FF_EXCUSE_OTHER,
  FF_EXCUSE_N_KINDS,
} FfExcuse;

typedef struct
{
  FfMarkKind  kind;
  guint       minutes;     /* FF_MARK_LATE, FF_MARK_LEFT_EARLY: minutes missed */
  FfExcuse    excuse;      /* FF_MARK_EXCUSED */
} FfMark;

typedef struct
{
  guint     planned_minutes;
  gboolean  cancelled;
} FfAttendanceSession;

typedef struct
{
  guint  sessions;                          /* registered and not cancelled */
  guint  planned_minutes;
  guint  attended_minutes;
  guint  late_minutes;                      /* late and left early together */
  guint  excused_minutes;
  guint  excused_by_reason[FF_EXCUSE_N_KINDS];
  guint  unexcused_minutes;
} FfAttendanceSummary;

/* The threshold a participant's attendance is held to unless the programme sets its
 * own, per mille: 80 %. */
#define FF_ATTENDANCE_THRESHOLD_DEFAULT 800

GQuark    ff_attendance_error_quark         (void);

/* The minutes @mark attends of @session (0 for a cancelled or unregistered one), or
 * FALSE with FF_ATTENDANCE_ERROR_TOO_MANY_MINUTES when it is late or left early by more
 * minutes than the session plans. */
gboolean  ff_attendance_mark_minutes        (const FfAttendanceSession *session,
                                             const FfMark              *mark,
                                             guint                     *attended,
                                             GError                   **error);

/* Adds up @n sessions and the participant's mark in each, @marks[i] for @sessions[i],
 * into @summary (emptied first). FALSE with FF_ATTENDANCE_ERROR_TOO_MANY_MINUTES when
 * a mark is late or left early by more minutes than its session plans, also in a
 * cancelled session: the mark itself is wrong. */
gboolean  ff_attendance_sum                 (const FfAttendanceSession *sessions,
                                             const FfMark              *marks,
                                             gsize                      n,
                                             FfAttendanceSummary       *summary,
                                             GError                   **error);

/* Adds @one to @total: the attendance of several participants, or of several sets of
 * sessions, as one. */
void      ff_attendance_summary_add         (FfAttendanceSummary       *total,
                                             const FfAttendanceSummary *one);

/* The attendance rate, attended / planned, 0.0 … 1.0, in @rate; FALSE, and @rate
 * untouched, when nothing is planned. */
gboolean  ff_attendance_rate                (const FfAttendanceSummary *summary,
                                             double                    *rate);

/* The attendance rate in whole per mille, rounded down so that 799.9 ‰ never shows as
 * 800 ‰; -1 when nothing is planned. */
int       ff_attendance_rate_per_mille      (const FfAttendanceSummary *summary);

/* Whether attendance is at least @threshold_per_mille (such as
 * FF_ATTENDANCE_THRESHOLD_DEFAULT) of what was planned, compared exactly. With nothing
 * planned there is nothing to fall short of: TRUE. */
gboolean  ff_attendance_meets_threshold     (const FfAttendanceSummary *summary,
                                             guint                      threshold_per_mille);

G_END_DECLS
