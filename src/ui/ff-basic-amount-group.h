/* ff-basic-amount-group.h — G, the basic amount of the National Insurance, in the
 * preferences: each value with the day it applies from, and a new one added
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_BASIC_AMOUNT_GROUP (ff_basic_amount_group_get_type ())
G_DECLARE_FINAL_TYPE (FfBasicAmountGroup, ff_basic_amount_group, FF, BASIC_AMOUNT_GROUP,
                      AdwPreferencesGroup)

/* Lists the values of G in @store, the latest first, and follows their changes. */
void        ff_basic_amount_group_set_store    (FfBasicAmountGroup  *self,
                                                FfStore             *store);

/* For tests: the list of values (an AdwActionRow each, the amount as its title and the
 * day as its subtitle), and the two fields of a new one. Action "basic-amount.add"
 * adds what they hold: a day not valid, or an amount that is not positive, is refused
 * on its field and nothing is written. */
GtkWidget  *ff_basic_amount_group_get_list     (FfBasicAmountGroup  *self);
GtkWidget  *ff_basic_amount_group_get_from_row (FfBasicAmountGroup  *self);
GtkWidget  *ff_basic_amount_group_get_amount_row (FfBasicAmountGroup *self);

G_END_DECLS
