/* ff-csv.c — lists written for a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-csv.h"

#define SEPARATOR ';'

GString *
ff_csv_new (void)
{
  return g_string_new ("\xEF\xBB\xBF");
}

char *
ff_csv_cell (const char *text)
{
  GString *cell = g_string_new (NULL);
  gboolean quote;

  if (text == NULL)
    text = "";

  /* What a spreadsheet would run as a formula stays text. */
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    g_string_append_c (cell, '\'');
  g_string_append (cell, text);

  quote = strpbrk (cell->str, ";\"\r\n") != NULL;
  if (quote)
    {
      g_autofree char *plain = g_string_free (cell, FALSE);

      cell = g_string_new ("\"");
      for (const char *p = plain; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (cell, '"');
          g_string_append_c (cell, *p);
        }
      g_string_append_c (cell, '"');
    }

  return g_string_free (cell, FALSE);
}

void
ff_csv_append_row (GString            *csv,
                   const char * const *cells,
                   guint               n_cells)
{
  g_return_if_fail (csv != NULL);

  for (guint i = 0; i < n_cells; i++)
    {
      g_autofree char *cell = ff_csv_cell (cells[i]);

      if (i > 0)
        g_string_append_c (csv, SEPARATOR);
      g_string_append (csv, cell);
    }
  g_string_append (csv, "\r\n");
}

gboolean
ff_csv_write (GString     *csv,
              const char  *path,
              GError     **error)
{
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return g_file_set_contents_full (path, csv->str, csv->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT
                                   | G_FILE_SET_CONTENTS_DURABLE, 0600, error);
}
