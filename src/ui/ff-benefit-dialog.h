/* ff-benefit-dialog.h — the introduction benefit of an enrolment: how much a year, how
 * often it is paid, and the family its sick-child days are counted for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-enrolment.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_BENEFIT_DIALOG (ff_benefit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfBenefitDialog, ff_benefit_dialog, FF, BENEFIT_DIALOG, AdwWindow)

/* Edits the benefit of @enrolment, filled in with what it holds. Saved in one change
 * ("benefit.save", its Save button); a value refused is marked on its row, with all
 * that was typed kept, and the dialog stays open. Closes once saved. */
GtkWidget  *ff_benefit_dialog_new                (FfStore          *store,
                                                  FfEnrolment      *enrolment);

/* Its fields, for tests: the yearly benefit, the payment period (an AdwComboRow), the
 * first day of the 14-day periods, the number of children (a GtkSpinButton) and sole
 * carer (a GtkSwitch). */
GtkWidget  *ff_benefit_dialog_get_benefit_row    (FfBenefitDialog  *self);
GtkWidget  *ff_benefit_dialog_get_period_row     (FfBenefitDialog  *self);
GtkWidget  *ff_benefit_dialog_get_payment_from_row (FfBenefitDialog *self);
GtkWidget  *ff_benefit_dialog_get_children_spin  (FfBenefitDialog  *self);
GtkWidget  *ff_benefit_dialog_get_sole_carer_switch (FfBenefitDialog *self);

G_END_DECLS
