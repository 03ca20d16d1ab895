/* fuzz-amount.c — amounts of a business plan as typed
 *
 * An accepted amount is what ff_validate_money() makes of the same text, and lies from
 * nothing to a hundred million kroner; every amount ff_validate_money() reads within
 * those bounds is accepted. Written back as each language shows amounts
 * (ff_format_money()), it is accepted again as the same amount.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-format.h"
#include "ff-fuzz.h"
#include "ff-validate.h"

/* A hundred million kroner, in øre. */
#define AMOUNT_MAX G_GINT64_CONSTANT (10000000000)

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ff_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const languages[] = { "nb", "nn", "uk", "en" };
  g_autofree char *text = ff_fuzz_string (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *as_money = NULL;
  gboolean ok, money_ok;
  gint64 ore;

  ok = ff_validate_amount (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);

  money_ok = ff_validate_money (text, &as_money, NULL);
  if (!ok)
    {
      /* Refused only when it is no amount at all, or out of bounds. */
      if (money_ok)
        {
          ore = g_ascii_strtoll (as_money, NULL, 10);
          ff_fuzz_assert (ore < 0 || ore > AMOUNT_MAX);
        }
      return 0;
    }

  ff_fuzz_assert (money_ok);
  ff_fuzz_assert (strcmp (normalized, as_money) == 0);
  ff_fuzz_assert (ff_fuzz_is_digits (normalized));
  ore = g_ascii_strtoll (normalized, NULL, 10);
  ff_fuzz_assert (ore >= 0 && ore <= AMOUNT_MAX);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *shown = ff_format_money (ore, languages[i]);
      g_autofree char *again = NULL;

      if (!ff_validate_amount (shown, &again, NULL) || strcmp (again, normalized) != 0)
        {
          g_printerr ("“%s” (%s øre) is not read back as the same amount\n", shown, normalized);
          ff_fuzz_assert (!"an amount shown is read back as the same");
        }
    }

  return 0;
}
