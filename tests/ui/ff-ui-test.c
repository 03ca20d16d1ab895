/* ff-ui-test.c — what the widget tests share: starting GTK, waiting for effects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-ui-test.h"

void
ff_ui_test_init (int    *argc,
                 char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
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
