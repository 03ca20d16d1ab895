/* ff-cli-print-placement.c — fotfeste-cli print placement-agreement: a placement's
 * three-party agreement as PDF; and print follow-ups: a participant's follow-up
 * history for a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ff-cli-print-private.h"
#include "ff-follow-up-report.h"
#include "ff-placement.h"
#include "ff-placement-agreement-report.h"
#include "ff-report-language.h"

#define LIST_PLACEMENTS "fotfeste-cli list placements"

/* The exit status of a document that could not be made: a language refused is a
 * mistake on the command line, anything else a problem of the file. */
static int
report_error (const GError *error)
{
  return ff_cli_report_error (error,
                              g_error_matches (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE)
                              || g_error_matches (error, FF_REPORT_ERROR,
                                                  FF_REPORT_ERROR_TRANSLATION)
                              ? FF_CLI_EXIT_USAGE : FF_CLI_EXIT_PROBLEMS);
}

/* The options of a plan or a business plan, and the languages as the command line
 * gives them; FALSE when one is wrong, said. @one_language and @two_languages say it
 * of the document printed. */
static gboolean
check_options (const PrintOptions *options,
               const char         *one_language,
               const char         *two_languages)
{
  if (options->version_text != NULL)
    {
      /* Translators: keep the option as it is */
      ff_cli_usage_error ("%s", _("--version applies to individual plans only."));
      return FALSE;
    }
  if (options->plan_text != NULL || options->feedback)
    {
      ff_cli_usage_error ("%s", _("--plan and --feedback apply to business plans only."));
      return FALSE;
    }
  if (!ff_cli_print_check_language (options->language)
      || !ff_cli_print_check_language (options->second_language))
    return FALSE;
  if (options->second_language != NULL && !options->bilingual)
    {
      ff_cli_usage_error ("%s", one_language);
      return FALSE;
    }
  if (options->language != NULL
      && g_strcmp0 (options->language, options->second_language) == 0)
    {
      ff_cli_usage_error ("%s", two_languages);
      return FALSE;
    }

  return TRUE;
}

int
ff_cli_print_placement_agreement (FfCli              *cli,
                                  const PrintOptions *options,
                                  int                 argc,
                                  char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(FfRecord) placement = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfPlacementAgreementReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;
  g_autofree char *message = NULL;
  g_autofree char *participant_text = NULL;
  const char *second_language = NULL;
  gint64 placement_id = 0;
  int status;

  if (argc < 2)
    /* Translators: %s is a command, kept as is */
    return ff_cli_usage_error (_("Give the number of the placement whose agreement to "
                                 "print, as “%s” shows it."),
                               LIST_PLACEMENTS);
  if (!ff_cli_parse_id (argv[1], &placement_id))
    /* Translators: the first %s is what the user typed, the second a command to type */
    return ff_cli_usage_error (_("“%s” is not a placement's number. “%s” shows the "
                                 "numbers."),
                               argv[1], LIST_PLACEMENTS);
  if (!ff_cli_no_more_arguments (argc - 1, argv + 1))
    return FF_CLI_EXIT_USAGE;
  if (options->output == NULL)
    /* Translators: keep “--output FILE.pdf” as it is */
    return ff_cli_usage_error ("%s", _("Give the PDF file to write with --output FILE.pdf."));
  if (options->from_text != NULL || options->to_text != NULL)
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("--from and --to choose the period of a job-seeker "
                                       "log, a follow-up history or an attendance report: "
                                       "an agreement is printed whole."));
  if (!check_options (options,
                      /* Translators: keep the options as they are */
                      _("--second-language goes with --bilingual: an agreement printed in "
                        "one language has no second one."),
                      /* Translators: keep the options as they are */
                      _("A bilingual agreement needs two different languages: choose "
                        "another one with --second-language."))
      || !ff_cli_print_check_output (options->output))
    return FF_CLI_EXIT_USAGE;

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  placement = ff_record_load (store, &ff_placement_type, placement_id, &error);
  if (placement == NULL)
    {
      /* Translators: %s is a number the user typed; keep the command as it is */
      message = g_strdup_printf (_("There is no placement number %s. “%s” shows the "
                                   "numbers."),
                                 argv[1], LIST_PLACEMENTS);
      return ff_cli_lookup_error (error, message);
    }

  participant_text = g_strdup (ff_record_get (placement, FF_PLACEMENT_PARTICIPANT_ID));
  participant = ff_participant_load (store, g_ascii_strtoll (participant_text, NULL, 10),
                                     &error);
  if (participant == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  status = ff_cli_print_choose_languages (store, participant, options, &language,
                                          &second_language);
  if (status != FF_CLI_EXIT_OK)
    return status;

  report = ff_placement_agreement_report_new (store, placement_id, language, second_language,
                                              &error);
  if (report == NULL)
    return report_error (error);

  return ff_cli_print_write (FF_DOCUMENT (report), options->output,
                             _("Some letters of this agreement have no installed font and "
                               "are printed as boxes. Install fonts that have them, such as "
                               "Debian's fonts-noto-core, and print again."));
}

int
ff_cli_print_follow_ups (FfCli              *cli,
                         const PrintOptions *options,
                         int                 argc,
                         char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfFollowUpReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *language = NULL;
  const char *second_language = NULL;
  gint64 participant_id = 0;
  int status;

  status = ff_cli_print_check_participant_and_output (
    options, argc, argv, &participant_id,
    /* Translators: %s is a command, kept as is */
    _("Give the number of the participant whose follow-up history to print, as “%s” "
      "shows it."),
    LIST_PARTICIPANTS);
  if (status != FF_CLI_EXIT_OK)
    return status;
  if (!ff_cli_print_parse_period (options->from_text, options->to_text, &from, &to))
    return FF_CLI_EXIT_USAGE;
  if (!check_options (options,
                      /* Translators: keep the options as they are */
                      _("--second-language goes with --bilingual: a history printed in one "
                        "language has no second one."),
                      /* Translators: keep the options as they are */
                      _("A bilingual history needs two different languages: choose "
                        "another one with --second-language."))
      || !ff_cli_print_check_output (options->output))
    return FF_CLI_EXIT_USAGE;

  participant = ff_cli_print_load_participant (cli, participant_id, argv[1], &store,
                                               &status);
  if (participant == NULL)
    return status;

  status = ff_cli_print_choose_languages (store, participant, options, &language,
                                          &second_language);
  if (status != FF_CLI_EXIT_OK)
    return status;

  report = ff_follow_up_report_new (store, participant_id, from, to, language,
                                    second_language, &error);
  if (report == NULL)
    return report_error (error);

  return ff_cli_print_write (FF_DOCUMENT (report), options->output,
                             _("Some letters of this follow-up history have no installed "
                               "font and are printed as boxes. Install fonts that have "
                               "them, such as Debian's fonts-noto-core, and print again."));
}
