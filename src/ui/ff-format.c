/* ff-format.c — how values from the store are shown in the interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "ff-format.h"
#include "ff-validate.h"

char *
ff_format_date (const char *iso_date)
{
  return ff_date_to_display (iso_date);
}

gboolean
ff_format_decimal_comma (void)
{
  const struct lconv *conv = localeconv ();

  return conv != NULL && conv->decimal_point != NULL && conv->decimal_point[0] == ',';
}
