/* ff-cli-backup.c — fotfeste-cli's commands on backups: backup, backups, restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-backup.h"
#include "ff-cli-backup.h"

int
ff_cli_backup (FfCli              *cli,
               const FfCliCommand *command,
               int                 argc,
               char              **argv)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  const char *dest = NULL;

  if (!ff_cli_parse_command (cli, command, NULL, &argc, &argv))
    return FF_CLI_EXIT_USAGE;

  if (argc >= 2)
    {
      if (!ff_cli_no_more_arguments (argc - 1, argv + 1))
        return FF_CLI_EXIT_USAGE;
      dest = argv[1];

      /* Never write over a file: it might be the database itself, or an older backup
       * someone still needs. */
      if (g_file_test (dest, G_FILE_TEST_EXISTS))
        /* Translators: %s is a file name */
        return ff_cli_usage_error (_("%s already exists. Choose a new file name for the "
                                     "backup."),
                                   dest);
    }

  store = ff_cli_open_store_to_read (cli);
  if (store == NULL)
    return FF_CLI_EXIT_USAGE;

  if (dest != NULL)
    {
      if (!ff_store_backup (store, dest, &error) || !ff_backup_verify (dest, &error))
        return ff_cli_report_error (error, FF_CLI_EXIT_USAGE);
      written = g_strdup (dest);
    }
  else
    {
      g_autofree char *folder = ff_backup_folder (ff_store_get_path (store));

      /* Into the folder of backups, which is then rotated as the application does. */
      written = ff_backup_create (store, folder, NULL, &error);
      if (written == NULL)
        return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);
    }

  /* Translators: %s is the file name of the backup */
  printf (_("Backed up to %s.\n"), written);
  return FF_CLI_EXIT_OK;
}

int
ff_cli_backups (FfCli              *cli,
                const FfCliCommand *command,
                int                 argc,
                char              **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  if (!ff_cli_parse_command (cli, command, NULL, &argc, &argv) ||
      !ff_cli_no_more_arguments (argc, argv))
    return FF_CLI_EXIT_USAGE;

  /* Listed without opening the database: it may be the damaged one. */
  db_path = ff_cli_database_path (cli);
  folder = ff_backup_folder (db_path);
  backups = ff_backup_list (folder, &error);
  if (backups == NULL)
    return ff_cli_report_error (error, FF_CLI_EXIT_PROBLEMS);

  if (backups->len == 0)
    {
      /* Translators: %s is a folder name */
      g_printerr (_("There are no backups in %s yet.\n"), folder);
      return FF_CLI_EXIT_OK;
    }

  /* Newest first: when it was made (local time), the file, and what it holds. */
  for (guint i = 0; i < backups->len; i++)
    {
      FfBackup *backup = g_ptr_array_index (backups, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (backup->time);
      g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");
      g_autofree char *holds = NULL;
      g_autoptr(GError) contents_error = NULL;
      FfBackupContents contents;

      if (ff_backup_read_contents (backup->path, &contents, &contents_error))
        holds = ff_backup_describe_contents (&contents);
      else
        holds = g_strdup (contents_error->message);

      printf ("%s\t%s\t%s\n", when, backup->path, holds);
    }

  return FF_CLI_EXIT_OK;
}

int
ff_cli_restore (FfCli              *cli,
                const FfCliCommand *command,
                int                 argc,
                char              **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *holds = NULL;
  g_autoptr(GError) error = NULL;
  FfBackupContents contents;
  const char *backup;
  guint n_erased = 0;

  if (!ff_cli_parse_command (cli, command, NULL, &argc, &argv))
    return FF_CLI_EXIT_USAGE;
  if (argc < 2)
    return ff_cli_usage_error ("%s", _("Give the backup to restore. "
                                       "“fotfeste-cli backups” lists them."));
  if (!ff_cli_no_more_arguments (argc - 1, argv + 1))
    return FF_CLI_EXIT_USAGE;
  backup = argv[1];

  db_path = ff_cli_database_path (cli);
  if (!ff_backup_verify (backup, &error) ||
      !ff_backup_read_contents (backup, &contents, &error) ||
      !ff_backup_restore (backup, db_path, &aside, &n_erased, &error))
    return ff_cli_report_error (error, FF_CLI_EXIT_USAGE);

  contents.n_participants -= MIN (contents.n_participants, n_erased);
  holds = ff_backup_describe_contents (&contents);
  /* Translators: %s is the database file, %s what it now holds ("300 participants,
   * …") */
  printf (_("Restored %s: it now holds %s.\n"), db_path, holds);
  if (aside != NULL)
    /* Translators: %s is a file name */
    printf (_("The database it replaced is kept as %s.\n"), aside);
  if (n_erased > 0)
    printf (ngettext ("%u participant erased after the backup was made is erased from "
                      "it again.\n",
                      "%u participants erased after the backup was made are erased from "
                      "it again.\n", n_erased), n_erased);

  return FF_CLI_EXIT_OK;
}
