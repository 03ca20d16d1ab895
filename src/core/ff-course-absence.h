/* ff-course-absence.h — what absence from a programme's courses costs: the reductions
 * of the introduction benefit per payment period, and the self-certified sick leave
 * and sick-child days a participant has used and has left
 *
 * Computed from the stored marks each time, never stored. The rules are those of
 * ff-absence-reduction.h (integreringsloven § 21, integreringsforskriften) and
 * ff-absence-leave.h (integreringsforskriften kapittel 3), with G read from the file
 * (ff-basic-amount.h) and the benefit and family from the enrolment (ff-enrolment.h).
 *
 * A participant's hours in a payment period are those of the sessions of the
 * programme's courses in it, as ff-attendance.h counts them: planned are the minutes of
 * the sessions not cancelled where they are registered, unexcused those marked so.
 * Minutes late or gone early are not unexcused absence here: the programme decides
 * when they are (ff-attendance.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-absence-leave.h"
#include "ff-absence-reduction.h"
#include "ff-store.h"

G_BEGIN_DECLS

/* One participant's payment period. */
typedef struct
{
  gint64               participant_id;
  gint64               enrolment_id;
  char                *name;              /* display name */
  FfPaymentPeriod      period;
  char                 first_day[11];     /* YYYY-MM-DD */
  char                 last_day[11];
  guint                planned_minutes;
  guint                unexcused_minutes;
  FfAbsenceReduction   reduction;         /* payment, reduction, paid, G, and whether
                                           * it needs an individual decision */
} FfReductionRow;

/* The payment periods from @from to @to (YYYY-MM-DD or as typed) of every participant
 * paid a benefit in programme @programme_id (ff_enrolment_set_benefit()), by name and
 * then by period: each period that ends from @from to @to, whole, even when it began
 * before @from. A list for January of one paid monthly has January; of one paid every
 * 14 days, the periods that end in January. One query for the marks, whatever the size
 * of the programme.
 *
 * Refused with a translated FF_VALIDATE_ERROR: a date not valid, @to before @from, more
 * than ten years; no G in force at the end of a period (add it in the settings).
 * FfReductionRow each, freed with the array. */
GArray     *ff_course_reductions            (FfStore            *store,
                                             gint64              programme_id,
                                             const char         *from,
                                             const char         *to,
                                             GError            **error);

/* Writes the reductions of programme @programme_id from @from to @to
 * (ff_course_reductions()) to @path as CSV (ff-csv.h), with headings in @language (NULL:
 * the one shown): one row per participant and payment period, with its first and last
 * day, how often it is paid, the payment, the planned and unexcused hours, the
 * reduction, what is paid, the G it is held to and whether it needs an individual
 * decision; then a row of totals. Amounts are in kroner and hours in hours, as
 * numbers a spreadsheet of the language reads (no currency, no separator of
 * thousands, its decimal sign). Recorded in the audit log of every participant in it
 * first (FF_AUDIT_ABSENCE_REDUCTIONS); refused as ff_course_reductions() refuses, and
 * with FF_STORE_ERROR_NOT_FOUND for a programme that is not there. */
gboolean    ff_course_reductions_write_csv  (FfStore            *store,
                                             gint64              programme_id,
                                             const char         *from,
                                             const char         *to,
                                             const char         *language,
                                             const char         *path,
                                             GError            **error);

/* The rows of ff_course_reductions() of enrolment @enrolment_id only, for their page:
 * none when it is paid no benefit. Two queries, the marks read by the participant's
 * index, whatever the size of the programme. */
GArray     *ff_course_enrolment_reductions  (FfStore            *store,
                                             gint64              enrolment_id,
                                             const char         *from,
                                             const char         *to,
                                             GError            **error);

/* The leave of the participant of enrolment @enrolment_id on @today (YYYY-MM-DD):
 * self-certifications used and left in the last 12 months, whether they may
 * self-certify yet (8 weeks after the enrolment's first active day), and sick-child
 * days used, allowed (from the children and sole carer of the enrolment) and left;
 * from the excused marks of every course they are on. */
gboolean    ff_course_leave_count           (FfStore            *store,
                                             gint64              enrolment_id,
                                             const char         *today,
                                             FfLeaveCount       *count,
                                             GError            **error);

/* One occurrence of self-certified leave, and whether the rules allowed it. */
typedef struct
{
  FfSelfCertification          occurrence;
  FfSelfCertificationVerdict   verdict;
} FfSelfCertificationCheck;

/* Every occurrence of self-certified leave marked for the participant of enrolment
 * @enrolment_id, in date order, each with its verdict: for the warnings on their
 * page. FfSelfCertificationCheck each. */
GArray     *ff_course_self_certifications   (FfStore            *store,
                                             gint64              enrolment_id,
                                             GError            **error);

G_END_DECLS
