/* ff-cli.c — fotfeste-cli: the same data as the application, without a display
 *
 * fotfeste-cli [--database FILE] COMMAND [OPTION…] [ARGUMENT…]
 *
 * Exit status: 0 when all went well; 1 when the command ran but found problems or
 * failed midway; 2 for bad arguments or a file that cannot be used. Arguments are
 * read in full before the database is opened, so a mistyped command never touches
 * the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include "ff-enrolment-status.h"
#include "ff-participant.h"
#include "ff-plan.h"
#include "ff-plan-report.h"
#include "ff-programme.h"
#include "ff-report-language.h"
#include "ff-sample.h"
#include "ff-store.h"

enum
{
  EXIT_OK = 0,
  EXIT_PROBLEMS = 1,
  EXIT_USAGE = 2,
};

/* clang says whether it builds with AddressSanitizer through __has_feature. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FF_HAS_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef FF_HAS_ADDRESS_SANITIZER
#define FF_HAS_ADDRESS_SANITIZER 0
#endif

/* Largest sample a user can ask for: far beyond any real organisation. */
#define MAX_SAMPLE_PARTICIPANTS 1000000

/* Participants loaded at a time when listing, to keep memory flat at 100,000. */
#define LIST_CHUNK 1000

typedef struct
{
  char *database;          /* --database before the command */
  char *command_database;  /* --database after it */
} Cli;

typedef struct _Command Command;

/* Runs a command: argv[0] is the command's name, the rest is what followed it. */
typedef int (*CommandFunc) (Cli           *cli,
                            const Command *command,
                            int            argc,
                            char         **argv);

struct _Command
{
  const char *name;
  const char *arguments;   /* shown in the usage line after the name */
  const char *summary;
  CommandFunc run;
};

static int cmd_init (Cli *cli, const Command *command, int argc, char **argv);
static int cmd_sample (Cli *cli, const Command *command, int argc, char **argv);
static int cmd_list (Cli *cli, const Command *command, int argc, char **argv);
static int cmd_check (Cli *cli, const Command *command, int argc, char **argv);
static int cmd_backup (Cli *cli, const Command *command, int argc, char **argv);
static int cmd_print (Cli *cli, const Command *command, int argc, char **argv);

/* Later commands (export, import, report) join this table. */
static const Command commands[] = {
  /* Translators: the summaries are shown by "fotfeste-cli --help" */
  { "init", "", N_("Create the database, or bring it up to date, and print its path"),
    cmd_init },
  { "sample", "", N_("Fill an empty database with realistic sample data"), cmd_sample },
  { "list", "programmes|participants", N_("List the programmes or the participants"),
    cmd_list },
  { "check", "", N_("Check the database for damage"), cmd_check },
  { "backup", "FILE", N_("Write a consistent copy of the database to FILE"), cmd_backup },
  { "print", "plan PARTICIPANT -o FILE",
    N_("Write a participant's individual plan to FILE as a PDF document"), cmd_print },
};

static void
cli_clear (Cli *cli)
{
  g_clear_pointer (&cli->database, g_free);
  g_clear_pointer (&cli->command_database, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Cli, cli_clear)

/* Prints what was wrong with the command line, and where to read how it goes. */
static int G_GNUC_PRINTF (1, 2)
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("fotfeste-cli: %s\n", message);
  /* Translators: %s is a command line to type, keep it as it is */
  g_printerr (_("Type “%s” to see what fotfeste-cli can do."), "fotfeste-cli --help");
  g_printerr ("\n");
  return EXIT_USAGE;
}

static int
report_error (const GError *error,
              int           status)
{
  g_printerr ("fotfeste-cli: %s\n", error->message);
  return status;
}

static const char *
database_path (Cli *cli)
{
  return cli->command_database != NULL ? cli->command_database : cli->database;
}

/* Parses the options of one command; on a mistake prints why and returns FALSE. */
static gboolean
parse_command (Cli                *cli,
               const Command      *command,
               const GOptionEntry *entries,
               int                *argc,
               char             ***argv)
{
  const GOptionEntry database_entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &cli->command_database,
      N_("The database file to use"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autofree char *parameters = g_strdup_printf ("%s %s", command->name, command->arguments);
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_add_main_entries (context, database_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      usage_error ("%s", error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
no_more_arguments (int    argc,
                   char **argv)
{
  /* argv[0] is the command, argv[1] its first argument */
  if (argc <= 1)
    return TRUE;

  /* Translators: %s is what the user typed after a command's last argument */
  usage_error (_("“%s” is one argument too many."), argv[1]);
  return FALSE;
}

/* Opens the database. @create: make a new file when there is none (init, sample);
 * the other commands ask for an existing file rather than leave an empty one
 * behind after a typing mistake in its name. */
static FfStore *
open_store (Cli      *cli,
            gboolean  create)
{
  g_autofree char *default_path = NULL;
  const char *path = database_path (cli);
  g_autoptr(GError) error = NULL;
  FfStore *store;

  if (path == NULL)
    path = default_path = ff_store_default_path ();

  if (!create && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Translators: %s is a file name; keep the command as it is */
      g_printerr (_("fotfeste-cli: There is no database at %s. Create one with "
                    "“fotfeste-cli --database FILE init”.\n"),
                  path);
      return NULL;
    }

  store = ff_store_open (path, &error);
  if (store == NULL)
    report_error (error, EXIT_USAGE);

  return store;
}

static int
cmd_init (Cli           *cli,
          const Command *command,
          int            argc,
          char         **argv)
{
  g_autoptr(FfStore) store = NULL;

  if (!parse_command (cli, command, NULL, &argc, &argv) || !no_more_arguments (argc, argv))
    return EXIT_USAGE;

  store = open_store (cli, TRUE);
  if (store == NULL)
    return EXIT_USAGE;

  printf ("%s\n", ff_store_get_path (store));
  return EXIT_OK;
}

/* A whole number from @min to @max, or FALSE. */
static gboolean
parse_number (const char *text,
              guint64     min,
              guint64     max,
              guint64    *value)
{
  return g_ascii_string_to_unsigned (text, 10, min, max, value, NULL);
}

typedef struct
{
  FfStore *store;
  guint n_participants;
  guint32 seed;
  gboolean show_progress;
  int last_percent;
} SampleJob;

static void
sample_progress (double   fraction,
                 gpointer user_data)
{
  SampleJob *job = user_data;
  int percent = (int) (fraction * 100);

  if (!job->show_progress || percent == job->last_percent)
    return;
  job->last_percent = percent;
  /* Back to the start of the line, so that each figure replaces the last */
  g_printerr ("\r");
  /* Translators: progress on a terminal; %d is a number from 0 to 100 */
  g_printerr (_("Adding sample data: %d %%"), percent);
}

static void
sample_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SampleJob *job = task_data;
  GError *error = NULL;

  if (ff_sample_generate (job->store, job->n_participants, job->seed,
                          sample_progress, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
sample_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
on_interrupt (gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
  return G_SOURCE_CONTINUE;
}

static int
cmd_sample (Cli           *cli,
            const Command *command,
            int            argc,
            char         **argv)
{
  g_autofree char *participants_text = NULL;
  g_autofree char *seed_text = NULL;
  const GOptionEntry entries[] = {
    { "participants", 'n', 0, G_OPTION_ARG_STRING, &participants_text,
      N_("How many participants to add (200 if not given)"), N_("N") },
    { "seed", 's', 0, G_OPTION_ARG_STRING, &seed_text,
      N_("Another seed gives other people; the same seed the same people (1 if not given)"),
      N_("SEED") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint64 n_participants = 200;
  guint64 seed = 1;
  SampleJob job = { 0 };
  guint sigint_id, sigterm_id;

  if (!parse_command (cli, command, entries, &argc, &argv) || !no_more_arguments (argc, argv))
    return EXIT_USAGE;

  if (participants_text != NULL
      && !parse_number (participants_text, 1, MAX_SAMPLE_PARTICIPANTS, &n_participants))
    /* Translators: %s is what the user typed, %d the largest number allowed */
    return usage_error (_("“%s” is not a number of participants: type a whole number "
                          "from 1 to %d."),
                        participants_text, MAX_SAMPLE_PARTICIPANTS);

  if (seed_text != NULL && !parse_number (seed_text, 0, G_MAXUINT32, &seed))
    /* Translators: %s is what the user typed as the seed of the sample data */
    return usage_error (_("“%s” is not a seed: type a whole number from 0 to 4294967295."),
                        seed_text);

  store = open_store (cli, TRUE);
  if (store == NULL)
    return EXIT_USAGE;

  /* Sample data mixed into a real organisation's records could not be told apart
   * from them again. */
  if (!ff_store_is_empty (store))
    {
      g_printerr ("fotfeste-cli: %s\n",
                  _("The database already holds programmes or participants. Sample data "
                    "goes only into a new, empty database: give another file with "
                    "--database."));
      return EXIT_USAGE;
    }

  job.store = store;
  job.n_participants = (guint) n_participants;
  job.seed = (guint32) seed;
  job.show_progress = isatty (STDERR_FILENO);
  job.last_percent = -1;

  /* Generated in a thread so that Ctrl+C can stop it between two batches and leave
   * a consistent file. */
  cancellable = g_cancellable_new ();
  sigint_id = g_unix_signal_add (SIGINT, on_interrupt, cancellable);
  sigterm_id = g_unix_signal_add (SIGTERM, on_interrupt, cancellable);
  task = g_task_new (NULL, cancellable, sample_done, &result);
  g_task_set_task_data (task, &job, NULL);
  g_task_run_in_thread (task, sample_thread);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (sigint_id);
  g_source_remove (sigterm_id);

  if (job.show_progress)
    g_printerr ("\n");

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_printerr ("fotfeste-cli: %s\n",
                      _("Stopped. The participants added before the interruption are "
                        "kept."));
          return EXIT_PROBLEMS;
        }
      return report_error (error, EXIT_PROBLEMS);
    }

  /* Translators: %u is a number of participants, %s the database file */
  printf (g_dngettext (GETTEXT_PACKAGE, "Added %u participant to %s.\n",
                       "Added %u participants to %s.\n", job.n_participants),
          job.n_participants, ff_store_get_path (store));
  return EXIT_OK;
}

/* One line of a list: id, name, and the kind or status, apart by tabs for scripts. */
static void
print_row (gint64      id,
           const char *name,
           const char *label)
{
  printf ("%" G_GINT64_FORMAT "\t%s\t%s\n", id, name, label);
}

static int
list_programmes (FfStore  *store,
                 gboolean  archived)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) programmes = ff_programme_list (store, archived, &error);

  if (programmes == NULL)
    return report_error (error, EXIT_PROBLEMS);

  for (guint i = 0; i < programmes->len; i++)
    {
      FfProgramme *programme = g_ptr_array_index (programmes, i);

      print_row (ff_programme_get_id (programme),
                 ff_programme_get_name (programme),
                 ff_programme_kind_to_label (ff_programme_get_kind (programme)));
    }

  return EXIT_OK;
}

static int
list_participants (FfStore           *store,
                   const char        *search,
                   FfEnrolmentStatus  status)
{
  FfParticipantQuery query = {
    .search = search,
    .programme_id = 0,
    .status = status,
    .sort = FF_PARTICIPANT_SORT_NAME,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_participant_query_ids (store, &query, &error);

  if (ids == NULL)
    return report_error (error, EXIT_PROBLEMS);

  for (guint start = 0; start < ids->len; start += LIST_CHUNK)
    {
      guint n = MIN (LIST_CHUNK, ids->len - start);
      g_autoptr(GPtrArray) participants =
        ff_participant_load_many (store, &g_array_index (ids, gint64, start), n, &error);

      if (participants == NULL)
        return report_error (error, EXIT_PROBLEMS);

      for (guint i = 0; i < participants->len; i++)
        {
          FfParticipant *participant = g_ptr_array_index (participants, i);

          print_row (ff_participant_get_id (participant),
                     ff_participant_get_display_name (participant),
                     ff_enrolment_status_to_label (ff_participant_get_status (participant)));
        }
    }

  return EXIT_OK;
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

static int
cmd_list (Cli           *cli,
          const Command *command,
          int            argc,
          char         **argv)
{
  g_autofree char *search = NULL;
  g_autofree char *status_key = NULL;
  gboolean archived = FALSE;
  const GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Only participants whose name, national id or phone contains TEXT"), N_("TEXT") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_key,
      N_("Only participants with this status: referred, interviewed, waiting-list, active, "
         "on-leave, completed, dropped-out, moved or none"), N_("STATUS") },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived,
      N_("Include archived programmes"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(FfStore) store = NULL;
  FfEnrolmentStatus status = FF_ENROLMENT_STATUS_ANY;
  gboolean programmes;

  if (!parse_command (cli, command, entries, &argc, &argv))
    return EXIT_USAGE;

  if (argc < 2)
    return usage_error ("%s", _("Say what to list: “programmes” or “participants”."));
  if (g_strcmp0 (argv[1], "programmes") == 0)
    {
      programmes = TRUE;
    }
  else if (g_strcmp0 (argv[1], "participants") == 0)
    {
      programmes = FALSE;
    }
  else
    {
      /* Translators: %s is what the user typed after "list" */
      return usage_error (_("Cannot list “%s”: choose “programmes” or “participants”."),
                          argv[1]);
    }
  if (!no_more_arguments (argc - 1, argv + 1))
    return EXIT_USAGE;

  if (programmes && (search != NULL || status_key != NULL))
    return usage_error ("%s", _("--search and --status apply to participants only."));
  if (!programmes && archived)
    return usage_error ("%s", _("--archived applies to programmes only."));

  if (status_key != NULL && !parse_status (status_key, &status))
    /* Translators: %s is what the user typed; keep the status keys as they are */
    return usage_error (_("“%s” is not a status. Choose referred, interviewed, "
                          "waiting-list, active, on-leave, completed, dropped-out, moved "
                          "or none."),
                        status_key);

  store = open_store (cli, FALSE);
  if (store == NULL)
    return EXIT_USAGE;

  return programmes ? list_programmes (store, archived)
                    : list_participants (store, search, status);
}

static int
cmd_check (Cli           *cli,
           const Command *command,
           int            argc,
           char         **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  if (!parse_command (cli, command, NULL, &argc, &argv) || !no_more_arguments (argc, argv))
    return EXIT_USAGE;

  store = open_store (cli, FALSE);
  if (store == NULL)
    return EXIT_USAGE;

  if (!ff_store_check (store, &problems, &error))
    return report_error (error, EXIT_PROBLEMS);

  if (problems->len == 0)
    {
      printf ("%s\n", _("No problems found."));
      return EXIT_OK;
    }

  for (guint i = 0; i < problems->len; i++)
    printf ("%s\n", (const char *) g_ptr_array_index (problems, i));
  return EXIT_PROBLEMS;
}

static int
cmd_backup (Cli           *cli,
            const Command *command,
            int            argc,
            char         **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *dest;

  if (!parse_command (cli, command, NULL, &argc, &argv))
    return EXIT_USAGE;

  if (argc < 2)
    return usage_error ("%s", _("Give the file to write the backup to."));
  if (!no_more_arguments (argc - 1, argv + 1))
    return EXIT_USAGE;
  dest = argv[1];

  /* Never write over a file: it might be the database itself, or an older backup
   * someone still needs. */
  if (g_file_test (dest, G_FILE_TEST_EXISTS))
    /* Translators: %s is a file name */
    return usage_error (_("%s already exists. Choose a new file name for the backup."),
                        dest);

  store = open_store (cli, FALSE);
  if (store == NULL)
    return EXIT_USAGE;

  if (!ff_store_backup (store, dest, &error))
    return report_error (error, EXIT_USAGE);

  /* Translators: %s is the file name of the backup */
  printf (_("Backed up to %s.\n"), dest);
  return EXIT_OK;
}

/* How "print plan" goes, for the messages that show it. */
#define PRINT_PLAN_USAGE "fotfeste-cli print plan PARTICIPANT --output FILE.pdf"
#define LIST_PARTICIPANTS "fotfeste-cli list participants"

/* TRUE for no language or a language plans are printed in; otherwise says why. */
static gboolean
check_language (const char *language)
{
  if (language == NULL || ff_report_language_is_known (language))
    return TRUE;

  /* Translators: %s is what the user typed; keep the language codes as they are */
  usage_error (_("“%s” is not a language plans are printed in: choose nb, nn, uk or en."),
               language);
  return FALSE;
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

/* Refuses, before the database is opened, an output that can never be written and
 * one that would overwrite something else than a PDF document (the database itself,
 * a letter …). A PDF is written over: printing again replaces the last print. */
static gboolean
check_output (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          /* Translators: %s is a folder; keep “plan.pdf” as it is */
          usage_error (_("%s is a folder. Give the name of the PDF file to write, such as "
                         "“plan.pdf”."),
                       path);
          return FALSE;
        }
      if (!S_ISREG (st.st_mode) || holds_other_than_pdf (path))
        {
          /* Translators: %s is a file name */
          usage_error (_("%s already exists and is not a PDF document. Choose a new file "
                         "name for the plan."),
                       path);
          return FALSE;
        }
    }
  else if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      /* Translators: %s is a folder */
      usage_error (_("There is no folder %s to write the plan in."), folder);
      return FALSE;
    }

  return TRUE;
}

/* The second language of a bilingual print when none was asked for: the plan's,
 * else the participant's own; never @language itself (then the plan's own
 * language, or Bokmål). NULL when there is none. */
static const char *
choose_second_language (FfPlan        *plan,
                        FfParticipant *participant,
                        const char    *language)
{
  const char *candidates[] = {
    ff_plan_get_field (plan, FF_PLAN_FIELD_SECOND_LANGUAGE),
    ff_plan_language_for_participant (ff_participant_get_field (participant,
                                                                FF_PARTICIPANT_LANGUAGES),
                                      ff_participant_get_field (participant,
                                                                FF_PARTICIPANT_COUNTRY)),
    ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE),
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

/* Reports an error of looking up the participant, their plan or its version: a
 * record that is not there is a mistake on the command line (@message, exit 2);
 * anything else a problem of the file. */
static int
lookup_error (const GError *error,
              const char   *message)
{
  if (g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND))
    {
      g_printerr ("fotfeste-cli: %s\n", message);
      return EXIT_USAGE;
    }

  return report_error (error, EXIT_PROBLEMS);
}

static int
print_plan (Cli           *cli,
            const Command *command,
            int            argc,
            char         **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *language_option = NULL;
  g_autofree char *second_option = NULL;
  g_autofree char *version_text = NULL;
  gboolean bilingual = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write"), N_("FILE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language_option,
      N_("Print the labels in LANGUAGE: nb, nn, uk or en (the plan's own if not given)"),
      N_("LANGUAGE") },
    { "bilingual", 'b', 0, G_OPTION_ARG_NONE, &bilingual,
      N_("Print every label in a second language as well: the participant's own, or the "
         "one given with --second-language"), NULL },
    { "second-language", 0, 0, G_OPTION_ARG_STRING, &second_option,
      N_("The second language of a bilingual plan: nb, nn, uk or en"), N_("LANGUAGE") },
    { "version", 0, 0, G_OPTION_ARG_STRING, &version_text,
      N_("Print version N of the plan, as it was signed (the current draft if not given)"),
      N_("N") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(FfStore) store = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfPlan) plan = NULL;
  g_autoptr(FfPlanReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *language;
  const char *second_language = NULL;
  const char *name;
  guint64 participant_id = 0;
  guint64 version = 0;
  gint64 plan_id;
  int n_pages = 0;

  if (!parse_command (cli, command, entries, &argc, &argv))
    return EXIT_USAGE;

  if (argc < 2)
    /* Translators: %s is a command line to type, keep it as it is */
    return usage_error (_("Say what to print: %s"), PRINT_PLAN_USAGE);
  if (g_strcmp0 (argv[1], "plan") != 0)
    /* Translators: %s is a command line to type, keep it as it is */
    return usage_error (_("Only plans can be printed: %s"), PRINT_PLAN_USAGE);
  if (argc < 3)
    /* Translators: %s is a command to type, keep it as it is */
    return usage_error (_("Give the number of the participant whose plan to print, as "
                          "“%s” shows it."),
                        LIST_PARTICIPANTS);
  if (!parse_number (argv[2], 1, G_MAXINT64, &participant_id))
    /* Translators: the first %s is what the user typed, the second a command to type */
    return usage_error (_("“%s” is not a participant's number. “%s” shows the numbers."),
                        argv[2], LIST_PARTICIPANTS);
  if (!no_more_arguments (argc - 2, argv + 2))
    return EXIT_USAGE;

  if (output == NULL)
    /* Translators: keep “--output FILE.pdf” as it is */
    return usage_error ("%s", _("Give the PDF file to write with --output FILE.pdf."));
  if (!check_language (language_option) || !check_language (second_option))
    return EXIT_USAGE;
  if (second_option != NULL && !bilingual)
    /* Translators: keep the options as they are */
    return usage_error ("%s", _("--second-language goes with --bilingual: a plan printed in "
                                "one language has no second one."));
  if (language_option != NULL && g_strcmp0 (language_option, second_option) == 0)
    /* Translators: keep the options as they are */
    return usage_error ("%s", _("A bilingual plan needs two different languages: choose "
                                "another one with --second-language."));
  if (version_text != NULL && !parse_number (version_text, 1, G_MAXINT, &version))
    /* Translators: %s is what the user typed as the version of a plan */
    return usage_error (_("“%s” is not a version: type a whole number from 1 on."),
                        version_text);
  if (!check_output (output))
    return EXIT_USAGE;

  store = open_store (cli, FALSE);
  if (store == NULL)
    return EXIT_USAGE;

  participant = ff_participant_load (store, (gint64) participant_id, &error);
  if (participant == NULL)
    {
      /* Translators: %s is a number the user typed; keep the command as it is */
      message = g_strdup_printf (_("There is no participant number %s. “%s” shows the "
                                   "numbers."),
                                 argv[2], LIST_PARTICIPANTS);
      return lookup_error (error, message);
    }
  name = ff_participant_get_display_name (participant);

  plan_id = ff_plan_find_for_participant (store, (gint64) participant_id, &error);
  if (plan_id == 0)
    {
      /* Translators: %s is the participant's name */
      message = g_strdup_printf (_("%s has no individual plan yet. Write one on their page "
                                   "in Fotfeste first."),
                                 name);
      return lookup_error (error, message);
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
          return lookup_error (error, message);
        }
    }

  plan = ff_plan_load (store, plan_id, &error);
  if (plan == NULL)
    return report_error (error, EXIT_PROBLEMS);

  language = language_option;
  if (language == NULL)
    {
      language = ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE);
      if (!ff_report_language_is_known (language))
        language = "nb";
    }

  if (bilingual)
    {
      second_language = second_option != NULL
                        ? second_option
                        : choose_second_language (plan, participant, language);
      if (g_strcmp0 (second_language, language) == 0)
        /* Translators: %s is the name of a language ("Norwegian Bokmål"); keep the
         * options as they are */
        return usage_error (_("This plan is printed in %s: choose another second language "
                              "with --second-language, or another first one with "
                              "--language."),
                            ff_report_language_name (language));
    }

  report = ff_plan_report_new (plan, language, second_language, &error);
  if (report == NULL)
    return report_error (error, EXIT_USAGE);

  if (!ff_document_write_pdf (FF_DOCUMENT (report), output, &n_pages, &error))
    return report_error (error, g_error_matches (error, FF_REPORT_ERROR, FF_REPORT_ERROR_WRITE)
                                ? EXIT_USAGE : EXIT_PROBLEMS);

  if (ff_document_get_unknown_glyphs (FF_DOCUMENT (report)) > 0)
    g_printerr ("fotfeste-cli: %s\n",
                _("Some letters of this plan have no installed font and are printed as "
                  "boxes. Install fonts that have them, such as Debian's fonts-noto-core, "
                  "and print again."));

  /* Translators: %s is the PDF file written, %d its number of pages */
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %s (%d page).\n", "Wrote %s (%d pages).\n",
                       n_pages),
          output, n_pages);
  return EXIT_OK;
}

/* Under a leak checker (AddressSanitizer), lets go of the fonts printing loaded
 * (the texts printing keeps, Pango's font map, fontconfig's configuration) before
 * the process ends, so that only real leaks are reported. A normal exit leaves
 * them to the system. */
static void
release_fonts (void)
{
#if defined(__SANITIZE_ADDRESS__) || FF_HAS_ADDRESS_SANITIZER
  ff_document_release_caches ();
  pango_cairo_font_map_set_default (NULL);
  FcFini ();
#endif
}

static int
cmd_print (Cli           *cli,
           const Command *command,
           int            argc,
           char         **argv)
{
  int status = print_plan (cli, command, argc, argv);

  release_fonts ();
  return status;
}

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *usage = g_strdup_printf ("%s %s", commands[i].name,
                                                commands[i].arguments);

      g_string_append_printf (text, "\n  %-32s %s", usage, _(commands[i].summary));
    }

  g_string_append_c (text, '\n');
  g_string_append (text,
                   /* Translators: keep the command line as it is */
                   _("Type “fotfeste-cli COMMAND --help” for the options of a command."));

  return g_string_free (text, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(Cli) cli = { 0 };
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &cli.database,
      N_("The database file to use (the application's own if not given)"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and stop"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  const char *localedir = g_getenv ("FOTFESTE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("fotfeste-cli");

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
    return usage_error ("%s", error->message);

  if (version)
    {
      printf ("fotfeste-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (argc < 2)
    return usage_error ("%s", _("Give a command, such as “init” or “list participants”."));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (argv[1], commands[i].name) == 0)
        return commands[i].run (&cli, &commands[i], argc - 1, argv + 1);
    }

  /* Translators: %s is what the user typed as the command */
  return usage_error (_("“%s” is not a command."), argv[1]);
}
