/* ff-business-checklist.h — the permits and registrations a business plan's checklist
 * starts with, by kind of business
 *
 * The list is data (ff-business-checklist.c), each item with the law or regulation it
 * comes from; a plan is filled with the items of its kind when it is made
 * (ff_business_plan_create()), and may add those of a new kind later
 * (ff_business_plan_add_default_items()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-business-plan.h"

G_BEGIN_DECLS

typedef struct
{
  const char  *key;     /* stable: stored in the item's rule field */
  const char  *title;   /* msgid */
  guint        kinds;   /* the kinds it applies to, as 1 << FfBusinessKind; 0: every
                         * kind */
} FfBusinessChecklistDefault;

/* The key of the VAT registration item. */
#define FF_BUSINESS_CHECKLIST_VAT "vat"

/* Every default item, in the order a checklist lists them. */
const FfBusinessChecklistDefault *ff_business_checklist_defaults (guint *n_items);

/* Whether @item belongs in the checklist of a business of kind @kind. */
gboolean  ff_business_checklist_applies (const FfBusinessChecklistDefault *item,
                                         FfBusinessKind                    kind);

G_END_DECLS
