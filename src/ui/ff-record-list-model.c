/* ff-record-list-model.c — the records a query finds, loaded only as they are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-record-list-model.h"

/* Rows are fetched this many at a time around the one asked for, and at most
 * CACHE_MAX are kept: enough for a few screens of scrolling back and forth. */
#define PAGE_SIZE 64
#define CACHE_MAX 512

/* A change of at most this many added rows is announced as it is; a bigger one in
 * two steps (see announce ()). */
#define SMALL_CHANGE 64

typedef struct
{
  FfStore             *store;
  const FfRecordType  *type;
  char                *search;
  gboolean             include_archived;

  GArray              *ids;          /* gint64, in the order of the query */
  GHashTable          *cache;        /* gint64 id → FfRecord */
  gboolean             replacing;
  guint                n_loaded;
  guint                limit;        /* at most this many rows are in the list */
  guint                next_limit;   /* the limit the next change of rows brings */
} FfRecordListModelPrivate;

static void ff_record_list_model_list_model_init (GListModelInterface *iface);

G_DEFINE_TYPE_WITH_CODE (FfRecordListModel, ff_record_list_model, G_TYPE_OBJECT,
                         G_ADD_PRIVATE (FfRecordListModel)
                         G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                ff_record_list_model_list_model_init))

static guint filters_cleared_signal;

#define PRIV(self) ((FfRecordListModelPrivate *) ff_record_list_model_get_instance_private (self))

/* The list model */

static GType
ff_record_list_model_get_item_type (GListModel *model)
{
  FfRecordListModelPrivate *priv = PRIV (FF_RECORD_LIST_MODEL (model));

  return priv->type->get_gtype != NULL ? priv->type->get_gtype () : FF_TYPE_RECORD;
}

static guint
ff_record_list_model_get_n_items (GListModel *model)
{
  FfRecordListModelPrivate *priv = PRIV (FF_RECORD_LIST_MODEL (model));

  return MIN (priv->ids->len, priv->limit);
}

static void
fetch_page (FfRecordListModel *self,
            guint              position)
{
  FfRecordListModelPrivate *priv = PRIV (self);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  guint start, n;

  start = position > PAGE_SIZE / 2 ? position - PAGE_SIZE / 2 : 0;
  n = MIN (PAGE_SIZE, priv->ids->len - start);

  records = ff_record_load_many (priv->store, priv->type,
                                 &g_array_index (priv->ids, gint64, start), n, &error);
  if (records == NULL)
    {
      g_warning ("Cannot load %s records: %s", priv->type->table, error->message);
      return;
    }

  priv->n_loaded += records->len;

  if (g_hash_table_size (priv->cache) + records->len > CACHE_MAX)
    g_hash_table_remove_all (priv->cache);

  for (guint i = 0; i < records->len; i++)
    {
      FfRecord *record = g_ptr_array_index (records, i);
      gint64 *key = g_new (gint64, 1);

      *key = ff_record_get_id (record);
      g_hash_table_replace (priv->cache, key, g_object_ref (record));
    }
}

static gpointer
ff_record_list_model_get_item (GListModel *model,
                               guint       position)
{
  FfRecordListModel *self = FF_RECORD_LIST_MODEL (model);
  FfRecordListModelPrivate *priv = PRIV (self);
  FfRecord *record;
  gint64 id;

  if (position >= MIN (priv->ids->len, priv->limit))
    return NULL;

  id = g_array_index (priv->ids, gint64, position);
  record = g_hash_table_lookup (priv->cache, &id);
  if (record == NULL)
    {
      fetch_page (self, position);
      record = g_hash_table_lookup (priv->cache, &id);
    }

  return record != NULL ? g_object_ref (record) : NULL;
}

static void
ff_record_list_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ff_record_list_model_get_item_type;
  iface->get_n_items = ff_record_list_model_get_n_items;
  iface->get_item = ff_record_list_model_get_item;
}

/* Querying and announcing */

static GArray *
ff_record_list_model_real_query (FfRecordListModel  *self,
                                 GError            **error)
{
  FfRecordListModelPrivate *priv = PRIV (self);
  FfRecordQuery query = {
    .search = priv->search,
    .include_archived = priv->include_archived,
  };

  return ff_record_query_ids (priv->store, priv->type, &query, error);
}

static GArray *
run_query (FfRecordListModel *self)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = FF_RECORD_LIST_MODEL_GET_CLASS (self)->query (self, &error);

  if (ids == NULL)
    {
      g_warning ("Cannot list %s records: %s", PRIV (self)->type->table, error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  return ids;
}

/* Says that priv->ids replaced @old_ids, as the smallest change: the rows the two
 * have in common at the start and at the end stay. Only rows within the limit are
 * in the list: @old_limit was the limit of @old_ids.
 *
 * GTK 4.8's list item manager, when the visible rows are removed, asks for the item
 * at every added position to find their widgets again: a change that adds thousands
 * of rows would load every one of them. So a big change is said in two steps, the
 * removal first (the list is shorter in between) and then the addition, which only
 * loads the rows that are shown. */
static void
announce (FfRecordListModel *self,
          GArray            *old_ids,
          guint              old_limit)
{
  FfRecordListModelPrivate *priv = PRIV (self);
  const gint64 *old = (const gint64 *) (gpointer) old_ids->data;
  const gint64 *now = (const gint64 *) (gpointer) priv->ids->data;
  guint old_n = MIN (old_ids->len, old_limit);
  guint new_n = MIN (priv->ids->len, priv->limit);
  guint prefix = 0;
  guint suffix = 0;
  guint removed, added;
  guint limit;
  g_autoptr(GArray) new_ids = NULL;

  while (prefix < old_n && prefix < new_n && old[prefix] == now[prefix])
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         old[old_n - 1 - suffix] == now[new_n - 1 - suffix])
    suffix++;

  removed = old_n - prefix - suffix;
  added = new_n - prefix - suffix;

  if (removed == 0 && added == 0)
    return;

  if (removed == 0 || added <= SMALL_CHANGE)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
      return;
    }

  /* In between, the list holds the rows both have in common. */
  new_ids = g_steal_pointer (&priv->ids);
  limit = priv->limit;
  priv->limit = G_MAXUINT;
  priv->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), prefix + suffix);
  g_array_append_vals (priv->ids, now, prefix);
  g_array_append_vals (priv->ids, now + new_n - suffix, suffix);

  priv->replacing = TRUE;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, 0);
  priv->replacing = FALSE;

  g_array_unref (priv->ids);
  priv->ids = g_steal_pointer (&new_ids);
  priv->limit = limit;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, 0, added);
}

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

void
ff_record_list_model_update (FfRecordListModel *self,
                             gboolean           data_changed)
{
  FfRecordListModelPrivate *priv;
  g_autoptr(GArray) old_ids = NULL;
  guint old_limit;

  g_return_if_fail (FF_IS_RECORD_LIST_MODEL (self));

  priv = PRIV (self);
  old_ids = priv->ids;
  old_limit = priv->limit;
  priv->ids = run_query (self);

  if (data_changed)
    g_hash_table_remove_all (priv->cache);

  /* A limit asked for the next change comes only with rows that differ. */
  if (priv->next_limit != 0 && !same_ids (old_ids, priv->ids))
    priv->limit = priv->next_limit;
  priv->next_limit = 0;

  announce (self, old_ids, old_limit);
}

void
ff_record_list_model_update_one (FfRecordListModel *self,
                                 gint64             id)
{
  FfRecordListModelPrivate *priv;
  g_autoptr(GArray) old_ids = NULL;
  guint position;

  g_return_if_fail (FF_IS_RECORD_LIST_MODEL (self));

  priv = PRIV (self);
  old_ids = priv->ids;
  priv->ids = run_query (self);
  g_hash_table_remove (priv->cache, &id);

  if (same_ids (old_ids, priv->ids))
    {
      position = ff_record_list_model_find (self, id);
      if (position < MIN (priv->ids->len, priv->limit))
        g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
      return;
    }

  announce (self, old_ids, priv->limit);
}

static void
ff_record_list_model_real_store_changed (FfRecordListModel *self,
                                         FfRecordKind       kind,
                                         gint64             id)
{
  if (kind != PRIV (self)->type->kind)
    return;

  if (id != 0)
    ff_record_list_model_update_one (self, id);
  else
    ff_record_list_model_update (self, TRUE);
}

static void
store_changed_cb (FfRecordListModel *self,
                  FfRecordKind       kind,
                  gint64             id,
                  FfStore           *store)
{
  FF_RECORD_LIST_MODEL_GET_CLASS (self)->store_changed (self, kind, id);
}

/* The object */

static void
ff_record_list_model_finalize (GObject *object)
{
  FfRecordListModelPrivate *priv = PRIV (FF_RECORD_LIST_MODEL (object));

  g_clear_object (&priv->store);
  g_clear_pointer (&priv->search, g_free);
  g_clear_pointer (&priv->ids, g_array_unref);
  g_clear_pointer (&priv->cache, g_hash_table_unref);

  G_OBJECT_CLASS (ff_record_list_model_parent_class)->finalize (object);
}

static void
ff_record_list_model_class_init (FfRecordListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ff_record_list_model_finalize;

  klass->query = ff_record_list_model_real_query;
  klass->store_changed = ff_record_list_model_real_store_changed;

  filters_cleared_signal =
    g_signal_new ("filters-cleared",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ff_record_list_model_init (FfRecordListModel *self)
{
  FfRecordListModelPrivate *priv = PRIV (self);

  priv->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  priv->limit = G_MAXUINT;
  priv->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

FfRecordListModel *
ff_record_list_model_new (FfStore            *store,
                          const FfRecordType *type)
{
  FfRecordListModel *self = g_object_new (FF_TYPE_RECORD_LIST_MODEL, NULL);

  ff_record_list_model_set_source (self, store, type);
  return self;
}

void
ff_record_list_model_set_source (FfRecordListModel  *self,
                                 FfStore            *store,
                                 const FfRecordType *type)
{
  FfRecordListModelPrivate *priv;

  g_return_if_fail (FF_IS_RECORD_LIST_MODEL (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (type != NULL);

  priv = PRIV (self);
  g_return_if_fail (priv->store == NULL);

  priv->store = g_object_ref (store);
  priv->type = type;
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  g_array_unref (priv->ids);
  priv->ids = run_query (self);
}

FfStore *
ff_record_list_model_get_store (FfRecordListModel *self)
{
  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), NULL);

  return PRIV (self)->store;
}

const FfRecordType *
ff_record_list_model_get_record_type (FfRecordListModel *self)
{
  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), NULL);

  return PRIV (self)->type;
}

const char *
ff_record_list_model_get_search (FfRecordListModel *self)
{
  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), NULL);

  return PRIV (self)->search;
}

void
ff_record_list_model_set_search (FfRecordListModel *self,
                                 const char        *search)
{
  FfRecordListModelPrivate *priv;

  g_return_if_fail (FF_IS_RECORD_LIST_MODEL (self));

  priv = PRIV (self);

  /* NULL and "" both mean everyone. */
  if (search != NULL && *search == '\0')
    search = NULL;

  if (g_strcmp0 (priv->search, search) == 0)
    return;

  g_free (priv->search);
  priv->search = g_strdup (search);

  /* Before construction is complete the first query is still to come. */
  if (priv->store != NULL && priv->type != NULL)
    ff_record_list_model_update (self, FALSE);
}

gboolean
ff_record_list_model_is_filtered (FfRecordListModel *self)
{
  FfRecordListModelClass *klass;

  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), FALSE);

  klass = FF_RECORD_LIST_MODEL_GET_CLASS (self);

  return PRIV (self)->search != NULL || (klass->is_filtered != NULL && klass->is_filtered (self));
}

void
ff_record_list_model_clear_filters (FfRecordListModel *self)
{
  FfRecordListModelClass *klass;
  gboolean filtered;

  g_return_if_fail (FF_IS_RECORD_LIST_MODEL (self));

  klass = FF_RECORD_LIST_MODEL_GET_CLASS (self);
  filtered = klass->is_filtered != NULL && klass->is_filtered (self);
  if (filtered)
    klass->reset_filters (self);

  /* One query for all of it: clearing the search runs it when there was one. */
  if (PRIV (self)->search != NULL)
    ff_record_list_model_set_search (self, NULL);
  else if (filtered)
    ff_record_list_model_update (self, FALSE);

  g_signal_emit (self, filters_cleared_signal, 0);
}

gboolean
ff_record_list_model_describe_empty (FfRecordListModel  *self,
                                     const char        **title,
                                     const char        **description)
{
  FfRecordListModelClass *klass;

  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), FALSE);

  klass = FF_RECORD_LIST_MODEL_GET_CLASS (self);

  return klass->describe_empty != NULL && klass->describe_empty (self, title, description);
}

gboolean
ff_record_list_model_get_include_archived (FfRecordListModel *self)
{
  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), FALSE);

  return PRIV (self)->include_archived;
}

void
ff_record_list_model_set_include_archived (FfRecordListModel *self,
                                           gboolean           include)
{
  FfRecordListModelPrivate *priv;

  g_return_if_fail (FF_IS_RECORD_LIST_MODEL (self));

  priv = PRIV (self);
  include = !!include;
  if (priv->include_archived == include)
    return;

  priv->include_archived = include;

  if (priv->store != NULL && priv->type != NULL)
    ff_record_list_model_update (self, FALSE);
}

guint
ff_record_list_model_find (FfRecordListModel *self,
                           gint64             id)
{
  FfRecordListModelPrivate *priv;

  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), G_MAXUINT);

  priv = PRIV (self);
  for (guint i = 0; i < priv->ids->len; i++)
    {
      if (g_array_index (priv->ids, gint64, i) == id)
        return i;
    }

  return G_MAXUINT;
}

gint64
ff_record_list_model_get_id (FfRecordListModel *self,
                             guint              position)
{
  FfRecordListModelPrivate *priv;

  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), 0);

  priv = PRIV (self);
  if (position >= priv->ids->len)
    return 0;

  return g_array_index (priv->ids, gint64, position);
}

gboolean
ff_record_list_model_is_replacing (FfRecordListModel *self)
{
  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), FALSE);

  return PRIV (self)->replacing;
}

guint
ff_record_list_model_get_n_loaded (FfRecordListModel *self)
{
  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), 0);

  return PRIV (self)->n_loaded;
}

guint
ff_record_list_model_get_limit (FfRecordListModel *self)
{
  g_return_val_if_fail (FF_IS_RECORD_LIST_MODEL (self), G_MAXUINT);

  return PRIV (self)->limit;
}

void
ff_record_list_model_set_limit (FfRecordListModel *self,
                                guint              limit)
{
  FfRecordListModelPrivate *priv;
  guint old_n, new_n;

  g_return_if_fail (FF_IS_RECORD_LIST_MODEL (self));
  g_return_if_fail (limit > 0);

  priv = PRIV (self);
  old_n = MIN (priv->ids->len, priv->limit);
  new_n = MIN (priv->ids->len, limit);
  priv->limit = limit;
  priv->next_limit = 0;

  if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
  else if (new_n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
}

void
ff_record_list_model_limit_next_change (FfRecordListModel *self,
                                        guint              limit)
{
  g_return_if_fail (FF_IS_RECORD_LIST_MODEL (self));

  PRIV (self)->next_limit = limit;
}
