/* ff-format.c — how values from the store are shown in the interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ff-format.h"

char *
ff_format_date (const char *iso_date)
{
  int year, month, day;
  char end;

  if (iso_date == NULL)
    return g_strdup ("");

  /* The trailing %c proves nothing follows the day. */
  if (strlen (iso_date) != 10 ||
      sscanf (iso_date, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3)
    return g_strdup (iso_date);

  return g_strdup_printf ("%02d.%02d.%04d", day, month, year);
}
