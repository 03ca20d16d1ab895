/* ff-cli-report.c — fotfeste-cli report absence: a programme's reductions of the
 * introduction benefit for absence over a period, as PDF or as CSV for a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ff-cli-print-private.h"
#include "ff-cli-report.h"
#include "ff-course-absence.h"
#include "ff-reductions-report.h"
#include "ff-report-language.h"

#define REPORT_USAGE "fotfeste-cli report absence PROGRAMME --from DATE --to DATE " \
                     "--format csv|pdf --output FILE"
#define LIST_PROGRAMMES "fotfeste-cli list programmes"

typedef struct
{
  PrintOptions print;
  char *format;             /* --format */
} ReportOptions;

static void
report_options_clear (ReportOptions *options)
{
  g_clear_pointer (&options->print.output, g_free);
  g_clear_pointer (&options->print.language, g_free);
  g_clear_pointer (&options->print.second_language, g_free);
  g_clear_pointer (&options->print.from_text, g_free);
  g_clear_pointer (&options->print.to_text, g_free);
  g_clear_pointer (&options->format, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportOptions, report_options_clear)

/* Whether the regular file at @path holds something else than a list written as CSV
 * (which begins with a byte order mark). An empty file is not something else. */
static gboolean
holds_other_than_csv (const char *path)
{
  static const char bom[] = "\xef\xbb\xbf";
  char start[sizeof bom - 1];
  FILE *file = g_fopen (path, "rb");
  size_t n;

  if (file == NULL)
    return FALSE;
  n = fread (start, 1, sizeof start, file);
  fclose (file);

  return n > 0 && (n < sizeof start || memcmp (start, bom, sizeof start) != 0);
}

/* Refuses, before the database is opened, a CSV file that can never be written and
 * one that would overwrite something else than a list (the database itself …). */
static gboolean
check_csv_output (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          /* Translators: %s is a folder; keep “list.csv” as it is, or translate the word
           * before ".csv" */
          ff_cli_usage_error (_("%s is a folder. Give the name of the CSV file to write, "
                                "such as “list.csv”."),
                              path);
          return FALSE;
        }
      if (!S_ISREG (st.st_mode) || holds_other_than_csv (path))
        {
          /* Translators: %s is a file name */
          ff_cli_usage_error (_("%s already exists and is not a list written by Fotfeste. "
                                "Choose a new file name for the list."),
                              path);
          return FALSE;
        }
    }
  else if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      /* Translators: %s is a folder */
      ff_cli_usage_error (_("There is no folder %s to write the list in."), folder);
      return FALSE;
    }

  return TRUE;
}

/* The programme, the period and the file of "report absence"; FF_CLI_EXIT_OK with
 * *@programme_id, *@from, *@to and *@csv set, else the exit status, said. */
static int
check_absence (const ReportOptions  *options,
               int                   argc,
               char                **argv,
               gint64               *programme_id,
               char                **from,
               char                **to,
               gboolean             *csv)
{
  if (argc < 2)
    /* Translators: %s is a command, kept as is */
    return ff_cli_usage_error (_("Give the number of the programme whose reductions to list, "
                                 "as “%s” shows it."),
                               LIST_PROGRAMMES);
  if (!ff_cli_parse_id (argv[1], programme_id))
    /* Translators: the first %s is what the user typed, the second a command to type */
    return ff_cli_usage_error (_("“%s” is not a programme's number. “%s” shows the "
                                 "numbers."),
                               argv[1], LIST_PROGRAMMES);
  if (!ff_cli_no_more_arguments (argc - 1, argv + 1))
    return FF_CLI_EXIT_USAGE;
  if (options->print.from_text == NULL || options->print.to_text == NULL)
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("Give the period with --from DATE and --to DATE: the "
                                       "first and the last day of the payment periods to "
                                       "list."));
  if (!ff_cli_print_parse_period (options->print.from_text, options->print.to_text, from, to))
    return FF_CLI_EXIT_USAGE;
  if (options->format == NULL || (strcmp (options->format, "csv") != 0
                                  && strcmp (options->format, "pdf") != 0))
    /* Translators: keep the option and its values as they are */
    return ff_cli_usage_error ("%s", _("Give the kind of file with --format csv or --format "
                                       "pdf."));
  *csv = strcmp (options->format, "csv") == 0;
  if (options->print.output == NULL)
    /* Translators: keep “--output FILE” as it is */
    return ff_cli_usage_error ("%s", _("Give the file to write with --output FILE."));
  if (*csv && (options->print.bilingual || options->print.second_language != NULL))
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("A list written as CSV has one language: --bilingual "
                                       "and --second-language apply to PDF."));

  return FF_CLI_EXIT_OK;
}

static int
report_absence (FfCli               *cli,
                const ReportOptions *options,
                int                  argc,
                char               **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(FfReductionsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *message = NULL;
  const char *language = NULL;
  const char *second_language = NULL;
  gint64 programme_id = 0;
  gboolean csv = FALSE;
  int status;

  status = check_absence (options, argc, argv, &programme_id, &from, &to, &csv);
  if (status != FF_CLI_EXIT_OK)
    return status;
  if (!ff_cli_print_course_languages (&options->print, &language, &second_language))
    return FF_CLI_EXIT_USAGE;
  if (csv ? !check_csv_output (options->print.output)
          : !ff_cli_print_check_output (options->print.output))
    return FF_CLI_EXIT_USAGE;

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  /* Translators: %s is a number the user typed; keep the command as it is */
  message = g_strdup_printf (_("There is no programme number %s. “%s” shows the numbers."),
                             argv[1], LIST_PROGRAMMES);

  if (csv)
    {
      if (!ff_course_reductions_write_csv (store, programme_id, from, to, language,
                                           options->print.output, &error))
        {
          if (g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
            return ff_cli_lookup_error (error, message);
          return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
        }
      /* Translators: %s is the CSV file written */
      printf (_("Wrote %s.\n"), options->print.output);
      return FF_CLI_EXIT_OK;
    }

  report = ff_reductions_report_new (store, programme_id, from, to, language, second_language,
                                     &error);
  if (report == NULL)
    {
      if (g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
        return ff_cli_lookup_error (error, message);
      return ff_cli_report_error (error,
                                  g_error_matches (error, FF_REPORT_ERROR,
                                                   FF_REPORT_ERROR_LANGUAGE)
                                  || g_error_matches (error, FF_REPORT_ERROR,
                                                      FF_REPORT_ERROR_TRANSLATION)
                                  ? FF_CLI_EXIT_USAGE : FF_CLI_EXIT_PROBLEMS);
    }

  return ff_cli_print_write (FF_DOCUMENT (report), options->print.output,
                             _("Some letters of this list have no installed font and are "
                               "printed as boxes. Install fonts that have them, such as "
                               "Debian's fonts-noto-core, and print again."));
}

int
ff_cli_report (FfCli              *cli,
               const FfCliCommand *command,
               int                 argc,
               char              **argv)
{
  g_auto(ReportOptions) options = { { 0 } };
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.print.output,
      N_("The file to write"),
      /* Translators: the value of an option that names a file, in --help: --output=FILE */
      N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      /* Translators: the help of --format; keep "csv" and "pdf" as they are */
      N_("Write the list as csv, for a spreadsheet, or as a pdf document"),
      /* Translators: the value of --format in --help (--format=FORMAT) */
      N_("FORMAT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.print.from_text,
      /* Translators: the help of --from; DATE is its value, shown in --help as
       * --from=DATE: call it as you translated "DATE" */
      N_("List the payment periods that end on DATE or later"),
      /* Translators: the value of --from and --to in --help (--from=DATE): a date such as
       * 2026-01-31 or 31.01.2026 */
      N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.print.to_text,
      /* Translators: the help of --to; DATE is its value, shown in --help as --to=DATE:
       * call it as you translated "DATE" */
      N_("List the payment periods that end on DATE or earlier"),
      N_("DATE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &options.print.language,
      /* Translators: the help of --language; LANGUAGE is its value: call it as you
       * translated "LANGUAGE"; keep the language codes as they are */
      N_("Write the labels in LANGUAGE: nb, nn, uk or en (if not given, the language "
         "shown)"),
      N_("LANGUAGE") },
    { "bilingual", 'b', 0, G_OPTION_ARG_NONE, &options.print.bilingual,
      N_("Print every label of a PDF in the language given with --second-language as well"),
      NULL },
    { "second-language", 0, 0, G_OPTION_ARG_STRING, &options.print.second_language,
      N_("The second language of a bilingual document: nb, nn, uk or en"),
      N_("LANGUAGE") },
    G_OPTION_ENTRY_NULL
  };

  if (!ff_cli_parse_command (cli, command, entries, &argc, &argv))
    return FF_CLI_EXIT_USAGE;

  if (argc < 2)
    /* Translators: %s is a command line to type, keep it as it is */
    return ff_cli_usage_error (_("Say what to report: %s"), REPORT_USAGE);
  if (strcmp (argv[1], "absence") == 0)
    return report_absence (cli, &options, argc - 1, argv + 1);

  /* Translators: the first %s is what the user typed after "report", the second a
   * command line to type; keep “absence” as it is */
  return ff_cli_usage_error (_("Cannot report “%s”: choose “absence”, as in %s"), argv[1],
                             REPORT_USAGE);
}
