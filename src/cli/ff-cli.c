/* ff-cli.c — fotfeste-cli: the same data as the application, without a display
 *
 * fotfeste-cli [--database FILE] COMMAND [OPTION…] [ARGUMENT…]
 *
 * This file reads the options before the command and runs the command from the table
 * below, which --help shows too. The commands are in ff-cli-GROUP.c, one file for each
 * group; what they share (options, opening the database, refusing bad arguments with
 * exit status 2 before anything is changed) is in ff-cli-common.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-cli-backup.h"
#include "ff-cli-common.h"
#include "ff-cli-data.h"
#include "ff-cli-list.h"
#include "ff-cli-person.h"
#include "ff-cli-print.h"
#include "ff-cli-report.h"
#include "ff-locale.h"

/* One row for each command, in the order --help lists them; the group names the file
 * that holds its handler. Later commands (export, import, report) join this table. */
static const FfCliCommand commands[] = {
  /* Translators: the summaries are shown by "fotfeste-cli --help" */
  { "init", "data", "", N_("Create the database, or bring it up to date, and print its path"),
    ff_cli_init },
  { "sample", "data", "", N_("Fill an empty database with realistic sample data"),
    ff_cli_sample },
  { "list", "list",
    "programmes|participants|employers|courses|sessions|applications|business-plans|"
    "retention|mentors|placements|follow-ups",
    /* Translators: keep “sessions COURSE” as it is */
    N_("List the programmes, the participants, the employers, the courses, the sessions "
       "of a course (“sessions COURSE”), the job applications, the business plans, the "
       "participants due for a retention review, the mentors, the placements or the "
       "follow-up conversations"),
    ff_cli_list },
  { "check", "data", "", N_("Check the database for damage"), ff_cli_check },
  { "backup", "backup",
    /* Translators: what follows "backup" in its command line: FILE is the copy to write */
    N_("[FILE]"),
    /* Translators: FILE is the copy to write, as the command line beside this names it
     * ("backup [FILE]"): call it the same here */
    N_("Write a checked copy of the database to FILE, or to the folder of backups"),
    ff_cli_backup },
  { "backups", "backup", "", N_("List the backups in the folder of backups, newest first"),
    ff_cli_backups },
  { "restore", "backup",
    /* Translators: what follows "restore" in its command line: FILE is a backup */
    N_("FILE"),
    /* Translators: FILE is the backup, as the command line beside this names it
     * ("restore FILE"): call it the same here */
    N_("Put the backup FILE in the place of the database, keeping the database aside"),
    ff_cli_restore },
  { "export-person", "person",
    /* Translators: what follows "export-person" in its command line: keep "-o",
     * "--format", "pdf" and "xml" as they are; PARTICIPANT is the participant's
     * number, FILE the file to write */
    N_("PARTICIPANT -o FILE [--format pdf|xml]"),
    /* Translators: FILE as the command line beside this names it */
    N_("Write everything about a participant, with the audit log's entries, to FILE: "
       "as XML, or as PDF for them to read"),
    ff_cli_export_person },
  { "erase", "person",
    /* Translators: what follows "erase" in its command line: keep "--yes" as it is */
    N_("PARTICIPANT --yes"),
    N_("Erase a participant and everything about them for good"),
    ff_cli_erase },
  { "purge", "person", "",
    N_("Remove for good what was deleted more than 30 days ago"),
    ff_cli_purge },
  { "print", "print",
    /* Translators: what follows "print" in its command line: keep "plan",
     * "business-plan", "job-log", "follow-ups", "placement-agreement", "attendance",
     * "sign-in" and "-o" as they are; NUMBER is the number of a participant, a
     * placement, a course or a session, FILE the PDF file to write */
    N_("plan|business-plan|job-log|follow-ups|placement-agreement|attendance|sign-in "
       "NUMBER -o FILE"),
    /* Translators: FILE is the PDF file, NUMBER the number, as the command line beside
     * this names them: call them the same here */
    N_("Write a participant's plan, business plan, job-seeker log or follow-up history, a "
       "placement's agreement, a course's attendance or a session's sign-in sheet to FILE "
       "as a PDF document: NUMBER is the participant's, the placement's, the course's or "
       "the session's"),
    ff_cli_print },
  { "report", "report",
    /* Translators: what follows "report" in its command line: keep "absence", "--from",
     * "--to", "--format", "csv", "pdf" and "-o" as they are; PROGRAMME is a programme's
     * number, DATE a date, FILE the file to write */
    N_("absence PROGRAMME --from DATE --to DATE --format csv|pdf -o FILE"),
    /* Translators: FILE as the command line beside this names it */
    N_("Write the reductions of the introduction benefit for absence of a programme's "
       "participants in a period to FILE, for a spreadsheet or as a PDF document"),
    ff_cli_report },
};

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));
  g_auto(GStrv) usages = g_new0 (char *, G_N_ELEMENTS (commands) + 1);
  int width = 0;

  /* The summaries line up after the longest command line. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      usages[i] = g_strdup_printf ("%s %s", commands[i].name,
                                   ff_cli_command_arguments (&commands[i]));
      width = MAX (width, (int) g_utf8_strlen (usages[i], -1));
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-*s %s", width, usages[i], _(commands[i].summary));

  g_string_append_c (text, '\n');
  g_string_append (text,
                   /* Translators: keep "fotfeste-cli" and "--help" as they are; COMMAND
                    * stands for one of the commands listed above, called the same as in
                    * "COMMAND [ARGUMENT…]" */
                   _("Type “fotfeste-cli COMMAND --help” for the options of a command."));

  return g_string_free (text, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(FfCli) cli = { 0 };
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &cli.database,
      N_("The database file to use (the application's own if not given)"),
      /* Translators: the value of an option that names a file, in --help: --database=FILE */
      N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and stop"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  /* The build's translations when run from it, the installed ones otherwise. */
  ff_locale_init ();
  g_set_prgname ("fotfeste-cli");

  /* Translators: in "Usage: fotfeste-cli [OPTION…] COMMAND [ARGUMENT…]": COMMAND stands
   * for a command such as "list", ARGUMENT for what follows it */
  context = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  description = describe_commands ();
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Works with a Fotfeste database without a display."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Stop at the command, so that its own options are left for it. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ff_cli_usage_error ("%s", error->message);

  if (version)
    {
      printf ("fotfeste-cli %s\n", PACKAGE_VERSION);
      return FF_CLI_EXIT_OK;
    }

  if (argc < 2)
    return ff_cli_usage_error ("%s",
                               _("Give a command, such as “init” or “list participants”."));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (argv[1], commands[i].name) == 0)
        return commands[i].run (&cli, &commands[i], argc - 1, argv + 1);
    }

  /* Translators: %s is what the user typed as the command */
  return ff_cli_usage_error (_("“%s” is not a command."), argv[1]);
}
