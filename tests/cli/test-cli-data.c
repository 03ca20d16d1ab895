/* test-cli-data.c — runs the real fotfeste-cli's commands on the database file as a
 * whole (init, sample, check, backup, backups, restore), and checks what they print and leave behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "ff-cli-test.h"
#include "ff-sample-private.h"
#include "ff-test-util.h"

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
test_sample_adds_employers (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "employers.sqlite3", "300", "17");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) line_re = g_regex_new ("^[0-9]+\t[^\t]+\t[89][0-9]{2} [0-9]{3} [0-9]{3}$",
                                           0, 0, NULL);

  g_assert_cmpint (run (&out, NULL, "--database", db, "list", "employers", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines) - 1, ==, ff_sample_n_employers (300));
  for (guint i = 0; lines[i + 1] != NULL; i++)
    g_assert_true (g_regex_match (line_re, lines[i], 0, NULL));
}

/* Participants committed to @path so far, read past fotfeste-cli (-1: none yet). */
static gint64
count_committed (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM participant", -1, &stmt, NULL)
      == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

static void
test_sample_interrupt_keeps_whole_batches (Fixture       *f,
                                           gconstpointer  data)
{
  g_autofree char *db = path_in (f, "interrupted.sqlite3");
  const char *args[] = { "--database", db, "sample", "--participants", "20000", NULL };
  guint batch = ff_sample_batch_size (20000);
  g_autoptr(GSubprocess) process = start_strv (args);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *list = NULL;
  g_autofree char *check = NULL;
  gint64 seen = -1;
  guint n_lines;

  /* Ctrl+C once the first batch is in. */
  for (guint i = 0; i < 1200 && seen < batch; i++)
    {
      g_usleep (50 * 1000);
      seen = count_committed (db);
    }
  g_assert_cmpint (seen, >=, batch);
  g_subprocess_send_signal (process, SIGINT);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_nonnull (strstr (err, "Stopped"));
  g_assert_cmpstr (out, ==, "");

  /* The batches committed before stay whole, and the file is sound. */
  g_assert_cmpint (run (&check, NULL, "--database", db, "check", NULL), ==, 0);
  g_assert_cmpstr (check, ==, "No problems found.\n");
  g_assert_cmpint (run (&list, NULL, "--database", db, "list", "participants", NULL), ==, 0);
  n_lines = 0;
  for (const char *p = list; *p != '\0'; p++)
    n_lines += *p == '\n';
  g_assert_cmpuint (n_lines, >=, seen);
  g_assert_cmpuint (n_lines % batch, ==, 0);
  g_assert_cmpuint (n_lines, <, 20000);
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

/* The environment of a user whose data folder is in the test's folder. */
static char **
own_data_folder (Fixture *f)
{
  g_autofree char *data = path_in (f, "data");
  char **env = g_get_environ ();

  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  return g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
test_backups_listed_and_restored (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "kommune.sqlite3", "80", "6");
  g_auto(GStrv) env = own_data_folder (f);
  const char *backup_args[] = { "--database", db, "backup", NULL };
  const char *backups_args[] = { "--database", db, "backups", NULL };
  const char *init_args[] = { "--database", db, "init", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) fields = NULL;
  g_autofree char *restored_out = NULL;
  g_autofree char *aside = NULL;

  /* None yet: said, not an error. */
  g_assert_cmpint (run_env_strv (&out, &err, (const char *const *) env, backups_args), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "no backups"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_env_strv (&out, NULL, (const char *const *) env, backup_args), ==, 0);
  g_assert_nonnull (strstr (out, "fotfeste-"));

  /* Listed with what it holds. */
  g_assert_cmpint (run_env_strv (&listed, NULL, (const char *const *) env, backups_args),
                   ==, 0);
  g_assert_cmpuint (count_lines (listed), ==, 1);
  g_assert_nonnull (strstr (listed, "80 participants"));
  fields = g_strsplit (listed, "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 3);
  g_assert_true (g_file_test (fields[1], G_FILE_TEST_IS_REGULAR));

  /* The database is emptied by mistake … */
  g_assert_cmpint (run (&before, NULL, "-d", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpint (g_unlink (db), ==, 0);
  g_assert_cmpint (run_env_strv (NULL, NULL, (const char *const *) env, init_args), ==, 0);

  /* … and restored from the backup, the empty one kept aside. */
  g_assert_cmpint (run (&restored_out, NULL, "-d", db, "restore", fields[1], NULL), ==, 0);
  g_assert_nonnull (strstr (restored_out, "80 participants"));
  g_assert_cmpint (run (&after, NULL, "-d", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpstr (after, ==, before);
  {
    g_autofree char *folder = g_path_get_dirname (db);
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        if (g_str_has_prefix (name, "kommune.sqlite3.replaced-") &&
            !g_str_has_suffix (name, "-wal"))
          aside = g_build_filename (folder, name, NULL);
      }
  }
  g_assert_nonnull (aside);
  g_clear_pointer (&after, g_free);
  g_assert_cmpint (run (&after, NULL, "-d", aside, "list", "participants", NULL), ==, 0);
  g_assert_cmpstr (after, ==, "");
}

/* A lock as another computer that has the file open leaves it. */
static void
lock_from_elsewhere (const char *db)
{
  g_autofree char *lock = g_strconcat (db, ".lock", NULL);

  g_assert_true (g_file_set_contents (lock,
                                      "user=kari\nhost=kontor-pc-7\npid=4242\n"
                                      "since=2026-12-01T08:15:00Z\nboot=x\npidns=y\n",
                                      -1, NULL));
}

static void
test_in_use_elsewhere (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "shared.sqlite3", "40", "3");
  g_autofree char *copy = path_in (f, "copy.sqlite3");
  g_autofree char *listed = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;

  g_assert_cmpint (run (NULL, NULL, "-d", db, "backup", copy, NULL), ==, 0);
  lock_from_elsewhere (db);
  before = ff_test_checksum_file (db);

  /* Reading goes on while someone else changes it … */
  g_assert_cmpint (run (&listed, NULL, "-d", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpuint (count_lines (listed), ==, 40);
  g_assert_cmpint (run (&out, NULL, "-d", db, "check", NULL), ==, 0);

  /* … but nothing is put in its place, and the user is told who has it. */
  g_assert_cmpint (run (NULL, &err, "-d", db, "restore", copy, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "kari"));
  g_assert_nonnull (strstr (err, "kontor-pc-7"));
  after = ff_test_checksum_file (db);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/init/creates-private-file", test_init_creates_private_file);
  ff_cli_test_add ("/cli/sample/same-seed-same-list", test_sample_same_seed_same_list);
  ff_cli_test_add ("/cli/sample/adds-employers", test_sample_adds_employers);
  ff_cli_test_add ("/cli/sample/interrupt-keeps-whole-batches",
                   test_sample_interrupt_keeps_whole_batches);
  ff_cli_test_add ("/cli/check/no-problems", test_check);
  ff_cli_test_add ("/cli/backup/writes-private-copy", test_backup);
  ff_cli_test_add ("/cli/backup/listed-and-restored", test_backups_listed_and_restored);
  ff_cli_test_add ("/cli/lock/in-use-elsewhere", test_in_use_elsewhere);

  return g_test_run ();
}
