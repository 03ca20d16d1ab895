/* ff-cli-common.c — what every fotfeste-cli command shares: its options, the database,
 * and refusing bad arguments before anything is changed
 *
 * Arguments are read in full before the database is opened, so a mistyped command
 * never touches the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-cli-common.h"

void
ff_cli_clear (FfCli *cli)
{
  g_clear_pointer (&cli->database, g_free);
  g_clear_pointer (&cli->command_database, g_free);
}

int
ff_cli_usage_error (const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("fotfeste-cli: %s\n", message);
  /* Translators: %s is a command line to type, keep it as it is */
  g_printerr (_("Type “%s” to see what fotfeste-cli can do."), "fotfeste-cli --help");
  g_printerr ("\n");
  return FF_CLI_EXIT_USAGE;
}

int
ff_cli_report_error (const GError *error,
                     int           status)
{
  g_printerr ("fotfeste-cli: %s\n", error->message);
  return status;
}

int
ff_cli_lookup_error (const GError *error,
                     const char   *message)
{
  if (g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
    {
      g_printerr ("fotfeste-cli: %s\n", message);
      return FF_CLI_EXIT_USAGE;
    }

  return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
}

const char *
ff_cli_command_arguments (const FfCliCommand *command)
{
  /* gettext gives the catalogue's header for "" */
  return command->arguments[0] != '\0' ? _(command->arguments) : "";
}

static const char *
database_path (FfCli *cli)
{
  return cli->command_database != NULL ? cli->command_database : cli->database;
}

gboolean
ff_cli_parse_command (FfCli               *cli,
                      const FfCliCommand  *command,
                      const GOptionEntry  *entries,
                      int                 *argc,
                      char              ***argv)
{
  const GOptionEntry database_entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &cli->command_database,
      N_("The database file to use"),
      /* Translators: the value of an option that names a file, in --help: --database=FILE */
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autofree char *parameters = g_strdup_printf ("%s %s", command->name,
                                                 ff_cli_command_arguments (command));
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_add_main_entries (context, database_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      ff_cli_usage_error ("%s", error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
ff_cli_no_more_arguments (int    argc,
                          char **argv)
{
  /* argv[0] is the command, argv[1] its first argument */
  if (argc <= 1)
    return TRUE;

  /* Translators: %s is what the user typed after a command's last argument */
  ff_cli_usage_error (_("“%s” is one argument too many."), argv[1]);
  return FALSE;
}

gboolean
ff_cli_parse_number (const char *text,
                     guint64     min,
                     guint64     max,
                     guint64    *value)
{
  return g_ascii_string_to_unsigned (text, 10, min, max, value, NULL);
}

gboolean
ff_cli_parse_id (const char *text,
                 gint64     *id)
{
  guint64 value = 0;

  if (!ff_cli_parse_number (text, 1, G_MAXINT64, &value))
    return FALSE;

  *id = (gint64) value;
  return TRUE;
}

char *
ff_cli_database_path (FfCli *cli)
{
  const char *path = database_path (cli);

  return path != NULL ? g_strdup (path) : ff_store_default_path ();
}

/* The other commands than init and sample ask for an existing file rather than leave
 * an empty one behind after a typing mistake in its name. */
static FfStore *
open_store (FfCli    *cli,
            gboolean  create,
            gboolean  read_only_if_in_use)
{
  g_autofree char *default_path = NULL;
  const char *path = database_path (cli);
  g_autoptr(GError) error = NULL;
  FfStore *store;

  if (path == NULL)
    path = default_path = ff_store_default_path ();

  if (!create && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Translators: %s is a file name; keep the command as it is */
      g_printerr (_("fotfeste-cli: There is no database at %s. Create one with "
                    "“fotfeste-cli --database FILE init”.\n"),
                  path);
      return NULL;
    }

  store = ff_store_open (path, &error);
  /* Someone else is changing it: reading it is still safe. */
  if (store == NULL && read_only_if_in_use &&
      g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_IN_USE))
    {
      g_clear_error (&error);
      store = ff_store_open_read_only (path, &error);
    }
  if (store == NULL)
    ff_cli_report_error (error, FF_CLI_EXIT_USAGE);

  return store;
}

FfStore *
ff_cli_open_store (FfCli    *cli,
                   gboolean  create)
{
  return open_store (cli, create, FALSE);
}

FfStore *
ff_cli_open_store_to_read (FfCli *cli)
{
  return open_store (cli, FALSE, TRUE);
}

void
ff_cli_print_row (gint64      id,
                  const char *name,
                  const char *label)
{
  printf ("%" G_GINT64_FORMAT "\t%s\t%s\n", id, name, label);
}

FfStore *
ff_cli_open_for_command (FfCli               *cli,
                         const FfCliCommand  *command,
                         int                  argc,
                         char               **argv,
                         gboolean             create)
{
  if (!ff_cli_parse_command (cli, command, NULL, &argc, &argv) ||
      !ff_cli_no_more_arguments (argc, argv))
    return NULL;

  return open_store (cli, create, !create);
}
