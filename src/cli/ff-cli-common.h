/* ff-cli-common.h — what every fotfeste-cli command shares: its table row, the database,
 * and refusing bad arguments before anything is changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ff-store.h"

G_BEGIN_DECLS

/* 0 when all went well; 1 when the command ran but found problems or failed midway;
 * 2 for bad arguments or a file that cannot be used. */
typedef enum
{
  FF_CLI_EXIT_OK = 0,
  FF_CLI_EXIT_PROBLEMS = 1,
  FF_CLI_EXIT_USAGE = 2,
} FfCliExit;

typedef struct
{
  char *database;          /* --database before the command */
  char *command_database;  /* --database after it */
} FfCli;

void ff_cli_clear (FfCli *cli);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FfCli, ff_cli_clear)

typedef struct _FfCliCommand FfCliCommand;

/* Runs a command: argv[0] is the command's name, the rest is what followed it. */
typedef int (*FfCliCommandFunc) (FfCli              *cli,
                                 const FfCliCommand *command,
                                 int                 argc,
                                 char              **argv);

/* A row of the table of commands in ff-cli.c. */
struct _FfCliCommand
{
  const char *name;
  const char *group;       /* the handler is in ff-cli-GROUP.c */
  const char *arguments;   /* shown in the usage line after the name; marked with N_()
                            * when it has placeholders to translate ("FILE") */
  const char *summary;     /* translatable, marked with N_() */
  FfCliCommandFunc run;
};

/* @command's arguments for its usage line, translated where they are marked so. */
const char *ff_cli_command_arguments (const FfCliCommand *command);

/* Says on stderr what was wrong with the command line and where to read how it goes;
 * returns FF_CLI_EXIT_USAGE. */
int       ff_cli_usage_error       (const char          *format,
                                    ...) G_GNUC_PRINTF (1, 2);
/* Says @error's message on stderr; returns @status. */
int       ff_cli_report_error      (const GError        *error,
                                    int                  status);
/* Reports an error of looking up a record the user named: one that is not there is a
 * mistake on the command line (@message, exit 2); anything else a problem of the file. */
int       ff_cli_lookup_error      (const GError        *error,
                                    const char          *message);

/* Parses @command's options, @entries (NULL: none) and --database; leaves the
 * arguments in @argc and @argv. On a mistake says why and returns FALSE. */
gboolean  ff_cli_parse_command     (FfCli               *cli,
                                    const FfCliCommand  *command,
                                    const GOptionEntry  *entries,
                                    int                 *argc,
                                    char              ***argv);
/* TRUE when nothing follows argv[0]; otherwise says so and returns FALSE. */
gboolean  ff_cli_no_more_arguments (int                  argc,
                                    char               **argv);

/* A whole number from @min to @max, or FALSE. Says nothing: the command knows what
 * the number was for. */
gboolean  ff_cli_parse_number      (const char          *text,
                                    guint64              min,
                                    guint64              max,
                                    guint64             *value);
/* The number of a record as the lists show it (1 or more), or FALSE. */
gboolean  ff_cli_parse_id          (const char          *text,
                                    gint64              *id);

/* The database's path: --database, or the usual one (newly allocated). */
char     *ff_cli_database_path     (FfCli               *cli);

/* Opens the database, or says why not and returns NULL (exit 2). @create: make a new
 * file when there is none (init, sample). */
FfStore  *ff_cli_open_store        (FfCli               *cli,
                                    gboolean             create);
/* As ff_cli_open_store() for a command that only reads: while another process has the
 * file open to change it, opens it read-only. */
FfStore  *ff_cli_open_store_to_read (FfCli              *cli);
/* For a command with no arguments and no options of its own: checks that none were
 * given, then opens the database as ff_cli_open_store() does, or, when it does not
 * @create, as ff_cli_open_store_to_read() does. */
FfStore  *ff_cli_open_for_command  (FfCli               *cli,
                                    const FfCliCommand  *command,
                                    int                  argc,
                                    char               **argv,
                                    gboolean             create);

/* One line of a list: id, name, and the kind or status, apart by tabs for scripts. */
void      ff_cli_print_row         (gint64               id,
                                    const char          *name,
                                    const char          *label);

G_END_DECLS
