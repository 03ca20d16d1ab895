/* fuzz-link.c — web addresses as typed
 *
 * An accepted address is valid UTF-8 that begins with http:// or https:// (in any case),
 * has a host with a dot in it and no white space, and is accepted again as itself.
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
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  gboolean ok;

  ok = ff_validate_link (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return 0;

  ff_fuzz_assert (g_ascii_strncasecmp (normalized, "http://", 7) == 0
                  || g_ascii_strncasecmp (normalized, "https://", 8) == 0);
  ff_fuzz_assert (strpbrk (normalized, " \t\r\n") == NULL);

  uri = g_uri_parse (normalized, G_URI_FLAGS_NONE, NULL);
  ff_fuzz_assert (uri != NULL);
  scheme = g_uri_get_scheme (uri);
  ff_fuzz_assert (strcmp (scheme, "http") == 0 || strcmp (scheme, "https") == 0);
  ff_fuzz_assert (g_uri_get_host (uri) != NULL && strchr (g_uri_get_host (uri), '.'));

  ff_fuzz_assert (ff_validate_link (normalized, &again, NULL));
  ff_fuzz_assert (strcmp (again, normalized) == 0);

  return 0;
}
