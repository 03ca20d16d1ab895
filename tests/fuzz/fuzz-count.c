/* fuzz-count.c — small whole numbers of times as typed, between limits
 *
 * The input's first four bytes are the limits, the rest the text. An accepted count
 * lies within the limits, has no leading zeros, and is accepted again as itself; a
 * refused one whose digits lie outside the limits is refused as implausible.
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
  int min = (gint16) ff_fuzz_take (&data, &size, 2);
  int max = (gint16) ff_fuzz_take (&data, &size, 2);
  g_autofree char *text = ff_fuzz_string (data, size);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *again = NULL;
  guint64 value = 0;
  gboolean ok;

  ok = ff_validate_count (text, min, max, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    {
      if (strlen (trimmed) <= 4 && ff_fuzz_is_digits (trimmed))
        ff_fuzz_assert (g_error_matches (error, FF_VALIDATE_ERROR,
                                         FF_VALIDATE_ERROR_IMPLAUSIBLE));
      return 0;
    }

  ff_fuzz_assert (g_ascii_string_to_unsigned (normalized, 10, 0, 9999, &value, NULL));
  ff_fuzz_assert ((int) value >= min && (int) value <= max);
  ff_fuzz_assert (normalized[0] != '0' || normalized[1] == '\0');

  ff_fuzz_assert (ff_validate_count (normalized, min, max, &again, NULL));
  ff_fuzz_assert (strcmp (again, normalized) == 0);

  return 0;
}
