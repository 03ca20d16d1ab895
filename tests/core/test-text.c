/* test-text.c — folding names for search and sorting them in Norwegian order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-text.h"

static void
assert_folds_to (const char *text,
                 const char *expected)
{
  g_autofree char *folded = ff_text_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

static void
test_fold_names (void)
{
  assert_folds_to ("Ødegård", "ødegard");
  assert_folds_to ("ØDEGÅRD", "ødegard");
  assert_folds_to ("Ærlige Åse", "ærlige ase");
  assert_folds_to ("Olena", "olena");
  assert_folds_to ("Олена", "олена");
  assert_folds_to ("ОЛЕНА", "олена");
  assert_folds_to ("José", "jose");
  assert_folds_to ("Ünal", "unal");
  assert_folds_to ("Ça Ğ Ñ Š", "ca g n s");
  assert_folds_to ("Łukasz Straße", "lukasz strasse");
}

static void
test_fold_keeps_letters_of_other_scripts (void)
{
  /* й and ї are letters of their own in Ukrainian, not и and і with an accent. */
  assert_folds_to ("Андрій Майборода", "андрій майборода");
  assert_folds_to ("Їжак", "їжак");
  /* Arabic vowel signs are optional and dropped; letters stay. */
  assert_folds_to ("مُحَمَّد", "محمد");
  assert_folds_to ("ሰላም ተስፋይ", "ሰላም ተስፋይ");
}

static void
test_fold_whitespace_and_punctuation (void)
{
  assert_folds_to (NULL, "");
  assert_folds_to ("", "");
  assert_folds_to ("   \t\n ", "");
  assert_folds_to ("  Anne-Lise   Berg  ", "anne lise berg");
  assert_folds_to ("Berg,\tOla", "berg ola");
  assert_folds_to ("+47 912 34 567", "47 912 34 567");
  assert_folds_to ("O'Neill", "oneill");
  assert_folds_to ("Мар’яна", "маряна");
}

static void
test_fold_same_for_query_and_data (void)
{
  /* What a user types in any case or without accents finds the stored name. */
  g_autofree char *stored = ff_text_fold ("Ødegård, Sølvi");
  g_autofree char *query = ff_text_fold ("ØDEGARD");

  g_assert_nonnull (strstr (stored, query));
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_sort_norwegian_order (void)
{
  /* family names, deliberately out of order */
  const char *families[] = { "Åse", "Zahl", "Østby", "Aas", "Ærø" };
  const char *expected[] = { "Aas", "Zahl", "Ærø", "Østby", "Åse" };
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    {
      char *key = ff_text_sort_key (families[i], "Kari");

      g_ptr_array_add (keys, key);
      g_hash_table_insert (by_key, key, (gpointer) families[i]);
    }

  g_ptr_array_sort (keys, compare_keys);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_hash_table_lookup (by_key, keys->pdata[i]), ==, expected[i]);
}

/* How a name's sort key compares with that of the name listed before it. */
typedef enum
{
  AFTER,
  SAME,
} Order;

typedef struct
{
  const char *family;
  const char *given;
  Order       order;
} Name;

/* Each name sorts strictly after the one before it, or has the same key where it
 * says SAME. */
static void
assert_sort_order (const Name *names,
                   gsize       n_names)
{
  for (gsize i = 1; i < n_names; i++)
    {
      g_autofree char *before = ff_text_sort_key (names[i - 1].family, names[i - 1].given);
      g_autofree char *key = ff_text_sort_key (names[i].family, names[i].given);

      if (names[i].order == SAME)
        g_assert_cmpstr (key, ==, before);
      else
        g_assert_cmpint (strcmp (before, key), <, 0);
    }
}

static void
test_sort_family_then_given (void)
{
  /* Family name first, then given name: every Berg comes before the first Bergan.
   * Case does not count. */
  static const Name names[] = {
    { "Ali", "Ahmed" },
    { "Ali", "Zainab" },
    { "Aziz", "Ahmed" },
    { "Berg", "Anne" },
    { "Berg", "Ola" },
    { "berg", "ola", SAME },
    { "Bergan", "Anne" },
  };

  assert_sort_order (names, G_N_ELEMENTS (names));
}

static void
test_sort_accents_and_german_letters (void)
{
  /* É sorts as E; Ä and Ö sort as Æ and Ø, as a Norwegian dictionary does. */
  static const Name names[] = {
    { "Éide", "" },
    { "Eik", "" },
    { "Zeta", "" },
    { "Ær", "" },
    { "Är", "", SAME },
    { "Ødegård", "" },
    { "Ödegård", "", SAME },
  };

  assert_sort_order (names, G_N_ELEMENTS (names));
}

static void
test_sort_norwegian_letters (void)
{
  /* æ, ø, å after z, in that order; "Aa" is two a's; case does not count. */
  static const Name names[] = {
    { "Aasen", "" },
    { "Bakke", "" },
    { "Zahl", "" },
    { "Ærø", "" },
    { "ÆRØ", "", SAME },
    { "Øye", "" },
    { "øye", "", SAME },
    { "Åsen", "" },
    { "ÅSEN", "", SAME },
    { "åsen", "", SAME },
  };

  assert_sort_order (names, G_N_ELEMENTS (names));
}

static void
test_sort_umlauts_as_norwegian (void)
{
  /* ü sorts as y, as in a Norwegian dictionary. */
  static const Name names[] = {
    { "Uzma", "" },
    { "Ünal", "" },
    { "Yusuf", "" },
    { "Zahl", "" },
  };

  assert_sort_order (names, G_N_ELEMENTS (names));
}

static void
test_sort_ukrainian_alphabet (void)
{
  /* а б в г ґ д е є ж з и і ї й к …: ґ after г, є after е, і and ї after и (and
   * before й), whatever their code points; case does not count. */
  static const Name names[] = {
    { "Гаврилюк", "Олена" },
    { "Ґудзь", "Олена" },
    { "ҐУДЗЬ", "олена", SAME },
    { "Дмитренко", "Олена" },
    { "Ерик", "" },
    { "Есаул", "" },
    { "Євген", "" },
    { "ЄВГЕН", "", SAME },
    { "Жук", "" },
    { "Иванів", "" },
    { "Іван", "" },
    { "іван", "", SAME },
    { "Їжак", "" },
    { "ЇЖАК", "", SAME },
    { "Йосип", "" },
    { "Коваленко", "Андрій" },
    { "Коваленко", "Ярина" },
    { "Ющенко", "" },
    { "Яковенко", "" },
  };

  assert_sort_order (names, G_N_ELEMENTS (names));
}

static void
test_sort_within_a_letter (void)
{
  /* The letter decides before the next one does: Гуща before Ґава, Ящук last. */
  static const Name names[] = {
    { "Гуща", "" },
    { "Ґава", "" },
    { "Еще", "" },
    { "Єва", "" },
    { "Ищенко", "" },
    { "Іваненко", "" },
    { "Ящук", "" },
  };

  assert_sort_order (names, G_N_ELEMENTS (names));
}

static void
test_sort_scripts_apart (void)
{
  /* Names in Latin letters first, then those in Cyrillic letters; a stress mark
   * does not count. */
  static const Name names[] = {
    { "Åsen", "" },
    { "Абрамович", "" },
    { "Мартин", "" },
    { "Ма́ртин", "", SAME },
    { "Яременко", "" },
  };

  assert_sort_order (names, G_N_ELEMENTS (names));
}

/* A line typed or pasted into a one-line field: every kind of line break and tab is
 * one space, also the vertical tab word processors write for a line break (found by
 * tests/fuzz/fuzz-text). */
static void
test_one_line_breaks_and_tabs (void)
{
  static const struct
  {
    const char *text;
    const char *line;
  } cases[] = {
    { "Storgata 1", "Storgata 1" },
    { "  Storgata 1\r\n9161 Burfjord \t", "Storgata 1 9161 Burfjord" },
    { "Storgata 1\v9161 Burfjord", "Storgata 1 9161 Burfjord" },
    { "\xfe)\xfa\v\v\v\v\xff", "\xfe)\xfa \xff" },
    { "\v\f\t\n", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = ff_text_one_line (cases[i].text);

      g_assert_cmpstr (line, ==, cases[i].line);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/text/fold/names", test_fold_names);
  g_test_add_func ("/core/text/fold/keeps-letters-of-other-scripts",
                   test_fold_keeps_letters_of_other_scripts);
  g_test_add_func ("/core/text/fold/whitespace-and-punctuation",
                   test_fold_whitespace_and_punctuation);
  g_test_add_func ("/core/text/fold/same-for-query-and-data", test_fold_same_for_query_and_data);
  g_test_add_func ("/core/text/sort-key/norwegian-order", test_sort_norwegian_order);
  g_test_add_func ("/core/text/sort-key/family-then-given", test_sort_family_then_given);
  g_test_add_func ("/core/text/sort-key/accents-and-german-letters",
                   test_sort_accents_and_german_letters);
  g_test_add_func ("/core/text/sort-key/norwegian-letters-after-z", test_sort_norwegian_letters);
  g_test_add_func ("/core/text/sort-key/umlauts-as-norwegian", test_sort_umlauts_as_norwegian);
  g_test_add_func ("/core/text/sort-key/ukrainian-alphabet", test_sort_ukrainian_alphabet);
  g_test_add_func ("/core/text/sort-key/letter-before-the-rest", test_sort_within_a_letter);
  g_test_add_func ("/core/text/sort-key/latin-then-cyrillic", test_sort_scripts_apart);
  g_test_add_func ("/core/text/one-line/breaks-and-tabs", test_one_line_breaks_and_tabs);

  return g_test_run ();
}
