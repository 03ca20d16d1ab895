/* ff-attendance-report.h — a course's attendance over a period as a printed document
 *
 * A4 on its side, for the grid: the organisation and programme in the page header,
 * with the course's title; the title "Attendance report"; the course, its kind and
 * instructor, the period, the attendance threshold and the number of sessions; then
 * the grid of participants × sessions of the period, one letter a mark (present,
 * late, left early, excused, unexcused; a dash for a cancelled session, nothing where
 * no attendance was taken), in tables of as many sessions as the page holds side by
 * side, with what each letter means; and per participant the sessions counted, the
 * hours planned and attended, late or gone early, excused and unexcused, the
 * attendance rate and whether it is under the course's threshold, with the course's
 * totals. Hours and rates are those of ff-attendance.h, computed from the marks.
 * Each print and export is recorded in the audit log of every participant it names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_ATTENDANCE_REPORT (ff_attendance_report_get_type ())
G_DECLARE_FINAL_TYPE (FfAttendanceReport, ff_attendance_report, FF, ATTENDANCE_REPORT,
                      FfDocument)

/* The attendance of course @course_id in its sessions from @from to @to (dates as
 * typed or YYYY-MM-DD, both included; NULL or "" for no bound), read from @store now,
 * to print in @language ("nb", "nn", "uk", "en"), bilingual with @second_language when
 * it is not NULL or "" (and not @language). Fails with FF_STORE_ERROR_NOT_FOUND for a
 * course that is not there, a translated FF_VALIDATE_ERROR for a date that is not one
 * or a period that ends before it starts, FF_REPORT_ERROR_LANGUAGE or
 * FF_REPORT_ERROR_TRANSLATION for a language documents cannot be printed in. */
FfAttendanceReport *ff_attendance_report_new           (FfStore     *store,
                                                        gint64       course_id,
                                                        const char  *from,
                                                        const char  *to,
                                                        const char  *language,
                                                        const char  *second_language,
                                                        GError     **error);

/* How many sessions of the period, and participants, the report shows. */
guint               ff_attendance_report_get_n_sessions     (FfAttendanceReport *self);
guint               ff_attendance_report_get_n_participants (FfAttendanceReport *self);

G_END_DECLS
