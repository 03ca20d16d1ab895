/* fuzz-phone.c — telephone numbers as typed
 *
 * An accepted number is "+47 XXX XX XXX" (a Norwegian mobile), "+47 XX XX XX XX" (other
 * Norwegian numbers) or "+" and 7 to 15 digits, and is accepted again as itself.
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

/* Whether @text is @pattern, with each 'd' any digit. */
static gboolean
matches (const char *text,
         const char *pattern)
{
  for (; *pattern != '\0'; text++, pattern++)
    {
      if (*pattern == 'd' ? !g_ascii_isdigit (*text) : *text != *pattern)
        return FALSE;
    }

  return *text == '\0';
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

  ok = ff_validate_phone (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return 0;

  if (g_str_has_prefix (normalized, "+47 "))
    {
      ff_fuzz_assert (normalized[4] >= '2');
      ff_fuzz_assert (matches (normalized, "+47 ddd dd ddd")
                      || matches (normalized, "+47 dd dd dd dd"));
      ff_fuzz_assert (matches (normalized, "+47 ddd dd ddd")
                      == (normalized[4] == '4' || normalized[4] == '9'));
    }
  else
    {
      gsize len = strlen (normalized + 1);

      ff_fuzz_assert (normalized[0] == '+' && ff_fuzz_is_digits (normalized + 1));
      ff_fuzz_assert (len >= 7 && len <= 15 && normalized[1] != '0');
      ff_fuzz_assert (!g_str_has_prefix (normalized, "+47"));
    }

  ff_fuzz_assert (ff_validate_phone (normalized, &again, NULL));
  ff_fuzz_assert (strcmp (again, normalized) == 0);

  return 0;
}
