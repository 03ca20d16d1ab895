/* ff-bench-util.c — what the benchmark programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "ff-bench-util.h"

double
ff_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
ff_bench_percentile (GArray *times,
                     double  fraction)
{
  if (times->len == 0)
    return 0;

  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, (guint) (fraction * (times->len - 1) + 0.5));
}

double
ff_bench_median (GArray *times)
{
  if (times->len == 0)
    return 0;

  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

gboolean
ff_bench_copy_file (const char  *from,
                    const char  *to,
                    GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);

  return g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, error);
}
