/* ff-participant-list-model.c — the participants that match a search and filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-participant-list-model.h"
#include "ff-plan-due.h"

struct _FfParticipantListModel
{
  FfRecordListModel  parent_instance;

  gint64             programme_id;
  FfEnrolmentStatus  status;
  FfParticipantSort  sort;
  gboolean           reviews_due;
};

G_DEFINE_FINAL_TYPE (FfParticipantListModel, ff_participant_list_model,
                     FF_TYPE_RECORD_LIST_MODEL)

enum
{
  PROP_0,
  PROP_PROGRAMME_ID,
  PROP_STATUS,
  PROP_SORT,
  PROP_REVIEWS_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GArray *
ff_participant_list_model_query (FfRecordListModel  *model,
                                 GError            **error)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (model);
  FfParticipantQuery query = {
    .search = ff_record_list_model_get_search (model),
    .programme_id = self->programme_id,
    .status = self->status,
    .sort = self->sort,
  };
  g_autofree char *monday = NULL;
  g_autofree char *sunday = NULL;

  /* The week is that of the query: a list kept open into the next week moves on
   * with its next change. */
  if (self->reviews_due)
    {
      ff_plan_due_this_week (&monday, &sunday);
      query.due_from = monday;
      query.due_to = sunday;
    }

  return ff_participant_query_ids (ff_record_list_model_get_store (model), &query, error);
}

static void
ff_participant_list_model_store_changed (FfRecordListModel *model,
                                         FfRecordKind       kind,
                                         gint64             id)
{
  FfParticipantListModel *self = FF_PARTICIPANT_LIST_MODEL (model);

  if (kind == FF_RECORD_ENROLMENT)
    /* An enrolment's id is not a participant's: treat it as a change of many. */
    ff_record_list_model_update (model, TRUE);
  else if (kind == FF_RECORD_PLAN && self->reviews_due)
    /* A review or a period may have come into this week or left it. */
    ff_record_list_model_update (model, FALSE);
  else
    FF_RECORD_LIST_MODEL_CLASS (ff_participant_list_model_parent_class)->store_changed (model,
                                                                                        kind,
                                                                                        id);
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
  FfRecordListModelClass *model_class = FF_RECORD_LIST_MODEL_CLASS (klass);

  object_class->get_property = ff_participant_list_model_get_property;
  object_class->set_property = ff_participant_list_model_set_property;

  model_class->query = ff_participant_list_model_query;
  model_class->store_changed = ff_participant_list_model_store_changed;

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
}

FfParticipantListModel *
ff_participant_list_model_new (FfStore *store)
{
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  return g_object_new (FF_TYPE_PARTICIPANT_LIST_MODEL,
                       "store", store,
                       "record-type", &ff_participant_type,
                       NULL);
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

  ff_record_list_model_update (FF_RECORD_LIST_MODEL (self), FALSE);
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

  ff_record_list_model_update (FF_RECORD_LIST_MODEL (self), FALSE);
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

  ff_record_list_model_update (FF_RECORD_LIST_MODEL (self), FALSE);
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

  ff_record_list_model_update (FF_RECORD_LIST_MODEL (self), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWS_DUE]);
}

void
ff_participant_list_model_clear_filters (FfParticipantListModel *self)
{
  FfRecordListModel *model = FF_RECORD_LIST_MODEL (self);
  gboolean had_programme, had_status, had_reviews_due;

  g_return_if_fail (FF_IS_PARTICIPANT_LIST_MODEL (self));

  had_programme = self->programme_id != 0;
  had_status = self->status != FF_ENROLMENT_STATUS_ANY;
  had_reviews_due = self->reviews_due;

  self->programme_id = 0;
  self->status = FF_ENROLMENT_STATUS_ANY;
  self->reviews_due = FALSE;

  /* One query for all of it: clearing the search runs it when there was one. */
  if (ff_record_list_model_get_search (model) != NULL)
    ff_record_list_model_set_search (model, NULL);
  else if (had_programme || had_status || had_reviews_due)
    ff_record_list_model_update (model, FALSE);

  if (had_programme)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME_ID]);
  if (had_status)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  if (had_reviews_due)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWS_DUE]);
}
