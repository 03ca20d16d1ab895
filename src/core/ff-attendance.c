/* ff-attendance.c — planned, attended, excused and unexcused minutes of a participant,
 * the rate and the threshold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-attendance.h"

G_DEFINE_QUARK (ff-attendance-error-quark, ff_attendance_error)

static gboolean
counts (const FfAttendanceSession *session,
        const FfMark              *mark)
{
  return !session->cancelled && mark->kind != FF_MARK_NOT_REGISTERED;
}

static gboolean
check_minutes (const FfAttendanceSession  *session,
               const FfMark               *mark,
               GError                    **error)
{
  if ((mark->kind == FF_MARK_LATE || mark->kind == FF_MARK_LEFT_EARLY)
      && mark->minutes > session->planned_minutes)
    {
      g_set_error (error, FF_ATTENDANCE_ERROR, FF_ATTENDANCE_ERROR_TOO_MANY_MINUTES,
                   "%u minutes late or gone early is longer than the session's %u minutes.",
                   mark->minutes, session->planned_minutes);
      return FALSE;
    }
  return TRUE;
}

gboolean
ff_attendance_mark_minutes (const FfAttendanceSession  *session,
                            const FfMark               *mark,
                            guint                      *attended,
                            GError                    **error)
{
  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (mark != NULL, FALSE);
  g_return_val_if_fail (attended != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_minutes (session, mark, error))
    return FALSE;

  *attended = 0;
  if (!counts (session, mark))
    return TRUE;

  switch (mark->kind)
    {
    case FF_MARK_PRESENT:
      *attended = session->planned_minutes;
      break;
    case FF_MARK_LATE:
    case FF_MARK_LEFT_EARLY:
      *attended = session->planned_minutes - mark->minutes;
      break;
    case FF_MARK_NOT_REGISTERED:
    case FF_MARK_EXCUSED:
    case FF_MARK_UNEXCUSED:
    default:
      break;
    }
  return TRUE;
}

gboolean
ff_attendance_sum (const FfAttendanceSession  *sessions,
                   const FfMark               *marks,
                   gsize                       n,
                   FfAttendanceSummary        *summary,
                   GError                    **error)
{
  g_return_val_if_fail (sessions != NULL || n == 0, FALSE);
  g_return_val_if_fail (marks != NULL || n == 0, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (summary, 0, sizeof *summary);

  for (gsize i = 0; i < n; i++)
    {
      const FfAttendanceSession *session = &sessions[i];
      const FfMark *mark = &marks[i];
      guint attended;

      if (!ff_attendance_mark_minutes (session, mark, &attended, error))
        {
          memset (summary, 0, sizeof *summary);
          return FALSE;
        }
      if (!counts (session, mark))
        continue;

      summary->sessions++;
      summary->planned_minutes += session->planned_minutes;
      summary->attended_minutes += attended;

      switch (mark->kind)
        {
        case FF_MARK_LATE:
        case FF_MARK_LEFT_EARLY:
          summary->late_minutes += mark->minutes;
          break;
        case FF_MARK_EXCUSED:
          g_return_val_if_fail (mark->excuse < FF_EXCUSE_N_KINDS, FALSE);
          summary->excused_minutes += session->planned_minutes;
          summary->excused_by_reason[mark->excuse] += session->planned_minutes;
          break;
        case FF_MARK_UNEXCUSED:
          summary->unexcused_minutes += session->planned_minutes;
          break;
        case FF_MARK_NOT_REGISTERED:
        case FF_MARK_PRESENT:
        default:
          break;
        }
    }
  return TRUE;
}

void
ff_attendance_summary_add (FfAttendanceSummary       *total,
                           const FfAttendanceSummary *one)
{
  g_return_if_fail (total != NULL && one != NULL);

  total->sessions += one->sessions;
  total->planned_minutes += one->planned_minutes;
  total->attended_minutes += one->attended_minutes;
  total->late_minutes += one->late_minutes;
  total->excused_minutes += one->excused_minutes;
  for (guint i = 0; i < FF_EXCUSE_N_KINDS; i++)
    total->excused_by_reason[i] += one->excused_by_reason[i];
  total->unexcused_minutes += one->unexcused_minutes;
}

gboolean
ff_attendance_rate (const FfAttendanceSummary *summary,
                    double                    *rate)
{
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (rate != NULL, FALSE);

  if (summary->planned_minutes == 0)
    return FALSE;
  *rate = (double) summary->attended_minutes / (double) summary->planned_minutes;
  return TRUE;
}

int
ff_attendance_rate_per_mille (const FfAttendanceSummary *summary)
{
  g_return_val_if_fail (summary != NULL, -1);

  if (summary->planned_minutes == 0)
    return -1;
  return (int) ((guint64) summary->attended_minutes * 1000 / summary->planned_minutes);
}

gboolean
ff_attendance_meets_threshold (const FfAttendanceSummary *summary,
                               guint                      threshold_per_mille)
{
  g_return_val_if_fail (summary != NULL, FALSE);

  return (guint64) summary->attended_minutes * 1000
         >= (guint64) threshold_per_mille * summary->planned_minutes;
}
