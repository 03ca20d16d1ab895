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
#include "ff-report-language.h"
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
    { "backup", backup, "more", NULL },
    { "backups", "all", NULL },
    { "restore", NULL },
    { "restore", backup, "more", NULL },
    /* Only a whole, checked backup is put in the database's place. */
    { "restore", "/nonexistent/fotfeste-20261206T051500Z.sqlite3", NULL },
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
  g_assert_nonnull (strstr (help, "backup [FILE]"));
  g_assert_nonnull (strstr (help, "restore FILE"));
  g_assert_nonnull (strstr (help, "print plan|business-plan|job-log|follow-ups|placement-agreement|"
                                  "attendance|sign-in NUMBER"));
  g_assert_nonnull (strstr (help, "report absence PROGRAMME --from DATE --to DATE --format csv|pdf"));
  g_assert_nonnull (strstr (help, "programmes|participants|employers|courses|sessions|applications|"
                                  "business-plans|retention|mentors|placements|follow-ups"));

  g_assert_cmpint (run (&sample_help, NULL, "sample", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (sample_help, "--participants"));

  g_assert_cmpint (run (&version, NULL, "--version", NULL), ==, 0);
  g_assert_cmpstr (version, ==, "fotfeste-cli " PACKAGE_VERSION "\n");
}

/* fotfeste-cli's environment for messages in @language: without FOTFESTE_LOCALEDIR, as
 * README's command line runs it from the build folder, and in @locale (none at all, the
 * C locale, when NULL). */
static GStrv
environment_in (const char *language,
                const char *locale)
{
  const char *unset[] = { "FOTFESTE_LOCALEDIR", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG" };
  char **env = g_get_environ ();

  for (guint i = 0; i < G_N_ELEMENTS (unset); i++)
    env = g_environ_unsetenv (env, unset[i]);
  if (locale != NULL)
    env = g_environ_setenv (env, "LC_ALL", locale, TRUE);
  return g_environ_setenv (env, "LANGUAGE", language, TRUE);
}

/* @msgid in @language, and that it is a translation: else the test would prove nothing. */
static const char *
translated (const char *language,
            const char *msgid)
{
  const char *translation = ff_report_gettext (language, msgid);

  g_assert_cmpstr (translation, !=, msgid);
  return translation;
}

static void
assert_contains (const char *text,
                 const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” is not in:\n%s", words, text);
}

/* The help and the messages follow LANGUAGE with the build's own translations, found
 * with nothing set; in the C locale too, where gettext alone would not look at it. */
static void
test_messages_follow_language (void)
{
  const char *locales[] = { "C.UTF-8", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_auto(GStrv) uk = environment_in ("uk", locales[i]);
      g_auto(GStrv) nb = environment_in ("nb", locales[i]);
      const char *help_args[] = { "--help", NULL };
      const char *print_help_args[] = { "print", "--help", NULL };
      const char *typo_args[] = { "frobnicate", NULL };
      g_autofree char *help = NULL;
      g_autofree char *print_help = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *not_command = NULL;
      g_autofree char *backup = NULL;
      g_autofree char *language_option = NULL;

      g_assert_cmpint (run_env_strv (&help, NULL, (const char *const *) uk, help_args), ==, 0);
      assert_contains (help, translated ("uk", "Works with a Fotfeste database without a "
                                               "display."));
      /* the placeholders of the command lines, as in the summaries beside them */
      backup = g_strdup_printf ("backup %s", translated ("uk", "[FILE]"));
      assert_contains (help, backup);
      assert_contains (help, translated ("uk", "PARTICIPANT --yes"));

      g_assert_cmpint (run_env_strv (&out, &err, (const char *const *) uk, typo_args), ==, 2);
      g_assert_cmpstr (out, ==, "");
      {
        GString *message = g_string_new (translated ("uk", "“%s” is not a command."));

        g_string_replace (message, "%s", "frobnicate", 1);
        not_command = g_string_free (message, FALSE);
      }
      assert_contains (err, not_command);

      g_assert_cmpint (run_env_strv (&print_help, NULL, (const char *const *) nb,
                                     print_help_args), ==, 0);
      language_option = g_strdup_printf ("--language=%s", translated ("nb", "LANGUAGE"));
      assert_contains (print_help, language_option);
      assert_contains (print_help, translated ("nb", "The PDF file to write"));
    }
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
  g_test_add_func ("/cli/messages-follow-language", test_messages_follow_language);

  return g_test_run ();
}
