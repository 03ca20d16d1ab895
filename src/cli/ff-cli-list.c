/* ff-cli-list.c — fotfeste-cli's lists of records, one line each: list programmes,
 * list participants and list employers
 *
 * "list" takes the options of every kind of record it lists, so that an option given
 * to the wrong kind is answered by what it applies to rather than by "unknown option".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-cli-list.h"
#include "ff-employer.h"
#include "ff-enrolment-status.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-validate.h"

/* Records loaded at a time when listing. */
#define LIST_CHUNK 1000

typedef struct
{
  char *search;
  char *status_key;
  gboolean archived;
} ListOptions;

static void
list_options_clear (ListOptions *options)
{
  g_clear_pointer (&options->search, g_free);
  g_clear_pointer (&options->status_key, g_free);
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

  store = ff_cli_open_store (cli, FALSE);
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
    return ff_cli_usage_error ("%s", _("--archived applies to programmes and employers only."));
  if (options->status_key != NULL && !parse_status (options->status_key, &query.status))
    /* Translators: %s is what the user typed; keep the status keys as they are */
    return ff_cli_usage_error (_("“%s” is not a status. Choose referred, interviewed, "
                                 "waiting-list, active, on-leave, completed, dropped-out, "
                                 "moved or none."),
                               options->status_key);

  store = ff_cli_open_store (cli, FALSE);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  ids = ff_participant_query_ids (store, &query, &error);
  if (ids == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  return print_records (store, type, ids, row);
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
};

int
ff_cli_list (FfCli              *cli,
             const FfCliCommand *command,
             int                 argc,
             char              **argv)
{
  g_auto(ListOptions) options = { 0 };
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
      N_("Include archived programmes and employers"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!ff_cli_parse_command (cli, command, entries, &argc, &argv))
    return FF_CLI_EXIT_USAGE;

  if (argc < 2)
    return ff_cli_usage_error ("%s", _("Say what to list: “programmes”, “participants” or "
                                       "“employers”."));

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (g_strcmp0 (argv[1], lists[i].name) == 0)
        return lists[i].run (cli, lists[i].type, &options, argc - 1, argv + 1, lists[i].row);
    }

  /* Translators: %s is what the user typed after "list" */
  return ff_cli_usage_error (_("Cannot list “%s”: choose “programmes”, “participants” or "
                               "“employers”."),
                             argv[1]);
}
