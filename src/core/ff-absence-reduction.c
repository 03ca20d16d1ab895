/* ff-absence-reduction.c — a payment period's benefit less its unexcused share, and
 * whether the reduction needs an individual decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-absence-reduction.h"

G_DEFINE_QUARK (ff-absence-error-quark, ff_absence_error)

/* A GDate set in day-month-year form, for a table. */
#define DMY(d, m, y) { .dmy = 1, .day = (d), .month = (m), .year = (y) }

/* Folketrygdens grunnbeløp as fixed each year from 1 May. */
static const FfBasicAmount known_basic_amounts[] = {
  { DMY (1, G_DATE_MAY, 2023), G_GINT64_CONSTANT (11862000) },  /* 118 620 kr */
  { DMY (1, G_DATE_MAY, 2024), G_GINT64_CONSTANT (12402800) },  /* 124 028 kr */
  { DMY (1, G_DATE_MAY, 2025), G_GINT64_CONSTANT (13016000) },  /* 130 160 kr */
};

/* @numerator / @denominator to the nearest whole number, a half up; both ≥ 0, the
 * denominator > 0, and 2 × numerator + denominator within 64 bits unsigned. */
static gint64
divide_rounded (guint64 numerator,
                guint64 denominator)
{
  return (gint64) ((2 * numerator + denominator) / (2 * denominator));
}

const FfBasicAmount *
ff_absence_reduction_known_basic_amounts (gsize *n_amounts)
{
  g_return_val_if_fail (n_amounts != NULL, NULL);

  *n_amounts = G_N_ELEMENTS (known_basic_amounts);
  return known_basic_amounts;
}

gboolean
ff_absence_reduction_basic_amount_on (const FfBasicAmount  *table,
                                      gsize                 n,
                                      const GDate          *date,
                                      gint64               *amount,
                                      GError              **error)
{
  const FfBasicAmount *in_force = NULL;

  g_return_val_if_fail (table != NULL || n == 0, FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (amount != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (gsize i = 0; i < n; i++)
    if (g_date_valid (&table[i].valid_from)
        && g_date_compare (&table[i].valid_from, date) <= 0
        && (in_force == NULL || g_date_compare (&table[i].valid_from, &in_force->valid_from) > 0))
      in_force = &table[i];

  if (in_force == NULL)
    {
      g_set_error_literal (error, FF_ABSENCE_ERROR, FF_ABSENCE_ERROR_NO_BASIC_AMOUNT,
                           "No basic amount (G) is known for the date: add the one in force.");
      return FALSE;
    }
  if (in_force->amount <= 0 || in_force->amount > FF_ABSENCE_AMOUNT_MAX)
    {
      g_set_error_literal (error, FF_ABSENCE_ERROR, FF_ABSENCE_ERROR_BAD_AMOUNT,
                           "The basic amount (G) in force on the date is not a valid amount.");
      return FALSE;
    }

  *amount = in_force->amount;
  return TRUE;
}

gint64
ff_absence_reduction_payment (gint64          yearly_benefit,
                              FfPaymentPeriod period)
{
  g_return_val_if_fail (yearly_benefit >= 0 && yearly_benefit <= FF_ABSENCE_AMOUNT_MAX, 0);

  return divide_rounded ((guint64) yearly_benefit, period == FF_PAYMENT_FORTNIGHTLY ? 26 : 12);
}

gboolean
ff_absence_reduction_compute (const FfAbsenceReductionInput  *input,
                              const FfBasicAmount            *table,
                              gsize                           n,
                              FfAbsenceReduction             *reduction,
                              GError                        **error)
{
  FfAbsenceReduction result = { 0, };

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (g_date_valid (&input->first_day), FALSE);
  g_return_val_if_fail (g_date_valid (&input->last_day), FALSE);
  g_return_val_if_fail (reduction != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (input->yearly_benefit <= 0 || input->yearly_benefit > FF_ABSENCE_AMOUNT_MAX)
    {
      g_set_error_literal (error, FF_ABSENCE_ERROR, FF_ABSENCE_ERROR_BAD_AMOUNT,
                           "The yearly benefit must be more than 0.");
      return FALSE;
    }
  if (g_date_compare (&input->last_day, &input->first_day) < 0)
    {
      g_set_error_literal (error, FF_ABSENCE_ERROR, FF_ABSENCE_ERROR_BAD_PERIOD,
                           "The payment period must not end before it starts.");
      return FALSE;
    }
  if (input->unexcused_minutes > input->planned_minutes)
    {
      g_set_error (error, FF_ABSENCE_ERROR, FF_ABSENCE_ERROR_TOO_MANY_MINUTES,
                   "%u unexcused minutes are more than the %u minutes planned.",
                   input->unexcused_minutes, input->planned_minutes);
      return FALSE;
    }
  if (!ff_absence_reduction_basic_amount_on (table, n, &input->last_day, &result.basic_amount,
                                             error))
    return FALSE;

  result.payment = ff_absence_reduction_payment (input->yearly_benefit, input->period);
  /* payment < 2^30 (FF_ABSENCE_AMOUNT_MAX / 12), minutes < 2^32: twice the product and
   * the denominator fit in 64 bits unsigned */
  if (input->planned_minutes > 0)
    result.reduction = divide_rounded ((guint64) result.payment * input->unexcused_minutes,
                                       input->planned_minutes);
  result.paid = result.payment - result.reduction;
  result.half_of_payment = result.reduction > 0 && 2 * result.reduction >= result.payment;
  result.twelfth_of_basic = result.reduction > 0 && 12 * result.reduction >= result.basic_amount;
  result.individual_decision = result.half_of_payment && result.twelfth_of_basic;

  *reduction = result;
  return TRUE;
}
