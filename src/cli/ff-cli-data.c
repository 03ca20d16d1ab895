/* ff-cli-data.c — fotfeste-cli's commands on the database file as a whole: init, sample
 * and check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib-unix.h>

#include "ff-cli-data.h"
#include "ff-sample.h"

/* Largest sample a user can ask for: far beyond any real organisation. */
#define MAX_SAMPLE_PARTICIPANTS 1000000

int
ff_cli_init (FfCli              *cli,
             const FfCliCommand *command,
             int                 argc,
             char              **argv)
{
  g_autoptr(FfStore) store = NULL;

  store = ff_cli_open_for_command (cli, command, argc, argv, TRUE);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  printf ("%s\n", ff_store_get_path (store));
  return FF_CLI_EXIT_OK;
}

/* What the command waits for while the worker adds the sample data. */
typedef struct
{
  GMainLoop *loop;
  gboolean ok;
  GError *error;
} SampleRun;

static void
sample_progress (double   fraction,
                 gpointer user_data)
{
  /* Back to the start of the line, so that each figure replaces the last */
  g_printerr ("\r");
  /* Translators: progress on a terminal; %d is a number from 0 to 100 */
  g_printerr (_("Adding sample data: %d %%"), (int) (fraction * 100));
}

static void
sample_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SampleRun *run = user_data;

  run->ok = ff_sample_generate_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static gboolean
on_interrupt (gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
  return G_SOURCE_CONTINUE;
}

int
ff_cli_sample (FfCli              *cli,
               const FfCliCommand *command,
               int                 argc,
               char              **argv)
{
  g_autofree char *participants_text = NULL;
  g_autofree char *seed_text = NULL;
  const GOptionEntry entries[] = {
    { "participants", 'n', 0, G_OPTION_ARG_STRING, &participants_text,
      N_("How many participants to add (200 if not given)"),
      /* Translators: the value of an option that is a number, in --help: --participants=N */
      N_("N") },
    { "seed", 's', 0, G_OPTION_ARG_STRING, &seed_text,
      N_("Another seed gives other people; the same seed the same people (1 if not given)"),
      /* Translators: the value of --seed in --help (--seed=SEED): a whole number the made-up
       * people are drawn from */
      N_("SEED") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autofree char *path = NULL;
  guint64 n_participants = 200;
  guint64 seed = 1;
  SampleRun run = { 0 };
  gboolean show_progress;
  guint sigint_id, sigterm_id;

  if (!ff_cli_parse_command (cli, command, entries, &argc, &argv)
      || !ff_cli_no_more_arguments (argc, argv))
    return FF_CLI_EXIT_USAGE;

  if (participants_text != NULL
      && !ff_cli_parse_number (participants_text, 1, MAX_SAMPLE_PARTICIPANTS, &n_participants))
    /* Translators: %s is what the user typed, %d the largest number allowed */
    return ff_cli_usage_error (_("“%s” is not a number of participants: type a whole "
                                 "number from 1 to %d."),
                               participants_text, MAX_SAMPLE_PARTICIPANTS);

  if (seed_text != NULL && !ff_cli_parse_number (seed_text, 0, G_MAXUINT32, &seed))
    /* Translators: %s is what the user typed as the seed of the sample data */
    return ff_cli_usage_error (_("“%s” is not a seed: type a whole number from 0 to "
                                 "4294967295."),
                               seed_text);

  store = ff_cli_open_store (cli, TRUE);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  /* Sample data mixed into a real organisation's records could not be told apart
   * from them again. */
  if (!ff_store_is_empty (store))
    {
      g_printerr ("fotfeste-cli: %s\n",
                  _("The database already holds programmes or participants. Sample data "
                    "goes only into a new, empty database: give another file with "
                    "--database."));
      return FF_CLI_EXIT_USAGE;
    }

  path = g_strdup (ff_store_get_path (store));
  g_clear_object (&store);
  show_progress = isatty (STDERR_FILENO);

  /* Added by a worker on a connection of its own while the main loop waits, so that
   * Ctrl+C stops it cleanly: the batches committed before stay, the one under way
   * does not. */
  cancellable = g_cancellable_new ();
  run.loop = g_main_loop_new (NULL, FALSE);
  sigint_id = g_unix_signal_add (SIGINT, on_interrupt, cancellable);
  sigterm_id = g_unix_signal_add (SIGTERM, on_interrupt, cancellable);
  ff_sample_generate_async (path, (guint) n_participants, (guint32) seed,
                            show_progress ? sample_progress : NULL, NULL, NULL,
                            cancellable, sample_done, &run);
  g_main_loop_run (run.loop);
  g_source_remove (sigint_id);
  g_source_remove (sigterm_id);
  g_main_loop_unref (run.loop);

  if (show_progress)
    g_printerr ("\n");

  if (!run.ok)
    {
      g_autoptr(GError) error = g_steal_pointer (&run.error);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_printerr ("fotfeste-cli: %s\n",
                      _("Stopped. The participants added before the interruption are "
                        "kept."));
          return FF_CLI_EXIT_PROBLEMS;
        }
      return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
    }

  /* Translators: %u is a number of participants, %s the database file */
  printf (g_dngettext (GETTEXT_PACKAGE, "Added %u participant to %s.\n",
                       "Added %u participants to %s.\n", (guint) n_participants),
          (guint) n_participants, path);
  return FF_CLI_EXIT_OK;
}

int
ff_cli_check (FfCli              *cli,
              const FfCliCommand *command,
              int                 argc,
              char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  store = ff_cli_open_for_command (cli, command, argc, argv, FALSE);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  if (!ff_store_check (store, &problems, &error))
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  if (problems->len == 0)
    {
      printf ("%s\n", _("No problems found."));
      return FF_CLI_EXIT_OK;
    }

  for (guint i = 0; i < problems->len; i++)
    printf ("%s\n", (const char *) g_ptr_array_index (problems, i));
  return FF_CLI_EXIT_PROBLEMS;
}
