/* fuzz-store.c — opening a database file that may be anything
 *
 * The input is written to a private file, which is then opened as Fotfeste opens a
 * file it is given. A file the store refuses before SQLite opens it (not ours,
 * damaged, too new) is refused again by ff_store_open(), with the same error, and is
 * left byte for byte as it was, with nothing beside it. Opening it only to read never
 * changes it either. A file that ff_store_open() accepts is brought up to this version
 * and opens again; nothing is left beside it but what SQLite and the migration's
 * backup leave, and no lock once it is closed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ff-fuzz.h"
#include "ff-store.h"
#include "ff-store-file.h"
#include "ff-store-private.h"
#include "ff-test-util.h"

static char *dir;
static char *path;

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

  dir = ff_test_make_dir ("fotfeste-fuzz-store-XXXXXX");
  path = g_build_filename (dir, "fotfeste.sqlite3", NULL);
  atexit (remove_dir);

  return 0;
}

/* The names in the folder other than the database's own, sorted. */
static GPtrArray *
others (void)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *base = g_path_get_basename (path);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  ff_fuzz_assert (listing != NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (strcmp (name, base) != 0)
        g_ptr_array_add (names, g_strdup (name));
    }

  return names;
}

static void
empty_dir (void)
{
  g_autoptr(GPtrArray) names = others ();

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_build_filename (dir, g_ptr_array_index (names, i), NULL);

      ff_fuzz_assert (g_unlink (file) == 0);
    }
  g_unlink (path);
}

/* Whether the database file holds @data and nothing else is beside it. */
static gboolean
untouched (const uint8_t *data,
           size_t         size)
{
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) names = others ();
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  for (guint i = 0; i < names->len; i++)
    g_printerr ("left beside the file: %s\n", (char *) g_ptr_array_index (names, i));

  return names->len == 0 && length == size && memcmp (contents, data, size) == 0;
}

static gboolean
has_lock (void)
{
  g_autoptr(GPtrArray) names = others ();

  for (guint i = 0; i < names->len; i++)
    {
      if (g_str_has_suffix (g_ptr_array_index (names, i), ".lock"))
        return TRUE;
    }

  return FALSE;
}

static void
check_error (const GError *error)
{
  ff_fuzz_assert (error != NULL && error->domain == FF_STORE_ERROR);
  ff_fuzz_assert (g_utf8_validate (error->message, -1, NULL));
}

static void
check_read_only (const uint8_t *data,
                 size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = ff_store_open_read_only (path, &error);
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (store == NULL)
    check_error (error);
  else
    ff_fuzz_assert (error == NULL && ff_store_is_read_only (store));
  g_clear_object (&store);

  ff_fuzz_assert (g_file_get_contents (path, &contents, &length, NULL));
  ff_fuzz_assert (length == size && memcmp (contents, data, size) == 0);
}

static void
check_opened (FfStore *store)
{
  sqlite3 *db = ff_store_get_db (store);
  gint64 version = -1;
  gint64 application_id = -1;

  ff_fuzz_assert (strcmp (ff_store_get_path (store), path) == 0);
  ff_fuzz_assert (!ff_store_is_read_only (store));
  ff_fuzz_assert (ff_store_file_query_int (db, "PRAGMA user_version", &version));
  ff_fuzz_assert (version == FF_STORE_SCHEMA_VERSION);
  ff_fuzz_assert (ff_store_file_query_int (db, "PRAGMA application_id", &application_id));
  ff_fuzz_assert (application_id == FF_STORE_APPLICATION_ID);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) open_error = NULL;
  g_autoptr(GError) again_error = NULL;
  g_autoptr(FfStore) store = NULL;

  empty_dir ();
  ff_fuzz_assert (g_file_set_contents (path, (const char *) data, size, NULL));

  check_read_only (data, size);
  empty_dir ();
  ff_fuzz_assert (g_file_set_contents (path, (const char *) data, size, NULL));

  if (!ff_store_file_prepare (path, &error))
    {
      check_error (error);
      ff_fuzz_assert (error->code == FF_STORE_ERROR_NOT_OURS
                      || error->code == FF_STORE_ERROR_CORRUPT
                      || error->code == FF_STORE_ERROR_TOO_NEW);
      ff_fuzz_assert (untouched (data, size));

      store = ff_store_open (path, &open_error);
      ff_fuzz_assert (store == NULL);
      check_error (open_error);
      ff_fuzz_assert (open_error->code == error->code);
      ff_fuzz_assert (untouched (data, size));
      return 0;
    }

  store = ff_store_open (path, &open_error);
  if (store == NULL)
    {
      check_error (open_error);
      ff_fuzz_assert (!has_lock ());
      return 0;
    }

  ff_fuzz_assert (open_error == NULL);
  check_opened (store);
  g_clear_object (&store);
  ff_fuzz_assert (!has_lock ());

  /* What was accepted and brought up to date opens again. */
  store = ff_store_open (path, &again_error);
  if (store == NULL)
    g_printerr ("opened once, then refused: %s\n", again_error->message);
  ff_fuzz_assert (store != NULL);
  check_opened (store);
  g_clear_object (&store);
  ff_fuzz_assert (!has_lock ());

  return 0;
}
