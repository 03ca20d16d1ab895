/* fuzz-percentage.c — whole percentages as typed ("50", "50 %")
 *
 * An accepted percentage is a whole number from 0 to 100 without leading zeros, and is
 * accepted again as itself, also with a percent sign.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-fuzz.h"
#include "ff-validate.h"

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
  g_autofree char *text = ff_fuzz_string (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *again = NULL;
  g_autofree char *with_sign = NULL;
  g_autofree char *from_sign = NULL;
  guint64 value = 0;
  gboolean ok;

  ok = ff_validate_percentage (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return 0;

  ff_fuzz_assert (g_ascii_string_to_unsigned (normalized, 10, 0, 100, &value, NULL));
  ff_fuzz_assert (normalized[0] != '0' || normalized[1] == '\0');

  ff_fuzz_assert (ff_validate_percentage (normalized, &again, NULL));
  ff_fuzz_assert (strcmp (again, normalized) == 0);

  with_sign = g_strconcat (normalized, " %", NULL);
  ff_fuzz_assert (ff_validate_percentage (with_sign, &from_sign, NULL));
  ff_fuzz_assert (strcmp (from_sign, normalized) == 0);

  return 0;
}
