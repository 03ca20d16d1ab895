/* ff-absence-reduction.h — the introduction benefit reduced for unexcused absence, one
 * payment period at a time, computed and never stored
 *
 * Source: lov om integrering gjennom opplæring, utdanning og arbeid (integreringsloven)
 * § 20 (the benefit, a yearly amount) and § 21 (reduced for absence that is not
 * excused), with integreringsforskriften; the proportion and the threshold of an
 * individual decision (enkeltvedtak) are the rule municipalities apply as the project
 * states it. The rule:
 *
 *   payment    = the yearly benefit / 12 for a monthly period, / 26 for a period of
 *                14 days (26 periods of 14 days make the year's 364 days: the benefit
 *                is a yearly amount, 2 G for a participant of 25 or older, and a
 *                municipality that pays every other week pays it in 26 parts)
 *   reduction  = payment × unexcused minutes / planned minutes
 *   individual decision needed when
 *                reduction ≥ 50 % of the payment  (2 × reduction ≥ payment)  and
 *                reduction ≥ G / 12               (12 × reduction ≥ G)
 *
 * Amounts are whole øre. The payment and the reduction are each rounded to the nearest
 * øre, a half øre up (away from zero: both are never negative). The two conditions are
 * compared exactly, in whole numbers, on the rounded reduction.
 *
 * G, folketrygdens grunnbeløp, changes every 1 May. The G of a period is the one in
 * force on the period's last day: the reduction is decided when the period is over,
 * and a period from 24 April to 7 May is held to the G of 1 May.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FF_ABSENCE_ERROR (ff_absence_error_quark ())

/* The messages are English; the interface shows its own translated text for each code. */
typedef enum
{
  FF_ABSENCE_ERROR_BAD_AMOUNT,         /* a benefit or a G of 0 or less, or over the maximum */
  FF_ABSENCE_ERROR_NO_BASIC_AMOUNT,    /* no G in force on the date */
  FF_ABSENCE_ERROR_BAD_PERIOD,         /* a period that ends before it starts */
  FF_ABSENCE_ERROR_TOO_MANY_MINUTES,   /* more unexcused minutes than planned */
} FfAbsenceError;

/* The largest yearly benefit or G taken: 100 million kr, øre. */
#define FF_ABSENCE_AMOUNT_MAX G_GINT64_CONSTANT (10000000000)

typedef enum
{
  FF_PAYMENT_MONTHLY,       /* 12 a year */
  FF_PAYMENT_FORTNIGHTLY,   /* every 14 days, 26 a year */
} FfPaymentPeriod;

/* G, the basic amount of the National Insurance, from a date on. */
typedef struct
{
  GDate   valid_from;
  gint64  amount;          /* øre a year */
} FfBasicAmount;

typedef struct
{
  gint64           yearly_benefit;      /* øre */
  FfPaymentPeriod  period;
  GDate            first_day;
  GDate            last_day;
  guint            planned_minutes;     /* in the period, FfAttendanceSummary's */
  guint            unexcused_minutes;
} FfAbsenceReductionInput;

typedef struct
{
  gint64    payment;                /* before the reduction */
  gint64    reduction;
  gint64    paid;                   /* payment − reduction */
  gint64    basic_amount;           /* G in force on the period's last day */
  gboolean  half_of_payment;        /* reduction ≥ 50 % of the payment */
  gboolean  twelfth_of_basic;       /* reduction ≥ G / 12 */
  gboolean  individual_decision;    /* both */
} FfAbsenceReduction;

GQuark    ff_absence_error_quark                   (void);

/* G from 1 May 2023, 2024 and 2025, in date order; @n_amounts set to their number. A
 * later G is added here, or passed in a table of the caller's own. */
const FfBasicAmount *
          ff_absence_reduction_known_basic_amounts (gsize                          *n_amounts);

/* The G of @table (@n entries, any order) in force on @date: the one of the latest
 * date not after @date. FALSE with FF_ABSENCE_ERROR_NO_BASIC_AMOUNT when none is in
 * force yet, FF_ABSENCE_ERROR_BAD_AMOUNT when that G is not positive. */
gboolean  ff_absence_reduction_basic_amount_on     (const FfBasicAmount            *table,
                                                    gsize                           n,
                                                    const GDate                    *date,
                                                    gint64                         *amount,
                                                    GError                        **error);

/* One period's payment of @yearly_benefit, rounded to the nearest øre, a half up. */
gint64    ff_absence_reduction_payment             (gint64                          yearly_benefit,
                                                    FfPaymentPeriod                 period);

/* The reduction of one payment period, with G from @table. Refuses, with
 * FF_ABSENCE_ERROR: a yearly benefit of 0 or less or over FF_ABSENCE_AMOUNT_MAX; a last
 * day before the first; more unexcused minutes than planned; no positive G on the last
 * day. Nothing planned is no reduction. */
gboolean  ff_absence_reduction_compute             (const FfAbsenceReductionInput  *input,
                                                    const FfBasicAmount            *table,
                                                    gsize                           n,
                                                    FfAbsenceReduction             *reduction,
                                                    GError                        **error);

G_END_DECLS
