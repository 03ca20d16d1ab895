/* fuzz-store-lock.c — a lock file beside the database, as another computer may leave it
 *
 * The input is written as the lock file of a database. Whoever it names has a user, a
 * computer, a process number above 0 and a time; a lock untouched for longer than
 * FF_STORE_LOCK_STALE_SECONDS is stale whoever holds it. Taking the lock either
 * refuses, saying in readable words who has the file, and leaves the lock file as it
 * was; or takes it, and leaves no lock file once it is let go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ff-fuzz.h"
#include "ff-store.h"
#include "ff-store-lock.h"
#include "ff-test-util.h"

static char *dir;
static char *db_path;
static char *lock_path;

static void
remove_dir (void)
{
  ff_test_remove_tree (dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ff_fuzz_init ();

  dir = ff_test_make_dir ("fotfeste-fuzz-store-lock-XXXXXX");
  db_path = g_build_filename (dir, "fotfeste.sqlite3", NULL);
  lock_path = ff_store_lock_path (db_path);
  atexit (remove_dir);

  return 0;
}

static gboolean
holds (const uint8_t *data,
       size_t         size)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (lock_path, &contents, &length, NULL)
         && length == size && memcmp (contents, data, size) == 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(FfStoreLockHolder) holder = NULL;
  g_autoptr(GError) error = NULL;
  FfStoreLock *lock;

  ff_fuzz_assert (g_file_set_contents (lock_path, (const char *) data, size, NULL));

  holder = ff_store_lock_read_holder (lock_path);
  if (holder != NULL)
    {
      ff_fuzz_assert (holder->user != NULL && holder->host != NULL);
      ff_fuzz_assert (holder->pid > 0 && holder->since != NULL);
      ff_fuzz_assert (ff_store_lock_holder_is_stale (holder,
                                                     FF_STORE_LOCK_STALE_SECONDS + 1));
      ff_store_lock_holder_is_stale (holder, 0);
    }

  lock = ff_store_lock_acquire (db_path, &error);
  if (lock == NULL)
    {
      ff_fuzz_assert (error != NULL && error->domain == FF_STORE_ERROR);
      if (!g_utf8_validate (error->message, -1, NULL))
        {
          g_printerr ("not UTF-8: %s\n", error->message);
          ff_fuzz_assert (!"the message says in readable words who has the file");
        }
      ff_fuzz_assert (holds (data, size));
    }
  else
    {
      ff_fuzz_assert (error == NULL);
      ff_store_lock_release (lock);
      ff_fuzz_assert (!g_file_test (lock_path, G_FILE_TEST_EXISTS));
    }

  g_unlink (lock_path);
  return 0;
}
