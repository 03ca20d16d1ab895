/* ff-absence-leave.h — self-certified sick leave and sick-child days a participant has
 * used and has left, computed and never stored
 *
 * Source: forskrift til integreringsloven (integreringsforskriften), kapittel 3 on
 * absence from the introduction programme (§ 5 ff.), as IMDi's guide to it and its
 * page "Permisjon, ferie og fravær" state the rules:
 *
 *   - own illness may be self-certified (egenmelding) at most 4 times in the last 12
 *     months, for at most 3 days each time, and only once the participant has been in
 *     the programme for 8 weeks;
 *   - a sick child gives at most 10 days in the last 12 months, 15 with more than two
 *     children, twice that (20, 30) for a sole carer.
 *
 * "Days" in these rules are working days (IMDi's guide to the regulation: «dager» means
 * virkedager); the counts below are of the days marked, which are the days of the
 * programme. How they are counted:
 *
 *   - One occurrence of self-certified leave is a run of days marked
 *     FF_EXCUSE_OWN_ILLNESS_SELF_CERTIFIED with no working day between them that is not
 *     so marked: Friday and the Monday after are one occurrence of 2 days, Monday and
 *     Wednesday with Tuesday attended are two. Weekends and public holidays
 *     (ff_holidays_is_working_day()) do not break a run. Several marks on one date are
 *     one day.
 *   - The 12 months before a date D are the days after the same date a year earlier, up
 *     to and including D (from 11 June 2024 to 10 June 2025 for D = 10 June 2025; from
 *     29 February the year before is 28 February). An occurrence counts in them when any
 *     of its days does.
 *   - Every run marked self-certified counts, allowed or not: the marks say what was
 *     recorded, and a run that is not allowed is for the programme to mark again.
 *   - 8 weeks in the programme are 56 days: with the programme begun on Monday 6 January
 *     2025, the first day that may be self-certified is Monday 3 March.
 *   - Sick-child days are the dates marked FF_EXCUSE_SICK_CHILD in the 12 months up to
 *     and including "today", counted as the self-certifications are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ff-attendance.h"

G_BEGIN_DECLS

#define FF_SELF_CERTIFICATIONS_PER_12_MONTHS 4
#define FF_SELF_CERTIFICATION_MAX_DAYS       3
#define FF_SELF_CERTIFICATION_WAIT_DAYS      (8 * 7)
/* Ill again within this many calendar days after a self-certification: the days of the
 * one before count with the new one towards its 3 (IMDi, "Permisjon, ferie og fravær"). */
#define FF_SELF_CERTIFICATION_RELAPSE_DAYS   16

/* One excused mark and its session's date. */
typedef struct
{
  GDate     date;
  FfExcuse  excuse;
} FfExcusedDay;

/* One occurrence of self-certified leave. */
typedef struct
{
  GDate  first;
  GDate  last;
  guint  days;           /* the dates marked in it */
} FfSelfCertification;

typedef enum
{
  FF_SELF_CERTIFICATION_ALLOWED,
  FF_SELF_CERTIFICATION_TOO_EARLY,    /* begins in the first 8 weeks of the programme */
  FF_SELF_CERTIFICATION_TOO_LONG,     /* more than 3 days, with those of one that ended
                                       * at most 16 days before it */
  FF_SELF_CERTIFICATION_NONE_LEFT,    /* 4 others already in the 12 months before it */
} FfSelfCertificationVerdict;

typedef struct
{
  guint     self_certifications_used;   /* occurrences in the 12 months up to today */
  guint     self_certifications_left;
  gboolean  self_certification_open;    /* today is past the first 8 weeks */
  guint     sick_child_days_used;       /* in the 12 months up to today */
  guint     sick_child_days_allowed;
  guint     sick_child_days_left;
} FfLeaveCount;

/* The occurrences of self-certified leave among the @n marks in @days (in any order;
 * other excuses are left out), in date order. FfSelfCertification each; free with
 * g_array_unref(). */
GArray    *ff_absence_leave_self_certifications      (const FfExcusedDay        *days,
                                                      gsize                      n);

/* How many occurrences of self-certified leave count in the 12 months before and
 * including @date. */
guint      ff_absence_leave_self_certifications_used (const FfExcusedDay        *days,
                                                      gsize                      n,
                                                      const GDate               *date);

/* Whether @occurrence (one of ff_absence_leave_self_certifications() of the same
 * @days) may be self-certified by a participant who began the programme on
 * @enrolment_start. When more than one rule is broken, the first of TOO_EARLY,
 * TOO_LONG, NONE_LEFT is given. */
FfSelfCertificationVerdict
           ff_absence_leave_self_certification_check (const FfExcusedDay        *days,
                                                      gsize                      n,
                                                      const FfSelfCertification *occurrence,
                                                      const GDate               *enrolment_start);

/* The sick-child days a year for a participant with @children children: 0 with none,
 * 10, 15 with more than two; twice that for a @sole_carer. */
guint      ff_absence_leave_sick_child_days_allowed  (guint                      children,
                                                      gboolean                   sole_carer);

/* The dates marked FF_EXCUSE_SICK_CHILD in the 12 months up to and including @date. */
guint      ff_absence_leave_sick_child_days_used     (const FfExcusedDay        *days,
                                                      gsize                      n,
                                                      const GDate               *date);

/* Everything a participant's page shows of their leave on @today: self-certifications
 * used and left, whether they may self-certify yet (begun on @enrolment_start), and
 * sick-child days used, allowed and left. */
void       ff_absence_leave_count                    (const FfExcusedDay        *days,
                                                      gsize                      n,
                                                      const GDate               *enrolment_start,
                                                      const GDate               *today,
                                                      guint                      children,
                                                      gboolean                   sole_carer,
                                                      FfLeaveCount              *count);

G_END_DECLS
