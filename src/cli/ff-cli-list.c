/* ff-cli-list.c — fotfeste-cli's lists of records, one line each: list programmes,
 * list participants, list employers, list courses, list applications, list
 * business-plans, list retention, list mentors, list placements and list follow-ups
 *
 * "list" takes the options of every kind of record it lists, so that an option given
 * to the wrong kind is answered by what it applies to rather than by "unknown option".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-business-budget.h"
#include "ff-business-plan.h"
#include "ff-cli-list.h"
#include "ff-course.h"
#include "ff-employer.h"
#include "ff-enrolment-status.h"
#include "ff-follow-up.h"
#include "ff-format.h"
#include "ff-job-log.h"
#include "ff-mentor.h"
#include "ff-placement.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-retention.h"
#include "ff-validate.h"

/* Records loaded at a time when listing. */
#define LIST_CHUNK 1000

typedef struct
{
  char *search;
  char *status_key;
  char *participant_text;  /* --participant, as typed */
  gboolean archived;
  gboolean due;
  int years;               /* --years, -1 when not given */
} ListOptions;

static void
list_options_clear (ListOptions *options)
{
  g_clear_pointer (&options->search, g_free);
  g_clear_pointer (&options->status_key, g_free);
  g_clear_pointer (&options->participant_text, g_free);
}

/* Says that the options of applications and follow-ups go with no other kind; FALSE
 * when one was given. */
static gboolean
only_options_of_applications (const ListOptions *options)
{
  if (options->participant_text != NULL || options->due)
    {
      /* Translators: keep the options, “applications” and “follow-ups” as they are */
      ff_cli_usage_error ("%s", _("--participant and --due apply to applications and "
                                  "follow-ups only."));
      return FALSE;
    }

  return TRUE;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListOptions, list_options_clear)

/* Prints one record as one line. */
typedef void (*RowFunc) (FfRecord *record);

/* Lists the records of @type that @options leave, each by @row: argv[0] is the name of
 * the kind ("programmes"), the rest what followed it on the command line. */
typedef int (*ListFunc) (FfCli               *cli,
                         const FfRecordType  *type,
                         const ListOptions   *options,
                         int                  argc,
                         char               **argv,
                         RowFunc              row);

/* Prints the records @ids, loaded in chunks to keep memory flat at 100,000. */
static int
print_records (FfStore             *store,
               const FfRecordType  *type,
               GArray              *ids,
               RowFunc              row)
{
  g_autoptr(GError) error = NULL;

  for (guint start = 0; start < ids->len; start += LIST_CHUNK)
    {
      guint n = MIN (LIST_CHUNK, ids->len - start);
      g_autoptr(GPtrArray) records =
        ff_record_load_many (store, type, &g_array_index (ids, gint64, start), n, &error);

      if (records == NULL)
        return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

      for (guint i = 0; i < records->len; i++)
        row (g_ptr_array_index (records, i));
    }

  return FF_CLI_EXIT_OK;
}

/* The records of @type that --search and --archived leave, in their order. */
static int
list_records (FfCli               *cli,
              const FfRecordType  *type,
              const ListOptions   *options,
              int                  argc,
              char               **argv,
              RowFunc              row)
{
  FfRecordQuery query = { .search = options->search, .include_archived = options->archived };
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (!ff_cli_no_more_arguments (argc, argv))
    return FF_CLI_EXIT_USAGE;
  if (options->status_key != NULL)
    return ff_cli_usage_error ("%s", _("--status applies to participants only."));
  if (!only_options_of_applications (options))
    return FF_CLI_EXIT_USAGE;

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  ids = ff_record_query_ids (store, type, &query, &error);
  if (ids == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  return print_records (store, type, ids, row);
}

/* id, name, kind */
static void
programme_row (FfRecord *record)
{
  FfProgramme *programme = FF_PROGRAMME (record);

  ff_cli_print_row (ff_programme_get_id (programme), ff_programme_get_name (programme),
                    ff_programme_get_kind_label (programme));
}

/* id, name, organisation number as the register writes it */
static void
employer_row (FfRecord *record)
{
  g_autofree char *number = ff_org_number_to_display (ff_record_get (record,
                                                                     FF_EMPLOYER_ORG_NUMBER));

  ff_cli_print_row (ff_record_get_id (record), ff_record_get_title (record), number);
}

/* id, title, kind, programme, period; apart by tabs */
static void
course_row (FfRecord *record)
{
  g_autofree char *start = ff_format_date (ff_record_get (record, FF_COURSE_START_DATE), NULL);
  g_autofree char *end = ff_format_date (ff_record_get (record, FF_COURSE_END_DATE), NULL);
  g_autofree char *period = NULL;

  if (*start != '\0' || *end != '\0')
    /* Translators: a course's period in a line of “list courses”: start date – end date,
     * either may be empty */
    period = g_strdup_printf (C_("course", "%s – %s"), start, end);

  printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", ff_record_get_id (record),
          ff_record_get_title (record),
          ff_choice_list_key_label (&ff_course_kinds, ff_record_get (record, FF_COURSE_KIND)),
          ff_record_get_extra (record, FF_COURSE_PROGRAMME_NAME),
          period != NULL ? period : "");
}

/* id, date, start–end, and whether it is cancelled; apart by tabs */
static void
session_row (FfRecord *record)
{
  g_autofree char *date = ff_format_date (ff_record_get (record, FF_SESSION_DATE), NULL);
  gboolean cancelled = g_strcmp0 (ff_record_get (record, FF_SESSION_CANCELLED), "1") == 0;

  printf ("%" G_GINT64_FORMAT "\t%s\t%s–%s\t%s\n", ff_record_get_id (record), date,
          ff_record_get (record, FF_SESSION_START), ff_record_get (record, FF_SESSION_END),
          /* Translators: in a line of “list sessions”: a session that does not take
           * place */
          cancelled ? C_("session", "Cancelled") : "");
}

/* The sessions of the course argv[1], by date. */
static int
list_sessions (FfCli               *cli,
               const FfRecordType  *type,
               const ListOptions   *options,
               int                  argc,
               char               **argv,
               RowFunc              row)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FfRecord) course = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *message = NULL;
  gint64 course_id = 0;

  if (argc < 2)
    /* Translators: keep the command as it is */
    return ff_cli_usage_error ("%s", _("Give the number of the course whose sessions to list, "
                                       "as “fotfeste-cli list courses” shows it."));
  if (!ff_cli_parse_id (argv[1], &course_id))
    /* Translators: %s is what the user typed; keep the command as it is */
    return ff_cli_usage_error (_("“%s” is not a course's number. “%s” shows the numbers."),
                               argv[1], "fotfeste-cli list courses");
  if (!ff_cli_no_more_arguments (argc - 1, argv + 1))
    return FF_CLI_EXIT_USAGE;
  if (options->search != NULL || options->archived || options->status_key != NULL
      || !only_options_of_applications (options))
    /* Translators: keep the command as it is */
    return ff_cli_usage_error ("%s", _("“list sessions” takes no options: it lists every "
                                       "session of the course."));

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  course = ff_record_load (store, &ff_course_type, course_id, &error);
  if (course == NULL)
    {
      /* Translators: %s is a number the user typed; keep the command as it is */
      message = g_strdup_printf (_("There is no course number %s. “%s” shows the numbers."),
                                 argv[1], "fotfeste-cli list courses");
      return ff_cli_lookup_error (error, message);
    }

  sessions = ff_record_load_owned (store, type, course_id, &error);
  if (sessions == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
  for (guint i = 0; i < sessions->len; i++)
    row (g_ptr_array_index (sessions, i));

  return FF_CLI_EXIT_OK;
}

/* "none" stands for the empty key of FF_ENROLMENT_STATUS_NONE. */
static gboolean
parse_status (const char        *key,
              FfEnrolmentStatus *status)
{
  if (g_strcmp0 (key, "none") == 0)
    {
      *status = FF_ENROLMENT_STATUS_NONE;
      return TRUE;
    }

  *status = ff_enrolment_status_from_key (key);
  return *status != FF_ENROLMENT_STATUS_NONE;
}

/* id, name, status */
static void
participant_row (FfRecord *record)
{
  FfParticipant *participant = FF_PARTICIPANT (record);

  ff_cli_print_row (ff_participant_get_id (participant),
                    ff_participant_get_display_name (participant),
                    ff_enrolment_status_to_label (ff_participant_get_status (participant)));
}

/* As list_records(), with --status rather than --archived, sorted by name. */
static int
list_participants (FfCli               *cli,
                   const FfRecordType  *type,
                   const ListOptions   *options,
                   int                  argc,
                   char               **argv,
                   RowFunc              row)
{
  FfParticipantQuery query = {
    .search = options->search,
    .programme_id = 0,
    .status = FF_ENROLMENT_STATUS_ANY,
    .sort = FF_PARTICIPANT_SORT_NAME,
  };
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (!ff_cli_no_more_arguments (argc, argv))
    return FF_CLI_EXIT_USAGE;
  if (options->archived)
    return ff_cli_usage_error ("%s", _("--archived applies to programmes, employers and courses only."));
  if (!only_options_of_applications (options))
    return FF_CLI_EXIT_USAGE;
  if (options->status_key != NULL && !parse_status (options->status_key, &query.status))
    /* Translators: %s is what the user typed; keep the status keys as they are */
    return ff_cli_usage_error (_("“%s” is not a status. Choose referred, interviewed, "
                                 "waiting-list, active, on-leave, completed, dropped-out, "
                                 "moved or none."),
                               options->status_key);

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  ids = ff_participant_query_ids (store, &query, &error);
  if (ids == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  return print_records (store, type, ids, row);
}

/* date, participant, employer, position, status with its date, next follow-up; apart
 * by tabs, after the application's number */
static void
application_row (FfRecord *record)
{
  g_autofree char *date = ff_format_date (ff_record_get (record, FF_JOB_APPLICATION_DATE),
                                          NULL);
  g_autofree char *status_date = ff_format_date (ff_record_get (record,
                                                                FF_JOB_APPLICATION_STATUS_DATE),
                                                 NULL);
  g_autofree char *follow_up = ff_format_date (ff_record_get (record,
                                                              FF_JOB_APPLICATION_FOLLOW_UP),
                                               NULL);
  const char *status = ff_choice_list_key_label (&ff_job_statuses,
                                                 ff_record_get (record,
                                                                FF_JOB_APPLICATION_STATUS));

  printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s (%s)\t%s\n", ff_record_get_id (record),
          date, ff_record_get_extra (record, FF_JOB_APPLICATION_PARTICIPANT_NAME),
          ff_record_get (record, FF_JOB_APPLICATION_EMPLOYER),
          ff_record_get (record, FF_JOB_APPLICATION_POSITION), status, status_date,
          follow_up);
}

/* Prints the applications of every participant, by the participants' names, each
 * participant's newest first; one participant at a time, to keep memory flat. */
static int
print_every_log (FfStore *store,
                 RowFunc  row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_participant_query_ids (store, NULL, &error);

  if (ids == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GPtrArray) records =
        ff_job_application_list (store, g_array_index (ids, gint64, i), NULL, NULL, &error);

      if (records == NULL)
        return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
      for (guint j = 0; j < records->len; j++)
        row (g_ptr_array_index (records, j));
    }

  return FF_CLI_EXIT_OK;
}

/* What lists of one participant's records or everyone's share: no arguments, no
 * --status, --archived or --search (@not_searched says why not), and --participant a
 * participant who is there. Opens the store in *@store, and sets *@participant_id (0:
 * everyone's). */
static int
open_for_participant (FfCli              *cli,
                      const ListOptions  *options,
                      int                 argc,
                      char              **argv,
                      const char         *not_searched,
                      FfStore           **store,
                      gint64             *participant_id)
{
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  *participant_id = 0;
  if (!ff_cli_no_more_arguments (argc, argv))
    return FF_CLI_EXIT_USAGE;
  if (options->status_key != NULL)
    return ff_cli_usage_error ("%s", _("--status applies to participants only."));
  if (options->archived)
    return ff_cli_usage_error ("%s", _("--archived applies to programmes, employers and courses only."));
  if (options->search != NULL)
    return ff_cli_usage_error ("%s", not_searched);
  if (options->participant_text != NULL
      && !ff_cli_parse_id (options->participant_text, participant_id))
    /* Translators: %s is what the user typed; keep the command as it is */
    return ff_cli_usage_error (_("“%s” is not a participant's number. “fotfeste-cli list "
                                 "participants” shows the numbers."),
                               options->participant_text);

  *store = ff_cli_open_store_to_read (cli);
  if (*store == NULL)
    return FF_CLI_EXIT_USAGE;
  if (*participant_id == 0)
    return FF_CLI_EXIT_OK;

  participant = ff_participant_load (*store, *participant_id, &error);
  if (participant != NULL)
    return FF_CLI_EXIT_OK;

  /* Translators: %s is a number the user typed; keep the command as it is */
  message = g_strdup_printf (_("There is no participant number %s. “fotfeste-cli list "
                               "participants” shows the numbers."),
                             options->participant_text);
  return ff_cli_lookup_error (error, message);
}

/* Job applications, each participant's newest first: everyone's, by name, or one
 * participant's (--participant); with --due, those whose follow-up is due this week or
 * overdue, the earliest first. */
static int
list_applications (FfCli               *cli,
                   const FfRecordType  *type,
                   const ListOptions   *options,
                   int                  argc,
                   char               **argv,
                   RowFunc              row)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  gint64 participant_id = 0;
  /* Translators: keep the options as they are */
  int status = open_for_participant (cli, options, argc, argv,
                                     _("Applications are not searched: list one "
                                       "participant's with --participant."),
                                     &store, &participant_id);

  if (status != FF_CLI_EXIT_OK)
    return status;

  if (options->due)
    records = ff_job_log_follow_ups_due (store, NULL, 0, NULL, &error);
  else if (participant_id != 0)
    records = ff_job_application_list (store, participant_id, NULL, NULL, &error);
  else
    return print_every_log (store, row);
  if (records == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  for (guint i = 0; i < records->len; i++)
    {
      FfRecord *record = g_ptr_array_index (records, i);
      gint64 owner = g_ascii_strtoll (ff_record_get_extra (record,
                                                           FF_JOB_APPLICATION_PARTICIPANT_ID),
                                      NULL, 10);

      if (participant_id == 0 || owner == participant_id)
        row (record);
    }

  return FF_CLI_EXIT_OK;
}

/* number, participant, title, kind, status (its date), the month the budget breaks even;
 * apart by tabs */
static void
print_business_plan (FfRecord               *record,
                     const FfBusinessBudget *budget)
{
  g_autofree char *status_date =
    ff_format_date (ff_record_get (record, FF_BUSINESS_PLAN_STATUS_DATE), NULL);
  g_autofree char *break_even = NULL;

  if (budget->break_even_month != 0)
    /* Translators: the month of a 12-month budget in which the accumulated result turns
     * positive, 1–12 */
    break_even = g_strdup_printf (_("breaks even in month %u"), budget->break_even_month);
  else
    /* Translators: the accumulated result of a 12-month budget never turns positive */
    break_even = g_strdup (_("does not break even"));

  printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s (%s)\t%s\n", ff_record_get_id (record),
          ff_record_get_extra (record, FF_BUSINESS_PLAN_PARTICIPANT_NAME),
          ff_record_get_title (record),
          ff_choice_list_key_label (&ff_business_kinds,
                                    ff_record_get (record, FF_BUSINESS_PLAN_KIND)),
          ff_choice_list_key_label (&ff_business_statuses,
                                    ff_record_get (record, FF_BUSINESS_PLAN_STATUS)),
          status_date, break_even);
}

/* Every participant's business plans, by the participants' names, each participant's in
 * the order they were made; plans of deleted participants left out. */
static int
list_business_plans (FfCli               *cli,
                     const FfRecordType  *type,
                     const ListOptions   *options,
                     int                  argc,
                     char               **argv,
                     RowFunc              row)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (!ff_cli_no_more_arguments (argc, argv))
    return FF_CLI_EXIT_USAGE;
  if (options->search != NULL || options->status_key != NULL || options->archived ||
      options->participant_text != NULL || options->due)
    /* Translators: keep “list business-plans” as it is */
    return ff_cli_usage_error ("%s", _("“list business-plans” takes no options."));

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  ids = ff_business_plan_query_ids (store, 0, &error);
  if (ids == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  for (guint start = 0; start < ids->len; start += LIST_CHUNK)
    {
      guint n = MIN (LIST_CHUNK, ids->len - start);
      g_autoptr(GPtrArray) records =
        ff_record_load_many (store, type, &g_array_index (ids, gint64, start), n, &error);

      if (records == NULL)
        return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

      for (guint i = 0; i < records->len; i++)
        {
          FfRecord *record = g_ptr_array_index (records, i);
          FfBusinessBudget budget;

          if (!ff_business_budget_read (store, ff_record_get_id (record), &budget, &error))
            return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
          print_business_plan (record, &budget);
        }
    }

  return FF_CLI_EXIT_OK;
}

/* The participants due for a retention review: their last programme ended more than
 * --years (or the "retention-years" setting) years ago, and they are in none now. One
 * line each: number, name, last programme, the date it ended. */
static int
list_retention (FfCli               *cli,
                const FfRecordType  *type,
                const ListOptions   *options,
                int                  argc,
                char               **argv,
                RowFunc              row)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint years = options->years != -1 ? (guint) options->years : ff_retention_years ();

  if (!ff_cli_no_more_arguments (argc, argv))
    return FF_CLI_EXIT_USAGE;
  if (options->search != NULL || options->status_key != NULL || options->archived ||
      options->participant_text != NULL || options->due)
    /* Translators: keep the option and “retention” as they are */
    return ff_cli_usage_error ("%s", _("“list retention” takes only --years."));
  if (options->years != -1 &&
      (options->years < FF_RETENTION_MIN_YEARS || options->years > FF_RETENTION_MAX_YEARS))
    /* Translators: keep --years as it is; %d and %d are the smallest and largest number
     * of years */
    return ff_cli_usage_error (_("--years takes a number of years from %d to %d."),
                               FF_RETENTION_MIN_YEARS, FF_RETENTION_MAX_YEARS);

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  entries = ff_retention_list (store, years, NULL, &error);
  if (entries == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  for (guint i = 0; i < entries->len; i++)
    {
      FfRetentionEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *ended = ff_format_date (entry->end_date, NULL);

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", entry->participant_id, entry->name,
              entry->programme, ended);
    }

  return FF_CLI_EXIT_OK;
}

/* id, name, kind, municipality; apart by tabs */
static void
mentor_row (FfRecord *record)
{
  printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", ff_record_get_id (record),
          ff_record_get_title (record),
          ff_choice_list_key_label (&ff_mentor_kinds, ff_record_get (record, FF_MENTOR_KIND)),
          ff_record_get (record, FF_MENTOR_MUNICIPALITY));
}

/* id, participant, employer, kind, period, working percentage, and "no evaluation"
 * for one that ended without; apart by tabs */
static void
placement_row (FfRecord *record)
{
  g_autofree char *period = ff_format_period (ff_record_get (record, FF_PLACEMENT_START),
                                              ff_record_get (record, FF_PLACEMENT_END), NULL);
  g_autofree char *percent = NULL;
  const char *stored = ff_record_get (record, FF_PLACEMENT_PERCENT);

  if (*stored != '\0')
    percent = ff_format_percent (g_ascii_strtod (stored, NULL), NULL);

  printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s\n", ff_record_get_id (record),
          ff_record_get_extra (record, FF_PLACEMENT_PARTICIPANT_NAME),
          ff_record_get_extra (record, FF_PLACEMENT_EMPLOYER_NAME),
          ff_record_get_title (record), period, percent != NULL ? percent : "",
          ff_placement_needs_evaluation (record, NULL)
          /* Translators: a placement that ended without an evaluation, in its line of
           * “list placements” */
          ? _("no evaluation") : "");
}

/* Every placement of participants not deleted, newest first. */
static int
list_placements (FfCli               *cli,
                 const FfRecordType  *type,
                 const ListOptions   *options,
                 int                  argc,
                 char               **argv,
                 RowFunc              row)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (!ff_cli_no_more_arguments (argc, argv))
    return FF_CLI_EXIT_USAGE;
  if (options->search != NULL || options->status_key != NULL || options->archived ||
      options->participant_text != NULL || options->due)
    /* Translators: keep “list placements” as it is */
    return ff_cli_usage_error ("%s", _("“list placements” takes no options."));

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  ids = ff_placement_query_ids (store, &error);
  if (ids == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  return print_records (store, type, ids, row);
}

/* id, date, participant, kind, the summary's first line, how many actions are open;
 * apart by tabs */
static void
follow_up_row (FfRecord *record)
{
  g_autofree char *date = ff_format_date (ff_record_get (record, FF_FOLLOW_UP_DATE), NULL);
  g_auto(GStrv) lines = g_strsplit (ff_record_get (record, FF_FOLLOW_UP_SUMMARY), "\n", 2);
  const char *open = ff_record_get_extra (record, FF_FOLLOW_UP_OPEN_ACTIONS);
  g_autofree char *actions = NULL;

  if (g_strcmp0 (open, "0") != 0)
    /* Translators: how many actions of a follow-up conversation are not done yet, in
     * its line of “list follow-ups”; %s is the number */
    actions = g_strdup_printf (_("%s open actions"), open);

  printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\n", ff_record_get_id (record), date,
          ff_record_get_extra (record, FF_FOLLOW_UP_PARTICIPANT_NAME),
          ff_record_get_title (record), lines[0] != NULL ? lines[0] : "",
          actions != NULL ? actions : "");
}

/* id, due date, participant, what, who; apart by tabs */
static void
action_row (FfRecord *record)
{
  g_autofree char *due = ff_format_date (ff_record_get (record, FF_ACTION_DUE), NULL);

  printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", ff_record_get_id (record), due,
          ff_record_get_extra (record, FF_ACTION_PARTICIPANT_NAME),
          ff_record_get (record, FF_ACTION_WHAT), ff_record_get (record, FF_ACTION_WHO));
}

/* The Sunday of this week, as ISO weeks go (YYYY-MM-DD). */
static char *
end_of_this_week (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) sunday = g_date_time_add_days (now,
                                                      7 - g_date_time_get_day_of_week (now));

  return g_date_time_format (sunday, "%Y-%m-%d");
}

/* Follow-up conversations, newest first: everyone's, or one participant's
 * (--participant); with --due, the actions agreed in them that are not done and due
 * this week or overdue, the earliest first. */
static int
list_follow_ups (FfCli               *cli,
                 const FfRecordType  *type,
                 const ListOptions   *options,
                 int                  argc,
                 char               **argv,
                 RowFunc              row)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 participant_id = 0;
  /* Translators: keep the options as they are */
  int status = open_for_participant (cli, options, argc, argv,
                                     _("Follow-ups are not searched: list one "
                                       "participant's with --participant."),
                                     &store, &participant_id);

  if (status != FF_CLI_EXIT_OK)
    return status;

  if (options->due)
    {
      g_autofree char *sunday = end_of_this_week ();
      g_autoptr(GPtrArray) actions = ff_follow_up_actions_due (store, sunday, &error);

      if (actions == NULL)
        return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
      for (guint i = 0; i < actions->len; i++)
        {
          FfRecord *action = g_ptr_array_index (actions, i);
          gint64 owner = g_ascii_strtoll (ff_record_get_extra (action, FF_ACTION_PARTICIPANT_ID),
                                          NULL, 10);

          if (participant_id == 0 || owner == participant_id)
            action_row (action);
        }
      return FF_CLI_EXIT_OK;
    }

  if (participant_id != 0)
    {
      g_autoptr(GPtrArray) records = ff_follow_up_list (store, participant_id, &error);

      if (records == NULL)
        return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
      for (guint i = 0; i < records->len; i++)
        row (g_ptr_array_index (records, i));
      return FF_CLI_EXIT_OK;
    }

  {
    g_autoptr(GArray) ids = ff_follow_up_query_ids (store, &error);

    if (ids == NULL)
      return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
    return print_records (store, type, ids, row);
  }
}

/* What "list" lists. A new kind of record gets a row here; its name goes as well into
 * the usage of "list" in ff-cli.c and into the two messages below that name the
 * choices. */
static const struct
{
  const char          *name;
  const FfRecordType  *type;
  RowFunc              row;
  ListFunc             run;
} lists[] = {
  { "programmes", &ff_programme_type, programme_row, list_records },
  { "participants", &ff_participant_type, participant_row, list_participants },
  { "employers", &ff_employer_type, employer_row, list_records },
  { "courses", &ff_course_type, course_row, list_records },
  { "sessions", &ff_course_part_types[FF_COURSE_PART_SESSION], session_row, list_sessions },
  { "applications", &ff_job_application_type, application_row, list_applications },
  { "business-plans", &ff_business_plan_type, NULL, list_business_plans },
  { "retention", &ff_participant_type, NULL, list_retention },
  { "mentors", &ff_mentor_type, mentor_row, list_records },
  { "placements", &ff_placement_type, placement_row, list_placements },
  { "follow-ups", &ff_follow_up_type, follow_up_row, list_follow_ups },
};

int
ff_cli_list (FfCli              *cli,
             const FfCliCommand *command,
             int                 argc,
             char              **argv)
{
  g_auto(ListOptions) options = { .years = -1 };
  const GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &options.search,
      /* Translators: the help of --search; TEXT is its value, the words searched for,
       * shown in --help as --search=TEXT: call it as you translated "TEXT" */
      N_("Only those whose name contains TEXT (participants also by national id or phone, "
         "employers by organisation number or place)"),
      /* Translators: the value of --search in --help (--search=TEXT): the words to search
       * for */
      N_("TEXT") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &options.status_key,
      /* Translators: the help of --status; keep the status words as they are: they are
       * what the user types */
      N_("Only participants with this status: referred, interviewed, waiting-list, active, "
         "on-leave, completed, dropped-out, moved or none"),
      /* Translators: the value of --status in --help (--status=STATUS): one of the status
       * words listed in the option's help */
      N_("STATUS") },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &options.archived,
      N_("Include archived programmes, employers and courses"), NULL },
    { "participant", 0, 0, G_OPTION_ARG_STRING, &options.participant_text,
      /* Translators: the help of --participant; ID is its value, shown in --help as
       * --participant=ID: call it as you translated "ID" */
      N_("Only the applications or follow-ups of participant ID, as “list participants” "
         "numbers them"),
      /* Translators: the value of --participant in --help (--participant=ID): a
       * participant's number */
      N_("ID") },
    { "due", 0, 0, G_OPTION_ARG_NONE, &options.due,
      N_("Only applications whose follow-up, and follow-up actions not done, that are due "
         "this week or overdue"), NULL },
    { "years", 0, 0, G_OPTION_ARG_INT, &options.years,
      /* Translators: the help of --years; N is its value, shown in --help as --years=N:
       * call it as you translated "N" */
      N_("For retention: those whose last programme ended more than N years ago "
         "(by default as set in Preferences)"),
      /* Translators: the value of --years in --help (--years=N): a number of years */
      N_("N") },
    G_OPTION_ENTRY_NULL
  };

  if (!ff_cli_parse_command (cli, command, entries, &argc, &argv))
    return FF_CLI_EXIT_USAGE;

  if (argc < 2)
    return ff_cli_usage_error ("%s", _("Say what to list: “programmes”, “participants”, "
                                       "“employers”, “courses”, “sessions COURSE”, "
                                       "“applications”, “business-plans”, “retention”, "
                                       "“mentors”, “placements” or “follow-ups”."));
  if (options.years != -1 && g_strcmp0 (argv[1], "retention") != 0)
    /* Translators: keep the option and “retention” as they are */
    return ff_cli_usage_error ("%s", _("--years applies to retention only."));

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (g_strcmp0 (argv[1], lists[i].name) == 0)
        return lists[i].run (cli, lists[i].type, &options, argc - 1, argv + 1, lists[i].row);
    }

  /* Translators: %s is what the user typed after "list" */
  return ff_cli_usage_error (_("Cannot list “%s”: choose “programmes”, “participants”, "
                               "“employers”, “courses”, “sessions COURSE”, “applications”, "
                               "“business-plans”, “retention”, “mentors”, “placements” or "
                               "“follow-ups”."),
                             argv[1]);
}
