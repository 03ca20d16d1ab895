/* ff-record-page.c — one record on a page of rows that save as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-new-record-dialog.h"
#include "ff-record-page.h"

typedef struct
{
  FfStore     *store;
  FfAutosave  *autosave;
  gint64       record_id;
  FfRecord    *record;
  gboolean     fields_later;   /* the fields are filled when first needed */
  gboolean     fields_stale;   /* they still show the record shown before */
} FfRecordPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (FfRecordPage, ff_record_page, ADW_TYPE_PREFERENCES_PAGE)

enum
{
  SIGNAL_SHOWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define PRIV(self) ((FfRecordPagePrivate *) ff_record_page_get_instance_private (self))

static FfRecord *
ff_record_page_real_load (FfRecordPage  *self,
                          gint64         id,
                          GError       **error)
{
  return ff_record_load (PRIV (self)->store, FF_RECORD_PAGE_GET_CLASS (self)->record_type, id,
                         error);
}

static void
show_record (FfRecordPage *self)
{
  FfRecordPageClass *klass = FF_RECORD_PAGE_GET_CLASS (self);

  if (klass->show_record != NULL)
    klass->show_record (self, PRIV (self)->record);
  g_signal_emit (self, signals[SIGNAL_SHOWN], 0);
}

/* Shows record @id afresh. */
static void
load (FfRecordPage *self)
{
  FfRecordPagePrivate *priv = PRIV (self);
  const FfRecordType *type = FF_RECORD_PAGE_GET_CLASS (self)->record_type;
  g_autoptr(GError) error = NULL;

  g_clear_object (&priv->record);

  if (priv->record_id != 0)
    {
      priv->record = FF_RECORD_PAGE_GET_CLASS (self)->load (self, priv->record_id, &error);
      if (priv->record == NULL)
        {
          g_warning ("Cannot show %s %" G_GINT64_FORMAT ": %s", type->table, priv->record_id,
                     error->message);
          priv->record_id = 0;
        }
    }

  priv->fields_stale = TRUE;
  if (!priv->fields_later)
    ff_record_page_show_fields (self);
  show_record (self);
}

void
ff_record_page_reload (FfRecordPage *self)
{
  FfRecordPagePrivate *priv;
  g_autoptr(FfRecord) record = NULL;

  g_return_if_fail (FF_IS_RECORD_PAGE (self));

  priv = PRIV (self);
  if (priv->record_id == 0)
    return;

  /* Gone (deleted elsewhere): the page stays as it is until someone shows another.
   * Gone for good (erased): nothing of it stays shown. */
  record = FF_RECORD_PAGE_GET_CLASS (self)->load (self, priv->record_id, NULL);
  if (record == NULL)
    {
      if (!ff_record_exists (priv->store, FF_RECORD_PAGE_GET_CLASS (self)->record_type,
                             priv->record_id))
        {
          priv->record_id = 0;
          load (self);
        }
      return;
    }

  g_set_object (&priv->record, record);
  if (!priv->fields_stale)
    ff_autosave_refresh (priv->autosave, record);
  show_record (self);
}

static void
store_changed_cb (FfRecordPage *self,
                  FfRecordKind  kind,
                  gint64        id,
                  FfStore      *store)
{
  FfRecordPageClass *klass = FF_RECORD_PAGE_GET_CLASS (self);

  if ((kind == klass->record_type->kind && (id == 0 || id == PRIV (self)->record_id)) ||
      (klass->follows & (1u << kind)))
    ff_record_page_reload (self);
}

static void
ff_record_page_dispose (GObject *object)
{
  FfRecordPage *self = FF_RECORD_PAGE (object);
  FfRecordPagePrivate *priv = PRIV (self);

  /* What is typed is written before the rows go away. */
  if (priv->autosave != NULL)
    ff_autosave_flush (priv->autosave);
  g_clear_object (&priv->autosave);

  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);

  g_clear_object (&priv->record);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (ff_record_page_parent_class)->dispose (object);
}

static void
ff_record_page_class_init (FfRecordPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ff_record_page_dispose;

  klass->load = ff_record_page_real_load;

  signals[SIGNAL_SHOWN] =
    g_signal_new ("shown",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ff_record_page_init (FfRecordPage *self)
{
}

FfStore *
ff_record_page_get_store (FfRecordPage *self)
{
  g_return_val_if_fail (FF_IS_RECORD_PAGE (self), NULL);

  return PRIV (self)->store;
}

void
ff_record_page_set_store (FfRecordPage *self,
                          FfStore      *store)
{
  FfRecordPagePrivate *priv;
  const FfRecordType *type;

  g_return_if_fail (FF_IS_RECORD_PAGE (self));
  g_return_if_fail (FF_IS_STORE (store));

  priv = PRIV (self);
  type = FF_RECORD_PAGE_GET_CLASS (self)->record_type;
  g_return_if_fail (priv->store == NULL);
  g_return_if_fail (type != NULL);

  priv->store = g_object_ref (store);
  priv->autosave = ff_autosave_new (store);
  ff_autosave_bind_named (priv->autosave, GTK_WIDGET (self), type, 0);

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load (self);
}

gint64
ff_record_page_get_record_id (FfRecordPage *self)
{
  g_return_val_if_fail (FF_IS_RECORD_PAGE (self), 0);

  return PRIV (self)->record_id;
}

void
ff_record_page_set_record_id (FfRecordPage *self,
                              gint64        id)
{
  FfRecordPagePrivate *priv;

  g_return_if_fail (FF_IS_RECORD_PAGE (self));

  priv = PRIV (self);
  g_return_if_fail (id == 0 || priv->store != NULL);

  ff_record_page_flush (self);

  if (priv->record_id == id)
    return;

  priv->record_id = id;
  load (self);
}

FfRecord *
ff_record_page_get_record (FfRecordPage *self)
{
  g_return_val_if_fail (FF_IS_RECORD_PAGE (self), NULL);

  return PRIV (self)->record;
}

gboolean
ff_record_page_flush (FfRecordPage *self)
{
  FfRecordPageClass *klass;
  gboolean ok;

  g_return_val_if_fail (FF_IS_RECORD_PAGE (self), FALSE);

  klass = FF_RECORD_PAGE_GET_CLASS (self);
  ok = PRIV (self)->autosave == NULL || ff_autosave_flush (PRIV (self)->autosave);
  if (klass->flush != NULL && !klass->flush (self))
    ok = FALSE;

  return ok;
}

FfAutosave *
ff_record_page_get_autosave (FfRecordPage *self)
{
  g_return_val_if_fail (FF_IS_RECORD_PAGE (self), NULL);

  return PRIV (self)->autosave;
}

void
ff_record_page_set_fields_later (FfRecordPage *self,
                                 gboolean      later)
{
  g_return_if_fail (FF_IS_RECORD_PAGE (self));

  PRIV (self)->fields_later = later;
  if (!later)
    ff_record_page_show_fields (self);
}

void
ff_record_page_show_fields (FfRecordPage *self)
{
  FfRecordPagePrivate *priv;

  g_return_if_fail (FF_IS_RECORD_PAGE (self));

  priv = PRIV (self);
  if (!priv->fields_stale || priv->autosave == NULL)
    return;

  priv->fields_stale = FALSE;
  ff_autosave_load (priv->autosave, FF_RECORD_PAGE_GET_CLASS (self)->record_type,
                    priv->record);
}

GtkWidget *
ff_record_page_get_field_widget (FfRecordPage *self,
                                 guint         field)
{
  g_return_val_if_fail (FF_IS_RECORD_PAGE (self), NULL);

  if (PRIV (self)->autosave == NULL)
    return NULL;

  ff_record_page_show_fields (self);
  return ff_autosave_lookup (PRIV (self)->autosave, FF_RECORD_PAGE_GET_CLASS (self)->record_type,
                             0, field, NULL, NULL);
}

GtkWidget *
ff_record_page_new_dialog (FfRecordPage *self)
{
  FfRecordPageClass *klass;
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (FF_IS_RECORD_PAGE (self), NULL);

  klass = FF_RECORD_PAGE_GET_CLASS (self);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ff_new_record_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     klass->record_type,
                                     g_dgettext (GETTEXT_PACKAGE, klass->new_title),
                                     g_dgettext (GETTEXT_PACKAGE, klass->new_description));
  if (klass->new_accept != NULL)
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (dialog), "create",
                                           g_dgettext (GETTEXT_PACKAGE, klass->new_accept));

  /* Each field is asked for by the name its row on the page has. */
  for (guint i = 0; i < klass->n_new_fields; i++)
    {
      const char *title;

      ff_autosave_lookup (PRIV (self)->autosave, klass->record_type, 0, klass->new_fields[i],
                          NULL, &title);
      ff_new_record_dialog_add_field (FF_NEW_RECORD_DIALOG (dialog), klass->new_fields[i],
                                      title);
    }
  if (klass->add_new_fields != NULL)
    klass->add_new_fields (self, dialog);

  return dialog;
}
