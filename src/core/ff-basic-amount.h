/* ff-basic-amount.h — G, the basic amount of the National Insurance (folketrygdens
 * grunnbeløp), kept as a setting with the date each value applies from
 *
 * G changes every 1 May (the Storting's settlement, published by NAV as "Grunnbeløpet i
 * folketrygden"). The file holds every value with the day it applies from; a new file
 * starts with those ff_absence_reduction_known_basic_amounts() knows, and the user adds
 * each new one. The reductions of the introduction benefit read G from here
 * (ff-course-absence.h).
 *
 * Each value is an FfRecord of ff_basic_amount_type, written through ff-record.h with
 * its audit row; a change is announced as "changed::course", since what it changes is
 * what the courses' absence costs, with the id of the value (not of a course): a list
 * of reductions reloads on any change of courses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-absence-reduction.h"
#include "ff-record.h"

G_BEGIN_DECLS

typedef enum
{
  FF_BASIC_AMOUNT_VALID_FROM,         /* required, a date */
  FF_BASIC_AMOUNT_AMOUNT,             /* required: øre a year, above 0 */
  FF_BASIC_AMOUNT_N_FIELDS
} FfBasicAmountField;

/* Values of G, by the day they apply from. */
extern const FfRecordType ff_basic_amount_type;

/* Sets G from @valid_from on (a date as typed) to @amount (kroner as typed, "124 028"):
 * the value of that day is changed, or one added. Refused with a translated
 * FF_VALIDATE_ERROR: no valid date; an amount that is not above 0, or is over 100
 * million kr. Returns the id of the value, or 0. */
gint64      ff_basic_amount_set     (FfStore     *store,
                                     const char  *valid_from,
                                     const char  *amount,
                                     GError     **error);

/* Every value of G (FfBasicAmount each), by the day it applies from. */
GArray     *ff_basic_amount_table   (FfStore     *store,
                                     GError     **error);

/* Inside the migration's transaction: the values ff-absence-reduction.c knows. */
gboolean    ff_basic_amount_seed    (FfStore     *store,
                                     GError     **error);

G_END_DECLS
