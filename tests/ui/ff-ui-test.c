/* ff-ui-test.c — what the widget tests share: a store of their own, waiting for effects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ff-ui-test.h"

void
ff_ui_test_init (int    *argc,
                 char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

FfStore *
ff_ui_test_open_store (char **tmpdir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  FfStore *store;

  *tmpdir = g_dir_make_tmp ("fotfeste-ui-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (*tmpdir, "fotfeste.sqlite3", NULL);
  store = ff_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

void
ff_ui_test_close_store (FfStore *store,
                        char    *tmpdir)
{
  g_assert_finalize_object (store);
  remove_tree (tmpdir);
  g_free (tmpdir);
}

gboolean
ff_ui_test_wait_until (FfUiTestCondition condition,
                       gpointer          data,
                       double            seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;

      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (5000);
    }

  return TRUE;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
ff_ui_test_spin (guint milliseconds)
{
  ff_ui_test_wait_until (never, NULL, milliseconds / 1000.0);
}

static void
find_all (GtkWidget  *widget,
          GType       type,
          const char *css_class,
          GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_type_is_a (G_OBJECT_TYPE (child), type) &&
          (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        g_ptr_array_add (found, child);

      find_all (child, type, css_class, found);
    }
}

GPtrArray *
ff_ui_test_find_all (GtkWidget  *widget,
                     GType       type,
                     const char *css_class)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (widget, type, css_class, found);

  return found;
}
