/* fuzz-id.c — the id of a record, as given on the command line or in a form
 *
 * An accepted id is a whole number from 1 to G_MAXINT64 without leading zeros, and is
 * accepted again as itself.
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
  guint64 value = 0;
  gboolean ok;

  ok = ff_validate_id (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return 0;

  ff_fuzz_assert (ff_fuzz_is_digits (normalized) && normalized[0] != '0');
  ff_fuzz_assert (g_ascii_string_to_unsigned (normalized, 10, 1, G_MAXINT64, &value, NULL));

  ff_fuzz_assert (ff_validate_id (normalized, &again, NULL));
  ff_fuzz_assert (strcmp (again, normalized) == 0);

  return 0;
}
