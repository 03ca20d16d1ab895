/* fuzz-date.c — dates as typed (YYYY-MM-DD or DD.MM.YYYY), in each range
 *
 * An accepted date is a YYYY-MM-DD that exists and lies in the range, is accepted again
 * as itself, and as DD.MM.YYYY; a date accepted as a birth date or a past one is also
 * accepted as any date. A period of one accepted day is a period.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
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

static gboolean
check_range (const char  *text,
             FfDateRange  range)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *again = NULL;
  g_autofree char *norwegian = NULL;
  g_autofree char *from_norwegian = NULL;
  int year, month, day;
  gboolean ok;

  ok = ff_validate_date (text, range, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);
  if (!ok)
    return FALSE;

  ff_fuzz_assert (strlen (normalized) == 10 && normalized[4] == '-' && normalized[7] == '-');
  ff_fuzz_assert (sscanf (normalized, "%4d-%2d-%2d", &year, &month, &day) == 3);
  ff_fuzz_assert (year >= 1900 && year <= 2100);
  ff_fuzz_assert (g_date_valid_dmy (day, month, year));

  ff_fuzz_assert (ff_validate_date (normalized, range, &again, NULL));
  ff_fuzz_assert (strcmp (again, normalized) == 0);

  norwegian = g_strdup_printf ("%02d.%02d.%04d", day, month, year);
  ff_fuzz_assert (ff_validate_date (norwegian, range, &from_norwegian, NULL));
  ff_fuzz_assert (strcmp (from_norwegian, normalized) == 0);

  ff_fuzz_assert (ff_validate_period (normalized, normalized, "", NULL));

  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = ff_fuzz_string (data, size);
  gboolean any = check_range (text, FF_DATE_ANY);
  gboolean birth = check_range (text, FF_DATE_BIRTH);
  gboolean past = check_range (text, FF_DATE_PAST);

  ff_fuzz_assert (birth == past);
  ff_fuzz_assert (!birth || any);

  return 0;
}
