/* ff-csv.h — lists written for a spreadsheet
 *
 * UTF-8 with a byte order mark, so that Excel reads æ, ø, å and Cyrillic names as
 * they are; cells separated by semicolons, as spreadsheets set up for Norwegian or
 * Ukrainian (where the comma is the decimal sign) split them when the file is opened;
 * lines ended by CR LF and cells quoted as RFC 4180 says. A cell that a spreadsheet
 * would take for a formula (one beginning with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP's advice on CSV injection has it, so
 * that a name typed as "=HYPERLINK(…)" stays text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A new file's contents: the byte order mark. */
GString   *ff_csv_new        (void);

/* Appends one row of @n_cells cells (NULL cells are empty). */
void       ff_csv_append_row (GString            *csv,
                              const char * const *cells,
                              guint               n_cells);

/* One cell as it is written: made safe, and quoted when it must be. */
char      *ff_csv_cell       (const char         *text);

/* Writes @csv to @path, private to the user (0600), replacing it whole or not at all. */
gboolean   ff_csv_write      (GString            *csv,
                              const char         *path,
                              GError            **error);

G_END_DECLS
