/* ff-cli-test.c — what the fotfeste-cli tests share: running the real program as a user
 * would, a folder of their own for each test, sample stores, and reading printed PDFs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <sqlite3.h>
#include <glib/gi18n.h>

#include "ff-cli-test.h"
#include "ff-locale.h"
#include "ff-test-util.h"

static const char *cli_path;
static const char *pdftotext_path;

char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

int
run_strv (char              **out,
          char              **err,
          const char *const  *args)
{
  return run_env_strv (out, err, NULL, args);
}

int
run_env_strv (char              **out,
              char              **err,
              const char *const  *envp,
              const char *const  *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, (char **) envp, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &wait_status, &error);
  g_assert_no_error (error);

  if (!WIFEXITED (wait_status))
    {
      g_autofree char *command = g_strjoinv (" ", (char **) argv->pdata);

      g_error ("%s was killed by signal %d; it wrote:\n%s", command, WTERMSIG (wait_status),
               stderr_text);
    }

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);

  return WEXITSTATUS (wait_status);
}

GSubprocess *
start_strv (const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, (gpointer) cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char *const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  return process;
}

int
run (char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return run_strv (out, err, (const char *const *) args->pdata);
}

char *
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

gboolean
need_pdftotext (void)
{
  if (pdftotext_path != NULL)
    return TRUE;
  g_test_skip ("pdftotext (poppler-utils) is not installed");
  return FALSE;
}

char *
pdf_text (const char *pdf)
{
  const char *argv[] = { pdftotext_path, "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  int wait_status = 0;

  /* A test that reads a PDF without asking need_pdftotext() first fails here rather
   * than pass without having read anything. */
  if (pdftotext_path == NULL)
    g_error ("pdftotext is not installed: the test should have asked need_pdftotext()");

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text,
                NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

void
ff_cli_test_add (const char    *path,
                 FfCliTestFunc  func)
{
  ff_test_dir_add (path, func);
}

static G_NORETURN void
usage (const char *program)
{
  g_printerr ("Usage: %s PATH-TO-FOTFESTE-CLI [PATH-TO-PDFTOTEXT|none] [GTest options]\n",
              program);
  exit (2);
}

void
ff_cli_test_init (int    *argc,
                  char ***argv)
{
  char **args = *argv;

  if (*argc < 2 || !g_file_test (args[1], G_FILE_TEST_IS_EXECUTABLE))
    usage (args[0]);
  cli_path = args[1];
  args[1] = args[0];
  (*argc)--;
  args++;
  /* pdftotext, when it is installed, reads the printed plans back; "none" says it is
   * not, and the tests that need it are skipped. Any other path must be the program:
   * a wrong one would skip them too, and hide that they never ran. */
  if (*argc > 1 && args[1][0] != '-')
    {
      if (strcmp (args[1], "none") == 0)
        pdftotext_path = NULL;
      else if (g_file_test (args[1], G_FILE_TEST_IS_EXECUTABLE))
        pdftotext_path = args[1];
      else
        usage (args[0]);
      args[1] = args[0];
      (*argc)--;
      args++;
    }
  *argv = args;

  g_test_init (argc, argv, NULL);

  /* The catalogues fotfeste-cli prints labels from, for the expected labels: found as
   * fotfeste-cli finds them. */
  ff_locale_init ();
}

char *
checksum_but_audit (const char *db)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT name FROM sqlite_schema"
                                       " WHERE type = 'table' AND name <> 'audit'"
                                       " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"",
                                              (char *) tables->pdata[i]);

      g_checksum_update (checksum, (const guchar *) sql, -1);
      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const void *blob = sqlite3_column_blob (stmt, c);

            if (blob != NULL)
              g_checksum_update (checksum, blob, sqlite3_column_bytes (stmt, c));
            g_checksum_update (checksum, (const guchar *) "\x1f", 1);
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (handle);

  return g_strdup (g_checksum_get_string (checksum));
}
