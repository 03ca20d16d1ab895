/* ff-cli-print.c — fotfeste-cli's printed documents: print plan, print job-log, and
 * the checks every document's print shares (print business-plan is in
 * ff-cli-print-business-plan.c)
 *
 * "print" takes the options of every document it prints, and lets go of the fonts
 * printing loaded before the process ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "ff-audit.h"
#include "ff-cli-print.h"
#include "ff-cli-print-private.h"
#include "ff-job-log-report.h"
#include "ff-language.h"
#include "ff-participant.h"
#include "ff-plan.h"
#include "ff-plan-report.h"
#include "ff-report-language.h"
#include "ff-validate.h"

/* clang says whether it builds with AddressSanitizer through __has_feature. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FF_HAS_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef FF_HAS_ADDRESS_SANITIZER
#define FF_HAS_ADDRESS_SANITIZER 0
#endif

gboolean
ff_cli_print_check_language (const char *language)
{
  g_autoptr(GError) error = NULL;

  if (language == NULL)
    return TRUE;

  if (!ff_report_language_is_known (language))
    {
      /* Translators: %s is what the user typed; keep the language codes as they are */
      ff_cli_usage_error (_("“%s” is not a language documents are printed in: choose nb, "
                            "nn, uk or en."),
                          language);
      return FALSE;
    }

  if (!ff_report_language_available (language, &error))
    {
      ff_cli_report_error (error, FF_CLI_EXIT_USAGE);
      return FALSE;
    }

  return TRUE;
}

/* Whether the regular file at @path holds something else than a PDF document. An
 * empty file (made ready for the output) is not something else. */
static gboolean
holds_other_than_pdf (const char *path)
{
  static const char magic[] = "%PDF-";
  char start[sizeof magic - 1];
  FILE *file = g_fopen (path, "rb");
  size_t n;

  if (file == NULL)
    return FALSE;  /* unreadable: writing it will say what is wrong */
  n = fread (start, 1, sizeof start, file);
  fclose (file);

  return n > 0 && (n < sizeof start || memcmp (start, magic, sizeof start) != 0);
}

gboolean
ff_cli_print_check_output (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          /* Translators: %s is a folder; keep “document.pdf” as it is, or translate
           * the word before ".pdf" */
          ff_cli_usage_error (_("%s is a folder. Give the name of the PDF file to write, "
                                "such as “document.pdf”."),
                              path);
          return FALSE;
        }
      if (!S_ISREG (st.st_mode) || holds_other_than_pdf (path))
        {
          /* Translators: %s is a file name */
          ff_cli_usage_error (_("%s already exists and is not a PDF document. Choose a "
                                "new file name for the document."),
                              path);
          return FALSE;
        }
    }
  else if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      /* Translators: %s is a folder */
      ff_cli_usage_error (_("There is no folder %s to write the document in."), folder);
      return FALSE;
    }

  return TRUE;
}

const char *
ff_cli_print_choose_second_language (FfPlan        *plan,
                                     FfParticipant *participant,
                                     const char    *language)
{
  const char *candidates[] = {
    plan != NULL ? ff_plan_get_field (plan, FF_PLAN_FIELD_SECOND_LANGUAGE) : NULL,
    ff_plan_language_for_participant (ff_participant_get_field (participant,
                                                                FF_PARTICIPANT_LANGUAGES),
                                      ff_participant_get_field (participant,
                                                                FF_PARTICIPANT_COUNTRY)),
    plan != NULL ? ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE) : NULL,
    "nb",
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      if (candidates[i] != NULL && ff_report_language_is_known (candidates[i])
          && g_strcmp0 (candidates[i], language) != 0)
        return candidates[i];
    }

  return NULL;
}

static void
print_options_clear (PrintOptions *options)
{
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->language, g_free);
  g_clear_pointer (&options->second_language, g_free);
  g_clear_pointer (&options->version_text, g_free);
  g_clear_pointer (&options->from_text, g_free);
  g_clear_pointer (&options->to_text, g_free);
  g_clear_pointer (&options->plan_text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PrintOptions, print_options_clear)

/* Prints one kind of document: argv[0] is its name ("plan"), the rest what followed it
 * on the command line. */
typedef int (*PrintFunc) (FfCli              *cli,
                          const PrintOptions *options,
                          int                 argc,
                          char              **argv);

int
ff_cli_print_check_participant_and_output (const PrintOptions *options,
                                           int                 argc,
                                           char              **argv,
                                           gint64             *participant_id,
                                           const char         *missing,
                                           ...)
{
  if (argc < 2)
    {
      g_autofree char *message = NULL;
      va_list args;

      va_start (args, missing);
      message = g_strdup_vprintf (missing, args);
      va_end (args);

      return ff_cli_usage_error ("%s", message);
    }
  if (!ff_cli_parse_id (argv[1], participant_id))
    /* Translators: the first %s is what the user typed, the second a command to type */
    return ff_cli_usage_error (_("“%s” is not a participant's number. “%s” shows the "
                                 "numbers."),
                               argv[1], LIST_PARTICIPANTS);
  if (!ff_cli_no_more_arguments (argc - 1, argv + 1))
    return FF_CLI_EXIT_USAGE;

  if (options->output == NULL)
    /* Translators: keep “--output FILE.pdf” as it is */
    return ff_cli_usage_error ("%s", _("Give the PDF file to write with --output FILE.pdf."));

  return FF_CLI_EXIT_OK;
}

int
ff_cli_print_write (FfDocument *document,
                    const char *output,
                    const char *boxes_message)
{
  g_autoptr(GError) error = NULL;
  int n_pages = 0;

  if (!ff_document_write_pdf (document, output, &n_pages, &error))
    return ff_cli_report_error (error,
                                g_error_matches (error, FF_REPORT_ERROR, FF_REPORT_ERROR_WRITE)
                                ? FF_CLI_EXIT_USAGE : FF_CLI_EXIT_PROBLEMS);

  if (ff_document_get_unknown_glyphs (document) > 0)
    g_printerr ("fotfeste-cli: %s\n", boxes_message);

  /* Translators: %s is the PDF file written, %d its number of pages */
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %s (%d page).\n", "Wrote %s (%d pages).\n",
                       n_pages),
          output, n_pages);
  return FF_CLI_EXIT_OK;
}

static int
print_plan (FfCli              *cli,
            const PrintOptions *options,
            int                 argc,
            char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfPlan) plan = NULL;
  g_autoptr(FfPlanReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *language;
  const char *second_language = NULL;
  const char *name;
  gint64 participant_id = 0;
  guint64 version = 0;
  gint64 plan_id;
  int status;

  status = ff_cli_print_check_participant_and_output (
    options, argc, argv, &participant_id,
    /* Translators: %s is a command, kept as is */
    _("Give the number of the participant whose plan "
      "to print, as “%s” shows it."),
    LIST_PARTICIPANTS);
  if (status != FF_CLI_EXIT_OK)
    return status;
  if (options->from_text != NULL || options->to_text != NULL)
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("--from and --to choose the period of a job-seeker "
                                       "log, a follow-up history or an attendance report: "
                                       "a plan is printed whole."));
  if (options->plan_text != NULL || options->feedback)
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("--plan and --feedback apply to business plans "
                                       "only."));
  if (!ff_cli_print_check_language (options->language) || !ff_cli_print_check_language (options->second_language))
    return FF_CLI_EXIT_USAGE;
  if (options->second_language != NULL && !options->bilingual)
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("--second-language goes with --bilingual: a plan "
                                       "printed in one language has no second one."));
  if (options->language != NULL
      && g_strcmp0 (options->language, options->second_language) == 0)
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("A bilingual plan needs two different languages: "
                                       "choose another one with --second-language."));
  if (options->version_text != NULL
      && !ff_cli_parse_number (options->version_text, 1, G_MAXINT, &version))
    /* Translators: %s is what the user typed as the version of a plan */
    return ff_cli_usage_error (_("“%s” is not a version: type a whole number from 1 on."),
                               options->version_text);
  if (!ff_cli_print_check_output (options->output))
    return FF_CLI_EXIT_USAGE;

  participant = ff_cli_print_load_participant (cli, participant_id, argv[1], &store,
                                               &status);
  if (participant == NULL)
    return status;
  name = ff_participant_get_display_name (participant);

  plan_id = ff_plan_find_for_participant (store, participant_id, &error);
  if (plan_id == 0)
    {
      /* Translators: %s is the participant's name */
      message = g_strdup_printf (_("%s has no plan yet. Write one on their page "
                                   "in Fotfeste first."),
                                 name);
      return ff_cli_lookup_error (error, message);
    }

  if (version != 0)
    {
      plan_id = ff_plan_find_version (store, plan_id, (int) version, &error);
      if (plan_id == 0)
        {
          /* Translators: %s is the participant's name, %d the version the user asked
           * for */
          message = g_strdup_printf (_("The plan of %s has no version %d. Leave out "
                                       "--version to print the current one."),
                                     name, (int) version);
          return ff_cli_lookup_error (error, message);
        }
    }

  plan = ff_plan_load (store, plan_id, &error);
  if (plan == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  language = options->language;
  if (language == NULL)
    {
      language = ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE);
      if (!ff_report_language_is_known (language))
        language = "nb";
    }

  if (options->bilingual)
    {
      second_language = options->second_language != NULL
                        ? options->second_language
                        : ff_cli_print_choose_second_language (plan, participant, language);
      if (g_strcmp0 (second_language, language) == 0)
        /* Translators: %s is the name of a language ("Norwegian Bokmål"); keep the
         * options as they are */
        return ff_cli_usage_error (_("This plan is printed in %s: choose another second "
                                     "language with --second-language, or another first "
                                     "one with --language."),
                                   ff_report_language_name (language));
    }

  /* The plan's own languages, when none was given, need their translations too. */
  if (!ff_cli_print_check_language (language) || !ff_cli_print_check_language (second_language))
    return FF_CLI_EXIT_USAGE;

  report = ff_plan_report_new (plan, language, second_language, &error);
  if (report == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_USAGE);
  ff_document_set_audit (FF_DOCUMENT (report), store, participant_id, FF_AUDIT_PLAN);

  return ff_cli_print_write (FF_DOCUMENT (report), options->output,
                             _("Some letters of this plan have no installed font and are "
                               "printed as boxes. Install fonts that have them, such as "
                               "Debian's fonts-noto-core, and print again."));
}

gboolean
ff_cli_print_parse_date (const char  *option,
                         const char  *text,
                         char       **date)
{
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return TRUE;

  if (!ff_validate_date (text, FF_DATE_ANY, date, &error))
    {
      /* Translators: the first %s is an option (--from or --to), the second what the
       * user typed after it, the third says what is wrong with it */
      ff_cli_usage_error (_("%s “%s” is not a date: %s"), option, text, error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
ff_cli_print_parse_period (const char  *from_text,
                           const char  *to_text,
                           char       **from,
                           char       **to)
{
  if (!ff_cli_print_parse_date ("--from", from_text, from)
      || !ff_cli_print_parse_date ("--to", to_text, to))
    return FALSE;
  if (*from != NULL && *to != NULL && strcmp (*to, *from) < 0)
    {
      /* Translators: keep the options as they are; %s are the two dates as typed */
      ff_cli_usage_error (_("--to %s comes before --from %s: give the first day of "
                            "the period with --from and the last with --to."),
                          to_text, from_text);
      return FALSE;
    }

  return TRUE;
}

FfParticipant *
ff_cli_print_load_participant (FfCli       *cli,
                               gint64       participant_id,
                               const char  *typed,
                               FfStore    **store,
                               int         *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  FfParticipant *participant;

  *store = ff_cli_open_store_to_read (cli);
  if (*store == NULL)
    {
      *status = FF_CLI_EXIT_USAGE;
      return NULL;
    }

  participant = ff_participant_load (*store, participant_id, &error);
  if (participant == NULL)
    {
      /* Translators: %s is a number the user typed; keep the command as it is */
      message = g_strdup_printf (_("There is no participant number %s. “%s” shows the "
                                   "numbers."),
                                 typed, LIST_PARTICIPANTS);
      *status = ff_cli_lookup_error (error, message);
    }

  return participant;
}

int
ff_cli_print_choose_languages (FfStore             *store,
                               FfParticipant       *participant,
                               const PrintOptions  *options,
                               char               **language,
                               const char         **second_language)
{
  g_autoptr(GError) error = NULL;

  *second_language = NULL;
  *language = options->language != NULL
              ? g_strdup (options->language)
              : ff_cli_print_default_language (store, participant, &error);
  if (*language == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  if (options->bilingual)
    {
      if (options->second_language != NULL)
        *second_language = options->second_language;
      else if (g_strcmp0 (*language, "nb") != 0 && g_strcmp0 (*language, "nn") != 0)
        *second_language = "nb";
      else
        *second_language = ff_cli_print_choose_second_language (NULL, participant, *language);
    }
  if (!ff_cli_print_check_language (*language) ||
      !ff_cli_print_check_language (*second_language))
    return FF_CLI_EXIT_USAGE;

  return FF_CLI_EXIT_OK;
}

char *
ff_cli_print_default_language (FfStore        *store,
                               FfParticipant  *participant,
                               GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(FfPlan) plan = NULL;
  const char *displayed = ff_language_displayed ();
  gint64 plan_id;

  plan_id = ff_plan_find_for_participant (store, ff_participant_get_id (participant),
                                          &local_error);
  if (plan_id == 0 && local_error != NULL
      && !g_error_matches (local_error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (plan_id != 0)
    {
      plan = ff_plan_load (store, plan_id, error);
      if (plan == NULL)
        return NULL;
      if (ff_report_language_is_known (ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE)))
        return g_strdup (ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE));
    }

  if (ff_report_language_available (displayed, NULL))
    return g_strdup (displayed);
  return g_strdup ("nb");
}

static int
print_job_log (FfCli              *cli,
               const PrintOptions *options,
               int                 argc,
               char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfJobLogReport) report = NULL;
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
    _("Give the number of the participant whose "
      "job-seeker log to print, as “%s” shows it."),
    LIST_PARTICIPANTS);
  if (status != FF_CLI_EXIT_OK)
    return status;
  if (options->version_text != NULL)
    /* Translators: keep the option as it is */
    return ff_cli_usage_error ("%s", _("--version applies to plans only: a job-seeker log "
                                       "is printed as it is now."));
  if (options->plan_text != NULL || options->feedback)
    return ff_cli_usage_error ("%s", _("--plan and --feedback apply to business plans "
                                       "only."));
  if (!ff_cli_print_parse_period (options->from_text, options->to_text, &from, &to))
    return FF_CLI_EXIT_USAGE;
  if (!ff_cli_print_check_language (options->language) || !ff_cli_print_check_language (options->second_language))
    return FF_CLI_EXIT_USAGE;
  if (options->second_language != NULL && !options->bilingual)
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("--second-language goes with --bilingual: a log "
                                       "printed in one language has no second one."));
  if (options->language != NULL
      && g_strcmp0 (options->language, options->second_language) == 0)
    /* Translators: keep the options as they are */
    return ff_cli_usage_error ("%s", _("A bilingual log needs two different languages: "
                                       "choose another one with --second-language."));
  if (!ff_cli_print_check_output (options->output))
    return FF_CLI_EXIT_USAGE;

  participant = ff_cli_print_load_participant (cli, participant_id, argv[1], &store,
                                               &status);
  if (participant == NULL)
    return status;

  status = ff_cli_print_choose_languages (store, participant, options, &language,
                                          &second_language);
  if (status != FF_CLI_EXIT_OK)
    return status;

  report = ff_job_log_report_new (store, participant_id, from, to, language, second_language,
                                  &error);
  if (report == NULL)
    return ff_cli_report_error (error, g_error_matches (error, FF_REPORT_ERROR,
                                                        FF_REPORT_ERROR_LANGUAGE)
                                       || g_error_matches (error, FF_REPORT_ERROR,
                                                           FF_REPORT_ERROR_TRANSLATION)
                                       ? FF_CLI_EXIT_USAGE : FF_CLI_EXIT_PROBLEMS);

  return ff_cli_print_write (FF_DOCUMENT (report), options->output,
                             _("Some letters of this job-seeker log have no installed font "
                               "and are printed as boxes. Install fonts that have them, such "
                               "as Debian's fonts-noto-core, and print again."));
}

/* What "print" prints. A new kind of document gets a row here; the usage of "print" in
 * ff-cli.c and the two messages below say which there are. */
static const struct
{
  const char *name;
  PrintFunc run;
} prints[] = {
  { "plan", print_plan },
  { "business-plan", ff_cli_print_business_plan },
  { "job-log", print_job_log },
  { "attendance", ff_cli_print_attendance },
  { "sign-in", ff_cli_print_sign_in },
  { "placement-agreement", ff_cli_print_placement_agreement },
  { "follow-ups", ff_cli_print_follow_ups },
};

int
ff_cli_print (FfCli              *cli,
              const FfCliCommand *command,
              int                 argc,
              char              **argv)
{
  g_auto(PrintOptions) options = { 0 };
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("The PDF file to write"),
      /* Translators: the value of an option that names a file, in --help: --output=FILE */
      N_("FILE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &options.language,
      /* Translators: the help of --language; LANGUAGE is its value, shown in --help as
       * --language=LANGUAGE: call it as you translated "LANGUAGE"; keep the language
       * codes as they are */
      N_("Print the labels in LANGUAGE: nb, nn, uk or en (if not given, the plan's own; "
         "for a job-seeker log without a plan, and a course's documents, the language "
         "shown)"),
      /* Translators: the value of --language and --second-language in --help
       * (--language=LANGUAGE): a language code such as nb */
      N_("LANGUAGE") },
    { "bilingual", 'b', 0, G_OPTION_ARG_NONE, &options.bilingual,
      N_("Print every label in a second language as well: the participant's own, or the "
         "one given with --second-language"), NULL },
    { "second-language", 0, 0, G_OPTION_ARG_STRING, &options.second_language,
      /* Translators: the help of --second-language; keep the language codes as they are */
      N_("The second language of a bilingual document: nb, nn, uk or en"),
      /* Translators: the value of --second-language in --help: a language code such as uk */
      N_("LANGUAGE") },
    { "version", 0, 0, G_OPTION_ARG_STRING, &options.version_text,
      /* Translators: the help of --version; N is its value, a version number of the plan,
       * shown in --help as --version=N: call it as you translated "N" */
      N_("Print version N of the plan, as it was signed (the current draft if not given)"),
      /* Translators: the value of --version in --help (--version=N): a version number */
      N_("N") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from_text,
      /* Translators: the help of --from; DATE is its value, shown in --help as
       * --from=DATE: call it as you translated "DATE" */
      N_("Print the applications of a job-seeker log, the sessions of an attendance report "
         "or the conversations of a follow-up history, dated DATE or later"),
      /* Translators: the value of --from and --to in --help (--from=DATE): a date such as
       * 2026-01-31 or 31.01.2026 */
      N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to_text,
      /* Translators: the help of --to; DATE is its value, shown in --help as --to=DATE:
       * call it as you translated "DATE" */
      N_("Print the applications of a job-seeker log, the sessions of an attendance report "
         "or the conversations of a follow-up history, dated DATE or earlier"),
      N_("DATE") },
    { "plan", 0, 0, G_OPTION_ARG_STRING, &options.plan_text,
      /* Translators: the help of --plan; N is its value, the number of a business plan,
       * shown in --help as --plan=N: call it as you translated "N" */
      N_("Print business plan N of the participant, as “list business-plans” shows it "
         "(the newest if not given)"),
      N_("N") },
    { "feedback", 0, 0, G_OPTION_ARG_NONE, &options.feedback,
      N_("Print a business plan with its reviewers' feedback and marks"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!ff_cli_parse_command (cli, command, entries, &argc, &argv))
    return FF_CLI_EXIT_USAGE;

  if (argc < 2)
    /* Translators: the two %s are command lines to type, keep them as they are */
    return ff_cli_usage_error (_("Say what to print: %s, or %s"), PRINT_USAGE,
                               PRINT_COURSE_USAGE);

  for (guint i = 0; i < G_N_ELEMENTS (prints); i++)
    {
      if (g_strcmp0 (argv[1], prints[i].name) == 0)
        return prints[i].run (cli, &options, argc - 1, argv + 1);
    }

  /* Translators: the first %s is what the user typed after "print", the others command
   * lines to type; keep “plan”, “business-plan”, “job-log”, “follow-ups”,
   * “placement-agreement”, “attendance” and “sign-in” as they are */
  return ff_cli_usage_error (_("Cannot print “%s”: choose “plan”, “business-plan”, "
                               "“job-log”, “follow-ups”, “placement-agreement”, "
                               "“attendance” or “sign-in”, as in %s, or %s"),
                             argv[1], PRINT_USAGE, PRINT_COURSE_USAGE);
}
