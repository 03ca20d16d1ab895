/* ff-bench-paint.c — timing a window through to its painted frames
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-bench-paint.h"

static gboolean painted;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}

static gboolean
on_deadline (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;

  return G_SOURCE_REMOVE;
}

void
ff_bench_settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

void
ff_bench_watch_frames (GtkWidget *window)
{
  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  painted = FALSE;
}

void
ff_bench_expect_frame (void)
{
  painted = FALSE;
}

gboolean
ff_bench_wait_painted (void)
{
  gboolean timed_out = FALSE;
  guint deadline = g_timeout_add (5000, on_deadline, &timed_out);

  while (!painted && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (deadline);

  return painted;
}

double
ff_bench_present_and_wait (GtkWidget      *window,
                           GtkApplication *app,
                           gint64          start)
{
  gtk_window_set_application (GTK_WINDOW (window), app);
  ff_bench_watch_frames (window);
  gtk_window_present (GTK_WINDOW (window));
  if (!ff_bench_wait_painted ())
    g_error ("The window did not paint");

  return (g_get_monotonic_time () - start) / 1000.0;
}
