/* ff-enrolment.h — a participant in a programme, with the history of its status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-enrolment-status.h"
#include "ff-participant.h"
#include "ff-record.h"

G_BEGIN_DECLS

#define FF_TYPE_ENROLMENT (ff_enrolment_get_type ())
G_DECLARE_FINAL_TYPE (FfEnrolment, ff_enrolment, FF, ENROLMENT, FfRecord)

/* An enrolment's fields: its current status (a key of ff_enrolment_statuses) and the
 * date of that status, written by ff_enrolment_create() and ff_enrolment_set_status()
 * only; and what the introduction benefit and its absence rules need
 * (ff-absence-reduction.h, ff-absence-leave.h), edited as any field:
 *
 *   - the yearly benefit (øre; "" when the enrolment is paid none), how often it is
 *     paid (a key of ff_payment_periods: "monthly", the calendar months, or
 *     "fortnightly", periods of 14 days counted from the payment start, the first of
 *     them beginning on it, or from Monday 1 January 2024 when none is given);
 *   - how many children the participant has and whether they care for them alone,
 *     which set their sick-child days. They are kept here rather than on the
 *     participant: the limits are the introduction programme's, counted from this
 *     enrolment's start, and set by the caseworker who decides its benefit. */
typedef enum
{
  FF_ENROLMENT_FIELD_STATUS,
  FF_ENROLMENT_FIELD_STATUS_DATE,
  FF_ENROLMENT_FIELD_PAYMENT_PERIOD,  /* a key of ff_payment_periods; "monthly" */
  FF_ENROLMENT_FIELD_PAYMENT_FROM,    /* the first day of the first 14-day period */
  FF_ENROLMENT_FIELD_YEARLY_BENEFIT,  /* øre, above 0; "" none */
  FF_ENROLMENT_FIELD_CHILDREN,        /* 0–20; "" not known (none) */
  FF_ENROLMENT_FIELD_SOLE_CARER,      /* "1": cares for the children alone */
  FF_ENROLMENT_N_FIELDS
} FfEnrolmentField;

/* Keys: "monthly", "fortnightly", in FfPaymentPeriod's order. */
extern const FfChoiceList ff_payment_periods;

/* What an enrolment shows but no one edits, by ff_record_get_extra(). */
typedef enum
{
  FF_ENROLMENT_PARTICIPANT_ID,
  FF_ENROLMENT_PROGRAMME_ID,
  FF_ENROLMENT_PROGRAMME_NAME,
  FF_ENROLMENT_PROGRAMME_KIND,
} FfEnrolmentExtra;

/* Enrolments are FfEnrolment records, held by their participant. */
extern const FfRecordType ff_enrolment_type;

/* One dated change in an enrolment's status, with its reason ("" for none). */
typedef struct _FfStatusChange FfStatusChange;

/* Enrols @participant_id in @programme_id with a first status, dated @date
 * (YYYY-MM-DD; NULL for today), with an optional @reason. One enrolment per
 * participant and programme: a second one fails with FF_STORE_ERROR_INVALID.
 * Returns the enrolment id, or 0. */
gint64             ff_enrolment_create             (FfStore            *store,
                                                    gint64              participant_id,
                                                    gint64              programme_id,
                                                    FfEnrolmentStatus   status,
                                                    const char         *date,
                                                    const char         *reason,
                                                    GError            **error);

/* Records a change of status on @date (validated; not before the enrolment's first
 * status), with @reason; updates the participant's current status. */
gboolean           ff_enrolment_set_status         (FfStore            *store,
                                                    gint64              enrolment_id,
                                                    FfEnrolmentStatus   status,
                                                    const char         *date,
                                                    const char         *reason,
                                                    GError            **error);

/* FfEnrolment objects of a participant, the most recently changed first. */
GPtrArray         *ff_enrolment_list_for_participant (FfStore          *store,
                                                    gint64              participant_id,
                                                    GError            **error);

/* The changes of an enrolment's status, oldest first (by date, then by entry). */
GPtrArray         *ff_enrolment_history            (FfStore            *store,
                                                    gint64              enrolment_id,
                                                    GError            **error);

FfEnrolmentStatus  ff_enrolment_get_status         (FfEnrolment        *self);
/* The participant's or the programme's id. */
gint64             ff_enrolment_get_id_of          (FfEnrolment        *self,
                                                    FfEnrolmentExtra    extra_id);
const char        *ff_enrolment_get_programme_name (FfEnrolment        *self);
/* A key of ff_programme_kinds. */
const char        *ff_enrolment_get_programme_kind (FfEnrolment        *self);

/* Sets the benefit of enrolment @enrolment_id: @yearly_benefit øre a year (refused
 * unless above 0, at most 100 million kr), paid by @period (FfPaymentPeriod), in one
 * change. */
gboolean           ff_enrolment_set_benefit        (FfStore            *store,
                                                    gint64              enrolment_id,
                                                    int                 period,
                                                    gint64              yearly_benefit,
                                                    GError            **error);

/* Whether the enrolment is paid a benefit; when it is, its yearly amount (øre) and
 * payment period (FfPaymentPeriod) in @yearly_benefit and @period (may be NULL). */
gboolean           ff_enrolment_get_benefit        (FfEnrolment        *self,
                                                    gint64             *yearly_benefit,
                                                    int                *period);

FfEnrolmentStatus  ff_status_change_get_status     (FfStatusChange     *self);
const char        *ff_status_change_get_date       (FfStatusChange     *self);
const char        *ff_status_change_get_reason     (FfStatusChange     *self);

G_END_DECLS
