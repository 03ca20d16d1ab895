/* ff-fuzz.c — what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-fuzz.h"
#include "ff-locale.h"
#include "ff-validate.h"

void
ff_fuzz_fail (const char *file,
              int         line,
              const char *expr)
{
  g_printerr ("%s:%d: promise broken: %s\n", file, line, expr);
  abort ();
}

void
ff_fuzz_init (void)
{
  ff_locale_init ();
  /* A critical is a caller's mistake: a parser must not make one of any input. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL);
}

char *
ff_fuzz_string (const uint8_t *data,
                size_t         size)
{
  return g_strndup ((const char *) data, size);
}

guint64
ff_fuzz_take (const uint8_t **data,
              size_t         *size,
              guint           n)
{
  guint64 value = 0;

  n = MIN (n, MIN (*size, sizeof value));
  for (guint i = 0; i < n; i++)
    value |= (guint64) (*data)[i] << (8 * i);
  *data += n;
  *size -= n;

  return value;
}

void
ff_fuzz_check_validated (gboolean      ok,
                         const char   *normalized,
                         const GError *error)
{
  if (ok)
    {
      ff_fuzz_assert (error == NULL);
      ff_fuzz_assert (normalized != NULL);
      ff_fuzz_assert (g_utf8_validate (normalized, -1, NULL));
      return;
    }

  ff_fuzz_assert (normalized == NULL);
  ff_fuzz_assert (error != NULL);
  ff_fuzz_assert (error->domain == FF_VALIDATE_ERROR);
  ff_fuzz_assert (error->message != NULL && *error->message != '\0');
  ff_fuzz_assert (g_utf8_validate (error->message, -1, NULL));
}

gboolean
ff_fuzz_is_digits (const char *text)
{
  return *text != '\0' && strspn (text, "0123456789") == strlen (text);
}
