/* ff-backup-timer.c — automatic backups: every so often while there are changes, and
 * on close
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-backup.h"
#include "ff-backup-timer.h"

struct _FfBackupTimer
{
  GObject       parent_instance;

  FfStore      *store;
  char         *folder;
  guint         timeout_id;
  /* The store changed since the last backup began. */
  gboolean      changed;
  /* A backup under way, and its cancellable. */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (FfBackupTimer, ff_backup_timer, G_TYPE_OBJECT)

enum
{
  BACKED_UP,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ff_backup_timer_dispose (GObject *object)
{
  FfBackupTimer *self = FF_BACKUP_TIMER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_backup_timer_parent_class)->dispose (object);
}

static void
ff_backup_timer_finalize (GObject *object)
{
  FfBackupTimer *self = FF_BACKUP_TIMER (object);

  g_free (self->folder);

  G_OBJECT_CLASS (ff_backup_timer_parent_class)->finalize (object);
}

static void
ff_backup_timer_class_init (FfBackupTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ff_backup_timer_dispose;
  object_class->finalize = ff_backup_timer_finalize;

  signals[BACKED_UP] =
    g_signal_new ("backed-up", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
ff_backup_timer_init (FfBackupTimer *self)
{
}

static void
store_changed_cb (FfStore       *store,
                  FfRecordKind   kind,
                  gint64         id,
                  FfBackupTimer *self)
{
  self->changed = TRUE;
}

static void
created_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FfBackupTimer) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ff_backup_create_finish (result, &error);

  g_clear_object (&self->cancellable);

  if (path != NULL)
    g_signal_emit (self, signals[BACKED_UP], 0, path);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Try again at the next turn. */
      self->changed = TRUE;
      g_signal_emit (self, signals[FAILED], 0, error);
    }
}

/* The folder given, or else the one chosen in Preferences now. */
static char *
current_folder (FfBackupTimer *self)
{
  if (self->folder != NULL)
    return g_strdup (self->folder);

  return ff_backup_folder (ff_store_get_path (self->store));
}

static gboolean
tick_cb (gpointer data)
{
  FfBackupTimer *self = data;

  if (!self->changed || self->cancellable != NULL)
    return G_SOURCE_CONTINUE;

  self->changed = FALSE;
  self->cancellable = g_cancellable_new ();
  {
    g_autofree char *folder = current_folder (self);

    ff_backup_create_async (ff_store_get_path (self->store), folder, self->cancellable,
                            created_cb, g_object_ref (self));
  }

  return G_SOURCE_CONTINUE;
}

FfBackupTimer *
ff_backup_timer_new (FfStore    *store,
                     const char *folder,
                     guint       interval_seconds)
{
  FfBackupTimer *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (interval_seconds > 0, NULL);

  self = g_object_new (FF_TYPE_BACKUP_TIMER, NULL);
  self->store = g_object_ref (store);
  self->folder = g_strdup (folder);
  g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  self->timeout_id = g_timeout_add_seconds (interval_seconds, tick_cb, self);

  return self;
}

gboolean
ff_backup_timer_is_busy (FfBackupTimer *self)
{
  g_return_val_if_fail (FF_IS_BACKUP_TIMER (self), FALSE);

  return self->cancellable != NULL;
}

gboolean
ff_backup_timer_close (FfBackupTimer  *self,
                       GError        **error)
{
  g_autoptr(GPtrArray) existing = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (FF_IS_BACKUP_TIMER (self), FALSE);

  if (self->store == NULL)
    return TRUE;
  folder = current_folder (self);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  /* Let the one under way end: its file is whole either way. */
  while (self->cancellable != NULL)
    g_main_context_iteration (NULL, TRUE);

  existing = ff_backup_list (folder, NULL);
  if (self->changed || existing == NULL || existing->len == 0)
    {
      path = ff_backup_create (self->store, folder, NULL, error);
      ok = path != NULL;
      if (ok)
        g_signal_emit (self, signals[BACKED_UP], 0, path);
    }

  self->changed = FALSE;
  g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  return ok;
}
