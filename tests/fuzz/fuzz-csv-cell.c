/* fuzz-csv-cell.c — typed text written into a CSV file for a spreadsheet
 *
 * The input is a row of cells split at NUL bytes. Read back as RFC 4180 says, with
 * semicolons between cells, the file holds the byte order mark and then each cell as it
 * was typed, except that one a spreadsheet would run as a formula (beginning with =, +,
 * -, @, a tab or a carriage return) begins with an apostrophe: no text typed makes a
 * formula, another cell or another row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-csv.h"
#include "ff-fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ff_fuzz_init ();
  return 0;
}

/* The cells of the row that begins at *@p, which then points past its CR LF; NULL
 * when the row is not well-formed RFC 4180. */
static GPtrArray *
read_row (const char **p)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const char *s = *p;

  for (;;)
    {
      GString *cell = g_string_new (NULL);

      if (*s == '"')
        {
          for (s++;; s++)
            {
              if (*s == '\0')
                {
                  g_string_free (cell, TRUE);
                  return NULL;
                }
              if (*s == '"' && s[1] == '"')
                s++;
              else if (*s == '"')
                break;
              g_string_append_c (cell, *s);
            }
          s++;
        }
      else
        {
          for (; *s != '\0' && strchr (";\"\r\n", *s) == NULL; s++)
            g_string_append_c (cell, *s);
        }
      g_ptr_array_add (cells, g_string_free (cell, FALSE));

      if (*s == ';')
        {
          s++;
          continue;
        }
      if (s[0] == '\r' && s[1] == '\n')
        {
          *p = s + 2;
          return g_steal_pointer (&cells);
        }
      return NULL;
    }
}

/* What a cell typed as @text is read back as. */
static char *
expected (const char *text)
{
  if (text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) typed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) csv = ff_csv_new ();
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  const char *p;
  gsize at = 0;

  do
    {
      g_autofree char *cell = ff_fuzz_string (data + at, size - at);

      at += strlen (cell) + 1;
      g_ptr_array_add (typed, g_steal_pointer (&cell));
    }
  while (at <= size);

  ff_csv_append_row (csv, (const char * const *) typed->pdata, typed->len);
  /* A row of one cell, and of one empty cell. */
  ff_csv_append_row (csv, (const char * const *) typed->pdata, 1);
  ff_csv_append_row (csv, NULL, 0);

  ff_fuzz_assert (g_str_has_prefix (csv->str, "\xEF\xBB\xBF"));
  p = csv->str + 3;

  first = read_row (&p);
  ff_fuzz_assert (first != NULL && first->len == typed->len);
  for (guint i = 0; i < typed->len; i++)
    {
      g_autofree char *want = expected (g_ptr_array_index (typed, i));

      ff_fuzz_assert (strcmp (g_ptr_array_index (first, i), want) == 0);
    }

  second = read_row (&p);
  ff_fuzz_assert (second != NULL && second->len == 1);
  ff_fuzz_assert (strcmp (g_ptr_array_index (second, 0), g_ptr_array_index (first, 0)) == 0);

  ff_fuzz_assert (strcmp (p, "\r\n") == 0);

  return 0;
}
