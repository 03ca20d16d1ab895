/* ff-bench-paint.h — for the benchmarks with a window: letting the main loop settle,
 * and timing a window or a change through to its frame being painted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the main loop for @ms milliseconds. */
void      ff_bench_settle              (guint           ms);

/* Counts @window's painted frames from now on: ff_bench_wait_painted() waits for the
 * next one. */
void      ff_bench_watch_frames        (GtkWidget      *window);

/* From now on, waits for a frame not yet painted. */
void      ff_bench_expect_frame        (void);

/* Waits for the next frame of the watched window to be painted; FALSE after 5 s. */
gboolean  ff_bench_wait_painted        (void);

/* Presents @window (of @app), realized and watched, and returns the milliseconds from
 * @start (g_get_monotonic_time ()) to its first painted frame; fails when it paints
 * none. */
double    ff_bench_present_and_wait    (GtkWidget      *window,
                                        GtkApplication *app,
                                        gint64          start);

G_END_DECLS
