/* fuzz-text.c — typed text made tidy, and folded for search and sorting
 *
 * ff_validate_trim() refuses exactly the text that is not UTF-8, and gives the rest
 * without surrounding white space. Folded text and sort keys are valid UTF-8 with
 * single spaces between words and none around them, and folding twice changes no more
 * than case; a sort key is the family name's key, one separator, and the given name's
 * key. One line has no line breaks, tabs or runs of spaces; several lines no carriage
 * returns. The input is the text, or a family name and a given name split at its
 * first NUL byte.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-fuzz.h"
#include "ff-text.h"
#include "ff-validate.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ff_fuzz_init ();
  return 0;
}

/* No ASCII white space at either end. */
static gboolean
is_trimmed (const char *text)
{
  gsize len = strlen (text);

  return len == 0 || (!g_ascii_isspace (text[0]) && !g_ascii_isspace (text[len - 1]));
}

/* Words with one space between them, and no other white space. */
static gboolean
is_one_spaced (const char *text)
{
  return is_trimmed (text) && strstr (text, "  ") == NULL
         && strpbrk (text, "\t\n\r\v\f") == NULL;
}

static void
check_trim (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = ff_validate_trim (text, &error);

  if (!g_utf8_validate (text, -1, NULL))
    {
      ff_fuzz_assert (trimmed == NULL);
      ff_fuzz_assert (g_error_matches (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT));
      return;
    }

  ff_fuzz_assert (trimmed != NULL && error == NULL);
  ff_fuzz_assert (is_trimmed (trimmed));
  ff_fuzz_assert (strstr (text, trimmed) != NULL);
}

static void
check_fold (const char *text)
{
  g_autofree char *folded = ff_text_fold (text);
  g_autofree char *again = ff_text_fold (folded);
  g_autofree char *case_folded = g_utf8_casefold (folded, -1);
  g_autofree char *composed = g_utf8_normalize (case_folded, -1, G_NORMALIZE_NFC);

  ff_fuzz_assert (g_utf8_validate (folded, -1, NULL));
  ff_fuzz_assert (is_one_spaced (folded));
  /* Folding again changes nothing but the case of capitals that only a compatibility
   * decomposition made (ϔ → Υ, ℌ → H, 𝐀 → A): the fold case-folds before it
   * decomposes. */
  ff_fuzz_assert (strcmp (again, composed) == 0);
}

static void
check_sort_key (const char *family,
                const char *given)
{
  g_autofree char *key = ff_text_sort_key (family, given);
  g_autofree char *family_key = ff_text_sort_key (family, NULL);
  g_autofree char *given_key = ff_text_sort_key (given, NULL);
  const char *separator = strchr (key, '\x01');

  ff_fuzz_assert (g_utf8_validate (key, -1, NULL));
  ff_fuzz_assert (separator != NULL && strchr (separator + 1, '\x01') == NULL);
  ff_fuzz_assert (g_str_has_prefix (key, family_key));
  ff_fuzz_assert (strlen (family_key) == (gsize) (separator - key) + 1);
  /* The given name's key, after the separator. */
  ff_fuzz_assert (strncmp (separator + 1, given_key, strlen (given_key) - 1) == 0);
  ff_fuzz_assert (strlen (separator + 1) == strlen (given_key) - 1);
}

static void
check_lines (const char *text)
{
  g_autofree char *one_line = ff_text_one_line (text);
  g_autofree char *one_line_again = ff_text_one_line (one_line);
  g_autofree char *lines = ff_text_lines (text);
  g_autofree char *lines_again = ff_text_lines (lines);

  ff_fuzz_assert (is_one_spaced (one_line));
  ff_fuzz_assert (strcmp (one_line_again, one_line) == 0);

  ff_fuzz_assert (is_trimmed (lines) && strchr (lines, '\r') == NULL);
  ff_fuzz_assert (strcmp (lines_again, lines) == 0);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = ff_fuzz_string (data, size);
  gsize len = strlen (text);
  g_autofree char *given = len < size ? ff_fuzz_string (data + len + 1, size - len - 1)
                                      : g_strdup ("");

  check_trim (text);
  check_fold (text);
  check_sort_key (text, given);
  check_lines (text);

  return 0;
}
