/* ff-sample.h — realistic synthetic data for trying the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

/* Called now and then with the share done (0.0 … 1.0). */
typedef void (*FfProgressFunc) (double fraction, gpointer user_data);

/* Adds a few programmes and @n_participants participants with enrolments, status
 * histories and individual plans (some with signed versions), the same for the
 * same @seed. Names are Ukrainian, Syrian, Eritrean, Afghan, Somali and
 * Norwegian, in their own scripts and in Latin.
 * Runs in large transactions; may run in a worker thread on its own FfStore.
 * Stops with G_IO_ERROR_CANCELLED when @cancellable is cancelled (nothing of an
 * unfinished batch is kept). */
gboolean  ff_sample_generate  (FfStore        *store,
                               guint           n_participants,
                               guint32         seed,
                               FfProgressFunc  progress,
                               gpointer        progress_data,
                               GCancellable   *cancellable,
                               GError        **error);

G_END_DECLS
