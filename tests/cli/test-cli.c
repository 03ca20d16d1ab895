/* test-cli.c — runs the real fotfeste-cli as a user would, and checks what the command
 * line as a whole does: its options, its help, the database it opens, and refusing bad
 * arguments without changing anything
 *
 * The commands have tests of their own, a file for each group as in src/cli.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-cli-test.h"
#include "ff-test-util.h"

static void
test_bad_arguments_change_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "bad.sqlite3", "50", "2");
  g_autofree char *before = ff_test_checksum_file (db);
  g_autofree char *backup = path_in (f, "never-written.sqlite3");
  const char *cases[][6] = {
    { "frobnicate", NULL },
    { "sample", "--participants", NULL },
    { "sample", "--participants", "0", NULL },
    { "sample", "--participants", "-5", NULL },
    { "sample", "--participants", "many", NULL },
    { "sample", "--seed", "x", NULL },
    { "list", NULL },
    { "list", "everyone", NULL },
    { "list", "participants", "--status", "happy", NULL },
    { "list", "participants", "--status", NULL },
    { "list", "participants", "more", NULL },
    { "init", "now", NULL },
    { "check", "--everything", NULL },
    { "backup", NULL },
    { "backup", backup, "more", NULL },
    { "--no-such-option", "list", "participants", NULL },
    /* Sample data never goes into a file that holds data. */
    { "sample", "--participants", "10", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;
      const char *const *a = cases[i];

      g_assert_cmpint (run (&out, &err, "--database", db, a[0], a[1], a[2], a[3], a[4], NULL),
                       ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "fotfeste-cli: "));
      g_assert_cmpuint (strlen (err), >, strlen ("fotfeste-cli: ") + 10);

      after = ff_test_checksum_file (db);
      g_assert_cmpstr (after, ==, before);
    }

  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_refuses_text_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = path_in (f, "notes.txt");
  g_autofree char *before = NULL;
  g_autofree char *backup = path_in (f, "backup.sqlite3");
  const char *commands[][3] = {
    { "init", NULL },
    { "list", "participants", NULL },
    { "list", "programmes", NULL },
    { "sample", NULL },
    { "check", NULL },
    { "backup", backup, NULL },
  };

  g_assert_true (g_file_set_contents (text, "Møte med Olena tirsdag kl. 10.\n", -1, NULL));
  before = ff_test_checksum_file (text);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;

      g_assert_cmpint (run (&out, &err, "--database", text, commands[i][0], commands[i][1],
                            NULL), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, "notes.txt"));
      after = ff_test_checksum_file (text);
      g_assert_cmpstr (after, ==, before);
    }

  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_missing_database_is_not_created (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *db = path_in (f, "typo.sqlite3");
  g_autofree char *err = NULL;

  g_assert_cmpint (run (NULL, &err, "--database", db, "list", "participants", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "init"));
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

static void
test_help_and_version (void)
{
  g_autofree char *help = NULL;
  g_autofree char *sample_help = NULL;
  g_autofree char *version = NULL;

  g_assert_cmpint (run (&help, NULL, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (help, "list programmes|participants"));
  g_assert_nonnull (strstr (help, "backup FILE"));
  g_assert_nonnull (strstr (help, "print plan PARTICIPANT"));

  g_assert_cmpint (run (&sample_help, NULL, "sample", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (sample_help, "--participants"));

  g_assert_cmpint (run (&version, NULL, "--version", NULL), ==, 0);
  g_assert_cmpstr (version, ==, "fotfeste-cli " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/bad-arguments/change-nothing", test_bad_arguments_change_nothing);
  ff_cli_test_add ("/cli/database/refuses-text-file", test_refuses_text_file);
  ff_cli_test_add ("/cli/database/missing-is-not-created",
                   test_missing_database_is_not_created);
  g_test_add_func ("/cli/help-and-version", test_help_and_version);

  return g_test_run ();
}
