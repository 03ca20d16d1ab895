/* fuzz-hours.c — hours per week as typed, and as minutes
 *
 * An accepted number of hours is "" (no hours) or a normalised one that is accepted
 * again as itself; it stands for a whole number of tenths of an hour from 0 to 60,
 * and ff_hours_to_minutes() and ff_hours_from_minutes() take it there and back.
 * ff_hours_to_minutes() reads anything else as 0. The input's first bytes are also
 * taken as minutes, which must come back from hours as they went, to the tenth of an
 * hour below; whole tenths are written as normalised hours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-fuzz.h"
#include "ff-validate.h"

/* 60 hours, the most a week may hold. */
#define MAX_MINUTES 3600

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
  g_autofree char *back = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  gint64 minutes;
  gint64 raw = ff_hours_to_minutes (text);
  gboolean ok;

  ff_fuzz_assert (raw >= 0 && raw <= MAX_MINUTES && raw % 6 == 0);

  ok = ff_validate_hours (text, &normalized, &error);
  ff_fuzz_check_validated (ok, normalized, error);

  /* Hours that read as minutes are valid hours. */
  if (raw > 0)
    ff_fuzz_assert (ok);
  if (!ok)
    return;

  minutes = ff_hours_to_minutes (normalized);
  ff_fuzz_assert (minutes >= 0 && minutes <= MAX_MINUTES && minutes % 6 == 0);
  /* The hours are those typed, whatever the zeros and the decimal sign. */
  ff_fuzz_assert (minutes == ff_hours_to_minutes (trimmed));

  back = ff_hours_from_minutes (minutes);
  ff_fuzz_assert (strcmp (back, normalized) == 0);

  if (*normalized == '\0')
    {
      ff_fuzz_assert (minutes == 0);
      return;
    }

  ff_fuzz_assert (ff_validate_hours (normalized, &again, NULL));
  ff_fuzz_assert (strcmp (again, normalized) == 0);
}

static void
check_minutes (gint64 minutes)
{
  g_autofree char *hours = ff_hours_from_minutes (minutes);
  g_autofree char *normalized = NULL;

  if (minutes <= 0)
    {
      ff_fuzz_assert (*hours == '\0');
      return;
    }
  if (minutes > MAX_MINUTES)
    return;

  /* Hours are kept to the tenth (6 minutes). */
  ff_fuzz_assert (ff_hours_to_minutes (hours) == minutes - minutes % 6);
  if (minutes % 6 == 0)
    {
      ff_fuzz_assert (ff_validate_hours (hours, &normalized, NULL));
      ff_fuzz_assert (strcmp (normalized, hours) == 0);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = ff_fuzz_string (data, size);

  check_typed (text);

  if (size >= 2)
    {
      gint64 minutes = (gint64) ff_fuzz_take (&data, &size, 8);

      check_minutes (minutes);
      check_minutes (minutes % (MAX_MINUTES + 1));
    }

  return 0;
}
