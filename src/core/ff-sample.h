/* ff-sample.h — realistic synthetic data for trying the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ff-store.h"

G_BEGIN_DECLS

/* Called now and then with the share done (0.0 … 1.0). */
typedef void (*FfProgressFunc) (double fraction, gpointer user_data);

/* Adds a few programmes, @n_participants participants with enrolments, status
 * histories and individual plans (some with signed versions), and employers in the
 * participants' places, the same for the same @seed. Names are Ukrainian, Syrian,
 * Eritrean, Afghan, Somali and Norwegian, in their own scripts and in Latin. Every
 * value is written through the record functions, as a user would type it, so nothing
 * in it is what the application would refuse.
 *
 * Writes in transactions of a batch of participants each, and calls @progress in the
 * calling thread at every hundredth (0.0 first; 1.0 once all is committed). Stops with
 * G_IO_ERROR_CANCELLED when @cancellable is cancelled: the batches committed before
 * stay, nothing of the unfinished one does. For tests; the application and
 * fotfeste-cli use ff_sample_generate_async(). */
gboolean  ff_sample_generate         (FfStore              *store,
                                      guint                 n_participants,
                                      guint32               seed,
                                      FfProgressFunc        progress,
                                      gpointer              progress_data,
                                      GCancellable         *cancellable,
                                      GError              **error);

/* As ff_sample_generate(), into the database at @path (created when missing), on a
 * connection of its own in a worker thread: the caller's connection stays free for
 * reading. @progress is called on the thread-default main context of the caller, as
 * often as the main loop gets round to it but at most once a hundredth; all of it
 * before @callback, and @progress_data_free (may be NULL) after the last of it.
 * @callback is called on the same context when the work has ended. */
void      ff_sample_generate_async   (const char           *path,
                                      guint                 n_participants,
                                      guint32               seed,
                                      FfProgressFunc        progress,
                                      gpointer              progress_data,
                                      GDestroyNotify        progress_data_free,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);

/* TRUE when all was added; otherwise FALSE with the error, G_IO_ERROR_CANCELLED when
 * cut short (the batches committed before stay in the file). */
gboolean  ff_sample_generate_finish  (GAsyncResult         *result,
                                      GError              **error);

G_END_DECLS
