/* fuzz-email.c — e-mail addresses as typed
 *
 * An accepted address is valid UTF-8 with one local part, an @, and a domain in lower
 * case of at least two labels; it holds no white space, and is accepted again as
 * itself.
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
  g_autoptr(GError) again_error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *again = NULL;
  g_autofree char *domain_down = NULL;
  const char *at;
  gboolean ok;

  ok = ff_validate_email (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return 0;

  at = strchr (normalized, '@');
  ff_fuzz_assert (at != NULL && at != normalized && strchr (at + 1, '@') == NULL);
  ff_fuzz_assert (strchr (at + 1, '.') != NULL);
  ff_fuzz_assert (strpbrk (normalized, " \t\r\n") == NULL);

  domain_down = g_utf8_strdown (at + 1, -1);
  ff_fuzz_assert (strcmp (domain_down, at + 1) == 0);

  ok = ff_validate_email (normalized, &again, &again_error);
  if (!ok)
    g_printerr ("“%s” became “%s”, refused: %s\n", text, normalized, again_error->message);
  ff_fuzz_assert (ok);
  ff_fuzz_assert (strcmp (again, normalized) == 0);

  return 0;
}
