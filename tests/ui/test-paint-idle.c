/* test-paint-idle.c — work left until a window has drawn its next frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-paint-idle.h"
#include "ff-ui-test.h"

typedef struct
{
  guint    calls;
  guint    calls_at_paint;   /* how many calls there had been when the frame was drawn */
  gboolean painted;
} Seen;

static gboolean
count_cb (gpointer user_data)
{
  Seen *seen = user_data;

  seen->calls++;

  return G_SOURCE_CONTINUE;
}

static void
painted_cb (GdkFrameClock *clock,
            Seen          *seen)
{
  if (!seen->painted)
    seen->calls_at_paint = seen->calls;
  seen->painted = TRUE;
}

static gboolean
was_called (gpointer user_data)
{
  return ((Seen *) user_data)->calls > 0;
}

/* It waits for the frame, then runs once, even when asked to go on. */
static void
test_after_the_frame (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("Olena Kovalenko");
  Seen seen = { 0 };
  gulong handler;

  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (100);

  /* A change the next frame draws, and the work left for after it. */
  gtk_label_set_text (GTK_LABEL (label), "Ahmad Ahmadi");
  handler = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                              G_CALLBACK (painted_cb), &seen);
  ff_paint_idle_add (label, G_PRIORITY_DEFAULT, count_cb, &seen);

  g_assert_true (ff_ui_test_wait_until (was_called, &seen, 5.0));
  g_assert_true (seen.painted);
  g_assert_cmpuint (seen.calls_at_paint, ==, 0);
  ff_ui_test_spin (100);
  g_assert_cmpuint (seen.calls, ==, 1);

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), handler);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Removed before the frame, it never runs. */
static void
test_removed (void)
{
  GtkWidget *window = gtk_window_new ();
  Seen seen = { 0 };
  guint id;

  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (100);

  id = ff_paint_idle_add (window, G_PRIORITY_DEFAULT, count_cb, &seen);
  gtk_widget_queue_draw (window);
  g_source_remove (id);
  ff_ui_test_spin (200);
  g_assert_cmpuint (seen.calls, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A widget in no window that draws has no frame to wait for: at once, when idle. */
static void
test_unrealized (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("Olena Kovalenko"));
  Seen seen = { 0 };

  ff_paint_idle_add (label, G_PRIORITY_DEFAULT, count_cb, &seen);
  g_assert_cmpuint (seen.calls, ==, 0);
  ff_ui_test_spin (20);
  g_assert_cmpuint (seen.calls, ==, 1);

  /* Taken out of its window before the frame: it does not wait for a frame that
   * may never come. */
  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (100);
  ff_paint_idle_add (label, G_PRIORITY_DEFAULT, count_cb, &seen);
  gtk_window_set_child (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  ff_ui_test_spin (20);
  g_assert_cmpuint (seen.calls, ==, 2);

  g_object_unref (label);
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/paint-idle/after-the-frame", test_after_the_frame);
  g_test_add_func ("/ui/paint-idle/removed", test_removed);
  g_test_add_func ("/ui/paint-idle/unrealized", test_unrealized);

  return g_test_run ();
}
