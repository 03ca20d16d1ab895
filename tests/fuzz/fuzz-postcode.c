/* fuzz-postcode.c — Norwegian postcodes as typed
 *
 * An accepted postcode is 4 digits, and is accepted again as itself.
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
  gboolean ok;

  ok = ff_validate_postcode (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return 0;

  ff_fuzz_assert (strlen (normalized) == 4 && ff_fuzz_is_digits (normalized));
  ff_fuzz_assert (ff_validate_postcode (normalized, &again, NULL));
  ff_fuzz_assert (strcmp (again, normalized) == 0);

  return 0;
}
