/* test-cli.c — runs the real fotfeste-cli as a user would, and checks what it prints,
 * its exit status and what it leaves in the files
 *
 * Usage: test-cli PATH-TO-FOTFESTE-CLI [GTest options]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "ff-test-util.h"

static const char *cli_path;

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ff_test_make_dir ("fotfeste-cli-XXXXXX");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ff_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* Runs fotfeste-cli with the arguments (NULL-terminated) and returns its exit
 * status; its output in @out and @err when asked for. */
static int
run (char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (gpointer) cli_path);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &wait_status, &error);
  g_assert_no_error (error);

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);

  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static char *
make_sample (Fixture    *f,
             const char *name,
             const char *count,
             const char *seed)
{
  char *db = path_in (f, name);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (&out, &err, "--database", db, "sample", "--participants", count,
                        "--seed", seed, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");  /* not a terminal: no progress */
  g_assert_nonnull (strstr (out, count));
  return db;
}

static void
test_init_creates_private_file (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *db = path_in (f, "new.sqlite3");
  g_autofree char *expected = g_strconcat (db, "\n", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GStatBuf st;

  g_assert_cmpint (run (&out, &err, "--database", db, "init", NULL), ==, 0);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpint (g_stat (db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A second init on the same file changes nothing and says the same. */
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, NULL, "--database", db, "init", NULL), ==, 0);
  g_assert_cmpstr (out, ==, expected);

  /* An empty database lists nothing. */
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, NULL, "--database", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
}

static void
test_sample_same_seed_same_list (Fixture       *f,
                                 gconstpointer  data)
{
  const char *labels[] = {
    "Referred", "Interviewed", "Waiting list", "Active", "On leave", "Completed",
    "Dropped out", "Moved", "Not enrolled",
  };
  g_autofree char *first = make_sample (f, "first.sqlite3", "300", "17");
  g_autofree char *second = make_sample (f, "second.sqlite3", "300", "17");
  g_autofree char *other = make_sample (f, "other.sqlite3", "300", "18");
  g_autofree char *list_first = NULL;
  g_autofree char *list_second = NULL;
  g_autofree char *list_other = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) line_re = g_regex_new ("^[0-9]+\t[^\t]+\t([^\t]+)$", 0, 0, NULL);

  g_assert_cmpint (run (&list_first, NULL, "--database", first, "list", "participants", NULL),
                   ==, 0);
  g_assert_cmpint (run (&list_second, NULL, "list", "participants", "--database", second, NULL),
                   ==, 0);
  g_assert_cmpint (run (&list_other, NULL, "-d", other, "list", "participants", NULL), ==, 0);

  g_assert_cmpstr (list_first, ==, list_second);
  g_assert_cmpstr (list_first, !=, list_other);

  g_assert_true (g_str_has_suffix (list_first, "\n"));
  lines = g_strsplit (list_first, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 300 + 1);  /* after the last newline: "" */
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *status = NULL;

      g_assert_true (g_regex_match (line_re, lines[i], 0, &match));
      status = g_match_info_fetch (match, 1);
      g_assert_true (g_strv_contains (labels, status));
    }
}

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
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "check.sqlite3", "100", "3");
  g_autofree char *out = NULL;

  g_assert_cmpint (run (&out, NULL, "--database", db, "check", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "No problems found.\n");
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "original.sqlite3", "80", "6");
  g_autofree char *copy = path_in (f, "copy.sqlite3");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *from_original = NULL;
  g_autofree char *from_copy = NULL;
  g_autofree char *copy_sum = NULL;
  g_autofree char *copy_sum_after = NULL;
  GStatBuf st;

  g_assert_cmpint (run (&out, NULL, "--database", db, "backup", copy, NULL), ==, 0);
  g_assert_nonnull (strstr (out, copy));
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (run (&from_original, NULL, "-d", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpint (run (&from_copy, NULL, "-d", copy, "list", "participants", NULL), ==, 0);
  g_assert_cmpstr (from_copy, ==, from_original);

  /* An existing file is never overwritten. */
  copy_sum = ff_test_checksum_file (copy);
  g_assert_cmpint (run (NULL, &err, "--database", db, "backup", copy, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "exists"));
  copy_sum_after = ff_test_checksum_file (copy);
  g_assert_cmpstr (copy_sum_after, ==, copy_sum);
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

  g_assert_cmpint (run (&sample_help, NULL, "sample", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (sample_help, "--participants"));

  g_assert_cmpint (run (&version, NULL, "--version", NULL), ==, 0);
  g_assert_cmpstr (version, ==, "fotfeste-cli " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Usage: %s PATH-TO-FOTFESTE-CLI [GTest options]\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];
  argv[1] = argv[0];
  argc--;
  argv++;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/init/creates-private-file", test_init_creates_private_file);
  ADD ("/cli/sample/same-seed-same-list", test_sample_same_seed_same_list);
  ADD ("/cli/list/programmes", test_list_programmes);
  ADD ("/cli/list/search-and-status", test_list_search_and_status);
  ADD ("/cli/bad-arguments/change-nothing", test_bad_arguments_change_nothing);
  ADD ("/cli/database/refuses-text-file", test_refuses_text_file);
  ADD ("/cli/database/missing-is-not-created", test_missing_database_is_not_created);
  ADD ("/cli/check/no-problems", test_check);
  ADD ("/cli/backup/writes-private-copy", test_backup);
  g_test_add_func ("/cli/help-and-version", test_help_and_version);

#undef ADD

  return g_test_run ();
}
