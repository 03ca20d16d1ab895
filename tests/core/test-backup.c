/* test-backup.c — backups are whole, private, checked, rotated 7/4/12, and restored
 * without losing the file they replace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "ff-backup.h"
#include "ff-backup-timer.h"
#include "ff-erasure.h"
#include "ff-person.h"
#include "ff-participant.h"
#include "ff-programme.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"

typedef FfTestDir Fixture;

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
add_participants (FfStore *store,
                  guint    n)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *given = g_strdup_printf ("Olena %u", i);

      g_assert_cmpint (ff_participant_create (store, given, "Kovalenko", &error), >, 0);
      g_assert_no_error (error);
    }
}

static void
test_create_verified_private (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "fotfeste.sqlite3");
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 6, 5, 15, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  FfBackupContents contents;

  g_assert_cmpint (ff_programme_create (store, "Etableringskurs",
                                        FF_PROGRAMME_KIND_ESTABLISHMENT, &error), >, 0);
  add_participants (store, 3);

  path = ff_backup_create (store, folder, when, &error);
  g_assert_no_error (error);
  name = g_path_get_basename (path);
  g_assert_cmpstr (name, ==, "fotfeste-20261206T051500Z.sqlite3");
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_cmpuint (file_mode (folder), ==, 0700);

  /* It opens, and holds what the database held. */
  g_assert_true (ff_backup_verify (path, &error));
  g_assert_true (ff_backup_read_contents (path, &contents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (contents.n_participants, ==, 3);
  g_assert_cmpint (contents.n_programmes, ==, 1);
  g_assert_cmpint (contents.n_plans, ==, 0);

  /* Only the backup itself is left in the folder. */
  listed = ff_backup_list (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_IS_REGULAR));
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
    guint n = 0;

    while (g_dir_read_name (dir) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }
}

static void
test_verify_refuses (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "fotfeste.sqlite3");
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *noise = g_build_filename (f->dir, "noise.sqlite3", NULL);
  g_autofree char *cut = g_build_filename (f->dir, "cut.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  add_participants (store, 200);
  path = ff_backup_create (store, folder, NULL, &error);
  g_assert_no_error (error);

  /* Not a database at all. */
  g_file_set_contents (noise, "Referat fra møtet i Kvænangen\n", -1, &error);
  g_assert_no_error (error);
  g_assert_false (ff_backup_verify (noise, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  /* A real backup cut off half way, as by a full disk. */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (cut, contents, length / 2, &error);
  g_assert_no_error (error);
  g_assert_false (ff_backup_verify (cut, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* One with damaged pages in the middle: 16 KiB, so that whole pages with their
   * headers are hit, not only the free space of a page that holds little. */
  memset (contents + length / 2, 0x5a, 16384);
  g_file_set_contents (cut, contents, length, &error);
  g_assert_no_error (error);
  g_assert_false (ff_backup_verify (cut, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A file that is not there. */
  g_assert_false (ff_backup_verify ("/nonexistent/fotfeste.sqlite3", &error));
  g_assert_nonnull (error);
}

/* Backups at local noon each day from @first to @last (inclusive), newest first. */
static GPtrArray *
daily_backups (int first_year, int first_month, int first_day,
               int last_year, int last_month, int last_day)
{
  GPtrArray *backups = g_ptr_array_new_with_free_func ((GDestroyNotify) ff_backup_free);
  g_autoptr(GDateTime) day = g_date_time_new_local (last_year, last_month, last_day,
                                                    12, 0, 0);
  g_autoptr(GDateTime) first = g_date_time_new_local (first_year, first_month, first_day,
                                                      12, 0, 0);

  while (g_date_time_compare (day, first) >= 0)
    {
      FfBackup *backup = g_new0 (FfBackup, 1);
      GDateTime *before;

      backup->time = g_date_time_to_utc (day);
      backup->path = g_date_time_format (day, "%Y-%m-%d");
      g_ptr_array_add (backups, backup);

      before = g_date_time_add_days (day, -1);
      g_date_time_unref (day);
      day = before;
    }

  return backups;
}

static char *
kept_days (GPtrArray *backups)
{
  g_autoptr(GArray) kept = ff_backup_choose_kept (backups);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < backups->len; i++)
    {
      if (!g_array_index (kept, gboolean, i))
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, ((FfBackup *) g_ptr_array_index (backups, i))->path);
    }

  return g_string_free (text, FALSE);
}

static void
test_rotation_keeps (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) two_years = daily_backups (2025, 1, 1, 2026, 12, 6);
  g_autoptr(GPtrArray) three_days = NULL;
  g_autofree char *kept = kept_days (two_years);
  g_autofree char *kept_few = NULL;

  /* Worked out with a calendar. Days: 6 Dec back to 30 Nov. ISO weeks: 49 (30 Nov –
   * 6 Dec, already), 48 (its Sunday 29 Nov), 47 (22 Nov), 46 (15 Nov). Months: December
   * and November (already), then the last day of each month back to January 2026. */
  g_assert_cmpstr (kept, ==,
                   "2026-12-06 2026-12-05 2026-12-04 2026-12-03 2026-12-02 2026-12-01 "
                   "2026-11-30 2026-11-29 2026-11-22 2026-11-15 "
                   "2026-10-31 2026-09-30 2026-08-31 2026-07-31 2026-06-30 2026-05-31 "
                   "2026-04-30 2026-03-31 2026-02-28 2026-01-31");

  /* A laptop left in a drawer: the periods that have a backup count, so the last few
   * are kept however old they are. */
  three_days = daily_backups (2026, 3, 1, 2026, 3, 3);
  kept_few = kept_days (three_days);
  g_assert_cmpstr (kept_few, ==, "2026-03-03 2026-03-02 2026-03-01");
}

static void
test_rotate_folder (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "fotfeste.sqlite3");
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *other = g_build_filename (folder, "notes.txt", NULL);
  g_autoptr(GDateTime) last = g_date_time_new_local (2026, 12, 6, 12, 0, 0);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;

  /* 30 days of backups, one a day up to 6 December. */
  for (int i = 29; i >= 0; i--)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (last, -i);
      g_autofree char *path = ff_backup_create (store, folder, when, &error);

      g_assert_no_error (error);
      g_assert_nonnull (path);
    }
  g_file_set_contents (other, "kept", -1, &error);
  g_assert_no_error (error);

  /* Seven days (30 Nov – 6 Dec) and three more weeks (29, 22, 15 Nov); November's
   * newest is among the days. The user's own file stays. */
  listed = ff_backup_list (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 10);
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *db_path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(FfStore) store = ff_test_open_store (f->dir, "fotfeste.sqlite3");

    db_path = g_strdup (ff_store_get_path (store));
    add_participants (store, 3);
    backup = ff_backup_create (store, folder, NULL, &error);
    g_assert_no_error (error);
    /* Later work, then a mistake the user wants undone. */
    add_participants (store, 2);
  }

  g_assert_true (ff_backup_restore (backup, db_path, &aside, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_cmpuint (file_mode (db_path), ==, 0600);

  {
    g_autoptr(FfStore) restored = ff_store_open (db_path, &error);
    g_autoptr(FfStore) replaced = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (ff_participant_count (restored), ==, 3);

    /* What it replaced is kept whole, with its last changes. */
    replaced = ff_store_open (aside, &error);
    g_assert_no_error (error);
    g_assert_cmpint (ff_participant_count (replaced), ==, 5);
  }
}

/* A participant erased after a backup was made does not come back with it. */
static void
test_restore_erases_again (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *db_path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *list = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_erased = 99;

  {
    g_autoptr(FfStore) store = ff_test_open_store (f->dir, "fotfeste.sqlite3");
    gint64 zainab;

    db_path = g_strdup (ff_store_get_path (store));
    add_participants (store, 3);
    zainab = ff_test_add_participant (store, "Zainabqx", "Qasemivw");
    backup = ff_backup_create (store, folder, NULL, &error);
    g_assert_no_error (error);

    g_assert_true (ff_person_erase (store, zainab, &error));
    g_assert_no_error (error);
  }

  /* What was noted names her by her UUID alone, privately. */
  list = ff_erasure_list_path (db_path);
  g_assert_cmpuint (file_mode (list), ==, 0600);
  g_assert_true (g_file_get_contents (list, &listed, NULL, &error));
  g_assert_nonnull (strchr (listed, '\n'));
  g_assert_null (strstr (listed, "Zainab"));

  /* The backup still holds her: rotation removes it in time. */
  g_assert_cmpuint (ff_test_count_in_database_files (backup, "Qasemivw"), >, 0);

  g_assert_true (ff_backup_restore (backup, db_path, &aside, &n_erased, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_erased, ==, 1);
  g_assert_cmpuint (ff_test_count_in_database_files (db_path, "Qasemivw"), ==, 0);
  g_assert_cmpuint (ff_test_count_in_database_files (db_path, "Zainabqx"), ==, 0);

  {
    g_autoptr(FfStore) restored = ff_store_open (db_path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (ff_participant_count (restored), ==, 3);
  }

  /* Nothing of the restoring is left behind beside the database. */
  dir = g_dir_open (f->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_test_message ("beside: %s", name);
      g_assert_false (strstr (name, ".restoring") != NULL);
    }

  /* Restored again, the same backup gives the same result. */
  g_clear_pointer (&aside, g_free);
  g_assert_true (ff_backup_restore (backup, db_path, &aside, &n_erased, &error));
  g_assert_cmpuint (n_erased, ==, 1);
}

static void
test_restore_refuses_damaged (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *damaged = g_build_filename (f->dir, "fotfeste-20261206T051500Z.sqlite3",
                                               NULL);
  g_autofree char *db_path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(FfStore) store = ff_test_open_store (f->dir, "fotfeste.sqlite3");

    db_path = g_strdup (ff_store_get_path (store));
    add_participants (store, 3);
  }
  before = ff_test_checksum_file (db_path);

  g_file_set_contents (damaged, "SQLite format 3", 16, &error);
  g_assert_no_error (error);
  g_assert_false (ff_backup_restore (damaged, db_path, &aside, NULL, &error));
  g_assert_nonnull (error);
  g_assert_null (aside);

  after = ff_test_checksum_file (db_path);
  g_assert_cmpstr (before, ==, after);
}

static void
backed_up_cb (FfBackupTimer  *timer,
              const char     *path,
              char          **last)
{
  g_free (*last);
  *last = g_strdup (path);
}

static gboolean
time_up_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @seconds, or until *@last is set. */
static void
wait_for_backup (char  **last,
                 guint   seconds)
{
  gboolean time_up = FALSE;
  guint id = g_timeout_add_seconds (seconds, time_up_cb, &time_up);

  while (!time_up && *last == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (!time_up)
    g_source_remove (id);
}

static gint64
participants_in (const char *backup)
{
  FfBackupContents contents;
  g_autoptr(GError) error = NULL;

  g_assert_true (ff_backup_read_contents (backup, &contents, &error));
  g_assert_no_error (error);
  return contents.n_participants;
}

static void
test_timer (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "fotfeste.sqlite3");
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autoptr(FfBackupTimer) timer = NULL;
  g_autoptr(FfBackupTimer) again = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  char *last = NULL;

  timer = ff_backup_timer_new (store, folder, 1);
  g_signal_connect (timer, "backed-up", G_CALLBACK (backed_up_cb), &last);

  /* Nothing changed: nothing to back up. */
  wait_for_backup (&last, 2);
  g_assert_null (last);

  /* A change is backed up at the next turn, off the main thread. */
  add_participants (store, 1);
  wait_for_backup (&last, 10);
  g_assert_nonnull (last);
  g_assert_cmpint (participants_in (last), ==, 1);
  g_clear_pointer (&last, g_free);

  /* Closing without changes since adds none. */
  g_assert_true (ff_backup_timer_close (timer, &error));
  g_assert_no_error (error);
  g_assert_null (last);

  /* A change just before closing is in the backup made on close. */
  again = ff_backup_timer_new (store, folder, FF_BACKUP_TIMER_INTERVAL_SECONDS);
  g_signal_connect (again, "backed-up", G_CALLBACK (backed_up_cb), &last);
  add_participants (store, 1);
  g_assert_true (ff_backup_timer_close (again, &error));
  g_assert_no_error (error);
  g_assert_nonnull (last);
  g_assert_cmpint (participants_in (last), ==, 2);
  g_free (last);

  listed = ff_backup_list (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, >=, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/backup/create/verified-and-private", Fixture, NULL,
              ff_test_dir_set_up, test_create_verified_private, ff_test_dir_tear_down);
  g_test_add ("/core/backup/verify/refuses-damaged", Fixture, NULL,
              ff_test_dir_set_up, test_verify_refuses, ff_test_dir_tear_down);
  g_test_add ("/core/backup/rotation/keeps-7-days-4-weeks-12-months", Fixture, NULL,
              ff_test_dir_set_up, test_rotation_keeps, ff_test_dir_tear_down);
  g_test_add ("/core/backup/rotation/deletes-from-folder", Fixture, NULL,
              ff_test_dir_set_up, test_rotate_folder, ff_test_dir_tear_down);
  g_test_add ("/core/backup/timer/after-changes-and-on-close", Fixture, NULL,
              ff_test_dir_set_up, test_timer, ff_test_dir_tear_down);
  g_test_add ("/core/backup/restore/keeps-replaced-file", Fixture, NULL,
              ff_test_dir_set_up, test_restore, ff_test_dir_tear_down);
  g_test_add ("/core/backup/restore/erases-again", Fixture, NULL,
              ff_test_dir_set_up, test_restore_erases_again, ff_test_dir_tear_down);
  g_test_add ("/core/backup/restore/refuses-damaged-backup", Fixture, NULL,
              ff_test_dir_set_up, test_restore_refuses_damaged, ff_test_dir_tear_down);

  return g_test_run ();
}
