/* ff-format.h — how values from the store are shown in the interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "2025-03-17" → "17.03.2025", the Norwegian way of writing a date; any other
 * text is returned unchanged, NULL as "". */
char  *ff_format_date  (const char *iso_date);

/* Whether the user's locale writes decimals with a comma ("7,5"). */
gboolean  ff_format_decimal_comma  (void);

G_END_DECLS
