/* ff-business-checklist.c — the permits and registrations each kind of business needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-business-checklist.h"

#define KIND(k) (1u << (k))
#define FOOD_KINDS (KIND (FF_BUSINESS_KIND_FOOD_PRODUCTION) | KIND (FF_BUSINESS_KIND_CAFE) \
                    | KIND (FF_BUSINESS_KIND_FOOD_TRUCK))

static const FfBusinessChecklistDefault defaults[] = {
  /* Every business: registration in the Register of Business Enterprises and the
   * Central Coordinating Register for Legal Entities (enhetsregisterloven § 4,
   * foretaksregisterloven § 2-1), through Altinn. */
  /* Translators: an item of a business plan's checklist of permits and registrations */
  { "bronnoysund", N_("Registration in the Brønnøysund registers"), 0 },
  /* Insurance: occupational injury insurance as soon as anyone is employed
   * (yrkesskadeforsikringsloven § 3), and liability and property insurance. */
  /* Translators: an item of a business plan's checklist */
  { "insurance", N_("Insurance"), 0 },
  /* Bookkeeping and annual accounts (bokføringsloven § 2, regnskapsloven § 1-2). */
  /* Translators: an item of a business plan's checklist */
  { "accounting", N_("Accounting and bookkeeping"), 0 },
  /* VAT register once turnover passes 50,000 kr in twelve months
   * (merverdiavgiftsloven § 2-1); ff_business_budget_needs_vat() says when. */
  /* Translators: an item of a business plan's checklist */
  { FF_BUSINESS_CHECKLIST_VAT, N_("VAT registration (turnover over 50,000 kr in 12 months)"), 0 },
  /* Food businesses register with Mattilsynet before they start (matloven § 16;
   * forskrift om næringsmiddelhygiene § 6). */
  /* Translators: an item of a business plan's checklist */
  { "mattilsynet", N_("Registration with Mattilsynet (the Norwegian Food Safety Authority)"),
    FOOD_KINDS },
  /* Serving food and drink needs a serving licence from the municipality
   * (serveringsloven § 3), whose manager has passed the etablererprøve
   * (serveringsloven § 5). */
  /* Translators: an item of a business plan's checklist (serveringsbevilling) */
  { "serving-licence", N_("Serving licence from the municipality"), KIND (FF_BUSINESS_KIND_CAFE) },
  /* Translators: an item of a business plan's checklist (etablererprøven) */
  { "etablererprove", N_("Etablererprøve passed by the manager"), KIND (FF_BUSINESS_KIND_CAFE) },
  /* Cleaning companies must be approved and listed in Arbeidstilsynet's register
   * (forskrift om offentlig godkjenning av renholdsvirksomheter, 2012). */
  /* Translators: an item of a business plan's checklist */
  { "cleaning-register", N_("Approval in Arbeidstilsynet's register of cleaning companies"),
    KIND (FF_BUSINESS_KIND_CLEANING) },
  /* Hairdressers, beauty and nail salons notify the municipality before they open
   * (forskrift om hygienekrav for frisør-, hudpleie-, tatoverings- og
   * hulltakingsvirksomheter mv.). */
  /* Translators: an item of a business plan's checklist */
  { "hygiene-notice", N_("Notification to the municipality under the hygiene regulations"),
    KIND (FF_BUSINESS_KIND_BEAUTY) },
};

const FfBusinessChecklistDefault *
ff_business_checklist_defaults (guint *n_items)
{
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = G_N_ELEMENTS (defaults);
  return defaults;
}

gboolean
ff_business_checklist_applies (const FfBusinessChecklistDefault *item,
                               FfBusinessKind                    kind)
{
  g_return_val_if_fail (item != NULL, FALSE);

  return item->kinds == 0 || (item->kinds & KIND (kind)) != 0;
}
