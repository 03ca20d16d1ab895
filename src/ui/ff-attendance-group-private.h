/* ff-attendance-group-private.h — what the attendance group's rows hold, and the
 * details they show when opened (ff-attendance-group-details.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-course-absence.h"
#include "ff-course-grid.h"

G_BEGIN_DECLS

typedef enum
{
  FF_ATTENDANCE_ROW_COURSE,
  FF_ATTENDANCE_ROW_BENEFIT,
  FF_ATTENDANCE_ROW_LEAVE,
} FfAttendanceRowKind;

/* What one row shows, and the detail rows it made when opened. */
typedef struct
{
  FfAttendanceRowKind  kind;
  guint                index;        /* in courses or enrolments */
  gboolean             filled;
  GPtrArray           *details;      /* GtkWidget, under the row */
  GtkWidget           *flag_label;
} FfAttendanceRow;

/* An enrolment shown: its benefit's recent periods and its leave. */
typedef struct
{
  gint64        enrolment_id;
  char         *programme_name;
  gboolean      paid;
  gint64        yearly_benefit;
  int           period;
  GArray       *reductions;     /* FfReductionRow; NULL when not paid, or not read */
  char         *reductions_error;
  FfLeaveCount  leave;
  gboolean      leave_read;
} FfAttendanceShown;

/* A GDate as YYYY-MM-DD. */
void        ff_attendance_iso_date       (const GDate              *date,
                                          char                      out[11]);
/* Minutes as hours, "7,5". */
char       *ff_attendance_hours          (guint                     minutes);

/* The details of a row, made when it is first opened, as rows under it (kept in its
 * FfAttendanceRow, data "ff-row-state"): a course's hours; a benefit and the reduction of
 * each recent payment period, flagged when it needs an individual decision; the leave
 * counted and each self-certified absence with its verdict (read here). */
void        ff_attendance_fill_course    (GtkWidget                *row,
                                          const FfCourseAttendance *course);
void        ff_attendance_fill_benefit   (GtkWidget                *row,
                                          const FfAttendanceShown  *shown);
void        ff_attendance_fill_leave     (FfStore                  *store,
                                          GtkWidget                *row,
                                          const FfAttendanceShown  *shown);

G_END_DECLS
