/* ff-text.c — text folding for search and sorting, and typed text made tidy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-text.h"

/* A sort key orders names by the alphabet of their own script, the same for every
 * user. Names in Latin letters are written as the Norwegian population register writes
 * them, and sorted as a Norwegian dictionary sorts them: a–z, then æ, ø, å; é as e,
 * and ä, ö, ü as æ, ø, y, as CLDR's Norwegian collation does; but "aa" as two a's, as
 * it is spelt, so Aasen comes first. Names in Cyrillic letters are sorted in the order
 * of the Ukrainian alphabet. The interface language does not count: the order is
 * stored in the file, and colleagues who work in Bokmål, Nynorsk, Ukrainian or English
 * must all find Åsen at the end of the same list, and Євген after Есаул.
 *
 * Keys are compared byte by byte (strcmp, SQLite's BINARY collation, an index), so
 * each letter becomes a character whose UTF-8 sorts in the alphabet's place: æ, ø and
 * å the ASCII characters just above 'z', below every other script; Cyrillic letters
 * the characters from U+0400 up, in the order of cyrillic_order. */
#define SORT_AE '{'
#define SORT_OE '|'
#define SORT_AA '}'

/* The Ukrainian alphabet, а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш
 * щ ь ю я, with the letters of other languages written in Cyrillic (Russian ё ъ ы э,
 * Belarusian ў, Serbian and Macedonian ђ ѓ ѕ ј љ њ ћ ќ џ) after the letter they sort
 * with there. Every lower-case letter from U+0430 to U+045F is here, so the keys
 * these take (U+0400 and up) never meet a letter left as it is (U+0460 and up). */
static const char cyrillic_order[] =
  "абвгґѓдђеѐёєжзѕиѝіїйјкќлљмнњопрстћуўфхцчџшщъыьэюя";

/* Separates the family name from the given name in a sort key: below every
 * character a folded name holds, so "Berg, Ola" sorts before "Bergan, Anne". */
#define SORT_SEPARATOR "\x01"

/* Scripts whose combining marks are accents or optional vowel signs, which people
 * leave out when they type a search; in other scripts (Cyrillic й and ї, Indic
 * vowel signs) a mark makes a different letter and is kept. */
static gboolean
script_drops_marks (GUnicodeScript script)
{
  switch (script)
    {
    case G_UNICODE_SCRIPT_LATIN:
    case G_UNICODE_SCRIPT_GREEK:
    case G_UNICODE_SCRIPT_ARABIC:
    case G_UNICODE_SCRIPT_HEBREW:
    case G_UNICODE_SCRIPT_SYRIAC:
    case G_UNICODE_SCRIPT_COMMON:
    case G_UNICODE_SCRIPT_INHERITED:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_mark (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Apostrophes inside a name (O'Neill, Мар'яна) join rather than separate. */
static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == '`';
}

/* Latin letters that have no decomposition but that people type without their
 * stroke or dot; æ and ø are letters of their own and stay. */
static const char *
latin_base (gunichar c)
{
  switch (c)
    {
    case 0x0142: return "l";   /* ł */
    case 0x0111: return "d";   /* đ */
    case 0x00F0: return "d";   /* ð */
    case 0x00FE: return "th";  /* þ */
    case 0x0131: return "i";   /* dotless ı */
    case 0x0153: return "oe";  /* œ */
    case 0x0127: return "h";   /* ħ */
    case 0x0167: return "t";   /* ŧ */
    default: return NULL;
    }
}

/* @folded for a sort key: each Cyrillic letter as the character of its place in
 * cyrillic_order, and marks on a Cyrillic letter that make no letter of their own (a
 * stress mark, "ма́ма") left out. */
static char *
cyrillic_in_order (const char *folded)
{
  GString *out = g_string_sized_new (strlen (folded));
  gboolean after_cyrillic = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *place;

      if (is_mark (c))
        {
          if (!after_cyrillic)
            g_string_append_unichar (out, c);
          continue;
        }

      after_cyrillic = g_unichar_get_script (c) == G_UNICODE_SCRIPT_CYRILLIC;
      place = after_cyrillic ? g_utf8_strchr (cyrillic_order, -1, c) : NULL;
      if (place != NULL)
        g_string_append_unichar (out, 0x0400 + g_utf8_pointer_to_offset (cyrillic_order,
                                                                         place));
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
fold (const char *text,
      gboolean    for_sorting)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  g_autofree char *composed = NULL;
  g_autoptr(GString) out = NULL;
  gboolean pending_space = FALSE;
  GUnicodeScript base_script = G_UNICODE_SCRIPT_COMMON;
  gunichar base = 0;
  gsize base_pos = 0;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  /* Case-fold first: İ and ß fold to sequences that NFKD then splits further. */
  folded = g_utf8_casefold (valid, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *replacement;

      if (is_mark (c))
        {
          if (for_sorting && base == 'a' && out->len == base_pos + 1)
            {
              /* å, and ä which Norwegian sorts as æ */
              if (c == 0x030A)
                out->str[base_pos] = SORT_AA;
              else if (c == 0x0308)
                out->str[base_pos] = SORT_AE;
            }
          else if (for_sorting && base == 'o' && out->len == base_pos + 1 &&
                   (c == 0x0308 || c == 0x030B))
            {
              out->str[base_pos] = SORT_OE;  /* ö and ő sort as ø */
            }
          else if (for_sorting && base == 'u' && out->len == base_pos + 1 &&
                   (c == 0x0308 || c == 0x030B))
            {
              out->str[base_pos] = 'y';  /* ü and ű sort as y */
            }

          if (base != 0 && !script_drops_marks (base_script))
            g_string_append_unichar (out, c);
          continue;
        }

      if (is_apostrophe (c))
        continue;

      if (!g_unichar_isalnum (c))
        {
          pending_space = out->len > 0;
          base = 0;
          continue;
        }

      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }

      base = c;
      base_pos = out->len;
      base_script = g_unichar_get_script (c);

      if (for_sorting && c == 0x00E6)
        g_string_append_c (out, SORT_AE);
      else if (for_sorting && c == 0x00F8)
        g_string_append_c (out, SORT_OE);
      else if ((replacement = latin_base (c)) != NULL)
        g_string_append (out, replacement);
      else
        g_string_append_unichar (out, c);
    }

  /* Compose what was kept together again (и + breve → й). */
  composed = g_utf8_normalize (out->str, out->len, G_NORMALIZE_NFC);
  if (!for_sorting)
    return g_steal_pointer (&composed);

  return cyrillic_in_order (composed);
}

char *
ff_text_fold (const char *text)
{
  return fold (text, FALSE);
}

char *
ff_text_sort_key (const char *family_name,
                  const char *given_name)
{
  g_autofree char *family = fold (family_name, TRUE);
  g_autofree char *given = fold (given_name, TRUE);

  return g_strconcat (family, SORT_SEPARATOR, given, NULL);
}

char *
ff_text_one_line (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      /* A vertical tab too: word processors write one for a line break. */
      if (g_ascii_isspace (*p) || *p == '\v')
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

char *
ff_text_lines (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  g_string_replace (out, "\r\n", "\n", 0);
  g_string_replace (out, "\r", "\n", 0);

  return g_strdup (g_strstrip (out->str));
}
