/* ff-participant-list-model.c — the participants that match a search, loaded lazily
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-participant-list-model.h"
#include "ff-participant-list-model-private.h"
#include "ff-plan-due.h"

/* Rows are fetched this many at a time around the one asked for, and at most
 * CACHE_MAX are kept: enough for a few screens of scrolling back and forth. */
#define PAGE_SIZE 64
#define CACHE_MAX 512

/* A change of at most this many added rows is announced as it is; a bigger one in
 * two steps (see ff_participant_list_model_announce). */
#define SMALL_CHANGE 64

struct _FfParticipantListModel
{
  GObject            parent_instance;

  FfStore           *store;
  char              *search;
  gint64             programme_id;
  FfEnrolmentStatus  status;
  FfParticipantSort  sort;
  gboolean           reviews_due;

  GArray            *ids;    /* gint64, in the order of the query */
  GHashTable        *cache;  /* gint64 id → FfParticipant */
  gboolean           replacing;
  guint              n_loaded;
  guint              limit;       /* at most this many rows are in the list */
  guint              next_limit;  /* the limit the next change of rows brings */
};

static void ff_participant_list_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FfParticipantListModel, ff_participant_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ff_participant_list_model_list_model_init))

enum
{
  PROP_0,
  PROP_STORE,
  PROP_SEARCH,
  PROP_PROGRAMME_ID,
  PROP_STATUS,
  PROP_SORT,
  PROP_REVIEWS_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
ff_participant_list_model_get_item_type (GListModel *model)
{
  return FF_TYPE_PARTICIPANT;
}

static guint
ff_participant_list_model_get_n_items (GListModel *model)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (model);

  return MIN (self->ids->len, self->limit);
}

static void
ff_participant_list_model_fetch_page (FfParticipantListModel *self,
                                      guint                   position)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GError) error = NULL;
  guint start, n;

  start = position > PAGE_SIZE / 2 ? position - PAGE_SIZE / 2 : 0;
  n = MIN (PAGE_SIZE, self->ids->len - start);

  participants = ff_participant_load_many (self->store,
                                           &g_array_index (self->ids, gint64, start), n,
                                           &error);
  if (participants == NULL)
    {
      g_warning ("Cannot load participants: %s", error->message);
      return;
    }

  self->n_loaded += participants->len;

  if (g_hash_table_size (self->cache) + participants->len > CACHE_MAX)
    g_hash_table_remove_all (self->cache);

  for (guint i = 0; i < participants->len; i++)
    {
      FfParticipant *participant = g_ptr_array_index (participants, i);
      gint64 *key = g_new (gint64, 1);

      *key = ff_participant_get_id (participant);
      g_hash_table_replace (self->cache, key, g_object_ref (participant));
    }
}

static gpointer
ff_participant_list_model_get_item (GListModel *model,
                                    guint       position)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (model);
  FfParticipant *participant;
  gint64 id;

  if (position >= MIN (self->ids->len, self->limit))
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  participant = g_hash_table_lookup (self->cache, &id);
  if (participant == NULL)
    {
      ff_participant_list_model_fetch_page (self, position);
      participant = g_hash_table_lookup (self->cache, &id);
    }

  return participant != NULL ? g_object_ref (participant) : NULL;
}

static void
ff_participant_list_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ff_participant_list_model_get_item_type;
  iface->get_n_items = ff_participant_list_model_get_n_items;
  iface->get_item = ff_participant_list_model_get_item;
}

static GArray *
ff_participant_list_model_query (FfParticipantListModel *self)
{
  FfParticipantQuery query = {
    .search = self->search,
    .programme_id = self->programme_id,
    .status = self->status,
    .sort = self->sort,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *monday = NULL;
  g_autofree char *sunday = NULL;
  GArray *ids;

  /* The week is that of the query: a list kept open into the next week moves on
   * with its next change. */
  if (self->reviews_due)
    {
      ff_plan_due_this_week (&monday, &sunday);
      query.due_from = monday;
      query.due_to = sunday;
    }

  ids = ff_participant_query_ids (self->store, &query, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list participants: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  return ids;
}

/* Says that self->ids replaced @old_ids, as the smallest change: the rows the two
 * have in common at the start and at the end stay. Only rows within the limit are
 * in the list: @old_limit was the limit of @old_ids.
 *
 * GTK 4.8's list item manager, when the visible rows are removed, asks for the item
 * at every added position to find their widgets again: a change that adds thousands
 * of rows would load every one of them. So a big change is said in two steps, the
 * removal first (the list is shorter in between) and then the addition, which only
 * loads the rows that are shown. */
static void
ff_participant_list_model_announce (FfParticipantListModel *self,
                                    GArray                 *old_ids,
                                    guint                   old_limit)
{
  const gint64 *old = (const gint64 *) (gpointer) old_ids->data;
  const gint64 *now = (const gint64 *) (gpointer) self->ids->data;
  guint old_n = MIN (old_ids->len, old_limit);
  guint new_n = MIN (self->ids->len, self->limit);
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
  new_ids = g_steal_pointer (&self->ids);
  limit = self->limit;
  self->limit = G_MAXUINT;
  self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), prefix + suffix);
  g_array_append_vals (self->ids, now, prefix);
  g_array_append_vals (self->ids, now + new_n - suffix, suffix);

  self->replacing = TRUE;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, 0);
  self->replacing = FALSE;

  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&new_ids);
  self->limit = limit;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, 0, added);
}

/* Runs the query and announces the difference. @data_changed: the participants'
 * records may have changed too, not only which of them match. */
static void
ff_participant_list_model_update (FfParticipantListModel *self,
                                  gboolean                data_changed)
{
  g_autoptr(GArray) old_ids = self->ids;
  guint old_limit = self->limit;

  self->ids = ff_participant_list_model_query (self);

  if (data_changed)
    g_hash_table_remove_all (self->cache);

  /* A limit asked for the next change comes only with rows that differ. */
  if (self->next_limit != 0 &&
      (old_ids->len != self->ids->len ||
       memcmp (old_ids->data, self->ids->data, old_ids->len * sizeof (gint64)) != 0))
    self->limit = self->next_limit;
  self->next_limit = 0;

  ff_participant_list_model_announce (self, old_ids, old_limit);
}

/* After a change of participant @id's record: the one row that changed when the order
 * is the same, the difference otherwise. */
static void
ff_participant_list_model_update_one (FfParticipantListModel *self,
                                      gint64                  id)
{
  g_autoptr(GArray) old_ids = self->ids;
  guint position;

  self->ids = ff_participant_list_model_query (self);
  g_hash_table_remove (self->cache, &id);

  if (old_ids->len == self->ids->len &&
      memcmp (old_ids->data, self->ids->data, old_ids->len * sizeof (gint64)) == 0)
    {
      position = ff_participant_list_model_find (self, id);
      if (position < MIN (self->ids->len, self->limit))
        g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
      return;
    }

  ff_participant_list_model_announce (self, old_ids, self->limit);
}

static void
ff_participant_list_model_store_changed (FfParticipantListModel *self,
                                         FfRecordKind            kind,
                                         gint64                  id,
                                         FfStore                *store)
{
  if (kind == FF_RECORD_PARTICIPANT && id != 0)
    ff_participant_list_model_update_one (self, id);
  else if (kind == FF_RECORD_PARTICIPANT || kind == FF_RECORD_ENROLMENT)
    /* An enrolment's id is not a participant's: treat it as a change of many. */
    ff_participant_list_model_update (self, TRUE);
  else if (kind == FF_RECORD_PLAN && self->reviews_due)
    /* A review or a period may have come into this week or left it. */
    ff_participant_list_model_update (self, FALSE);
}

static void
ff_participant_list_model_constructed (GObject *object)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (object);

  G_OBJECT_CLASS (ff_participant_list_model_parent_class)->constructed (object);

  g_return_if_fail (FF_IS_STORE (self->store));

  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (ff_participant_list_model_store_changed), self,
                           G_CONNECT_SWAPPED);

  g_array_unref (self->ids);
  self->ids = ff_participant_list_model_query (self);
}

static void
ff_participant_list_model_finalize (GObject *object)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);

  G_OBJECT_CLASS (ff_participant_list_model_parent_class)->finalize (object);
}

static void
ff_participant_list_model_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_PROGRAMME_ID:
      g_value_set_int64 (value, self->programme_id);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_SORT:
      g_value_set_int (value, self->sort);
      break;
    case PROP_REVIEWS_DUE:
      g_value_set_boolean (value, self->reviews_due);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_participant_list_model_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SEARCH:
      ff_participant_list_model_set_search (self, g_value_get_string (value));
      break;
    case PROP_PROGRAMME_ID:
      ff_participant_list_model_set_programme_id (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      ff_participant_list_model_set_status (self, g_value_get_int (value));
      break;
    case PROP_SORT:
      ff_participant_list_model_set_sort (self, g_value_get_int (value));
      break;
    case PROP_REVIEWS_DUE:
      ff_participant_list_model_set_reviews_due (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_participant_list_model_class_init (FfParticipantListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ff_participant_list_model_constructed;
  object_class->finalize = ff_participant_list_model_finalize;
  object_class->get_property = ff_participant_list_model_get_property;
  object_class->set_property = ff_participant_list_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROGRAMME_ID] =
    g_param_spec_int64 ("programme-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      FF_ENROLMENT_STATUS_ANY, FF_ENROLMENT_N_STATUSES - 1,
                      FF_ENROLMENT_STATUS_ANY,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SORT] =
    g_param_spec_int ("sort", NULL, NULL,
                      FF_PARTICIPANT_SORT_NAME, FF_PARTICIPANT_SORT_ARRIVAL,
                      FF_PARTICIPANT_SORT_NAME,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REVIEWS_DUE] =
    g_param_spec_boolean ("reviews-due", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ff_participant_list_model_init (FfParticipantListModel *self)
{
  self->status = FF_ENROLMENT_STATUS_ANY;
  self->sort = FF_PARTICIPANT_SORT_NAME;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->limit = G_MAXUINT;
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

FfParticipantListModel *
ff_participant_list_model_new (FfStore *store)
{
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  return g_object_new (FF_TYPE_PARTICIPANT_LIST_MODEL, "store", store, NULL);
}

FfStore *
ff_participant_list_model_get_store (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), NULL);

  return self->store;
}

const char *
ff_participant_list_model_get_search (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), NULL);

  return self->search;
}

void
ff_participant_list_model_set_search (FfParticipantListModel *self,
                                      const char             *search)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  /* NULL and "" both mean everyone. */
  if (search != NULL && *search == '\0')
    search = NULL;

  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);

  ff_participant_list_model_update (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

gint64
ff_participant_list_model_get_programme_id (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), 0);

  return self->programme_id;
}

void
ff_participant_list_model_set_programme_id (FfParticipantListModel *self,
                                            gint64                  id)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  if (self->programme_id == id)
    return;

  self->programme_id = id;

  ff_participant_list_model_update (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME_ID]);
}

FfEnrolmentStatus
ff_participant_list_model_get_status (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), FF_ENROLMENT_STATUS_ANY);

  return self->status;
}

void
ff_participant_list_model_set_status (FfParticipantListModel *self,
                                      FfEnrolmentStatus       status)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));
  g_return_if_fail (status >= FF_ENROLMENT_STATUS_ANY && status < FF_ENROLMENT_N_STATUSES);

  if (self->status == status)
    return;

  self->status = status;

  ff_participant_list_model_update (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

FfParticipantSort
ff_participant_list_model_get_sort (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), FF_PARTICIPANT_SORT_NAME);

  return self->sort;
}

void
ff_participant_list_model_set_sort (FfParticipantListModel *self,
                                    FfParticipantSort       sort)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  if (self->sort == sort)
    return;

  self->sort = sort;

  ff_participant_list_model_update (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

gboolean
ff_participant_list_model_get_reviews_due (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), FALSE);

  return self->reviews_due;
}

void
ff_participant_list_model_set_reviews_due (FfParticipantListModel *self,
                                           gboolean                reviews_due)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  reviews_due = !!reviews_due;
  if (self->reviews_due == reviews_due)
    return;

  self->reviews_due = reviews_due;

  ff_participant_list_model_update (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWS_DUE]);
}

void
ff_participant_list_model_clear_filters (FfParticipantListModel *self)
{
  gboolean had_search, had_programme, had_status, had_reviews_due;

  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  had_search = self->search != NULL;
  had_programme = self->programme_id != 0;
  had_status = self->status != FF_ENROLMENT_STATUS_ANY;
  had_reviews_due = self->reviews_due;

  if (!had_search && !had_programme && !had_status && !had_reviews_due)
    return;

  g_clear_pointer (&self->search, g_free);
  self->programme_id = 0;
  self->status = FF_ENROLMENT_STATUS_ANY;
  self->reviews_due = FALSE;

  ff_participant_list_model_update (self, FALSE);

  if (had_search)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  if (had_programme)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME_ID]);
  if (had_status)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  if (had_reviews_due)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWS_DUE]);
}

void
ff_participant_list_model_reload (FfParticipantListModel *self)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  ff_participant_list_model_update (self, TRUE);
}

guint
ff_participant_list_model_find (FfParticipantListModel *self,
                                gint64                  id)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    {
      if (g_array_index (self->ids, gint64, i) == id)
        return i;
    }

  return G_MAXUINT;
}

gint64
ff_participant_list_model_get_id (FfParticipantListModel *self,
                                  guint                   position)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), 0);

  if (position >= self->ids->len)
    return 0;

  return g_array_index (self->ids, gint64, position);
}

gboolean
ff_participant_list_model_is_replacing (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), FALSE);

  return self->replacing;
}

guint
ff_participant_list_model_get_n_loaded (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), 0);

  return self->n_loaded;
}

guint
ff_participant_list_model_get_limit (FfParticipantListModel *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self), G_MAXUINT);

  return self->limit;
}

void
ff_participant_list_model_set_limit (FfParticipantListModel *self,
                                     guint                   limit)
{
  guint old_n, new_n;

  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));
  g_return_if_fail (limit > 0);

  old_n = MIN (self->ids->len, self->limit);
  new_n = MIN (self->ids->len, limit);
  self->limit = limit;
  self->next_limit = 0;

  if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
  else if (new_n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
}

void
ff_participant_list_model_limit_next_change (FfParticipantListModel *self,
                                             guint                   limit)
{
  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  self->next_limit = limit;
}
