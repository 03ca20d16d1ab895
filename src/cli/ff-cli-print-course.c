/* ff-cli-print-course.c — fotfeste-cli print attendance and print sign-in: a course's
 * attendance over a period, and a session's sign-in sheet, as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-attendance-report.h"
#include "ff-cli-print-private.h"
#include "ff-language.h"
#include "ff-report-language.h"
#include "ff-sign-in-report.h"

#define LIST_COURSES "fotfeste-cli list courses"
#define LIST_SESSIONS "fotfeste-cli list sessions COURSE"

gboolean
ff_cli_print_course_languages (const PrintOptions  *options,
                               const char         **language,
                               const char         **second_language)
{
  const char *displayed = ff_language_displayed ();

  if (!ff_cli_print_check_language (options->language)
      || !ff_cli_print_check_language (options->second_language))
    return FALSE;
  if (options->bilingual && options->second_language == NULL)
    {
      /* Translators: keep the options as they are */
      ff_cli_usage_error ("%s", _("A course's participants speak many languages: give the "
                                  "second language of a bilingual document with "
                                  "--second-language."));
      return FALSE;
    }
  if (options->second_language != NULL && !options->bilingual)
    {
      /* Translators: keep the options as they are */
      ff_cli_usage_error ("%s", _("--second-language goes with --bilingual: a document "
                                  "printed in one language has no second one."));
      return FALSE;
    }

  if (options->language != NULL)
    *language = options->language;
  else if (ff_report_language_available (displayed, NULL))
    *language = displayed;
  else
    *language = "nb";
  *second_language = options->bilingual ? options->second_language : NULL;

  if (g_strcmp0 (*language, *second_language) == 0)
    {
      /* Translators: keep the options as they are */
      ff_cli_usage_error ("%s", _("A bilingual document needs two different languages: "
                                  "choose another one with --second-language."));
      return FALSE;
    }

  return TRUE;
}

/* The options that go with neither a course's attendance nor a sign-in sheet; FALSE
 * when one is given, said. */
static gboolean
check_course_options (const PrintOptions *options)
{
  if (options->version_text != NULL || options->plan_text != NULL || options->feedback)
    {
      /* Translators: keep the options as they are */
      ff_cli_usage_error ("%s", _("--version, --plan and --feedback apply to plans only."));
      return FALSE;
    }

  return TRUE;
}

/* Nothing more after the number, and the file to print to: FF_CLI_EXIT_OK; else says
 * what is wrong and returns the exit status. */
static int
check_rest_and_output (const PrintOptions *options,
                       int                 argc,
                       char              **argv)
{
  if (!ff_cli_no_more_arguments (argc - 1, argv + 1))
    return FF_CLI_EXIT_USAGE;
  if (options->output == NULL)
    /* Translators: keep “--output FILE.pdf” as it is */
    return ff_cli_usage_error ("%s", _("Give the PDF file to write with --output FILE.pdf."));

  return FF_CLI_EXIT_OK;
}

static int
report_error (const GError *error)
{
  return ff_cli_report_error (error,
                              g_error_matches (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE)
                              || g_error_matches (error, FF_REPORT_ERROR,
                                                  FF_REPORT_ERROR_TRANSLATION)
                              ? FF_CLI_EXIT_USAGE : FF_CLI_EXIT_PROBLEMS);
}

int
ff_cli_print_attendance (FfCli              *cli,
                         const PrintOptions *options,
                         int                 argc,
                         char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(FfAttendanceReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *message = NULL;
  const char *language = NULL;
  const char *second_language = NULL;
  gint64 course_id = 0;
  int status;

  if (argc < 2)
    /* Translators: %s is a command, kept as is */
    return ff_cli_usage_error (_("Give the number of the course whose attendance to print, "
                                 "as “%s” shows it."),
                               LIST_COURSES);
  if (!ff_cli_parse_id (argv[1], &course_id))
    /* Translators: the first %s is what the user typed, the second a command to type */
    return ff_cli_usage_error (_("“%s” is not a course's number. “%s” shows the numbers."),
                               argv[1], LIST_COURSES);
  status = check_rest_and_output (options, argc, argv);
  if (status != FF_CLI_EXIT_OK)
    return status;
  if (!check_course_options (options)
      || !ff_cli_print_parse_period (options->from_text, options->to_text, &from, &to)
      || !ff_cli_print_course_languages (options, &language, &second_language)
      || !ff_cli_print_check_output (options->output))
    return FF_CLI_EXIT_USAGE;

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  report = ff_attendance_report_new (store, course_id, from, to, language, second_language,
                                     &error);
  if (report == NULL)
    {
      /* Translators: %s is a number the user typed; keep the command as it is */
      message = g_strdup_printf (_("There is no course number %s. “%s” shows the numbers."),
                                 argv[1], LIST_COURSES);
      if (g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
        return ff_cli_lookup_error (error, message);
      return report_error (error);
    }

  return ff_cli_print_write (FF_DOCUMENT (report), options->output,
                             _("Some letters of this attendance report have no installed "
                               "font and are printed as boxes. Install fonts that have them, "
                               "such as Debian's fonts-noto-core, and print again."));
}

int
ff_cli_print_sign_in (FfCli              *cli,
                      const PrintOptions *options,
                      int                 argc,
                      char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(FfSignInReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *language = NULL;
  const char *second_language = NULL;
  gint64 session_id = 0;
  int status;

  if (argc < 2)
    /* Translators: %s is a command, kept as is */
    return ff_cli_usage_error (_("Give the number of the session whose sign-in sheet to "
                                 "print, as “%s” shows it."),
                               LIST_SESSIONS);
  if (!ff_cli_parse_id (argv[1], &session_id))
    /* Translators: the first %s is what the user typed, the second a command to type */
    return ff_cli_usage_error (_("“%s” is not a session's number. “%s” shows the "
                                 "numbers."),
                               argv[1], LIST_SESSIONS);
  status = check_rest_and_output (options, argc, argv);
  if (status != FF_CLI_EXIT_OK)
    return status;
  if (!check_course_options (options))
    return FF_CLI_EXIT_USAGE;
  if (options->from_text != NULL || options->to_text != NULL)
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("--from and --to do not apply to a sign-in sheet: it "
                                       "is of one session."));
  if (!ff_cli_print_course_languages (options, &language, &second_language)
      || !ff_cli_print_check_output (options->output))
    return FF_CLI_EXIT_USAGE;

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  report = ff_sign_in_report_new (store, session_id, language, second_language, &error);
  if (report == NULL)
    {
      /* Translators: %s is a number the user typed; keep the command as it is */
      message = g_strdup_printf (_("There is no session number %s. “%s” shows the "
                                   "numbers."),
                                 argv[1], LIST_SESSIONS);
      if (g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
        return ff_cli_lookup_error (error, message);
      return report_error (error);
    }

  return ff_cli_print_write (FF_DOCUMENT (report), options->output,
                             _("Some letters of this sign-in sheet have no installed font "
                               "and are printed as boxes. Install fonts that have them, such "
                               "as Debian's fonts-noto-core, and print again."));
}
