/* ff-person-async.c — a participant erased off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-person.h"

typedef struct
{
  char   *path;
  gint64  id;
} EraseJob;

static void
erase_job_free (EraseJob *job)
{
  g_free (job->path);
  g_free (job);
}

/* On a connection of its own: the store's may only be used from the main thread. The
 * process already holds the file's lock, which the second store shares. */
static void
erase_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  EraseJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = ff_store_open (job->path, &error);

  if (store != NULL && ff_person_erase (store, job->id, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Back on the main thread: the store's own listeners learn that the participant went. */
static void
erased_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FfStore *store = FF_STORE (source_object);
  EraseJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  ff_store_emit_changed (store, FF_RECORD_PARTICIPANT, job->id);
  g_task_return_boolean (task, TRUE);
}

void
ff_person_erase_async (FfStore             *store,
                       gint64               id,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) thread_task = NULL;
  GTask *task;
  EraseJob *job;

  g_return_if_fail (FF_IS_STORE (store));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, ff_person_erase_async);

  if (ff_store_is_read_only (store))
    {
      g_task_return_new_error (task, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY, "%s",
                               _("The file is open only for reading: no one can be "
                                 "erased from it."));
      g_object_unref (task);
      return;
    }

  job = g_new0 (EraseJob, 1);
  job->path = g_strdup (ff_store_get_path (store));
  job->id = id;

  /* Not cancelled once begun: an erasure half done is rolled back, and one done is
   * done. */
  thread_task = g_task_new (store, NULL, erased_cb, task);
  g_task_set_name (thread_task, "[fotfeste] erase");
  g_task_set_task_data (thread_task, job, (GDestroyNotify) erase_job_free);
  g_task_run_in_thread (thread_task, erase_thread);
}

gboolean
ff_person_erase_finish (FfStore       *store,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
