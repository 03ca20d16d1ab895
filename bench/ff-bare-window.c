/* ff-bare-window.c — the smallest libadwaita window, the yardstick for start-up time
 *
 * An AdwApplication that shows an AdwApplicationWindow with a header bar and a status
 * page, and reports its first painted frame the way fotfeste does
 * (FOTFESTE_REPORT_FIRST_FRAME=1 prints "first-frame", =quit also quits).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <adwaita.h>

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *report = g_getenv ("FOTFESTE_REPORT_FIRST_FRAME");

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, user_data);

  fputs ("first-frame\n", stdout);
  fflush (stdout);

  if (g_strcmp0 (report, "quit") == 0)
    g_application_quit (G_APPLICATION (app));
}

static void
on_realize (GtkWidget *window,
            gpointer   user_data)
{
  const char *report = g_getenv ("FOTFESTE_REPORT_FIRST_FRAME");

  if (report == NULL || *report == '\0')
    return;

  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), user_data);
}

static void
on_activate (GApplication *app,
             gpointer      user_data)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *status;

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 640);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());

  status = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Bare window");
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   "The smallest libadwaita window, for comparison");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "system-users-symbolic");
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), status);

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  g_signal_connect (window, "realize", G_CALLBACK (on_realize), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  /* Non-unique like fotfeste started with --database, so that both pay the same. */
  app = adw_application_new ("io.github.fotfeste.BareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
