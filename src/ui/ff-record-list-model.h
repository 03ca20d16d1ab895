/* ff-record-list-model.h — the records a query finds, loaded only as they are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ff-record.h"

G_BEGIN_DECLS

#define FF_TYPE_RECORD_LIST_MODEL (ff_record_list_model_get_type ())
G_DECLARE_DERIVABLE_TYPE (FfRecordListModel, ff_record_list_model,
                          FF, RECORD_LIST_MODEL, GObject)

/* A GListModel of the records of one type. It holds only the ids of the current query
 * (filtered and sorted in SQL, one query per change), and loads the records a page at
 * a time when they are shown, keeping a few screens of them. It follows the store: a
 * change of one record is one items-changed of that row; a change of many runs the
 * query again and says the difference.
 *
 * Its search and whether archived records are shown make the query of
 * ff_record_query_ids(). A kind with other filters derives from it and runs its own
 * query; its constructor calls ff_record_list_model_set_source(). */
struct _FfRecordListModelClass
{
  GObjectClass parent_class;

  /* The ids to show, in order: one query. */
  GArray *(*query)          (FfRecordListModel  *self,
                             GError            **error);

  /* A change the store announced: by default a change of the list's own kind. */
  void    (*store_changed)  (FfRecordListModel  *self,
                             FfRecordKind        kind,
                             gint64              id);
  /* A kind's own filters: whether one narrows the list, and setting them all back
   * without running the query. May be NULL. */
  gboolean (*is_filtered)   (FfRecordListModel  *self);
  void     (*reset_filters) (FfRecordListModel  *self);
  /* What an empty list says (translated), when the kind's filters say more than
   * that nothing was found; FALSE otherwise. May be NULL. */
  gboolean (*describe_empty) (FfRecordListModel *self,
                              const char       **title,
                              const char       **description);
};

FfRecordListModel  *ff_record_list_model_new           (FfStore            *store,
                                                        const FfRecordType *type);

/* Once, before the list is used: the records of @type in @store. */
void                ff_record_list_model_set_source    (FfRecordListModel  *self,
                                                        FfStore            *store,
                                                        const FfRecordType *type);

FfStore            *ff_record_list_model_get_store     (FfRecordListModel  *self);
const FfRecordType *ff_record_list_model_get_record_type (FfRecordListModel *self);

const char         *ff_record_list_model_get_search    (FfRecordListModel  *self);
/* NULL and "" both mean every record. */
void                ff_record_list_model_set_search    (FfRecordListModel  *self,
                                                        const char         *search);
/* Whether the search or a filter of the kind's own narrows the list. */
gboolean            ff_record_list_model_is_filtered   (FfRecordListModel  *self);
/* Clears the search and the kind's filters at once (one query), then emits
 * "filters-cleared", for the widgets that show them. */
void                ff_record_list_model_clear_filters (FfRecordListModel  *self);
/* See FfRecordListModelClass.describe_empty. */
gboolean            ff_record_list_model_describe_empty (FfRecordListModel *self,
                                                         const char       **title,
                                                         const char       **description);
gboolean            ff_record_list_model_get_include_archived (FfRecordListModel *self);
void                ff_record_list_model_set_include_archived (FfRecordListModel *self,
                                                               gboolean           include);

/* Runs the query again. @data_changed: the records themselves may have changed too,
 * not only which of them match (a subclass's filter changed: FALSE). */
void                ff_record_list_model_update        (FfRecordListModel  *self,
                                                        gboolean            data_changed);
/* After a change of record @id: the one row that changed when the order is the same,
 * the difference otherwise. */
void                ff_record_list_model_update_one    (FfRecordListModel  *self,
                                                        gint64              id);

/* The position of record @id, or GTK_INVALID_LIST_POSITION (G_MAXUINT). */
guint               ff_record_list_model_find          (FfRecordListModel  *self,
                                                        gint64              id);
/* The id at @position without loading the record, or 0. */
gint64              ff_record_list_model_get_id        (FfRecordListModel  *self,
                                                        guint               position);

/* TRUE during the first of the two "items-changed" that replace a big part of the
 * list (rows removed, then rows added): the list is not yet what it will be. */
gboolean            ff_record_list_model_is_replacing  (FfRecordListModel  *self);

/* At most @limit rows (G_MAXUINT: all, the default) are in the list: positions from
 * find () and get_id () may lie beyond it. Setting it says the difference. */
guint               ff_record_list_model_get_limit     (FfRecordListModel  *self);
void                ff_record_list_model_set_limit     (FfRecordListModel  *self,
                                                        guint               limit);

/* The next query that changes which rows the list holds (a search, a filter) sets the
 * limit to @limit, as one change; a query that changes nothing leaves it. 0: no
 * longer. */
void                ff_record_list_model_limit_next_change (FfRecordListModel *self,
                                                            guint              limit);

/* How many records the model has loaded from the store since it was made (for
 * tests). */
guint               ff_record_list_model_get_n_loaded  (FfRecordListModel  *self);

G_END_DECLS
