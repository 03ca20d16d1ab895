/* test-cli-list.c — runs the real fotfeste-cli's lists, and checks their lines and
 * what their options leave out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-cli-test.h"

static void
test_list_programmes (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "programmes.sqlite3", "20", "1");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) line_re = g_regex_new ("^[0-9]+\t[^\t]+\t[^\t]+$", 0, 0, NULL);
  guint n;

  g_assert_cmpint (run (&out, NULL, "--database", db, "list", "programmes", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  n = g_strv_length (lines) - 1;
  g_assert_cmpuint (n, >=, 4);
  for (guint i = 0; i < n; i++)
    g_assert_true (g_regex_match (line_re, lines[i], 0, NULL));
  g_assert_nonnull (strstr (out, "\tMentor scheme\n"));
}

static void
test_list_search_and_status (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "filters.sqlite3", "300", "4");
  g_autofree char *all = NULL;
  g_autofree char *active = NULL;
  g_autofree char *found = NULL;
  g_auto(GStrv) all_lines = NULL;
  g_auto(GStrv) active_lines = NULL;
  g_auto(GStrv) fields = NULL;
  g_auto(GStrv) words = NULL;

  g_assert_cmpint (run (&all, NULL, "--database", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpint (run (&active, NULL, "--database", db, "list", "participants",
                        "--status", "active", NULL), ==, 0);
  all_lines = g_strsplit (all, "\n", -1);
  active_lines = g_strsplit (active, "\n", -1);
  g_assert_cmpuint (g_strv_length (active_lines), >, 1);
  g_assert_cmpuint (g_strv_length (active_lines), <, g_strv_length (all_lines));
  for (guint i = 0; active_lines[i + 1] != NULL; i++)
    g_assert_true (g_str_has_suffix (active_lines[i], "\tActive"));

  /* Searching for the first participant's family name, in capitals, finds them. */
  fields = g_strsplit (all_lines[0], "\t", 3);
  words = g_strsplit (fields[1], " ", -1);
  {
    g_autofree char *family = g_utf8_strup (words[g_strv_length (words) - 1], -1);
    g_autofree char *line = g_strconcat (all_lines[0], "\n", NULL);

    g_assert_cmpint (run (&found, NULL, "--database", db, "list", "participants",
                          "--search", family, NULL), ==, 0);
    g_assert_nonnull (strstr (found, line));
    g_assert_cmpuint (strlen (found), <, strlen (all));
  }
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/list/programmes", test_list_programmes);
  ff_cli_test_add ("/cli/list/search-and-status", test_list_search_and_status);

  return g_test_run ();
}
