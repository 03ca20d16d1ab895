/* test-full-disk.c — a full disk and a read-only one: a clear message, no crash, and
 * nothing lost that was reported saved
 *
 * Needs a small file system of its own: a tmpfs mounted for the test (as root, as
 * build-aux/test runs in CI; elsewhere the test says it is skipped, and why).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-participant.h"
#include "ff-store-private.h"
#include "ff-test-util.h"

typedef struct
{
  char     *dir;
  gboolean  mounted;
} Fixture;

static gboolean
run_mount (const char *const *argv)
{
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;

  return g_spawn_check_wait_status (status, NULL);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  const char *mount[] = { "mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs",
                          NULL, NULL };

  f->dir = ff_test_make_dir ("fotfeste-test-full-XXXXXX");
  mount[6] = f->dir;
  f->mounted = run_mount (mount);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  const char *umount[] = { "umount", f->dir, NULL };

  if (f->mounted)
    run_mount (umount);
  ff_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
test_full_then_read_only (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_free);
  const char *remount[] = { "mount", "-o", "remount,ro", NULL, NULL };
  guint failures = 0;

  if (!f->mounted)
    {
      g_test_skip ("cannot mount a small tmpfs here (needs root)");
      return;
    }
  path = g_build_filename (f->dir, "fotfeste.sqlite3", NULL);

  {
    g_autoptr(FfStore) store = ff_store_open (path, &error);

    g_assert_no_error (error);

    /* Participants with long notes until the disk is full, and a few more tries. */
    for (guint i = 0; i < 2000 && failures < 5; i++)
      {
        g_autofree char *given = g_strdup_printf ("Olena %u", i);
        gint64 id = ff_participant_create (store, given, "Kovalenko", &error);

        if (id > 0)
          {
            g_autofree char *notes = g_strnfill (2000, 'x');

            if (ff_record_set_field (store, &ff_participant_type, id,
                                     FF_PARTICIPANT_NOTES, notes, &error))
              g_ptr_array_add (saved, g_steal_pointer (&given));
          }
        if (error != NULL)
          {
            /* Said as a person can act on it. */
            g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IO);
            g_assert_nonnull (strstr (error->message, "full"));
            g_clear_error (&error);
            failures++;
          }
      }
    g_assert_cmpuint (failures, >, 0);
    g_assert_cmpuint (saved->len, >, 10);
  }

  /* Read again: whole, and everyone reported saved is there. */
  {
    g_autoptr(FfStore) store = ff_store_open_read_only (path, &error);
    g_autoptr(GPtrArray) problems = NULL;

    g_assert_no_error (error);
    g_assert_true (ff_store_check (store, &problems, &error));
    g_assert_cmpuint (problems->len, ==, 0);
    g_assert_cmpint (ff_participant_count (store), >=, (gint64) saved->len);
  }

  /* The same disk read-only: refused with a message, and the file left as it was. */
  remount[3] = f->dir;
  g_assert_true (run_mount (remount));
  {
    g_autofree char *before = ff_test_checksum_file (path);
    g_autofree char *after = NULL;
    g_autoptr(FfStore) store = ff_store_open (path, &error);

    g_assert_null (store);
    g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_IO);
    g_assert_nonnull (strstr (error->message, "write"));
    after = ff_test_checksum_file (path);
    g_assert_cmpstr (after, ==, before);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/store/full-disk/then-read-only", Fixture, NULL,
              set_up, test_full_then_read_only, tear_down);

  return g_test_run ();
}
