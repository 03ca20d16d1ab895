/* ff-cli-print-business-plan.c — fotfeste-cli print business-plan: a participant's
 * business plan as PDF, the newest or the one --plan names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-plan.h"
#include "ff-business-plan-report.h"
#include "ff-cli-print-private.h"
#include "ff-report-language.h"

#define LIST_BUSINESS_PLANS "fotfeste-cli list business-plans"

/* The options that do not go with a business plan, or go only together; FALSE when one
 * is wrong, said. */
static gboolean
check_options (const PrintOptions *options,
               guint64            *plan_id)
{
  if (options->version_text != NULL)
    {
      /* Translators: keep the option as it is */
      ff_cli_usage_error ("%s", _("--version applies to individual plans only: give the "
                                  "business plan to print with --plan."));
      return FALSE;
    }
  if (options->from_text != NULL || options->to_text != NULL)
    {
      /* Translators: keep the options as they are */
      ff_cli_usage_error ("%s", _("--from and --to choose the period of a job-seeker log, "
                                  "a follow-up history or an attendance report: a "
                                  "business plan is printed whole."));
      return FALSE;
    }
  if (options->plan_text != NULL
      && !ff_cli_parse_number (options->plan_text, 1, G_MAXINT64, plan_id))
    {
      /* Translators: the first %s is what the user typed after --plan, the second a
       * command to type, kept as is */
      ff_cli_usage_error (_("“%s” is not a business plan's number. “%s” shows the "
                            "numbers."),
                          options->plan_text, LIST_BUSINESS_PLANS);
      return FALSE;
    }
  if (!ff_cli_print_check_language (options->language)
      || !ff_cli_print_check_language (options->second_language))
    return FALSE;
  if (options->second_language != NULL && !options->bilingual)
    {
      /* Translators: keep the options as they are */
      ff_cli_usage_error ("%s", _("--second-language goes with --bilingual: a business "
                                  "plan printed in one language has no second one."));
      return FALSE;
    }
  if (options->language != NULL
      && g_strcmp0 (options->language, options->second_language) == 0)
    {
      /* Translators: keep the options as they are */
      ff_cli_usage_error ("%s", _("A bilingual business plan needs two different "
                                  "languages: choose another one with --second-language."));
      return FALSE;
    }

  return ff_cli_print_check_output (options->output);
}

/* The plan to print: @asked (0: the participant's newest) when it is theirs. Says what
 * is wrong otherwise and returns 0 with @status set. */
static gint64
find_plan (FfStore       *store,
           FfParticipant *participant,
           guint64        asked,
           int           *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *message = NULL;
  const char *name = ff_participant_get_display_name (participant);

  ids = ff_business_plan_query_ids (store, ff_participant_get_id (participant), &error);
  if (ids == NULL)
    {
      *status = ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
      return 0;
    }

  if (ids->len == 0)
    {
      /* Translators: %s is the participant's name */
      message = g_strdup_printf (_("%s has no business plan yet. Write one on their page "
                                   "in Fotfeste first."),
                                 name);
      *status = ff_cli_usage_error ("%s", message);
      return 0;
    }

  /* in the order they were made: the newest last */
  if (asked == 0)
    return g_array_index (ids, gint64, ids->len - 1);

  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == (gint64) asked)
        return (gint64) asked;
    }

  /* Translators: %s is the participant's name, %d the number of the business plan the
   * user asked for; keep the command as it is */
  message = g_strdup_printf (_("%s has no business plan number %d. “%s” shows each "
                               "plan's number and participant."),
                             name, (int) asked, LIST_BUSINESS_PLANS);
  *status = ff_cli_usage_error ("%s", message);
  return 0;
}

int
ff_cli_print_business_plan (FfCli              *cli,
                            const PrintOptions *options,
                            int                 argc,
                            char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfBusinessPlanReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;
  const char *second_language = NULL;
  gint64 participant_id = 0;
  guint64 asked = 0;
  gint64 plan_id;
  int status;

  status = ff_cli_print_check_participant_and_output (
    options, argc, argv, &participant_id,
    /* Translators: %s is a command, kept as is */
    _("Give the number of the participant whose business plan to print, as “%s” shows "
      "it."),
    LIST_PARTICIPANTS);
  if (status != FF_CLI_EXIT_OK)
    return status;
  if (!check_options (options, &asked))
    return FF_CLI_EXIT_USAGE;

  participant = ff_cli_print_load_participant (cli, participant_id, argv[1], &store,
                                               &status);
  if (participant == NULL)
    return status;

  plan_id = find_plan (store, participant, asked, &status);
  if (plan_id == 0)
    return status;

  status = ff_cli_print_choose_languages (store, participant, options, &language,
                                          &second_language);
  if (status != FF_CLI_EXIT_OK)
    return status;

  report = ff_business_plan_report_new (store, plan_id, language, second_language,
                                        options->feedback, &error);
  if (report == NULL)
    return ff_cli_report_error (error, g_error_matches (error, FF_REPORT_ERROR,
                                                        FF_REPORT_ERROR_LANGUAGE)
                                       || g_error_matches (error, FF_REPORT_ERROR,
                                                           FF_REPORT_ERROR_TRANSLATION)
                                       ? FF_CLI_EXIT_USAGE : FF_CLI_EXIT_PROBLEMS);

  return ff_cli_print_write (FF_DOCUMENT (report), options->output,
                             _("Some letters of this business plan have no installed font "
                               "and are printed as boxes. Install fonts that have them, such "
                               "as Debian's fonts-noto-core, and print again."));
}
