/* test-store-lock.c — one writer per file: a second process is told who has it, may
 * read it, and a lock left by a crash is cleared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <utime.h>
#include <glib/gstdio.h>

#include "ff-participant.h"
#include "ff-store-lock.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"

typedef FfTestDir Fixture;

static const char *self_path;

/* The other process: this same program, run with "--hold FILE". It opens FILE, adds
 * a participant, says "ready", and keeps the file open until its input ends. */
static int
hold (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = ff_store_open (path, &error);
  char buffer[64];

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (ff_participant_create (store, "Amal", "Haddad", &error) <= 0)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  printf ("ready\n");
  fflush (stdout);
  while (fgets (buffer, sizeof buffer, stdin) != NULL)
    ;

  return 0;
}

/* Starts a holder of @path and waits until it has the file. */
static GSubprocess *
start_holder (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;

  holder = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                             &error, self_path, "--hold", path, NULL);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");

  return g_steal_pointer (&holder);
}

static void
stop_holder (GSubprocess *holder)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_close (g_subprocess_get_stdin_pipe (holder), NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check (holder, NULL, &error);
  g_assert_no_error (error);
}

static char *
make_file (Fixture *f)
{
  g_autoptr(FfStore) store = ff_test_open_store (f->dir, "fotfeste.sqlite3");

  return g_strdup (ff_store_get_path (store));
}

static void
test_second_process_told_who (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = make_file (f);
  g_autofree char *lock_path = ff_store_lock_path (path);
  g_autoptr(GSubprocess) holder = start_holder (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = NULL;
  GStatBuf st;

  store = ff_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, g_get_user_name ()));
  g_assert_nonnull (strstr (error->message, g_get_host_name ()));

  /* The lock is the user's own business. */
  g_assert_cmpint (g_stat (lock_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  stop_holder (holder);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));

  /* Once it has let go, the file is ours, with what the other one saved. */
  g_clear_error (&error);
  store = ff_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_participant_count (store), ==, 1);
}

static void
test_second_process_reads (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = make_file (f);
  g_autoptr(GSubprocess) holder = start_holder (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = NULL;

  store = ff_store_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_true (ff_store_is_read_only (store));

  /* It sees what the writer saved, and can change nothing. */
  g_assert_cmpint (ff_participant_count (store), ==, 1);
  g_assert_cmpint (ff_participant_create (store, "Olena", "Kovalenko", &error), <=, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY);

  stop_holder (holder);
  g_assert_cmpint (ff_participant_count (store), ==, 1);
}

static void
test_crash_cleared (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = make_file (f);
  g_autofree char *lock_path = ff_store_lock_path (path);
  g_autoptr(GSubprocess) holder = start_holder (path);
  g_autoptr(FfStoreLockHolder) left = NULL;
  g_autoptr(FfStoreLockHolder) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = NULL;
  gint64 pid = g_ascii_strtoll (g_subprocess_get_identifier (holder), NULL, 10);

  g_subprocess_force_exit (holder);
  g_subprocess_wait (holder, NULL, &error);
  g_assert_no_error (error);

  /* The crash left its lock behind … */
  left = ff_store_lock_read_holder (lock_path);
  g_assert_nonnull (left);
  g_assert_cmpint (left->pid, ==, pid);

  /* … which the next start recognises and takes over, with what was saved. */
  store = ff_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_participant_count (store), ==, 1);
  now = ff_store_lock_read_holder (lock_path);
  g_assert_nonnull (now);
  g_assert_cmpint (now->pid, ==, getpid ());
}

/* A lock written by hand as another computer would write it. */
static void
write_foreign_lock (const char *lock_path,
                    gint64      age_seconds)
{
  g_autoptr(GError) error = NULL;
  struct utimbuf times;

  g_file_set_contents (lock_path,
                       "user=kari\nhost=kontor-pc-7\npid=4242\n"
                       "since=2026-12-01T08:15:00Z\nboot=x\npidns=y\n",
                       -1, &error);
  g_assert_no_error (error);

  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - age_seconds);
  g_assert_cmpint (utime (lock_path, &times), ==, 0);
}

static void
test_other_computer (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = make_file (f);
  g_autofree char *lock_path = ff_store_lock_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = NULL;

  /* Kept fresh by its holder: in use, and by whom. */
  write_foreign_lock (lock_path, 30);
  store = ff_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "kari"));
  g_assert_nonnull (strstr (error->message, "kontor-pc-7"));
  g_assert_nonnull (strstr (error->message, "01.12.2026"));
  g_clear_error (&error);

  /* Untouched for longer than a holder ever leaves it: left by a crash there. */
  write_foreign_lock (lock_path, FF_STORE_LOCK_STALE_SECONDS + 60);
  store = ff_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

static void
test_same_process_shares (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = make_file (f);
  g_autofree char *lock_path = ff_store_lock_path (path);
  g_autoptr(GError) error = NULL;
  FfStore *window = NULL;
  FfStore *worker = NULL;

  /* The window and a worker writing sample data are one writer. */
  window = ff_store_open (path, &error);
  g_assert_no_error (error);
  worker = ff_store_open (path, &error);
  g_assert_no_error (error);

  g_object_unref (worker);
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  g_object_unref (window);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "--hold"))
    return hold (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/store/lock/second-process-told-who", Fixture, NULL,
              ff_test_dir_set_up, test_second_process_told_who, ff_test_dir_tear_down);
  g_test_add ("/core/store/lock/second-process-reads", Fixture, NULL,
              ff_test_dir_set_up, test_second_process_reads, ff_test_dir_tear_down);
  g_test_add ("/core/store/lock/crash-cleared", Fixture, NULL,
              ff_test_dir_set_up, test_crash_cleared, ff_test_dir_tear_down);
  g_test_add ("/core/store/lock/other-computer", Fixture, NULL,
              ff_test_dir_set_up, test_other_computer, ff_test_dir_tear_down);
  g_test_add ("/core/store/lock/same-process-shares", Fixture, NULL,
              ff_test_dir_set_up, test_same_process_shares, ff_test_dir_tear_down);

  return g_test_run ();
}
