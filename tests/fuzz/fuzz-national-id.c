/* fuzz-national-id.c — national identity numbers (fødselsnummer and D-nummer) as typed
 *
 * Whatever is typed: an accepted number is its 11 digits, is accepted again as itself,
 * of the same kind, and is the number ff_national_id_make() gives for its date and
 * individual number. The input's first bytes also ask ff_national_id_make() for a
 * number, which must then be accepted unless its date lies in the future.
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

static int
digits_at (const char *digits,
           guint       at,
           guint       n)
{
  int value = 0;

  for (guint i = at; i < at + n; i++)
    value = value * 10 + (digits[i] - '0');
  return value;
}

/* The accepted @number is the one made from its own date and individual number, in
 * one of the centuries its individual number may stand for. */
static gboolean
made_again (const char       *number,
            FfNationalIdKind  kind)
{
  int day = digits_at (number, 0, 2);
  int month = digits_at (number, 2, 2);
  int yy = digits_at (number, 4, 2);
  int individual = digits_at (number, 6, 3);
  gboolean d_number = kind == FF_NATIONAL_ID_D_NUMMER;

  if (d_number)
    day -= 40;

  for (int century = 1800; century <= 2000; century += 100)
    {
      g_autofree char *made = ff_national_id_make (century + yy, month, day, individual,
                                                   d_number);

      if (made != NULL && strcmp (made, number) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
check_typed (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again_error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *again = NULL;
  g_autofree char *spaced = NULL;
  FfNationalIdKind kind = FF_NATIONAL_ID_FODSELSNUMMER;
  FfNationalIdKind again_kind = FF_NATIONAL_ID_FODSELSNUMMER;
  gboolean ok;

  ok = ff_validate_national_id (text, &kind, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return;

  ff_fuzz_assert (strlen (normalized) == 11 && ff_fuzz_is_digits (normalized));
  ff_fuzz_assert ((kind == FF_NATIONAL_ID_D_NUMMER) == (normalized[0] >= '4'));

  ok = ff_validate_national_id (normalized, &again_kind, &again, &again_error);
  ff_fuzz_assert (ok && strcmp (again, normalized) == 0 && again_kind == kind);

  /* As people write it: "DDMMYY NNNNN". */
  spaced = g_strdup_printf (" %.6s %s ", normalized, normalized + 6);
  ff_fuzz_assert (ff_validate_national_id (spaced, NULL, NULL, NULL));

  ff_fuzz_assert (made_again (normalized, kind));
}

static void
check_made (int      year,
            int      month,
            int      day,
            guint    individual,
            gboolean d_number)
{
  g_autofree char *made = ff_national_id_make (year, month, day, individual, d_number);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *normalized = NULL;
  FfNationalIdKind kind = FF_NATIONAL_ID_FODSELSNUMMER;
  gboolean ok;

  if (made == NULL)
    return;

  ok = ff_validate_national_id (made, &kind, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);

  now = g_date_time_new_now_local ();
  if (year * 10000 + month * 100 + day
      > g_date_time_get_year (now) * 10000 + g_date_time_get_month (now) * 100
        + g_date_time_get_day_of_month (now))
    {
      ff_fuzz_assert (!ok && g_error_matches (error, FF_VALIDATE_ERROR,
                                              FF_VALIDATE_ERROR_IMPLAUSIBLE));
      return;
    }

  ff_fuzz_assert (ok);
  ff_fuzz_assert (strcmp (normalized, made) == 0);
  ff_fuzz_assert ((kind == FF_NATIONAL_ID_D_NUMMER) == d_number);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = ff_fuzz_string (data, size);

  check_typed (text);

  if (size >= 8)
    {
      int year = (gint16) ff_fuzz_take (&data, &size, 2);
      int month = (gint8) ff_fuzz_take (&data, &size, 1);
      int day = (gint8) ff_fuzz_take (&data, &size, 1);
      guint individual = (guint) ff_fuzz_take (&data, &size, 2) % 1100;
      gboolean d_number = ff_fuzz_take (&data, &size, 1) & 1;

      check_made (year, month, day, individual, d_number);
    }

  return 0;
}
