/* ff-cli-print-private.h — what the prints of fotfeste-cli's documents share: their
 * options, and the checks of the participant, the languages and the file to write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-cli-common.h"
#include "ff-document.h"
#include "ff-participant.h"
#include "ff-plan.h"

G_BEGIN_DECLS

/* How "print" goes, for the messages that show it. */
#define PRINT_USAGE "fotfeste-cli print plan|business-plan|job-log|follow-ups PARTICIPANT " \
                    "--output FILE.pdf, or fotfeste-cli print placement-agreement PLACEMENT " \
                    "--output FILE.pdf"
#define PRINT_COURSE_USAGE "fotfeste-cli print attendance COURSE|sign-in SESSION --output FILE.pdf"
#define LIST_PARTICIPANTS "fotfeste-cli list participants"

typedef struct
{
  char *output;
  char *language;          /* --language */
  char *second_language;   /* --second-language */
  char *version_text;
  char *from_text;         /* --from, as typed */
  char *to_text;
  char *plan_text;         /* --plan, as typed */
  gboolean bilingual;
  gboolean feedback;       /* --feedback */
} PrintOptions;

/* TRUE for no language or a language documents are printed in, whose translation is
 * there; otherwise says why. A document is never printed in English in its place. */
gboolean    ff_cli_print_check_language   (const char         *language);

/* Refuses, before the database is opened, an output that can never be written and
 * one that would overwrite something else than a PDF document (the database itself,
 * a letter …). A PDF is written over: printing again replaces the last print. */
gboolean    ff_cli_print_check_output     (const char         *path);

/* The second language of a bilingual print when none was asked for: the plan's,
 * else the participant's own; never @language itself (then the plan's own
 * language, or Bokmål). NULL when there is none. @plan is NULL for a document that
 * is not an individual plan. */
const char *ff_cli_print_choose_second_language (FfPlan        *plan,
                                                 FfParticipant *participant,
                                                 const char    *language);

/* The language of a document printed without --language that has none of its own
 * (a job-seeker log, a business plan): that of the participant's plan, as their
 * documents are printed in; without a plan, the interface's, when documents can be
 * printed in it; else Bokmål. NULL on an error of the file. */
char       *ff_cli_print_default_language (FfStore            *store,
                                           FfParticipant      *participant,
                                           GError            **error);

/* Opens the file to read, in *@store (to unref), and participant @participant_id in
 * it (to unref); NULL with *@status set and said when either cannot be, @typed being
 * the number as the user typed it. */
FfParticipant *ff_cli_print_load_participant (FfCli      *cli,
                                              gint64      participant_id,
                                              const char *typed,
                                              FfStore   **store,
                                              int        *status);

/* The languages of a document that goes to NAV, a bank or the municipality (a
 * job-seeker log, a business plan): --language, else ff_cli_print_default_language ();
 * bilingual with --second-language, else Norwegian and the participant's own, so that
 * Norwegian is always one of the two. FF_CLI_EXIT_OK with *@language (to free) and
 * *@second_language (NULL for one language) set; else the exit status, said. */
int         ff_cli_print_choose_languages (FfStore            *store,
                                           FfParticipant      *participant,
                                           const PrintOptions *options,
                                           char              **language,
                                           const char        **second_language);

/* The participant whose document to print, the one argument after the document's name,
 * and the file to print to: FF_CLI_EXIT_OK with *@participant_id set when they are
 * there; else says what is missing (@missing, when the participant is) and returns the
 * exit status. */
int         ff_cli_print_check_participant_and_output (const PrintOptions *options,
                                                       int                 argc,
                                                       char              **argv,
                                                       gint64             *participant_id,
                                                       const char         *missing,
                                                       ...) G_GNUC_PRINTF (5, 6);

/* Writes @document to @output as PDF and says so, or says why not; warns with
 * @boxes_message of letters no font has. Returns the exit status. */
int         ff_cli_print_write            (FfDocument         *document,
                                           const char         *output,
                                           const char         *boxes_message);

/* --from or --to (@option): @text as typed ("2026-01-31" or "31.01.2026") in @date as
 * YYYY-MM-DD; NULL stays NULL. Otherwise says why it is not a date. */
gboolean    ff_cli_print_parse_date       (const char         *option,
                                           const char         *text,
                                           char              **date);

/* --from and --to, each a date and the second not before the first, in @from and @to
 * (YYYY-MM-DD, NULL when not given); otherwise says why not. */
gboolean    ff_cli_print_parse_period     (const char         *from_text,
                                           const char         *to_text,
                                           char              **from,
                                           char              **to);

/* print business-plan (ff-cli-print-business-plan.c) */
int         ff_cli_print_business_plan    (FfCli              *cli,
                                           const PrintOptions *options,
                                           int                 argc,
                                           char              **argv);

/* print attendance, print sign-in (ff-cli-print-course.c) */
int         ff_cli_print_attendance       (FfCli              *cli,
                                           const PrintOptions *options,
                                           int                 argc,
                                           char              **argv);
int         ff_cli_print_sign_in          (FfCli              *cli,
                                           const PrintOptions *options,
                                           int                 argc,
                                           char              **argv);

/* print placement-agreement and print follow-ups (ff-cli-print-placement.c) */
int         ff_cli_print_placement_agreement (FfCli              *cli,
                                              const PrintOptions *options,
                                              int                 argc,
                                              char              **argv);
int         ff_cli_print_follow_ups       (FfCli              *cli,
                                           const PrintOptions *options,
                                           int                 argc,
                                           char              **argv);

/* The languages of a document of a course or a programme, which has no one
 * participant's language: --language, else the interface's when documents are
 * printed in it, else Bokmål; bilingual only with --bilingual and --second-language.
 * FALSE, said, when they cannot be. */
gboolean    ff_cli_print_course_languages (const PrintOptions *options,
                                           const char        **language,
                                           const char        **second_language);

G_END_DECLS
