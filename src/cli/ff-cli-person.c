/* ff-cli-person.c — fotfeste-cli's commands for a person's rights under the GDPR:
 * export-person (article 15), erase (article 17), and purge of old tombstones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-cli-person.h"
#include "ff-language.h"
#include "ff-participant.h"
#include "ff-person.h"
#include "ff-person-report.h"
#include "ff-report-language.h"

#define LIST_PARTICIPANTS "fotfeste-cli list participants"

/* The participant named by argv[1], the only argument: its number and name. */
static int
parse_participant (FfCli     *cli,
                   int        argc,
                   char     **argv,
                   FfStore  **store,
                   gint64    *id,
                   char     **name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfParticipant) participant = NULL;

  if (argc < 2)
    /* Translators: %s is a command, kept as is */
    return ff_cli_usage_error (_("Give the number of the participant, as “%s” shows it."),
                               LIST_PARTICIPANTS);
  if (!ff_cli_parse_id (argv[1], id))
    /* Translators: the first %s is what the user typed, the second a command to type */
    return ff_cli_usage_error (_("“%s” is not a participant's number. “%s” shows the "
                                 "numbers."),
                               argv[1], LIST_PARTICIPANTS);
  if (!ff_cli_no_more_arguments (argc - 1, argv + 1))
    return FF_CLI_EXIT_USAGE;

  *store = ff_cli_open_store (cli, FALSE);
  if (*store == NULL)
    return FF_CLI_EXIT_USAGE;

  participant = ff_participant_load (*store, *id, &error);
  if (participant == NULL)
    {
      g_autofree char *message = NULL;

      g_clear_object (store);
      /* Translators: %s is a number the user typed; keep the command as it is */
      message = g_strdup_printf (_("There is no participant number %s. “%s” shows the "
                                   "numbers."),
                                 argv[1], LIST_PARTICIPANTS);
      return ff_cli_lookup_error (error, message);
    }

  *name = g_strdup (ff_participant_get_display_name (participant));
  return FF_CLI_EXIT_OK;
}

int
ff_cli_export_person (FfCli              *cli,
                      const FfCliCommand *command,
                      int                 argc,
                      char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *format = NULL;
  g_autofree char *name = NULL;
  const char *language;
  gboolean pdf;
  gint64 id = 0;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write"),
      /* Translators: the value of an option that names a file, in --help: --output=FILE */
      N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      /* Translators: the help of --format; keep “pdf”, “xml” and “.pdf” as they are */
      N_("pdf for the participant to read, or xml (the default, unless FILE ends in .pdf)"),
      /* Translators: the value of --format in --help; keep it as it is */
      N_("pdf|xml") },
    { NULL }
  };

  if (!ff_cli_parse_command (cli, command, entries, &argc, &argv))
    return FF_CLI_EXIT_USAGE;
  if (output == NULL && argc >= 2)
    /* Translators: keep “--output FILE” as it is */
    return ff_cli_usage_error ("%s", _("Give the file to write with --output FILE."));
  if (output != NULL && g_file_test (output, G_FILE_TEST_EXISTS))
    /* Translators: %s is a file name */
    return ff_cli_usage_error (_("%s already exists. Choose a new file name."), output);
  if (format != NULL && g_strcmp0 (format, "pdf") != 0 && g_strcmp0 (format, "xml") != 0)
    /* Translators: %s is what the user typed after --format; keep pdf and xml as they
     * are */
    return ff_cli_usage_error (_("“%s” is not a format of the export: choose pdf or xml."),
                               format);

  pdf = format != NULL ? g_str_equal (format, "pdf")
                       : output != NULL && g_str_has_suffix (output, ".pdf");
  /* The copy is the person's: in the language the command speaks, when documents
   * are printed in it. */
  language = ff_language_displayed ();
  if (!ff_report_language_available (language, NULL))
    language = "nb";

  status = parse_participant (cli, argc, argv, &store, &id, &name);
  if (status != FF_CLI_EXIT_OK)
    return status;

  if (pdf ? !ff_person_report_export (store, id, language, output, &error)
          : !ff_person_export (store, id, output, &error))
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  /* Translators: %s is the participant's name, %s a file name */
  printf (_("Everything about %s is in %s.\n"), name, output);
  return FF_CLI_EXIT_OK;
}

int
ff_cli_erase (FfCli              *cli,
              const FfCliCommand *command,
              int                 argc,
              char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean yes = FALSE;
  gint64 id = 0;
  int status;
  const GOptionEntry entries[] = {
    { "yes", 0, 0, G_OPTION_ARG_NONE, &yes,
      N_("Erase for good: this cannot be undone"), NULL },
    { NULL }
  };

  if (!ff_cli_parse_command (cli, command, entries, &argc, &argv))
    return FF_CLI_EXIT_USAGE;

  status = parse_participant (cli, argc, argv, &store, &id, &name);
  if (status != FF_CLI_EXIT_OK)
    return status;

  if (!yes)
    /* Translators: %s is the participant's name; keep “--yes” as it is */
    return ff_cli_usage_error (_("Erasing %s removes everything about them for good, "
                                 "also from the audit log, and cannot be undone. Add "
                                 "--yes to do it."),
                               name);

  if (!ff_person_erase (store, id, &error))
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  /* Translators: %s is the participant's name */
  printf (_("%s is erased. Backups made before still hold them until they are rotated "
            "away.\n"),
          name);
  return FF_CLI_EXIT_OK;
}

int
ff_cli_purge (FfCli              *cli,
              const FfCliCommand *command,
              int                 argc,
              char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *days_text = NULL;
  guint64 days = FF_PERSON_PURGE_DAYS;
  guint n_purged = 0;
  const GOptionEntry entries[] = {
    { "days", 0, 0, G_OPTION_ARG_STRING, &days_text,
      /* Translators: the help of --days; DAYS is its value */
      N_("Purge what was deleted more than DAYS days ago (30 if not given)"),
      /* Translators: the value of --days in --help */
      N_("DAYS") },
    { NULL }
  };

  if (!ff_cli_parse_command (cli, command, entries, &argc, &argv) ||
      !ff_cli_no_more_arguments (argc, argv))
    return FF_CLI_EXIT_USAGE;
  if (days_text != NULL && !ff_cli_parse_number (days_text, 0, 36500, &days))
    /* Translators: %s is what the user typed after --days */
    return ff_cli_usage_error (_("“%s” is not a number of days: type a whole number from "
                                 "0 to 36500."),
                               days_text);

  store = ff_cli_open_store (cli, FALSE);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  if (!ff_person_purge (store, (guint) days, NULL, &n_purged, &error))
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  printf (g_dngettext (GETTEXT_PACKAGE, "Purged %u deleted record.\n",
                       "Purged %u deleted records.\n", n_purged),
          n_purged);
  return FF_CLI_EXIT_OK;
}
