/* fuzz-org-number.c — organisation numbers as typed
 *
 * Whatever is typed: an accepted number is its 9 digits, is accepted again as itself
 * and as the register displays it ("974 760 673"), and is the number
 * ff_org_number_make() gives for its first eight digits. The input's first bytes also
 * ask ff_org_number_make() for a number, which must then be accepted as itself.
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

static void
check_typed (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *again = NULL;
  g_autofree char *display = NULL;
  g_autofree char *from_display = NULL;
  g_autofree char *made = NULL;
  g_autofree char *shown = ff_org_number_to_display (text);
  gboolean ok;

  /* Anything but 9 digits is displayed as it is. */
  if (strlen (text) != 9 || !ff_fuzz_is_digits (text))
    ff_fuzz_assert (strcmp (shown, text) == 0);

  ok = ff_validate_org_number (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return;

  ff_fuzz_assert (strlen (normalized) == 9 && ff_fuzz_is_digits (normalized));

  ff_fuzz_assert (ff_validate_org_number (normalized, &again, NULL));
  ff_fuzz_assert (strcmp (again, normalized) == 0);

  display = ff_org_number_to_display (normalized);
  ff_fuzz_assert (strlen (display) == 11 && display[3] == ' ' && display[7] == ' ');
  ff_fuzz_assert (ff_validate_org_number (display, &from_display, NULL));
  ff_fuzz_assert (strcmp (from_display, normalized) == 0);

  made = ff_org_number_make ((guint) g_ascii_strtoull (normalized, NULL, 10) / 10);
  ff_fuzz_assert (made != NULL && strcmp (made, normalized) == 0);
}

static void
check_made (guint base)
{
  g_autofree char *made = ff_org_number_make (base);
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  gboolean ok;

  if (made == NULL)
    return;

  ff_fuzz_assert (strlen (made) == 9 && ff_fuzz_is_digits (made));
  ff_fuzz_assert (g_ascii_strtoull (made, NULL, 10) / 10 == base);

  ok = ff_validate_org_number (made, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  ff_fuzz_assert (ok && strcmp (normalized, made) == 0);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = ff_fuzz_string (data, size);

  check_typed (text);

  if (size >= 4)
    check_made ((guint) ff_fuzz_take (&data, &size, 4) % 100000000);

  return 0;
}
