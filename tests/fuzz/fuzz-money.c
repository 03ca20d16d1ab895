/* fuzz-money.c — amounts in kroner as typed
 *
 * An accepted amount is a whole number of øre, without leading zeros, within a hundred
 * billion kroner either way; written back the ways people write amounts ("1234,50",
 * "kr 1 234,50", "−1.234,50", "1234.50 NOK") it is accepted again as the same amount.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-fuzz.h"
#include "ff-validate.h"

/* A hundred billion kroner, in øre. */
#define MONEY_MAX G_GINT64_CONSTANT (10000000000000)

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ff_fuzz_init ();
  return 0;
}

/* @kroner with @separator between groups of thousands. */
static char *
grouped (guint64     kroner,
         const char *separator)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GUINT64_FORMAT, kroner);
  GString *out = g_string_new (NULL);
  gsize len = strlen (plain);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, plain[i]);
    }

  return g_string_free (out, FALSE);
}

static void
check_written_as (const char *text,
                  const char *normalized)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *again = NULL;

  if (!ff_validate_money (text, &again, &error))
    {
      g_printerr ("“%s” (%s øre) was refused: %s\n", text, normalized, error->message);
      ff_fuzz_assert (!"an amount written back is accepted");
    }
  if (strcmp (again, normalized) != 0)
    {
      g_printerr ("“%s” is %s øre, not %s\n", text, again, normalized);
      ff_fuzz_assert (!"an amount written back is the same amount");
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = ff_fuzz_string (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *spaces = NULL;
  g_autofree char *points = NULL;
  g_autofree char *nbsp = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  const char *digits;
  const char *sign;
  guint64 ore;
  guint64 kroner;
  guint cents;
  gboolean ok;

  ok = ff_validate_money (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return 0;

  sign = normalized[0] == '-' ? "-" : "";
  digits = normalized + strlen (sign);
  ff_fuzz_assert (ff_fuzz_is_digits (digits));
  ff_fuzz_assert (digits[0] != '0' || (digits[1] == '\0' && *sign == '\0'));
  ff_fuzz_assert (strlen (digits) <= 14);
  ore = g_ascii_strtoull (digits, NULL, 10);
  ff_fuzz_assert (ore <= (guint64) MONEY_MAX);

  kroner = ore / 100;
  cents = ore % 100;
  spaces = grouped (kroner, " ");
  points = grouped (kroner, ".");
  nbsp = grouped (kroner, "\xc2\xa0");

  g_ptr_array_add (written, g_strdup_printf ("%s%" G_GUINT64_FORMAT ",%02u",
                                             sign, kroner, cents));
  g_ptr_array_add (written, g_strdup_printf ("kr %s%s,%02u", sign, spaces, cents));
  g_ptr_array_add (written, g_strdup_printf ("%s%s,%02u kr", sign, nbsp, cents));
  /* U+2212 MINUS SIGN */
  g_ptr_array_add (written, g_strdup_printf ("%s%s,%02u", *sign ? "\xe2\x88\x92" : "",
                                             points, cents));
  g_ptr_array_add (written, g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u NOK",
                                             sign, kroner, cents));
  if (cents == 0)
    g_ptr_array_add (written, g_strdup_printf ("%s%s,-", sign, spaces));

  for (guint i = 0; i < written->len; i++)
    check_written_as (g_ptr_array_index (written, i), normalized);

  return 0;
}
