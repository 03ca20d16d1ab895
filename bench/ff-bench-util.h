/* ff-bench-util.h — what the benchmark programs share: the clock, medians and
 * percentiles, copies of sample databases; and, for those with a window, waiting for a
 * window's frame to be painted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The monotonic clock in milliseconds. */
double    ff_bench_now_ms      (void);

/* The value at @fraction (0–1) of @times (doubles), which are sorted. */
double    ff_bench_percentile  (GArray      *times,
                                double       fraction);

/* The middle value of @times (doubles; 0 when none), which are sorted. */
double    ff_bench_median      (GArray      *times);

/* Copies the file @from to @to, which must not be there. */
gboolean  ff_bench_copy_file   (const char  *from,
                                const char  *to,
                                GError     **error);

G_END_DECLS
