/* ff-test-util.c — temporary folders and file checksums for the core and cli tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ff-test-util.h"

char *
ff_test_make_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

char *
ff_test_make_own_dir (void)
{
  g_autofree char *program = g_path_get_basename (g_get_prgname ());
  g_autofree char *tmpl = g_strdup_printf ("fotfeste-%s-XXXXXX", program);

  return ff_test_make_dir (tmpl);
}

void
ff_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        ff_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

char *
ff_test_checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
ff_test_dir_set_up (FfTestDir     *f,
                    gconstpointer  data)
{
  f->dir = ff_test_make_own_dir ();
}

void
ff_test_dir_tear_down (FfTestDir     *f,
                       gconstpointer  data)
{
  ff_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* How often @needle occurs in the file @path (0 when there is no file). */
static guint
occurrences (const char *path,
             const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize needle_length = strlen (needle);
  guint n = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;

  for (gsize i = 0; i + needle_length <= length; i++)
    {
      if (memcmp (contents + i, needle, needle_length) == 0)
        n++;
    }

  return n;
}

guint
ff_test_count_in_database_files (const char *db_path,
                                 const char *needle)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);

  return occurrences (db_path, needle) + occurrences (wal, needle) + occurrences (shm, needle);
}

char *
ff_test_pdf_text (const char *pdf)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) space = NULL;
  int status = 0;
  const char *argv[] = { NULL, "-layout", "-enc", "UTF-8", pdf, "-", NULL };

  if (program == NULL)
    return NULL;

  argv[0] = program;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  space = g_regex_new ("\\s+", 0, 0, NULL);
  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

GDate
ff_test_date (GDateYear  year,
              GDateMonth month,
              GDateDay   day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}
